package cn.shuangsuiji.registry.domain.expert;

import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * 查看者 — who is looking at an expert record, as far as the domain needs to know: the caller's department and
 * whether their role may read personal data (registry clerk or head). Built by the application from the
 * authenticated actor (never from headers).
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
