package cn.shuangsuiji.draw.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.draw.application.port.out.DispatchDeadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Deadlines in {@code draws.dispatches[]} (ISO date strings) and the adopted schedules in {@code calendar_years_adopted}. */
@Component
class DispatchDeadlinesAdapter implements DispatchDeadlines {

    private final MongoTemplate mongo;
    private final Clock clock;

    DispatchDeadlinesAdapter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public List<StoredDispatch> touching(LocalDate from, LocalDate to) {
        Query query = Query.query(where("dispatches.deadline").gte(from.toString())).with(Sort.by("_id"));
        List<StoredDispatch> found = new ArrayList<>();
        for (DrawDocument draw : mongo.find(query, DrawDocument.class)) {
            if (draw.dispatches() == null) {
                continue;
            }
            for (DrawDocument.DispatchDocument dispatch : draw.dispatches()) {
                LocalDate on = LocalDate.parse(dispatch.dispatchedOn());
                LocalDate deadline = LocalDate.parse(dispatch.deadline());
                if (!deadline.isBefore(from) && !on.isAfter(to)) {
                    found.add(new StoredDispatch(draw.id(), dispatch.departmentId(), on, deadline));
                }
            }
        }
        return found;
    }

    @Override
    public void move(StoredDispatch dispatch, LocalDate newDeadline) {
        mongo.updateFirst(Query.query(where("_id").is(dispatch.drawId())),
                new Update().set("dispatches.$[d].deadline", newDeadline.toString()).inc("version", 1)
                        .filterArray(where("d.departmentId").is(dispatch.departmentId())),
                DrawDocument.class);
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
