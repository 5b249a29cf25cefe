package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Request body to confirm registries (两库更新确认) into a snapshot. */
public record ConfirmSnapshotRequest(@NotNull(message = "快照类别不能为空（ENTITIES 或 INSPECTORS）") SnapshotKind kind,
                                     @NotEmpty(message = "至少选择一个部门") List<String> departmentIds,
                                     List<String> regionCodes, List<String> objectTypes) {
}
