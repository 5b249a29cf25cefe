package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.check.CheckRecord;
import java.util.Collection;
import java.util.List;

/**
 * 已检查台账 — the checks other departments recorded (from the inspection service's result events, kept in the draw
 * service's own database), the source of the repeat-check screening (避免重复检查).
 */
public interface CheckRecordBook {

    /**
     * Keeps each of {@code checks} unless a record of the same key with an equal or higher version is kept already
     * (of two in {@code checks} with one key, the higher version wins), in one read and one write.
     */
    void recordAll(List<CheckRecord> checks);

    /** The kept checks dated in {@code year} that name one of {@code itemIds}. */
    List<CheckRecord> checksOf(int year, Collection<String> itemIds);
}
