package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.platform.security.Actor;
import java.util.Objects;

/**
 * A command on one department's part of a record: which record, which department, the version the caller saw
 * (If-Match, may be null), who, and the input (may be null for
 * commands without one).
 */
public record PartCommand<T>(InspectionId id, String departmentId, Long expectedVersion, Actor actor, T input) {

    public PartCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(actor, "actor");
    }
}
