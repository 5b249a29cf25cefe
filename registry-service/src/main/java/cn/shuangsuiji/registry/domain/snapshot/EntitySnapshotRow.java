package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.drawprotocol.Canonical;
import cn.shuangsuiji.drawprotocol.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.util.ArrayList;
import java.util.List;

/**
 * 检查对象快照记录 — the fields of an entity a draw needs: id, object type, region, industry, credit class,
 * status, tags, flags, USCC and legal representative, and for conflict screening (回避, S0 16) its party keys:
 * sorted distinct party keys ({@link Pseudonyms#partyKey}, keyed hashes) of the entity's own USCC or ID number,
 * its legal representative's ID number and each holder's USCC or ID number — never the personal data itself (S0 25).
 */
public record EntitySnapshotRow(String id, String objectType, String regionCode, String industry,
                                String creditClass, String status, List<String> tags, boolean abnormalList,
                                boolean seriousDishonesty, String uscc, String legalRepresentative,
                                List<String> partyKeys) {

    public static final String TAG = RegistrySnapshot.ENTITY_TAG;

    public EntitySnapshotRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        partyKeys = partyKeys == null ? List.of() : sortedDistinct(partyKeys);
    }

    /** The keys sorted and distinct, nulls left out; a list already so (stored or computed keys) is only copied. */
    private static List<String> sortedDistinct(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || i > 0 && keys.get(i - 1).compareTo(key) >= 0) {
                return keys.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The same record with the credit class and abnormal-list flag a draw uses after credit feedback
     * ({@code RiskRule}); the registered facts stay as imported.
     */
    public EntitySnapshotRow withCredit(String effectiveClass, boolean effectiveAbnormal) {
        if (java.util.Objects.equals(effectiveClass, creditClass) && effectiveAbnormal == abnormalList) {
            return this;
        }
        return new EntitySnapshotRow(id, objectType, regionCode, industry, effectiveClass, status, tags,
                effectiveAbnormal, seriousDishonesty, uscc, legalRepresentative, partyKeys);
    }

    /**
     * Party keys of an entity's identifiers: own USCC, own ID number (natural person), legal representative's ID
     * number, holders' USCCs and ID numbers (nulls and blanks ignored).
     */
    public static List<String> partyKeysOf(Pseudonyms pseudonyms, String uscc, String idNumber, String legalRepresentativeIdNumber,
                                           List<String> holderIdentifiers) {
        List<String> identifiers = new ArrayList<>();
        identifiers.add(uscc);
        identifiers.add(idNumber);
        identifiers.add(legalRepresentativeIdNumber);
        if (holderIdentifiers != null) {
            identifiers.addAll(holderIdentifiers);
        }
        return pseudonyms.partyKeys(identifiers);
    }

    /** Canonical record: str(tag) ‖ str(id) ‖ str(objectType) ‖ str(region) ‖ str(industry) ‖ str(class) ‖
     * str(status) ‖ strs(tags) ‖ u8(flags: 1 abnormal, 2 dishonest) ‖ str(uscc) ‖ str(legalRepresentative) ‖
     * strs(partyKeys, sorted). */
    public void encode(Canonical out) {
        out.str(TAG).str(s(id)).str(s(objectType)).str(s(regionCode)).str(s(industry)).str(s(creditClass))
                .str(s(status)).strList(tags).u8((abnormalList ? 1 : 0) | (seriousDishonesty ? 2 : 0)).str(s(uscc))
                .str(s(legalRepresentative)).strList(partyKeys);
    }

    /** A missing value is encoded as the empty string. */
    private static String s(String value) {
        return value == null ? "" : value;
    }
}
