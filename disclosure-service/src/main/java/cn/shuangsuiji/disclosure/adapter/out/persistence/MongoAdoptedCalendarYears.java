package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.AdoptedCalendarYears;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Adopted calendar years in MongoDB ({@code calendar_years_adopted}). */
@Component
class MongoAdoptedCalendarYears implements AdoptedCalendarYears {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAdoptedCalendarYears(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<AdoptedYear> adopted(int year) {
        return Optional.ofNullable(mongo.findById(year, AdoptedCalendarYearDocument.class)).map(this::toYear);
    }

    @Override
    public List<AdoptedYear> all() {
        return mongo.find(new Query().with(Sort.by("_id")), AdoptedCalendarYearDocument.class).stream()
                .map(this::toYear).toList();
    }

    @Override
    public void save(AdoptedYear year) {
        mongo.save(new AdoptedCalendarYearDocument(year.year(), year.version(), year.schedule(), clock.instant()));
    }

    private AdoptedYear toYear(AdoptedCalendarYearDocument d) {
        return new AdoptedYear(d.year(), d.version(), d.schedule());
    }
}
