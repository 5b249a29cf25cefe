package cn.shuangsuiji.drawprotocol;

import java.util.Map;
import java.util.TreeMap;

/**
 * 抽取日志条目 — one entry of the append-only, hash-chained draw log:
 * hash = SHA-256(prevHash ‖ canonical entry), the first entry's prevHash being 32 zero bytes.
 *
 * @param seq      1, 2, 3 … without gaps
 * @param kind     entry kind
 * @param at       UTC instant, "yyyy-MM-ddTHH:mm:ssZ"
 * @param actor    who acted (account or role)
 * @param fields   string fields, kept sorted by key bytes; always includes "drawId"
 * @param prevHash hash of the previous entry
 * @param hash     hash of this entry
 */
public record LogEntry(long seq, LogKind kind, String at, String actor, Map<String, String> fields, Hash32 prevHash,
        Hash32 hash) {
    public LogEntry {
        if (seq < 1 || kind == null || prevHash == null || hash == null) {
            throw new IllegalArgumentException("log entry needs seq ≥ 1, kind, prevHash and hash");
        }
        DrawCommitment.requireInstant(at, "log entry time");
        Text.id(actor, "actor");
        TreeMap<String, String> sorted = new TreeMap<>(Text::compareUtf8);
        for (Map.Entry<String, String> e : fields.entrySet()) {
            sorted.put(Text.id(e.getKey(), "field name"), Text.text(e.getValue(), "field " + e.getKey(), 0,
                    Text.MAX_TEXT_BYTES));
        }
        fields = java.util.Collections.unmodifiableMap(sorted);
    }

    /** Canonical entry: str("ssj.log") ‖ u64(seq) ‖ str(kind) ‖ str(at) ‖ str(actor) ‖ list(str key ‖ str value). */
    public static byte[] encode(long seq, LogKind kind, String at, String actor, Map<String, String> fields) {
        TreeMap<String, String> sorted = new TreeMap<>(Text::compareUtf8);
        sorted.putAll(fields);
        Canonical out = new Canonical();
        out.str("ssj.log").u64(seq).str(kind.name()).str(at).str(actor);
        out.list(sorted.entrySet(), (o, e) -> o.str(e.getKey()).str(e.getValue()));
        return out.toByteArray();
    }

    /** SHA-256(prevHash ‖ canonical entry). */
    public static Hash32 chain(Hash32 prevHash, byte[] canonicalEntry) {
        Canonical out = new Canonical(32 + canonicalEntry.length);
        out.h32(prevHash).raw(canonicalEntry, 0, canonicalEntry.length);
        return out.sha256();
    }

    /** The hash this entry should have given its content and prevHash. */
    public Hash32 expectedHash() {
        return chain(prevHash, encode(seq, kind, at, actor, fields));
    }

    public String drawId() {
        return fields.get("drawId");
    }

    public String field(String name) {
        return fields.get(name);
    }
}
