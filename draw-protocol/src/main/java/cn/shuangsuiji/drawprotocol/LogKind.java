package cn.shuangsuiji.drawprotocol;

import java.util.List;

/** 抽取日志条目类型 — the kinds of draw-log entries and the fields each must carry (besides drawId). */
public enum LogKind {
    /** the commitment was published: commitmentHash */
    COMMIT(List.of("commitmentHash")),
    /** a witness revealed their secret: witness, reveal */
    WITNESS(List.of("witness", "reveal")),
    /**
     * a committed source's value was entered (protocol revision 1.3): source, value — logged before the beacon
     * round's time, so the beacon is provably the last input
     */
    SOURCE(List.of("source", "value")),
    /** the draw was executed: beaconRound, seed, resultHash, status */
    EXECUTE(List.of("beaconRound", "seed", "resultHash", "status")),
    /** 递补: stratum, replaced, substitute, substituteKey, reason, team (hash or "") */
    SUBSTITUTE(List.of("stratum", "replaced", "substitute", "substituteKey", "reason", "team")),
    /**
     * inspector replaced: target, replaced, replacement, reason, approvedBy, team (hash); since protocol
     * revision 1.1 also mode (NEXT_RANKED | APPROVER_CHOICE; an entry without it is NEXT_RANKED)
     */
    REPLACE(List.of("target", "replaced", "replacement", "reason", "approvedBy", "team")),
    /** the attempt was abandoned: reason */
    ABANDON(List.of("reason")),
    /** 下派: toUnit, note */
    DISPATCH(List.of("toUnit", "note")),
    /** confirmed by drawer, supervisor or witness: role, by */
    CONFIRM(List.of("role", "by")),
    /**
     * a witness registered after the commitment (S2 20; since protocol revision 1.2): witness, role. Witnesses
     * named in the commitment need no entry; one added later is visible as added later.
     */
    WITNESS_ADDED(List.of("witness", "role"));

    private final List<String> fields;

    LogKind(List<String> fields) {
        this.fields = fields;
    }

    /** Fields required besides "drawId". */
    public List<String> requiredFields() {
        return fields;
    }
}
