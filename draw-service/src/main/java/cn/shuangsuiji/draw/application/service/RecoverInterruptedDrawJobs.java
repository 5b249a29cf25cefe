package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.RecoverInterruptedDrawJobsUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawJobRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.draw.domain.job.DrawJob;
import cn.shuangsuiji.draw.domain.job.DrawJobKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Ends the draw jobs of a dead process (see {@link RecoverInterruptedDrawJobsUseCase}). A commit job's draw is found
 * among its task's draws as the one its caller committed at or after the second the job was queued in (commit times
 * are stored in whole seconds); an execution job's draw is
 * the one it named, no longer {@code COMMITTED}.
 */
@Service
class RecoverInterruptedDrawJobs implements RecoverInterruptedDrawJobsUseCase {

    private static final Logger log = LoggerFactory.getLogger(RecoverInterruptedDrawJobs.class);

    private final DrawJobRepository jobs;
    private final DrawRepository draws;

    RecoverInterruptedDrawJobs(DrawJobRepository jobs, DrawRepository draws) {
        this.jobs = jobs;
        this.draws = draws;
    }

    @Override
    public List<DrawJob> recoverExpired(Instant now) {
        List<DrawJob> ended = new ArrayList<>();
        for (DrawJob expired : jobs.findWithExpiredLease(now)) {
            try {
                DrawJob end = stored(expired).map(drawId -> expired.completed(drawId, now))
                        .orElseGet(() -> expired.interrupted(now));
                if (jobs.finish(end)) {
                    log.warn("Draw job {} ({}) of a stopped process ended {}{}", end.id(), end.kind(), end.state(),
                            end.drawId() == null ? "" : " (draw " + end.drawId() + ")");
                    ended.add(end);
                }
            } catch (RuntimeException e) {
                log.warn("Could not end interrupted draw job {}: {}", expired.id(), e.toString());
            }
        }
        return ended;
    }

    private Optional<String> stored(DrawJob job) {
        if (job.kind() == DrawJobKind.EXECUTE) {
            return job.drawId() == null ? Optional.empty() : draws.find(new DrawId(job.drawId()))
                    .filter(d -> d.state() != DrawState.COMMITTED).map(d -> d.id().value());
        }
        if (job.planId() == null || job.taskId() == null) {
            return Optional.empty();
        }
        return draws.ofTask(job.planId(), job.taskId()).stream()
                .filter(d -> d.header().committedBy().equals(job.startedBy())
                        && !d.header().committedAt().isBefore(job.createdAt().truncatedTo(ChronoUnit.SECONDS)))
                .map(Draw::id).map(DrawId::value).findFirst();
    }
}
