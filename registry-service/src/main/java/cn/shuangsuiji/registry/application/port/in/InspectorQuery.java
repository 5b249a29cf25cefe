package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import java.util.List;

/** 执法检查人员查询 — filters and a keyset cursor (id greater than {@code after}, id order, at most {@code limit}). */
public record InspectorQuery(String after, int limit, String departmentId, String regionCode, InspectorStatus status,
                             String tag, String name) {

    public InspectorQuery {
        if (limit < 1 || limit > EntityQuery.MAX_LIMIT) {
            throw DomainProblem.invalid("QUERY_LIMIT", "每页条数应在 1 到 " + EntityQuery.MAX_LIMIT + " 之间",
                    List.of(new FieldProblem("limit", "QUERY_LIMIT", "每页条数超出范围")));
        }
    }
}
