package cn.shuangsuiji.drawprotocol.tlog;

import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 证明 JSON — the JSON shapes in which proofs are served and stored (docs/draw-protocol.md §16): hashes are
 * lowercase hex, bottom-up.
 * <pre>
 * inclusion:   {"leafIndex": 5, "treeSize": 8, "proof": ["bc1a…", "ca85…", "d37e…"]}
 * consistency: {"oldSize": 6, "newSize": 8, "proof": ["0ebc…", "ca85…", "d37e…"]}
 * </pre>
 */
public final class ProofJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private ProofJson() {
    }

    /** JSON form of an inclusion proof. */
    public record Inclusion(long leafIndex, long treeSize, List<String> proof) {
    }

    /** JSON form of a consistency proof. */
    public record Consistency(long oldSize, long newSize, List<String> proof) {
    }

    public static String toJson(InclusionProof p) {
        return MAPPER.writeValueAsString(new Inclusion(p.leafIndex(), p.treeSize(), hex(p.proof())));
    }

    public static String toJson(ConsistencyProof p) {
        return MAPPER.writeValueAsString(new Consistency(p.oldSize(), p.newSize(), hex(p.proof())));
    }

    public static InclusionProof inclusion(String json) {
        Inclusion i = read(json, Inclusion.class);
        return new InclusionProof(i.leafIndex(), i.treeSize(), hashes(i.proof()));
    }

    public static ConsistencyProof consistency(String json) {
        Consistency c = read(json, Consistency.class);
        return new ConsistencyProof(c.oldSize(), c.newSize(), hashes(c.proof()));
    }

    /** Lowercase hex of each hash. */
    public static List<String> hex(List<Hash32> hashes) {
        return hashes.stream().map(Hash32::hex).toList();
    }

    /** Parses lowercase hex hashes; a missing list is an error. */
    public static List<Hash32> hashes(List<String> hex) {
        if (hex == null) {
            throw new IllegalArgumentException("proof: missing list of hashes");
        }
        return hex.stream().map(Hash32::fromHex).toList();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a valid proof: " + e.getOriginalMessage(), e);
        }
    }
}
