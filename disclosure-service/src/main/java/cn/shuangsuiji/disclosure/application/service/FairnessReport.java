package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.disclosure.application.port.in.FairnessQueries;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.domain.FairnessStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * 公平性统计 — counts over the draws as the public sees them today (withheld targets are not counted until they are
 * public, so the statistics never reveal them) and the registry's population per stratum and region.
 */
@Service
class FairnessReport implements FairnessQueries {

    private final DrawViews draws;
    private final EntityDirectory entities;
    private final Clock clock;

    FairnessReport(DrawViews draws, EntityDirectory entities, Clock clock) {
        this.draws = draws;
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    public FairnessStatistics.Fairness fairness(int year) {
        LocalDate today = PublicCalendar.today(clock);
        List<PublicDraw> shown = draws.all().stream().filter(d -> d.full().year() == year)
                .map(d -> d.publicOn(today)).toList();
        List<String> ids = shown.stream().flatMap(d -> d.targets().stream()).map(PublicDraw.Target::entityId)
                .filter(Objects::nonNull).distinct().toList();
        Map<String, String> regions = entities.regions(ids);
        return FairnessStatistics.compute(year, shown, entities.population(), regions::get);
    }

}
