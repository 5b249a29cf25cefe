package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 检查对象名录快照 — the confirmed entity-registry snapshot a draw is made from, stored column-wise so
 * that ten million candidates cost a few tens of bytes each and no object apiece: ids as one packed
 * UTF-8 byte array with offsets, stratum (信用风险分类), area (属地) and exclusion reason as small
 * dictionary indexes.
 *
 * <p>Rows are kept in the canonical order (ascending id bytes), whatever order they were added in, so
 * the row index order is the id tie-break order of the protocol and the snapshot roots do not depend
 * on input order. Duplicate ids are rejected. Immutable once built; the roots are computed once.
 */
public final class CandidateTable {
    private static final byte[] TARGET_TAG = "ssj.target".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXCLUSION_TAG = "ssj.exclusion".getBytes(StandardCharsets.UTF_8);

    private final int n;
    private final byte[] ids;
    private final int[] off;
    private final byte[] stratum;
    private final char[] area;
    private final byte[] exclusion;
    private final String[] strata;
    private final byte[][] strataUtf8;
    private final String[] areas;
    private final byte[][] areasUtf8;
    private final String[] reasons;
    private final byte[][] reasonsUtf8;
    private final int[] excluded;
    private final int[] eligibleByStratum;
    private volatile Hash32 targetsRoot;
    private volatile Hash32 eligibilityRoot;

    private CandidateTable(int n, byte[] ids, int[] off, byte[] stratum, char[] area, byte[] exclusion,
            String[] strata, String[] areas, String[] reasons) {
        this.n = n;
        this.ids = ids;
        this.off = off;
        this.stratum = stratum;
        this.area = area;
        this.exclusion = exclusion;
        this.strata = strata;
        this.areas = areas;
        this.reasons = reasons;
        this.strataUtf8 = utf8All(strata);
        this.areasUtf8 = utf8All(areas);
        this.reasonsUtf8 = utf8All(reasons);
        int ex = 0;
        int[] eligible = new int[strata.length];
        for (int i = 0; i < n; i++) {
            if (exclusion[i] != 0) {
                ex++;
            } else {
                eligible[stratum[i] & 0xFF]++;
            }
        }
        this.eligibleByStratum = eligible;
        this.excluded = new int[ex];
        for (int i = 0, j = 0; i < n; i++) {
            if (exclusion[i] != 0) {
                excluded[j++] = i;
            }
        }
    }

    private static byte[][] utf8All(String[] s) {
        byte[][] r = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[i] == null ? new byte[0] : s[i].getBytes(StandardCharsets.UTF_8);
        }
        return r;
    }

    public static Builder builder() {
        return new Builder(1024);
    }

    public static Builder builder(int expectedRows) {
        return new Builder(expectedRows);
    }

    /** Number of targets in the snapshot (eligible or not). */
    public int size() {
        return n;
    }

    public String id(int row) {
        return new String(ids, off[row], off[row + 1] - off[row], StandardCharsets.UTF_8);
    }

    public TargetId targetId(int row) {
        return new TargetId(id(row));
    }

    /** Stratum code (分层, e.g. the credit-risk class) of a row. */
    public String stratum(int row) {
        return strata[stratum[row] & 0xFF];
    }

    /** Area code of a row, "" when unknown. */
    public String area(int row) {
        return areas[area[row]];
    }

    /** The exclusion reason (不纳入抽取的原因), or null when the row is eligible. */
    public String exclusionReason(int row) {
        return exclusion[row] == 0 ? null : reasons[exclusion[row] & 0xFF];
    }

    public boolean eligible(int row) {
        return exclusion[row] == 0;
    }

    /** Number of excluded (ineligible) targets. */
    public int exclusionCount() {
        return excluded.length;
    }

    /** Number of eligible targets whose stratum is {@code code}. */
    public int eligibleCount(String code) {
        int s = stratumIndex(code);
        return s < 0 ? 0 : eligibleByStratum[s];
    }

    /** Row of the target with this id, or -1 (binary search over the id-sorted rows). */
    public int indexOf(String id) {
        return find(ids, off, n, id.getBytes(StandardCharsets.UTF_8));
    }

    private static int find(byte[] ids, int[] off, int n, byte[] key) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(ids, off[mid], off[mid + 1], key, 0, key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Merkle root of the target records (computed once). */
    public Hash32 targetsRoot() {
        Hash32 r = targetsRoot;
        if (r == null) {
            r = computeTargetsRoot(2);
            targetsRoot = r;
        }
        return r;
    }

    /** Merkle root of the exclusion records (the eligibility facts; computed once). */
    public Hash32 eligibilityRoot() {
        Hash32 r = eligibilityRoot;
        if (r == null) {
            r = computeEligibilityRoot();
            eligibilityRoot = r;
        }
        return r;
    }

    /** Recomputes both roots, ignoring and then refreshing the cache (what a verifier does). */
    public void recomputeRoots(int threads) {
        targetsRoot = computeTargetsRoot(threads);
        eligibilityRoot = computeEligibilityRoot();
    }

    /** Recomputes the targets root without the cache. */
    public Hash32 computeTargetsRoot(int threads) {
        return Merkle.root(n, this::encodeTarget, threads);
    }

    /** Recomputes the eligibility root without the cache. */
    public Hash32 computeEligibilityRoot() {
        return Merkle.root(excluded.length, (j, out) -> encodeExclusion(excluded[j], out), 1);
    }

    /** Canonical target record: str("ssj.target") ‖ str(id) ‖ str(stratum) ‖ str(area). */
    public void encodeTarget(int row, Canonical out) {
        out.strUtf8(TARGET_TAG, 0, TARGET_TAG.length);
        out.strUtf8(ids, off[row], off[row + 1] - off[row]);
        byte[] s = strataUtf8[stratum[row] & 0xFF];
        out.strUtf8(s, 0, s.length);
        byte[] a = areasUtf8[area[row]];
        out.strUtf8(a, 0, a.length);
    }

    /** Canonical exclusion record: str("ssj.exclusion") ‖ str(targetId) ‖ str(reason). */
    public void encodeExclusion(int row, Canonical out) {
        out.strUtf8(EXCLUSION_TAG, 0, EXCLUSION_TAG.length);
        out.strUtf8(ids, off[row], off[row + 1] - off[row]);
        byte[] r = reasonsUtf8[exclusion[row] & 0xFF];
        out.strUtf8(r, 0, r.length);
    }

    /** Rows of the excluded targets, ascending. */
    public int[] excludedRows() {
        return excluded.clone();
    }

    /** Approximate heap bytes held by the table (arrays and dictionaries). */
    public long memoryBytes() {
        return (long) ids.length + 4L * off.length + stratum.length + 2L * area.length + exclusion.length
                + 4L * excluded.length;
    }

    // --- package access for the draw engine's hot path ---

    byte[] idBytes() {
        return ids;
    }

    int[] idOffsets() {
        return off;
    }

    byte[] stratumColumn() {
        return stratum;
    }

    byte[] exclusionColumn() {
        return exclusion;
    }

    char[] areaColumn() {
        return area;
    }

    /** Dictionary index of a stratum code, or -1. */
    int stratumIndex(String code) {
        for (int i = 0; i < strata.length; i++) {
            if (strata[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }

    int strataCount() {
        return strata.length;
    }

    int eligibleInStratumIndex(int s) {
        return eligibleByStratum[s];
    }

    /**
     * Collects targets in any order; {@link #build()} sorts them by id, rejects duplicates and applies
     * the exclusions.
     */
    public static final class Builder {
        private int n;
        private byte[] ids;
        private int[] off;
        private byte[] stratum;
        private char[] area;
        private final Map<String, Integer> strata = new HashMap<>();
        private final List<String> strataList = new ArrayList<>();
        private final Map<String, Integer> areas = new HashMap<>();
        private final List<String> areasList = new ArrayList<>();
        private final Map<String, String> exclusions = new HashMap<>();
        private final Map<String, String> exclusionsIfPresent = new HashMap<>();
        private boolean keepFirstDuplicate;

        private Builder(int expected) {
            int cap = Math.max(16, expected);
            ids = new byte[cap * 18];
            off = new int[cap + 1];
            stratum = new byte[cap];
            area = new char[cap];
            areas.put("", 0);
            areasList.add("");
        }

        /**
         * Adds a target record.
         *
         * @param id      target id (e.g. 统一社会信用代码), 1..64 UTF-8 bytes
         * @param stratum stratum code, 1..64 bytes; at most 255 distinct codes
         * @param area    area code (属地), "" or null when unknown; at most 65535 distinct codes
         */
        public Builder add(String id, String stratum, String area) {
            Text.id(id, "target id");
            byte[] b = id.getBytes(StandardCharsets.UTF_8);
            return addUtf8(b, 0, b.length, stratum, area);
        }

        /**
         * Adds a target record whose id is the UTF-8 bytes {@code id[from, from + len)} (copied; no object is
         * made per record — the streaming snapshot reader's path). The id must be 1..64 bytes without control
         * characters; stratum and area as in {@link #add(String, String, String)}.
         */
        public Builder addUtf8(byte[] id, int from, int len, String stratum, String area) {
            if (len < 1 || len > Text.MAX_ID_BYTES) {
                throw new IllegalArgumentException("target id must be 1.." + Text.MAX_ID_BYTES + " UTF-8 bytes");
            }
            for (int i = from; i < from + len; i++) {
                int c = id[i] & 0xFF;
                if (c < 0x20 || c == 0x7F) {
                    throw new IllegalArgumentException("target id contains a control character: "
                            + new String(id, from, len, StandardCharsets.UTF_8));
                }
            }
            if (!strata.containsKey(stratum)) {
                Text.id(stratum, "stratum");
            }
            String a = area == null ? "" : area;
            if (!areas.containsKey(a)) {
                Text.optionalId(a, "area");
            }
            if (n == this.stratum.length) {
                int cap = n * 2;
                this.stratum = Arrays.copyOf(this.stratum, cap);
                this.area = Arrays.copyOf(this.area, cap);
                off = Arrays.copyOf(off, cap + 1);
            }
            int end = off[n];
            if (end + len > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, end + len));
            }
            System.arraycopy(id, from, ids, end, len);
            off[n + 1] = end + len;
            Integer s = strata.get(stratum);
            if (s == null) {
                if (strataList.size() == 255) {
                    throw new IllegalArgumentException("more than 255 distinct strata");
                }
                s = strataList.size();
                strata.put(stratum, s);
                strataList.add(stratum);
            }
            this.stratum[n] = (byte) (int) s;
            Integer ai = areas.get(a);
            if (ai == null) {
                if (areasList.size() == 65535) {
                    throw new IllegalArgumentException("more than 65534 distinct areas");
                }
                ai = areasList.size();
                areas.put(a, ai);
                areasList.add(a);
            }
            this.area[n] = (char) (int) ai;
            n++;
            return this;
        }

        /** Marks a target as not eligible for this draw, with a reason code (e.g. ANNUAL_LIMIT). */
        public Builder exclude(String targetId, String reasonCode) {
            Text.id(targetId, "excluded target id");
            Text.id(reasonCode, "exclusion reason");
            if (exclusions.put(targetId, reasonCode) != null) {
                throw new IllegalArgumentException("target excluded twice: " + targetId);
            }
            return this;
        }

        /**
         * A target id added more than once is kept once, as first added (several snapshots of overlapping
         * scopes), instead of being refused.
         */
        public Builder keepFirstDuplicate() {
            keepFirstDuplicate = true;
            return this;
        }

        /**
         * Like {@link #exclude(String, String)}, but a target that is not in the table is ignored (facts of earlier
         * draws name entities outside this draw's population); an explicit exclusion of the same target wins.
         */
        public Builder excludeIfPresent(String targetId, String reasonCode) {
            Text.id(targetId, "excluded target id");
            Text.id(reasonCode, "exclusion reason");
            exclusionsIfPresent.putIfAbsent(targetId, reasonCode);
            return this;
        }

        /** Targets added so far (duplicates included). */
        public int added() {
            return n;
        }

        public CandidateTable build() {
            java.util.BitSet dropped = keepFirstDuplicate ? new java.util.BitSet() : null;
            int[] perm = IdSort.sort(ids, off, n, dropped);
            int total = off[n];
            int kept = n;
            if (dropped != null && !dropped.isEmpty()) {
                kept = n - dropped.cardinality();
                total = 0;
                for (int r = 0; r < n; r++) {
                    if (!dropped.get(r)) {
                        total += off[r + 1] - off[r];
                    }
                }
            }
            byte[] sIds = new byte[total];
            int[] sOff = new int[kept + 1];
            byte[] sStratum = new byte[kept];
            char[] sArea = new char[kept];
            int p = 0;
            for (int i = 0, k = 0; k < n; k++) {
                int r = perm[k];
                if (dropped != null && dropped.get(r)) {
                    continue;
                }
                int len = off[r + 1] - off[r];
                System.arraycopy(ids, off[r], sIds, p, len);
                p += len;
                sOff[i + 1] = p;
                sStratum[i] = stratum[r];
                sArea[i] = area[r];
                i++;
            }
            byte[] sExclusion = new byte[kept];
            List<String> reasonList = new ArrayList<>();
            reasonList.add(null);
            Map<String, Integer> reasonIdx = new HashMap<>();
            String[] strataArr = strataList.toArray(new String[0]);
            String[] areasArr = areasList.toArray(new String[0]);
            Map<String, String> all = new HashMap<>(exclusionsIfPresent);
            all.putAll(exclusions);
            for (Map.Entry<String, String> e : all.entrySet()) {
                int row = find(sIds, sOff, kept, e.getKey().getBytes(StandardCharsets.UTF_8));
                if (row < 0 && !exclusions.containsKey(e.getKey())) {
                    continue;
                }
                if (row < 0) {
                    throw new IllegalArgumentException("excluded target is not in the snapshot: " + e.getKey());
                }
                Integer ri = reasonIdx.get(e.getValue());
                if (ri == null) {
                    if (reasonList.size() == 256) {
                        throw new IllegalArgumentException("more than 255 distinct exclusion reasons");
                    }
                    ri = reasonList.size();
                    reasonIdx.put(e.getValue(), ri);
                    reasonList.add(e.getValue());
                }
                sExclusion[row] = (byte) (int) ri;
            }
            return new CandidateTable(kept, sIds, sOff, sStratum, sArea, sExclusion, strataArr, areasArr,
                    reasonList.toArray(new String[0]));
        }
    }
}
