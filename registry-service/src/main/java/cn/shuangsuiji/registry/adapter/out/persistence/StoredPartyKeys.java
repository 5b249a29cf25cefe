package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * 预存回避关联键 — an entity's party keys stored with it: {@code partyKeys} (sorted distinct 64-hex keyed hashes of its
 * identifiers, as a snapshot records them; left out when there are none) and {@code partyKeysOf} =
 * {@code <keyId of the secret>/<the entity's version>}. A reader uses the stored keys only when {@code partyKeysOf}
 * names the current secret and the document's own version; otherwise (a document written before keys were stored,
 * under another secret, or changed by a writer that did not store them — every change of an entity increments its
 * version) it computes them from the identifiers, which stay in the document. The keys are keyed hashes, like the
 * natural persons' entity ids: no personal data in clear, and without the secret not matchable with an ID number.
 */
final class StoredPartyKeys {

    static final String KEYS = "partyKeys";
    static final String OF = "partyKeysOf";

    /** The optional fields of the stored document (unset on a rewrite when absent). */
    static final List<String> OPTIONAL_FIELDS = Stream.concat(EntityDocuments.OPTIONAL_FIELDS.stream(),
            Stream.of(KEYS)).toList();

    private StoredPartyKeys() {
    }

    /** Adds the entity's party keys and their marker to its document; returns the document. */
    static Document put(Document doc, RegulatedEntity entity, Pseudonyms pseudonyms) {
        EntityDetails d = entity.details();
        List<String> holders = new ArrayList<>(d.holders().size());
        for (Holder h : d.holders()) {
            holders.add(h.identifier());
        }
        List<String> keys = EntitySnapshotRow.partyKeysOf(pseudonyms, d.uscc(), d.idNumber(),
                d.legalRepresentativeIdNumber(), holders);
        if (!keys.isEmpty()) {
            doc.append(KEYS, keys);
        }
        return doc.append(OF, marker(pseudonyms, entity.version()));
    }

    /** {@code <keyId>/<version>}: what a stored document's {@code partyKeysOf} must equal for its keys to be used. */
    static String marker(Pseudonyms pseudonyms, long version) {
        return pseudonyms.keyId() + "/" + version;
    }
}
