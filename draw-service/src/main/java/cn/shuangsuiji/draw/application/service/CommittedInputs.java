package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.drawprotocol.DrawInputs;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 已承诺输入缓存 — the frozen inputs of the draws committed or read most recently, kept as built (the columnar
 * candidate table, ~26 B per candidate), so that executing, reading and bundling a draw right after its commit does
 * not load and rebuild the whole table from the store again (issue 12). Bounded by the total number of candidates
 * held (least recently used out first); a miss (another instance committed it, a restart) reads the store. The
 * frozen inputs are immutable and checked against the commitment hash by every use, so a cached copy cannot drift.
 */
final class CommittedInputs {

    /** At most this many candidates in all cached draws: 2 × 10^7 ≈ 520 MB of tables. */
    static final long MAX_CANDIDATES = 20_000_000L;

    private final long maxCandidates;
    private final Map<String, DrawInputs> byDraw = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    CommittedInputs() {
        this(MAX_CANDIDATES);
    }

    CommittedInputs(long maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    /** Keeps the inputs of a draw just committed. */
    synchronized void put(String drawId, DrawInputs inputs) {
        DrawInputs old = byDraw.put(drawId, inputs);
        if (old != null) {
            held -= old.targets().size();
        }
        held += inputs.targets().size();
        Iterator<Map.Entry<String, DrawInputs>> eldest = byDraw.entrySet().iterator();
        while (held > maxCandidates && byDraw.size() > 1 && eldest.hasNext()) {
            Map.Entry<String, DrawInputs> e = eldest.next();
            if (!e.getKey().equals(drawId)) {
                held -= e.getValue().targets().size();
                eldest.remove();
            }
        }
    }

    /** The cached inputs, else those {@code load} reads (then cached). */
    DrawInputs get(String drawId, Supplier<DrawInputs> load) {
        synchronized (this) {
            DrawInputs cached = byDraw.get(drawId);
            if (cached != null) {
                return cached;
            }
        }
        DrawInputs loaded = load.get();
        put(drawId, loaded);
        return loaded;
    }
}
