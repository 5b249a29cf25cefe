package cn.shuangsuiji.draw.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.draw.application.port.out.ExpertAssignmentStore;
import cn.shuangsuiji.draw.domain.draw.ExpertOnTeam;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Keeps head-assigned experts in {@code draw_expert_assignments}. */
@Component
class ExpertAssignmentAdapter implements ExpertAssignmentStore {

    private final MongoTemplate mongo;

    ExpertAssignmentAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(String drawId, ExpertOnTeam e) {
        mongo.insert(new ExpertAssignmentDocument(UUID.randomUUID().toString(), drawId, e.targetId(), e.expertId(),
                e.departmentId(), e.field(), e.reason(), e.assignedBy(), e.assignedAt()));
    }

    @Override
    public List<ExpertOnTeam> ofDraw(String drawId) {
        return mongo.find(Query.query(where("drawId").is(drawId)).with(Sort.by("assignedAt", "_id")),
                        ExpertAssignmentDocument.class).stream()
                .map(d -> new ExpertOnTeam(d.targetId(), d.expertId(), d.departmentId(), d.field(),
                        ExpertOnTeam.ASSIGNED, d.reason(), d.assignedBy(), d.assignedAt())).toList();
    }
}
