package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 抽取 — one draw attempt of a plan task: committed before any randomness exists, executed once, never edited
 * or deleted; abandoning it is itself recorded (rules.md §4, S1 15). Results and the log are stored append-only
 * beside it; this aggregate holds the lifecycle state, witnesses and dispatches.
 */
public final class Draw {

    private final DrawId id;
    private final DrawHeader header;
    private final DrawState state;
    private final String resultHash;
    private final String abandonReason;
    private final List<Witness> witnesses;
    private final List<Dispatch> dispatches;
    private final List<Confirmation> confirmations;
    private final long version;

    public Draw(DrawId id, DrawHeader header, DrawState state, String resultHash, String abandonReason,
                List<Witness> witnesses, List<Dispatch> dispatches, long version) {
        this(id, header, state, resultHash, abandonReason, witnesses, dispatches, List.of(), version);
    }

    public Draw(DrawId id, DrawHeader header, DrawState state, String resultHash, String abandonReason,
                List<Witness> witnesses, List<Dispatch> dispatches, List<Confirmation> confirmations,
                long version) {
        this.confirmations = confirmations == null ? List.of() : List.copyOf(confirmations);
        this.id = Objects.requireNonNull(id, "id");
        this.header = Objects.requireNonNull(header, "header");
        this.state = Objects.requireNonNull(state, "state");
        this.resultHash = resultHash;
        this.abandonReason = abandonReason;
        this.witnesses = List.copyOf(witnesses);
        this.dispatches = List.copyOf(dispatches);
        this.version = version;
    }

    /** Commits a new draw (抽取承诺, docs/draw-protocol.md §4): nothing random is known yet. */
    public static Draw commit(DrawId id, DrawHeader header) {
        return new Draw(id, header, DrawState.COMMITTED, null, null, List.of(), List.of(), 0);
    }

    /** Records the execution once (S1 15: a produced list cannot be changed); FAILED when teams could not form. */
    public Draw execute(String resultHash, boolean ok) {
        requireCommitted();
        return with(ok ? DrawState.EXECUTED : DrawState.FAILED, resultHash, abandonReason, witnesses, dispatches);
    }

    /** Refuses anything but a committed, not yet executed draw (for executing it: "不能再次执行"). */
    public void requireCommitted() {
        requireCommitted("不能再次执行");
    }

    /**
     * Refuses anything but a committed, not yet executed draw, saying what can no longer be done, e.g.
     * {@code "不能再公开见证人秘密"} for a reveal (S2 20: inputs come before the result).
     */
    public void requireCommitted(String refused) {
        if (state == DrawState.EXECUTED || state == DrawState.FAILED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ALREADY_EXECUTED", "抽取已执行",
                    "抽取 " + id + " 已执行，结果不可更改，" + refused);
        }
        requireNotAbandoned();
    }

    /** Refuses anything but a successfully executed draw (for substitutions, replacements, dispatch). */
    public void requireExecuted() {
        requireNotAbandoned();
        if (state != DrawState.EXECUTED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_NOT_EXECUTED", "抽取尚未成功执行",
                    "抽取 " + id + " 的状态为 " + state + "，只有已成功执行的抽取可以递补、更换或下派");
        }
    }

    private void requireNotAbandoned() {
        if (state == DrawState.ABANDONED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ABANDONED", "抽取已作废",
                    "抽取 " + id + " 已作废：" + abandonReason);
        }
    }

    /** Abandons the draw with a reason (作废); it stays in the log; a new draw needs a new commitment. */
    public Draw abandon(String reason) {
        requireNotAbandoned();
        if (state == DrawState.EXECUTED && !dispatches.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ALREADY_DISPATCHED", "抽取已下派",
                    "抽取 " + id + " 已下派，不能作废");
        }
        return with(DrawState.ABANDONED, resultHash, reason, witnesses, dispatches);
    }

    /**
     * Records a witness of the draw (S2 20): only before the result exists — a witness added after execution
     * witnessed nothing (DRAW_WITNESS_TOO_LATE); the role must be a {@link WitnessRole}. Witnesses named in the
     * commitment are registered by it; one added later is logged (WITNESS_ADDED) by the caller.
     */
    public Draw recordWitness(Witness witness) {
        requireNotAbandoned();
        WitnessRole.of(witness.role());
        if (state != DrawState.COMMITTED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_WITNESS_TOO_LATE", "抽取已执行，不能再登记见证人",
                    "抽取 " + id + " 已执行：见证人须在抽取前登记，事后登记的人没有见证抽取过程");
        }
        if (witnesses.stream().anyMatch(w -> w.name().equals(witness.name()))) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_WITNESS_EXISTS", "见证人已登记",
                    "见证人 " + witness.name() + " 已登记");
        }
        List<Witness> next = new ArrayList<>(witnesses);
        next.add(witness);
        return with(state, resultHash, abandonReason, next, dispatches);
    }

    /**
     * 结果确认 (S2 20): the result, once produced, is confirmed by the drawer, the supervisor and each witness;
     * each person confirms once in a role. Only an executed result can be confirmed.
     */
    public Draw confirm(Confirmation.Role role, String by, Instant at) {
        if (state == DrawState.COMMITTED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_NOT_EXECUTED", "抽取尚未执行",
                    "抽取 " + id + " 尚未执行，没有可确认的结果");
        }
        if (confirmations.stream().anyMatch(c -> c.role().equals(role.name()) && c.by().equals(by))) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_CONFIRMATION_EXISTS", "已确认",
                    by + " 已以 " + role + " 身份确认过抽取 " + id);
        }
        List<Confirmation> next = new ArrayList<>(confirmations);
        next.add(new Confirmation(role.name(), by, at));
        return new Draw(id, header, state, resultHash, abandonReason, witnesses, dispatches, next, version);
    }

    /**
     * The confirmations still missing (S2 20): DRAWER and SUPERVISOR, and WITNESS by every witness registered or
     * named in the commitment ({@code committedWitnesses}), as "ROLE" or "WITNESS:name".
     */
    public List<String> missingConfirmations(List<String> committedWitnesses) {
        List<String> missing = new ArrayList<>();
        for (String role : List.of("DRAWER", "SUPERVISOR")) {
            if (confirmations.stream().noneMatch(c -> c.role().equals(role))) {
                missing.add(role);
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>(committedWitnesses);
        witnesses.forEach(w -> names.add(w.name()));
        for (String name : names) {
            if (confirmations.stream().noneMatch(c -> c.role().equals("WITNESS") && c.by().equals(name))) {
                missing.add("WITNESS:" + name);
            }
        }
        return missing;
    }

    public List<Confirmation> confirmations() {
        return confirmations;
    }

    /** Dispatches the drawn list to a lower-level department (下派, S0 17; S1 13). */
    public Draw dispatch(String departmentId, LocalDate on, LocalDate deadline) {
        requireExecuted();
        if (dispatch(departmentId).isPresent()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ALREADY_DISPATCHED", "已下派",
                    "抽取 " + id + " 已下派至 " + departmentId);
        }
        List<Dispatch> next = new ArrayList<>(dispatches);
        next.add(new Dispatch(departmentId, on, deadline, null, null));
        return with(state, resultHash, abandonReason, witnesses, next);
    }

    /** The receiving department confirms a dispatched list (S1 13). */
    public Draw confirmDispatch(String departmentId, String by, Instant at) {
        Dispatch d = dispatch(departmentId).orElseThrow(() -> DomainProblem.notFound("DRAW_DISPATCH_NOT_FOUND",
                "下派记录", id + "/" + departmentId));
        if (d.confirmed()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_DISPATCH_CONFIRMED", "下派已确认",
                    departmentId + " 已于 " + d.confirmedAt() + " 确认");
        }
        List<Dispatch> next = new ArrayList<>();
        for (Dispatch x : dispatches) {
            next.add(x == d ? new Dispatch(x.departmentId(), x.dispatchedOn(), x.deadline(), by, at) : x);
        }
        return with(state, resultHash, abandonReason, witnesses, next);
    }

    public Optional<Dispatch> dispatch(String departmentId) {
        return dispatches.stream().filter(d -> d.departmentId().equals(departmentId)).findFirst();
    }

    private Draw with(DrawState s, String hash, String reason, List<Witness> w, List<Dispatch> d) {
        return new Draw(id, header, s, hash, reason, w, d, confirmations, version);
    }

    public DrawId id() {
        return id;
    }

    public DrawHeader header() {
        return header;
    }

    public DrawState state() {
        return state;
    }

    public String resultHash() {
        return resultHash;
    }

    public String abandonReason() {
        return abandonReason;
    }

    public List<Witness> witnesses() {
        return witnesses;
    }

    public List<Dispatch> dispatches() {
        return dispatches;
    }

    public long version() {
        return version;
    }
}
