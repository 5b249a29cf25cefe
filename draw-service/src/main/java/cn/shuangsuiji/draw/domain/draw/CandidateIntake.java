package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TargetId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 抽取对象采集 — takes the records of the confirmed entity snapshots one at a time (as
 * {@link cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader} streams them) straight into the columnar
 * candidate table: the task's scope (抽查对象范围) and stratum (信用风险分类) decided per record, the id copied as
 * bytes, no object kept per record. Declared relations (回避, S0 16) are matched on the way by a sorted array of key
 * hashes, so only a real match makes objects. {@link #finish} applies the exclusions of earlier draws and builds
 * the table. The same rules as the object path of {@link DrawPreparation#prepare}: an entity in two snapshots counts
 * once, as first seen.
 */
public final class CandidateIntake implements Consumer<EntityRow> {

    private final TaskScope scope;
    private final Map<String, StratumQuota> quotas;
    private final boolean byClass;
    private final CandidateTable.Builder table;
    private final Map<String, List<String>> related;
    private final long[] relatedHashes;
    private final Set<ConflictPair> declared = new LinkedHashSet<>();

    CandidateIntake(TaskScope scope, Map<String, StratumQuota> quotas, Map<String, InspectorRecord> inspectors,
                    long expectedRows) {
        this.scope = scope;
        this.quotas = quotas;
        this.byClass = !quotas.containsKey(DrawPreparation.ALL);
        this.table = CandidateTable.builder((int) Math.max(16, Math.min(expectedRows, 1L << 28)))
                .keepFirstDuplicate();
        this.related = new HashMap<>();
        inspectors.values().forEach(i -> i.relationKeys().forEach(k ->
                related.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(i.id())));
        long[] hashes = new long[related.size()];
        int j = 0;
        for (String k : related.keySet()) {
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            hashes[j++] = hash(b, 0, b.length);
        }
        Arrays.sort(hashes);
        this.relatedHashes = hashes;
    }

    @Override
    public void accept(EntityRow row) {
        if (!scope.covers(row)) {
            return;
        }
        String stratum = byClass ? stratumOf(row.creditClass()) : DrawPreparation.ALL;
        if (stratum == null) {
            return;
        }
        table.addUtf8(row.buffer(), row.idOffset(), row.idLength(), stratum,
                row.regionCode() == null ? "" : row.regionCode());
        if (relatedHashes.length > 0) {
            matchRelations(row);
        }
    }

    private String stratumOf(String c) {
        if (c != null && !c.isEmpty() && quotas.containsKey(c)) {
            return c;
        }
        return quotas.containsKey(DrawPreparation.OTHER) ? DrawPreparation.OTHER : null;
    }

    private void matchRelations(EntityRow row) {
        if (!row.partyKeysPresent()) {
            String uscc = row.uscc();
            if (!uscc.isEmpty()) {
                pairs(row, EntityRecord.key(uscc));
            }
            return;
        }
        byte[] b = row.buffer();
        for (int i = 0; i < row.partyKeyCount(); i++) {
            int off = row.partyKeyOffset(i);
            int len = row.partyKeyLength(i);
            if (Arrays.binarySearch(relatedHashes, hash(b, off, len)) >= 0) {
                pairs(row, new String(b, off, len, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            }
        }
    }

    private void pairs(EntityRow row, String key) {
        List<String> inspectors = related.get(key);
        if (inspectors != null) {
            TargetId target = new TargetId(row.id());
            inspectors.forEach(i -> declared.add(new ConflictPair(new InspectorId(i), target,
                    DrawPreparation.DECLARED_RELATION)));
        }
    }

    /** FNV-1a over the bytes with ASCII letters folded to lower case (keys are hex SHA-256). */
    private static long hash(byte[] b, int off, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * Builds the table with the exclusions of earlier draws (S0 17; S1 10; S2 18): an entity drawn the policy's
     * maximum times this year, else one the level above covers, else a repeat check (避免重复检查).
     */
    CandidateTable finish(int maxPerYear, EligibilityFacts facts) {
        if (maxPerYear > 0) {
            facts.drawnThisYear().forEach((id, times) -> {
                if (times >= maxPerYear) {
                    table.excludeIfPresent(id, DrawPreparation.MAX_PER_YEAR);
                }
            });
        }
        for (String id : facts.coveredByHigherLevel()) {
            table.excludeIfPresent(id, DrawPreparation.CHECKED_BY_HIGHER_LEVEL);
        }
        for (String id : facts.repeatChecked()) {
            table.excludeIfPresent(id, DrawPreparation.REPEAT_CHECK);
        }
        return table.build();
    }

    /** The declared-relation conflict pairs met so far. */
    Set<ConflictPair> declaredRelations() {
        return declared;
    }
}
