package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.Optional;

/**
 * 抽取日志检查点公示 — keeps every signed checkpoint of the platform draw transparency log as it is published
 * ({@code DrawLogCheckpointed}) and serves them to anyone, so a rewritten draw history can be proved later against
 * a checkpoint the public side kept (docs/draw-protocol.md §16).
 */
public interface DrawLogCheckpoints {

    /** Keeps a published checkpoint; events of other types are ignored. */
    void apply(IntegrationEvent event);

    /** The signed note of the largest checkpoint kept. */
    Optional<String> latest();

    /** The signed note of the checkpoint of that tree size. */
    Optional<String> bySize(long treeSize);
}
