package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.ReportEntryStore;
import cn.shuangsuiji.disclosure.domain.ReportEntries;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Monthly report entries in MongoDB. */
@Component
class MongoReportEntryStore implements ReportEntryStore {

    private final MongoTemplate mongo;

    MongoReportEntryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ReportEntries> find(String departmentId, YearMonth month) {
        return Optional.ofNullable(mongo.findById(departmentId + ":" + month, ReportEntriesDocument.class))
                .map(d -> new ReportEntries(d.meetings(), d.documents(), d.trainings()));
    }

    @Override
    public void save(String departmentId, YearMonth month, ReportEntries e) {
        mongo.save(new ReportEntriesDocument(departmentId + ":" + month, departmentId, month.toString(), e.meetings(),
                e.documents(), e.trainings()));
    }
}
