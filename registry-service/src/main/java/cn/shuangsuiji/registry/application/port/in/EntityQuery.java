package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import java.util.List;

/**
 * 检查对象查询 — filters and a keyset cursor: entities with id greater than {@code after}, in id order, at most
 * {@code limit}. Null filters match everything; {@code name} matches a part of the name, {@code usccPrefix} the
 * start of the USCC.
 */
public record EntityQuery(String after, int limit, String regionCode, String industry, ObjectType objectType,
                          CreditClass creditClass, String tag, EntityStatus status, String departmentId, String name,
                          String usccPrefix) {

    public static final int MAX_LIMIT = 500;

    public EntityQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainProblem.invalid("QUERY_LIMIT", "每页条数应在 1 到 " + MAX_LIMIT + " 之间",
                    List.of(new FieldProblem("limit", "QUERY_LIMIT", "每页条数应在 1 到 " + MAX_LIMIT + " 之间")));
        }
        if (usccPrefix != null && !usccPrefix.matches("[0-9A-Z]{1,18}")) {
            throw DomainProblem.invalid("QUERY_USCC_PREFIX", "统一社会信用代码前缀格式错误",
                    List.of(new FieldProblem("usccPrefix", "USCC_FORMAT", "只能包含数字和大写字母，最多 18 位")));
        }
    }

    /** Every entity matching the filters, for export (no cursor). */
    public EntityQuery unbounded() {
        return new EntityQuery(after, MAX_LIMIT, regionCode, industry, objectType, creditClass, tag, status,
                departmentId, name, usccPrefix);
    }
}
