package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.date;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.documents;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.instant;
import static cn.shuangsuiji.registry.adapter.out.persistence.BsonValues.strings;

import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.FormerEmployer;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import org.bson.Document;

/** MongoDB form of an inspector ({@code inspectors} collection). */
final class InspectorDocuments {

    private InspectorDocuments() {
    }

    static Document toDocument(Inspector i) {
        InspectorDetails d = i.details();
        DeclaredRelations r = d.relations();
        Document relations = new Document("relatives", r.relatives().stream()
                .map(x -> new Document("name", x.name()).append("relationship", x.relationship())
                        .append("idNumber", x.idNumber())).toList())
                .append("interestUsccs", r.interestUsccs())
                .append("formerEmployers", r.formerEmployers().stream()
                        .map(x -> new Document("uscc", x.uscc()).append("name", x.name())).toList());
        return new Document("_id", i.id().value()).append("departmentId", d.departmentId()).append("name", d.name())
                .append("position", d.position()).append("certificateNumber", d.certificateNumber())
                .append("certificateValidFrom", date(d.certificateValidFrom()))
                .append("certificateValidUntil", date(d.certificateValidUntil())).append("post", d.post())
                .append("regionCode", d.regionCode()).append("itemIds", d.itemIds())
                .append("categories", d.categories()).append("tags", d.tags()).append("status", d.status().name())
                .append("phone", d.phone()).append("idNumber", d.idNumber()).append("relations", relations)
                .append("version", i.version()).append("registeredAt", instant(i.registeredAt()))
                .append("updatedAt", instant(i.updatedAt()));
    }

    static Inspector toDomain(Document doc) {
        Document r = doc.get("relations", Document.class);
        DeclaredRelations relations = r == null ? DeclaredRelations.NONE : new DeclaredRelations(
                documents(r, "relatives").stream().map(x -> new Relative(x.getString("name"),
                        x.getString("relationship"), x.getString("idNumber"))).toList(),
                strings(r, "interestUsccs"),
                documents(r, "formerEmployers").stream().map(x -> new FormerEmployer(x.getString("uscc"),
                        x.getString("name"))).toList());
        InspectorDetails details = new InspectorDetails(doc.getString("departmentId"), doc.getString("name"),
                doc.getString("position"), doc.getString("certificateNumber"), date(doc.get("certificateValidFrom")),
                date(doc.get("certificateValidUntil")), doc.getString("post"), doc.getString("regionCode"),
                strings(doc, "itemIds"), strings(doc, "categories"), strings(doc, "tags"),
                InspectorStatus.valueOf(doc.getString("status")), doc.getString("phone"), doc.getString("idNumber"),
                relations);
        return new Inspector(new InspectorId(doc.getString("_id")), details, BsonValues.number(doc, "version"),
                instant(doc.get("registeredAt")), instant(doc.get("updatedAt")));
    }
}
