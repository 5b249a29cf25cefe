package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 抽取日志 — the append-only, hash-chained log of every attempt (committed, executed, substituted,
 * replaced, abandoned, dispatched, confirmed). Immutable: {@link #append} returns a longer log. Helpers
 * build the fields of each kind the way the verifier expects them.
 */
public final class DrawLog {
    private final List<LogEntry> entries;

    private DrawLog(List<LogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DrawLog empty() {
        return new DrawLog(List.of());
    }

    /** A log read back from storage or a bundle (not checked: see {@link #chainProblems()}). */
    public static DrawLog of(List<LogEntry> entries) {
        return new DrawLog(entries);
    }

    public List<LogEntry> entries() {
        return entries;
    }

    /** Hash of the last entry, or 32 zero bytes. */
    public Hash32 head() {
        return entries.isEmpty() ? Hash32.ZERO : entries.get(entries.size() - 1).hash();
    }

    /** Appends an entry; "drawId" and the kind's required fields must be present. */
    public DrawLog append(LogKind kind, String at, String actor, Map<String, String> fields) {
        if (!fields.containsKey("drawId")) {
            throw new IllegalArgumentException("every log entry names its drawId");
        }
        for (String f : kind.requiredFields()) {
            if (!fields.containsKey(f)) {
                throw new IllegalArgumentException(kind + " needs field " + f);
            }
        }
        long seq = entries.size() + 1L;
        Hash32 prev = head();
        Hash32 hash = LogEntry.chain(prev, LogEntry.encode(seq, kind, at, actor, fields));
        List<LogEntry> next = new ArrayList<>(entries);
        next.add(new LogEntry(seq, kind, at, actor, fields, prev, hash));
        return new DrawLog(next);
    }

    /** Breaks of the chain: wrong seq, wrong prevHash, wrong hash, missing fields. Empty when intact. */
    public List<String> chainProblems() {
        List<String> problems = new ArrayList<>();
        Hash32 prev = Hash32.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            if (e.seq() != i + 1L) {
                problems.add("log entry " + (i + 1) + " has seq " + e.seq());
            }
            if (!e.prevHash().equals(prev)) {
                problems.add("log entry " + e.seq() + ": prevHash " + e.prevHash() + " is not the previous entry's hash " + prev);
            }
            if (!e.hash().equals(e.expectedHash())) {
                problems.add("log entry " + e.seq() + ": hash " + e.hash() + " does not match its content (expected "
                        + e.expectedHash() + ")");
            }
            if (e.drawId() == null) {
                problems.add("log entry " + e.seq() + " has no drawId");
            }
            for (String f : e.kind().requiredFields()) {
                if (!e.fields().containsKey(f)) {
                    problems.add("log entry " + e.seq() + " (" + e.kind() + ") lacks field " + f);
                }
            }
            if (i > 0 && e.at().compareTo(entries.get(i - 1).at()) < 0) {
                problems.add("log entry " + e.seq() + " is dated before the previous entry");
            }
            prev = e.hash();
        }
        return problems;
    }

    // ---------------------------------------------------------------- field helpers

    public static Map<String, String> commit(String drawId, Hash32 commitmentHash) {
        return Map.of("drawId", drawId, "commitmentHash", commitmentHash.hex());
    }

    public static Map<String, String> witness(String drawId, String witness, String reveal) {
        return Map.of("drawId", drawId, "witness", witness, "reveal", reveal);
    }

    public static Map<String, String> source(String drawId, String source, String value) {
        return Map.of("drawId", drawId, "source", source, "value", value);
    }

    public static Map<String, String> execute(String drawId, long beaconRound, DrawResult result) {
        return Map.of("drawId", drawId, "beaconRound", Long.toString(beaconRound), "seed", result.seed().hex(),
                "resultHash", result.hash().hex(), "status", result.status().name());
    }

    public static Map<String, String> substitute(String drawId, Substitution s) {
        Map<String, String> f = new HashMap<>();
        f.put("drawId", drawId);
        f.put("stratum", s.substitute().stratum());
        f.put("replaced", s.replaced().value());
        f.put("substitute", s.substitute().id().value());
        f.put("substituteKey", s.substitute().keyHex());
        f.put("reason", s.reason());
        f.put("team", s.team() == null ? "" : teamHash(s.team()).hex());
        return f;
    }

    public static Map<String, String> replace(String drawId, Replacement r) {
        Map<String, String> f = new HashMap<>();
        f.put("drawId", drawId);
        f.put("target", r.target().value());
        f.put("replaced", r.replaced().value());
        f.put("replacement", r.replacement().value());
        f.put("reason", r.reason());
        f.put("approvedBy", r.approvedBy());
        f.put("team", teamHash(r.team()).hex());
        f.put("mode", r.mode().name());
        return f;
    }

    public static Map<String, String> abandon(String drawId, String reason) {
        return Map.of("drawId", drawId, "reason", reason);
    }

    public static Map<String, String> dispatch(String drawId, String toUnit, String note) {
        return Map.of("drawId", drawId, "toUnit", toUnit, "note", note);
    }

    public static Map<String, String> witnessAdded(String drawId, String witness, String role) {
        return Map.of("drawId", drawId, "witness", witness, "role", role);
    }

    public static Map<String, String> confirm(String drawId, String role, String by) {
        return Map.of("drawId", drawId, "role", role, "by", by);
    }

    /** SHA-256(str(target) ‖ str(leader) ‖ list(str member)). */
    public static Hash32 teamHash(Team team) {
        Canonical out = new Canonical();
        out.str(team.target().value()).str(team.leader().value());
        out.list(team.members(), (o, m) -> o.str(m.value()));
        return out.sha256();
    }
}
