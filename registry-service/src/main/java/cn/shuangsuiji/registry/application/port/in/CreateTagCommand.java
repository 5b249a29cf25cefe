package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** 新建标签 — add a tag to the tag library, optionally under a parent. */
public record CreateTagCommand(TagCode code, String name, Optional<TagCode> parent, Set<TagTarget> targets) {

    public CreateTagCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        targets = targets == null ? Set.of() : Set.copyOf(targets);
    }
}
