package cn.shuangsuiji.planning.adapter.out.persistence;

import cn.shuangsuiji.planning.application.port.out.CalendarYearRepository;
import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Versions of the official schedules in {@code calendar_years}. */
@Component
class CalendarYearPersistenceAdapter implements CalendarYearRepository {

    private final MongoTemplate mongo;

    CalendarYearPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<OfficialCalendarYear> latest(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.DESC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, CalendarYearDocument.class)).map(this::toDomain);
    }

    @Override
    public List<OfficialCalendarYear> versions(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.ASC, "version"));
        return mongo.find(query, CalendarYearDocument.class).stream().map(this::toDomain).toList();
    }

    @Override
    public List<OfficialCalendarYear> latestOfEveryYear() {
        Map<Integer, OfficialCalendarYear> newest = new LinkedHashMap<>();
        Query all = new Query().with(Sort.by(Sort.Direction.ASC, "year", "version"));
        for (CalendarYearDocument document : mongo.find(all, CalendarYearDocument.class)) {
            newest.put(document.year(), toDomain(document));
        }
        return List.copyOf(newest.values());
    }

    @Override
    public void insert(OfficialCalendarYear v) {
        mongo.insert(new CalendarYearDocument(v.year() + ":" + v.version(), v.year(), v.version(), v.schedule(),
                v.sha256(), v.entries(), v.notice(), v.publishedBy(), v.publishedAt()));
    }

    private OfficialCalendarYear toDomain(CalendarYearDocument d) {
        return new OfficialCalendarYear(d.year(), d.version(), d.schedule(), d.sha256(), d.entries(), d.notice(),
                d.publishedBy(), d.publishedAt());
    }
}
