package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataFile;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataUseCase;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKitUseCase;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.OpenDataArchive;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * 开放数据 (B8) — every public record (departments, item versions, plans, draws as shown today, results) exported as
 * JSON Lines and CSV with a signed manifest, plus the verification kit (the verifier jar's SHA-256 and the public draws' bundle links).
 */
@Service
class OpenDataExport implements OpenDataUseCase {

    private static final Pattern FILE = Pattern.compile("[a-z]+\\.(jsonl|csv)|manifest\\.json(\\.sig)?");

    private final PublicDirectory directory;
    private final PlanViews plans;
    private final DrawViews draws;
    private final ResultViews results;
    private final OpenDataArchive archive;
    private final Clock clock;
    private final VerificationKitUseCase kit;

    OpenDataExport(PublicDirectory directory, PlanViews plans, DrawViews draws, ResultViews results,
                   OpenDataArchive archive, Clock clock, VerificationKitUseCase kit) {
        this.kit = kit;
        this.directory = directory;
        this.plans = plans;
        this.draws = draws;
        this.results = results;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public OpenDataRelease exportNow() {
        LocalDate today = PublicCalendar.today(clock);
        List<PublicDraw> publicDraws = draws.all().stream().map(d -> d.publicOn(today)).toList();
        Map<String, List<?>> datasets = new LinkedHashMap<>();
        datasets.put("departments", directory.departments());
        datasets.put("items", directory.allItems());
        datasets.put("plans", plans.allPublished());
        datasets.put("draws", publicDraws);
        datasets.put("results", results.all());
        return archive.publish(today, clock.instant(), datasets, kit.kit());
    }

    @Override
    public Optional<OpenDataRelease> exportDaily() {
        if (archive.release(PublicCalendar.today(clock)).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(exportNow());
        } catch (DomainProblem running) {
            if ("OPEN_DATA_EXPORT_RUNNING".equals(running.code())) {
                return Optional.empty();
            }
            throw running;
        }
    }

    @Override
    public List<LocalDate> days() {
        return archive.days();
    }

    @Override
    public OpenDataFile file(String day, String name) {
        LocalDate date = QueryInput.date("day", day);
        if (date == null || name == null || !FILE.matcher(name).matches()) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "OPEN_DATA_FILE_INVALID", "文件名无效",
                    "开放数据文件名无效", List.of(new FieldProblem("name", "OPEN_DATA_FILE_INVALID", "开放数据文件名无效")));
        }
        return archive.file(date, name)
                .orElseThrow(() -> DomainProblem.notFound("OPEN_DATA_NOT_FOUND", "开放数据文件", day + "/" + name));
    }

    @Override
    public String publicKeyPem() {
        return archive.publicKeyPem();
    }
}
