package cn.shuangsuiji.inspection.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.inspection.application.port.out.CalendarDeadlines;
import cn.shuangsuiji.inspection.domain.record.DeadlineKind;
import cn.shuangsuiji.inspection.domain.record.DueDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Deadlines in {@code inspection_records.parts[].dueDates}, their start (the on-site check date, or the date of a
 * direct result), and the adopted schedules in {@code calendar_years_adopted}.
 */
@Component
class CalendarDeadlinesAdapter implements CalendarDeadlines {

    private final MongoTemplate mongo;
    private final Clock clock;

    CalendarDeadlinesAdapter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public List<StoredDeadline> touching(LocalDate from, LocalDate to) {
        Query query = Query.query(new Criteria().orOperator(
                        where("parts.dueDates.resultEntry").gte(from),
                        where("parts.dueDates.violationReferral").gte(from),
                        where("parts.dueDates.resultPublication").gte(from)))
                .with(Sort.by("_id"));
        List<StoredDeadline> found = new ArrayList<>();
        for (InspectionRecordDocument record : mongo.find(query, InspectionRecordDocument.class)) {
            for (PartDocument part : record.parts()) {
                LocalDate start = start(part);
                DueDates due = part.dueDates();
                if (due == null || start == null || start.isAfter(to)) {
                    continue;
                }
                for (DeadlineKind kind : DeadlineKind.values()) {
                    LocalDate date = due.of(kind);
                    if (!date.isBefore(from)) {
                        found.add(new StoredDeadline(record.id(), part.departmentId(), kind.name(), start, date));
                    }
                }
            }
        }
        return found;
    }

    private static LocalDate start(PartDocument part) {
        if (part.onSiteCheck() != null) {
            return part.onSiteCheck().date();
        }
        return part.versions() == null || part.versions().isEmpty() ? null : part.versions().get(0).checkDate();
    }

    @Override
    public void move(StoredDeadline deadline, LocalDate newDue) {
        String field = switch (DeadlineKind.valueOf(deadline.kind())) {
            case RESULT_ENTRY -> "resultEntry";
            case VIOLATION_REFERRAL -> "violationReferral";
            case RESULT_PUBLICATION -> "resultPublication";
        };
        mongo.updateFirst(Query.query(where("_id").is(deadline.inspectionId())),
                new Update().set("parts.$[part].dueDates." + field, newDue).inc("version", 1)
                        .filterArray(where("part.departmentId").is(deadline.departmentId())),
                InspectionRecordDocument.class);
    }

    @Override
    public Optional<AdoptedYear> adopted(int year) {
        return Optional.ofNullable(mongo.findById(year, AdoptedCalendarYearDocument.class))
                .map(d -> new AdoptedYear(d.year(), d.version(), d.schedule()));
    }

    @Override
    public List<AdoptedYear> adoptedYears() {
        return mongo.find(new Query().with(Sort.by("_id")), AdoptedCalendarYearDocument.class).stream()
                .map(d -> new AdoptedYear(d.year(), d.version(), d.schedule())).toList();
    }

    @Override
    public void saveAdopted(AdoptedYear year) {
        mongo.save(new AdoptedCalendarYearDocument(year.year(), year.version(), year.schedule(), clock.instant()));
    }
}
