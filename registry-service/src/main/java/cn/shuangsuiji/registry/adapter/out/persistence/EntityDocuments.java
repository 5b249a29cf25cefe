package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.date;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.documents;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.instant;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.strings;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * MongoDB form of an entity ({@code entities} collection); also the before/after of its history entries. Empty
 * optional fields, false flags and empty lists are left out: a million entities are a lot of bytes to write.
 */
final class EntityDocuments {

    /** Fields left out of a document when empty. */
    static final List<String> OPTIONAL_FIELDS = List.of("idNumber", "registrationAuthority", "legalRepresentative",
            "address", "industry", "licences", "phone", "abnormalList", "seriousDishonesty", "tags", "scopes",
            "legalRepresentativeIdNumber", "holders");

    private EntityDocuments() {
    }

    static Document toDocument(RegulatedEntity e) {
        EntityDetails d = e.details();
        List<Document> licences = new ArrayList<>(d.licences().size());
        for (Licence l : d.licences()) {
            licences.add(new Document("number", l.number()).append("name", l.name())
                    .append("validFrom", date(l.validFrom())).append("validUntil", date(l.validUntil())));
        }
        Document doc = new Document("_id", e.id().value()).append("name", d.name()).append("uscc", d.uscc());
        putIf(doc, "idNumber", d.idNumber());
        putIf(doc, "registrationAuthority", d.registrationAuthority());
        putIf(doc, "legalRepresentative", d.legalRepresentative());
        putIf(doc, "address", d.address());
        doc.append("regionCode", d.regionCode());
        putIf(doc, "industry", d.industry());
        doc.append("objectType", d.objectType().name()).append("status", d.status().name())
                .append("creditClass", d.creditClass().name());
        if (!licences.isEmpty()) {
            doc.append("licences", licences);
        }
        if (d.abnormalList()) {
            doc.append("abnormalList", true);
        }
        if (d.seriousDishonesty()) {
            doc.append("seriousDishonesty", true);
        }
        if (!d.tags().isEmpty()) {
            doc.append("tags", d.tags());
        }
        if (!d.supervisionScopes().isEmpty()) {
            doc.append("scopes", d.supervisionScopes());
        }
        putIf(doc, "phone", d.phone());
        putIf(doc, "legalRepresentativeIdNumber", d.legalRepresentativeIdNumber());
        if (!d.holders().isEmpty()) {
            List<Document> holders = new ArrayList<>(d.holders().size());
            for (Holder h : d.holders()) {
                Document hd = new Document("name", h.name());
                putIf(hd, "uscc", h.uscc());
                putIf(hd, "idNumber", h.idNumber());
                holders.add(hd);
            }
            doc.append("holders", holders);
        }
        return doc.append("version", e.version()).append("registeredAt", instant(e.registeredAt()))
                .append("updatedAt", instant(e.updatedAt()));
    }

    private static void putIf(Document doc, String key, Object value) {
        if (value != null) {
            doc.append(key, value);
        }
    }

    static List<Holder> holders(Document doc) {
        List<Holder> holders = new ArrayList<>();
        for (Document h : documents(doc, "holders")) {
            holders.add(new Holder(h.getString("name"), h.getString("uscc"), h.getString("idNumber")));
        }
        return holders;
    }

    static RegulatedEntity toDomain(Document doc) {
        List<Licence> licences = new ArrayList<>();
        for (Document l : documents(doc, "licences")) {
            licences.add(new Licence(l.getString("number"), l.getString("name"), date(l.get("validFrom")),
                    date(l.get("validUntil"))));
        }
        EntityDetails details = new EntityDetails(doc.getString("name"), doc.getString("uscc"),
                doc.getString("idNumber"), doc.getString("registrationAuthority"),
                doc.getString("legalRepresentative"), doc.getString("address"), doc.getString("regionCode"),
                doc.getString("industry"), ObjectType.valueOf(doc.getString("objectType")),
                EntityStatus.valueOf(doc.getString("status")), CreditClass.valueOf(doc.getString("creditClass")),
                licences, Boolean.TRUE.equals(doc.getBoolean("abnormalList")),
                Boolean.TRUE.equals(doc.getBoolean("seriousDishonesty")), strings(doc, "tags"),
                strings(doc, "scopes"), doc.getString("phone"), doc.getString("legalRepresentativeIdNumber"),
                holders(doc));
        return new RegulatedEntity(new EntityId(doc.getString("_id")), details, BsonValues.number(doc, "version"),
                instant(doc.get("registeredAt")), instant(doc.get("updatedAt")));
    }
}
