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
 * UTF-8 byte array (with an offset per row only when the ids are not all of one width — 18-byte USCCs
 * need none), stratum (信用风险分类) and exclusion reason as one-byte dictionary indexes, area (属地) as a
 * one-byte index up to 256 areas and a two-byte index above. 18-byte ids with up to 256 areas cost 21
 * bytes per candidate, with more areas 22, ids of varying width 4 more.
 *
 * <p>Rows are kept in the canonical order (ascending id bytes), whatever order they were added in, so
 * the row index order is the id tie-break order of the protocol and the snapshot roots do not depend
 * on input order. Duplicate ids are rejected. Immutable once built; the roots are computed once.
 */
public final class CandidateTable {
    private static final byte[] TARGET_TAG = "ssj.target".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXCLUSION_TAG = "ssj.exclusion".getBytes(StandardCharsets.UTF_8);
    /** str("ssj.target"), the start of every target record. */
    private static final byte[] TARGET_PREFIX = new Canonical().str("ssj.target").toByteArray();
    /** str("ssj.exclusion"), the start of every exclusion record. */
    private static final byte[] EXCLUSION_PREFIX = new Canonical().str("ssj.exclusion").toByteArray();
    /** Longest canonical target / exclusion record: tag and three length-prefixed fields of at most 64 bytes. */
    private static final int MAX_RECORD_BYTES = 4 + 13 + 3 * (4 + Text.MAX_ID_BYTES);
    /** Largest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final int n;
    private final byte[] ids;
    /** Start of each row's id in {@link #ids} and the end ({@code n + 1} entries); null when all have {@link #width}. */
    private final int[] off;
    /** Width in bytes of every id when {@link #off} is null, else 0. */
    private final int width;
    private final byte[] stratum;
    /** Area index per row when there are at most 256 areas, else null. */
    private final byte[] area8;
    /** Area index per row when there are more than 256 areas, else null. */
    private final char[] area16;
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

    private CandidateTable(int n, byte[] ids, int[] off, int width, byte[] stratum, byte[] area8, char[] area16,
            byte[] exclusion, String[] strata, String[] areas, String[] reasons) {
        this.n = n;
        this.ids = ids;
        this.off = off;
        this.width = off == null ? width : 0;
        this.stratum = stratum;
        this.area8 = area8;
        this.area16 = area16;
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

    /** The UTF-8 bytes of each string of a dictionary (empty for a null entry). */
    static byte[][] utf8All(String[] s) {
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
        int from = idStart(row);
        return new String(ids, from, idEnd(row) - from, StandardCharsets.UTF_8);
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
        return areas[areaIndex(row)];
    }

    private int areaIndex(int row) {
        return area8 != null ? area8[row] & 0xFF : area16[row];
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
        return find(ids, off, width, n, id.getBytes(StandardCharsets.UTF_8));
    }

    private static int find(byte[] ids, int[] off, int width, int n, byte[] key) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int from = off == null ? mid * width : off[mid];
            int to = off == null ? from + width : off[mid + 1];
            int c = Arrays.compareUnsigned(ids, from, to, key, 0, key.length);
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
        eligibilityRoot = computeEligibilityRoot(threads);
    }

    /**
     * Recomputes the targets root without the cache: each leaf's record is written straight from the columns
     * into a reused buffer (no {@link Canonical}, no object per record) — the same bytes as {@link #encodeTarget}.
     */
    public Hash32 computeTargetsRoot(int threads) {
        return Merkle.root(n, TARGET_PREFIX, MAX_RECORD_BYTES, this::writeTarget, threads);
    }

    /** Recomputes the eligibility root without the cache. */
    public Hash32 computeEligibilityRoot() {
        return computeEligibilityRoot(1);
    }

    /** Recomputes the eligibility root without the cache, on up to {@code threads} threads. */
    public Hash32 computeEligibilityRoot(int threads) {
        return Merkle.root(excluded.length, EXCLUSION_PREFIX, MAX_RECORD_BYTES,
                (j, buf, pos) -> writeExclusion(excluded[j], buf, pos), threads);
    }

    /** Canonical target record: str("ssj.target") ‖ str(id) ‖ str(stratum) ‖ str(area). */
    public void encodeTarget(int row, Canonical out) {
        out.strUtf8(TARGET_TAG, 0, TARGET_TAG.length);
        int from = idStart(row);
        out.strUtf8(ids, from, idEnd(row) - from);
        byte[] s = strataUtf8[stratum[row] & 0xFF];
        out.strUtf8(s, 0, s.length);
        byte[] a = areasUtf8[areaIndex(row)];
        out.strUtf8(a, 0, a.length);
    }

    /** Canonical exclusion record: str("ssj.exclusion") ‖ str(targetId) ‖ str(reason). */
    public void encodeExclusion(int row, Canonical out) {
        out.strUtf8(EXCLUSION_TAG, 0, EXCLUSION_TAG.length);
        int from = idStart(row);
        out.strUtf8(ids, from, idEnd(row) - from);
        byte[] r = reasonsUtf8[exclusion[row] & 0xFF];
        out.strUtf8(r, 0, r.length);
    }

    /** {@link #encodeTarget}'s bytes after {@link #TARGET_PREFIX} written at {@code buf[pos..]}; returns the end. */
    private int writeTarget(int row, byte[] buf, int pos) {
        int from = off == null ? row * width : off[row];
        int to = off == null ? from + width : off[row + 1];
        pos = putStr(ids, from, to - from, buf, pos);
        byte[] s = strataUtf8[stratum[row] & 0xFF];
        pos = putStr(s, 0, s.length, buf, pos);
        byte[] a = areasUtf8[area8 != null ? area8[row] & 0xFF : area16[row]];
        return putStr(a, 0, a.length, buf, pos);
    }

    /** {@link #encodeExclusion}'s bytes after {@link #EXCLUSION_PREFIX} at {@code buf[pos..]}; returns the end. */
    private int writeExclusion(int row, byte[] buf, int pos) {
        int from = idStart(row);
        pos = putStr(ids, from, idEnd(row) - from, buf, pos);
        byte[] r = reasonsUtf8[exclusion[row] & 0xFF];
        return putStr(r, 0, r.length, buf, pos);
    }

    /** {@code str}: u32 length (the fields are at most 64 bytes) then the bytes. */
    private static int putStr(byte[] src, int from, int len, byte[] buf, int pos) {
        buf[pos] = 0;
        buf[pos + 1] = 0;
        buf[pos + 2] = 0;
        buf[pos + 3] = (byte) len;
        System.arraycopy(src, from, buf, pos + 4, len);
        return pos + 4 + len;
    }

    /** Rows of the excluded targets, ascending. */
    public int[] excludedRows() {
        return excluded.clone();
    }

    /** Approximate heap bytes held by the table (arrays and dictionaries). */
    public long memoryBytes() {
        return (long) ids.length + (off == null ? 0 : 4L * off.length) + stratum.length
                + (area8 != null ? area8.length : 2L * area16.length) + exclusion.length + 4L * excluded.length;
    }

    // --- package access for the draw engine's hot path ---

    byte[] idBytes() {
        return ids;
    }

    /** Per-row id offsets ({@code n + 1}), or null when every id has {@link #idWidth()} bytes. */
    int[] idOffsets() {
        return off;
    }

    /** The width of every id when {@link #idOffsets()} is null, else 0. */
    int idWidth() {
        return width;
    }

    int idStart(int row) {
        return off == null ? row * width : off[row];
    }

    int idEnd(int row) {
        return off == null ? (row + 1) * width : off[row + 1];
    }

    byte[] stratumColumn() {
        return stratum;
    }

    byte[] exclusionColumn() {
        return exclusion;
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

    /** The stratum dictionary: the code of each stratum index (a copy). */
    String[] strataCodes() {
        return strata.clone();
    }

    int strataCount() {
        return strata.length;
    }

    int eligibleInStratumIndex(int s) {
        return eligibleByStratum[s];
    }

    /**
     * Collects targets in any order; {@link #build()} sorts them by id, rejects duplicates and applies
     * the exclusions. Ids are appended to one byte array; per-row offsets are kept only once an id of another
     * width than the first arrives.
     */
    public static final class Builder {
        private int n;
        private byte[] ids;
        /** Null while every id has {@link #width} bytes. */
        private int[] off;
        /** Width of every id so far while {@link #off} is null (-1 before the first). */
        private int width = -1;
        private byte[] stratum;
        private char[] area;
        private final Map<String, Integer> strata = new HashMap<>();
        private final List<String> strataList = new ArrayList<>();
        private final Map<String, Integer> areas = new HashMap<>();
        private final List<String> areasList = new ArrayList<>();
        private final Map<String, String> exclusions = new HashMap<>();
        private final Map<String, String> exclusionsIfPresent = new HashMap<>();
        private boolean keepFirstDuplicate;
        private java.util.function.Consumer<String> progress = s -> { };

        private Builder(int expected) {
            int cap = Math.max(16, expected);
            ids = new byte[(int) Math.min(MAX_ARRAY, 18L * cap)];
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
            Integer s = strata.get(stratum);
            if (s == null) {
                Text.id(stratum, "stratum");
                if (strataList.size() == 255) {
                    throw new IllegalArgumentException("more than 255 distinct strata");
                }
            }
            String a = area == null ? "" : area;
            Integer ai = areas.get(a);
            if (ai == null) {
                Text.optionalId(a, "area");
                if (areasList.size() == 65535) {
                    throw new IllegalArgumentException("more than 65534 distinct areas");
                }
            }
            long end = off == null ? (long) n * Math.max(0, width) : off[n];
            if (end + len > MAX_ARRAY) {
                throw new IllegalArgumentException("more than " + MAX_ARRAY + " bytes of target ids in one table");
            }
            if (s == null) {
                s = strataList.size();
                strata.put(stratum, s);
                strataList.add(stratum);
            }
            if (ai == null) {
                ai = areasList.size();
                areas.put(a, ai);
                areasList.add(a);
            }
            if (n == this.stratum.length) {
                int cap = (int) Math.min(MAX_ARRAY - 1, n * 2L);
                this.stratum = Arrays.copyOf(this.stratum, cap);
                this.area = Arrays.copyOf(this.area, cap);
                if (off != null) {
                    off = Arrays.copyOf(off, cap + 1);
                }
            }
            if (width < 0 && off == null) {
                width = len;
            } else if (off == null && len != width) {
                // the first id of another width: from here on every row has an offset
                off = new int[this.stratum.length + 1];
                for (int i = 0; i <= n; i++) {
                    off[i] = i * width;
                }
                width = 0;
            }
            if (end + len > ids.length) {
                ids = Arrays.copyOf(ids, (int) Math.min(MAX_ARRAY, Math.max(ids.length * 2L, end + len)));
            }
            System.arraycopy(id, from, ids, (int) end, len);
            if (off != null) {
                off[n + 1] = (int) end + len;
            }
            this.stratum[n] = (byte) (int) s;
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

        /** Tells {@code listener} each phase of {@link #build()} as it starts (for long builds: 10^8 rows). */
        public Builder onProgress(java.util.function.Consumer<String> listener) {
            progress = listener == null ? s -> { } : listener;
            return this;
        }

        /** Targets added so far (duplicates included). */
        public int added() {
            return n;
        }

        public CandidateTable build() {
            int w = Math.max(0, width);
            progress.accept("sorting " + n + " ids");
            java.util.BitSet dropped = keepFirstDuplicate ? new java.util.BitSet() : null;
            int[] perm = IdSort.sort(ids, off, w, n, dropped);
            int kept = n;
            long total = off == null ? (long) n * w : off[n];
            if (dropped != null && !dropped.isEmpty()) {
                kept = n - dropped.cardinality();
                total = 0;
                for (int r = 0; r < n; r++) {
                    if (!dropped.get(r)) {
                        total += off == null ? w : off[r + 1] - off[r];
                    }
                }
            }
            progress.accept("copying " + kept + " rows in id order");
            byte[] sIds = new byte[(int) total];
            int[] sOff = off == null ? null : new int[kept + 1];
            byte[] sStratum = new byte[kept];
            boolean narrow = areasList.size() <= 256;
            byte[] sArea8 = narrow ? new byte[kept] : null;
            char[] sArea16 = narrow ? null : new char[kept];
            int p = 0;
            for (int i = 0, k = 0; k < n; k++) {
                int r = perm[k];
                if (dropped != null && dropped.get(r)) {
                    continue;
                }
                int from = off == null ? r * w : off[r];
                int len = off == null ? w : off[r + 1] - from;
                System.arraycopy(ids, from, sIds, p, len);
                p += len;
                if (sOff != null) {
                    sOff[i + 1] = p;
                }
                sStratum[i] = stratum[r];
                if (narrow) {
                    sArea8[i] = (byte) area[r];
                } else {
                    sArea16[i] = area[r];
                }
                i++;
            }
            perm = null;
            progress.accept("applying " + (exclusions.size() + exclusionsIfPresent.size()) + " exclusions");
            byte[] sExclusion = new byte[kept];
            List<String> reasonList = new ArrayList<>();
            reasonList.add(null);
            Map<String, Integer> reasonIdx = new HashMap<>();
            String[] strataArr = strataList.toArray(new String[0]);
            String[] areasArr = areasList.toArray(new String[0]);
            Map<String, String> all = new HashMap<>(exclusionsIfPresent);
            all.putAll(exclusions);
            for (Map.Entry<String, String> e : all.entrySet()) {
                int row = find(sIds, sOff, w, kept, e.getKey().getBytes(StandardCharsets.UTF_8));
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
            return new CandidateTable(kept, sIds, sOff, w, sStratum, sArea8, sArea16, sExclusion, strataArr,
                    areasArr, reasonList.toArray(new String[0]));
        }
    }
}
