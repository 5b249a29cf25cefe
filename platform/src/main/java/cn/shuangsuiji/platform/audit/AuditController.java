package cn.shuangsuiji.platform.audit;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 留痕查询 — the audit trail of this service, newest first, with keyset paging. A department head (负责人) sees the
 * entries of records owned by their department; the joint office (联席办) and platform admins see all.
 * The path is {@code ssj.audit.path} (e.g. {@code /api/registry/audit}).
 */
@RestController
public class AuditController {

    private final MongoTemplate mongo;

    /** One page of entries; {@code nextAfter} is the cursor of the next page, null on the last. */
    public record AuditPage(List<AuditEntry> entries, String nextAfter) {
    }

    public AuditController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("${ssj.audit.path:/api/audit}")
    @io.swagger.v3.oas.annotations.Operation(summary = "留痕查询（最新在前，按 after 游标分页）",
            description = "本服务的操作留痕。负责人只看本部门所属记录的留痕，联席办与平台管理员看全部；个人信息已脱敏。")
    public AuditPage audit(Actor actor,
                                     @RequestParam(required = false) String department,
                                     @RequestParam(required = false) String aggregateId,
                                     @RequestParam(required = false) String subject,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(defaultValue = "50") int limit) {
        actor.require(Role.DEPARTMENT_HEAD, Role.JOINT_OFFICE, Role.PLATFORM_ADMIN);
        if (limit < 1 || limit > 500) {
            throw DomainProblem.invalid("AUDIT_LIMIT_INVALID", "每页条数须在 1 到 500 之间",
                    List.of(new FieldProblem("limit", "OUT_OF_RANGE", "须在 1 到 500 之间")));
        }
        Criteria criteria = new Criteria();
        if (!actor.hasAny(Role.JOINT_OFFICE, Role.PLATFORM_ADMIN)) {
            if (department != null && !actor.inDepartment(department)) {
                throw Actor.forbidden("负责人只能查询本部门的留痕");
            }
            criteria = criteria.and("department").is(actor.departmentId());
        } else if (department != null) {
            criteria = criteria.and("department").is(department);
        }
        if (aggregateId != null) {
            criteria = criteria.and("aggregateId").is(aggregateId);
        }
        if (subject != null) {
            criteria = criteria.and("subject").is(subject);
        }
        if (after != null) {
            criteria = criteria.and("_id").lt(after);
        }
        List<AuditEntry> entries = mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id"))
                .limit(limit), AuditEntry.class);
        String next = entries.size() == limit ? entries.get(entries.size() - 1).id() : null;
        return new AuditPage(entries, next);
    }
}
