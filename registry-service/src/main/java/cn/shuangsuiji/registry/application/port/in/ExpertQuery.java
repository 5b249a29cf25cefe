package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.util.Objects;
import java.util.Optional;

/** 专家查询 — one keyset page of experts ordered by id, with optional filters. */
public record ExpertQuery(Optional<DepartmentId> department, Optional<String> specialty, Optional<TagCode> tag,
                          Optional<ExpertId> after, int limit) {

    public ExpertQuery {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("每页条数应为 1 至 500");
        }
    }
}
