package cn.shuangsuiji.draw.domain.snapshot;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import java.util.Optional;

/**
 * 快照须已确认且最新 — a draw uses only a snapshot whose two-registry update was confirmed (两库更新确认, S1 11), of
 * the kind the slot needs, and with no newer confirmed snapshot of the same scope.
 */
public final class SnapshotFreshness {

    private SnapshotFreshness() {
    }

    /**
     * The snapshot {@code id} if it may be drawn from, else a refusal ({@code DRAW_SNAPSHOT_NOT_CONFIRMED},
     * {@code DRAW_SNAPSHOT_KIND}, {@code DRAW_SNAPSHOT_STALE}).
     *
     * @param found the confirmed snapshot, empty if none was confirmed
     * @param kind  {@link ConfirmedSnapshot#ENTITIES} or {@link ConfirmedSnapshot#INSPECTORS}
     * @param newer confirmed snapshots of the same scope newer than it
     */
    public static ConfirmedSnapshot requireUsable(String id, Optional<ConfirmedSnapshot> found, String kind,
                                                  java.util.function.Function<ConfirmedSnapshot,
                                                          List<ConfirmedSnapshot>> newer) {
        ConfirmedSnapshot s = found.orElseThrow(() -> new DomainProblem(ProblemKind.CONFLICT,
                "DRAW_SNAPSHOT_NOT_CONFIRMED", "快照未确认", "未收到快照 " + id + " 的两库更新确认，不能据此抽取"));
        if (!s.kind().equals(kind)) {
            throw DomainProblem.invalid("DRAW_SNAPSHOT_KIND", "快照 " + id + " 的类型为 " + s.kind() + "，此处需要 "
                    + kind, List.of());
        }
        List<ConfirmedSnapshot> later = newer.apply(s);
        if (!later.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_STALE", "快照已过时",
                    "快照 " + id + " 之后同一范围已确认了更新的快照 " + later.get(0).snapshotId() + "，请使用最新确认的快照");
        }
        return s;
    }
}
