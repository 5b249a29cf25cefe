package cn.shuangsuiji.draw.application.port.out;

import java.util.Optional;

/**
 * 抽查事项目录 — what the draw knows of the registry's published item list (随机抽查事项清单): for each item the
 * newest published version and the newest withdrawn version, kept from the registry's item events (idempotently:
 * a version only ever moves forward). No inspection outside the published list (S2 8, 11).
 */
public interface ItemCatalog {

    /** A version was published; {@code expertise} = the field of expertise it needs help with (专业领域), or null. */
    void published(String itemId, int version, String expertise);

    void withdrawn(String itemId, int version, String reason);

    Optional<ItemState> state(String itemId);

    /**
     * @param publishedVersion newest published version, 0 if none seen
     * @param withdrawnVersion newest withdrawn version, 0 if none
     * @param withdrawReason   reason of that withdrawal, may be null
     * @param expertise        专业领域 the newest published version needs expert help with (S0 9), null = none
     */
    record ItemState(int publishedVersion, int withdrawnVersion, String withdrawReason, String expertise) {
        public ItemState(int publishedVersion, int withdrawnVersion, String withdrawReason) {
            this(publishedVersion, withdrawnVersion, withdrawReason, null);
        }
    }
}
