package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** 修改标签 — rename a tag, change its targets or move it under another parent. */
public record UpdateTagCommand(TagCode code, String name, Optional<TagCode> parent, Set<TagTarget> targets,
                               OptionalLong expectedRevision) {

    public UpdateTagCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
        targets = targets == null ? Set.of() : Set.copyOf(targets);
    }
}
