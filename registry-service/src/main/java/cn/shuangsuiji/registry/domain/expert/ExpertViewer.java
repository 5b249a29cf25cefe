package cn.shuangsuiji.registry.domain.expert;

import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * 查看者 — who is looking at an expert record: the caller's department and whether they are an administrator
 * (until the gateway authenticates users these come from headers it sets).
 */
public record ExpertViewer(Optional<DepartmentId> department, boolean administrator) {

    public ExpertViewer {
        Objects.requireNonNull(department, "department");
    }

    /** Nobody in particular: sees no personal data. */
    public static ExpertViewer anonymous() {
        return new ExpertViewer(Optional.empty(), false);
    }
}
