package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedImports;
import cn.shuangsuiji.registry.application.port.out.ImportJobRepository;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Marks the import jobs of a dead process {@code INTERRUPTED} (see {@link RecoverInterruptedImports}). The job's
 * committed batches counted themselves; {@link ImportJobEnding} adds the records of a batch cut off between its
 * insert and its transaction and stores the job's {@code EntitiesImported}/{@code InspectorsImported}. The file is
 * not resumed: re-importing it completes the rest, idempotently (rows already written come back unchanged).
 */
@Service
class RecoverInterruptedImportsService implements RecoverInterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(RecoverInterruptedImportsService.class);
    private static final Actor RECOVERY = Actor.system("import-recovery");

    private final ImportJobRepository jobs;
    private final ImportJobEnding ending;

    RecoverInterruptedImportsService(ImportJobRepository jobs, ImportJobEnding ending) {
        this.jobs = jobs;
        this.ending = ending;
    }

    @Override
    public List<ImportJob> recoverExpired(Instant now) {
        List<ImportJob> ended = new ArrayList<>();
        for (ImportJob expired : jobs.findWithExpiredLease(now)) {
            try {
                ending.end(expired.id(), counted -> counted.interrupted(now), true, RECOVERY, "import.interrupted")
                        .ifPresent(job -> {
                            log.warn("Import {} ({}) was interrupted: its process stopped; {} rows counted, {} created",
                                    job.id(), job.fileName(), job.rowsDone(), job.created());
                            ended.add(job);
                        });
            } catch (RuntimeException e) {
                // another instance ended it at the same moment (write conflict), or the database is away: next scan
                log.warn("Could not end interrupted import {}: {}", expired.id(), e.toString());
            }
        }
        return ended;
    }
}
