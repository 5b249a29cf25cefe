package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.importing.ImportJob;
import java.time.Instant;
import java.util.List;

/**
 * 恢复中断的导入 — ends the import jobs whose process died: a queued or running job whose lease (租约) ran out
 * before {@code now} becomes {@code INTERRUPTED} with the counters of what it wrote, and its records are announced
 * (once, even if several instances recover at the same time).
 */
public interface RecoverInterruptedImports {

    /** The jobs this call ended. */
    List<ImportJob> recoverExpired(Instant now);
}
