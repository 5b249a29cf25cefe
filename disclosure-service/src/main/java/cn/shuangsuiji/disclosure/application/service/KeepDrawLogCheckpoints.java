package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.draw.DrawLogCheckpointed;
import cn.shuangsuiji.disclosure.application.port.in.DrawLogCheckpoints;
import cn.shuangsuiji.disclosure.application.port.out.CheckpointStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 保存抽取日志检查点 — keeps each published checkpoint once per size. A second, different checkpoint for a size
 * already kept (two roots for one size: the log forked) does not replace the first; it is reported in the log, and
 * the first stays served as the evidence.
 */
@Service
class KeepDrawLogCheckpoints implements DrawLogCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(KeepDrawLogCheckpoints.class);

    private final CheckpointStore store;
    private final TypedHandlers handlers;

    KeepDrawLogCheckpoints(CheckpointStore store) {
        this.store = store;
        this.handlers = new TypedHandlers().on(DrawLogCheckpointed.class, this::keep);
    }

    @Override
    public void apply(IntegrationEvent event) {
        handlers.handle(event);
    }

    private void keep(DrawLogCheckpointed e) {
        String[] lines = e.checkpoint().split("\n", 4);
        if (lines.length < 4 || !lines[0].equals(e.origin()) || !lines[1].equals(Long.toString(e.treeSize()))) {
            throw new IllegalArgumentException("checkpoint note does not match the event's origin and size: "
                    + e.eventId());
        }
        CheckpointStore.KeptCheckpoint kept = store.keep(new CheckpointStore.KeptCheckpoint(e.treeSize(), e.origin(),
                e.rootHash(), e.signedAt(), e.checkpoint()));
        if (!kept.rootHash().equals(e.rootHash())) {
            LOG.error("draw log {} published two roots for size {}: kept {}, refused {} (event {})", e.origin(),
                    e.treeSize(), kept.rootHash(), e.rootHash(), e.eventId());
        }
    }

    @Override
    public Optional<String> latest() {
        return store.latest().map(CheckpointStore.KeptCheckpoint::note);
    }

    @Override
    public Optional<String> bySize(long treeSize) {
        return store.bySize(treeSize).map(CheckpointStore.KeptCheckpoint::note);
    }
}
