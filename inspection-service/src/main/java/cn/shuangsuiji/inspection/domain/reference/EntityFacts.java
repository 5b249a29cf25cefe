package cn.shuangsuiji.inspection.domain.reference;

import java.util.Objects;

/** 检查对象（公开信息） — an entity's public name and code as the registry published them. */
public record EntityFacts(String entityId, String name, String uscc) {

    public EntityFacts {
        Objects.requireNonNull(entityId, "entityId");
    }
}
