package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.FormerEmployer;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.LocalDate;
import java.util.List;

/** Request body to register or revise an inspector; validated by the domain. Status defaults to ACTIVE. */
public record InspectorRequest(String departmentId, String name, String position, String certificateNumber,
                               LocalDate certificateValidFrom, LocalDate certificateValidUntil, String post,
                               String regionCode, List<String> itemIds, List<String> categories, List<String> tags,
                               InspectorStatus status, String phone, String idNumber, RelationsBody relations) {

    /** Declared relations (利害关系申报). */
    public record RelationsBody(List<RelativeBody> relatives, List<String> interestUsccs,
                                List<EmployerBody> formerEmployers) {
    }

    /** A declared relative. */
    public record RelativeBody(String name, String relationship, String idNumber) {
    }

    /** A declared former employer. */
    public record EmployerBody(String uscc, String name) {
    }

    /**
     * This request with phone, ID number and relations that are left out (null) or sent back exactly as masked
     * for a non-privileged caller replaced by the stored values (clearing one is
     * {@code DELETE /api/registry/inspectors/{id}/personal/{field}}).
     */
    InspectorRequest keepingStoredPersonalData(InspectorDetails stored) {
        RelationsBody keptRelations = relations;
        if (relations == null) {
            DeclaredRelations r = stored.relations();
            keptRelations = new RelationsBody(r.relatives().stream().map(x -> new RelativeBody(x.name(),
                    x.relationship(), x.idNumber())).toList(), r.interestUsccs(), r.formerEmployers().stream()
                    .map(x -> new EmployerBody(x.uscc(), x.name())).toList());
        }
        return new InspectorRequest(departmentId, name, position, certificateNumber, certificateValidFrom,
                certificateValidUntil, post, regionCode, itemIds, categories, tags, status,
                keep(phone, stored.phone(), Masking.phone(stored.phone())),
                keep(idNumber, stored.idNumber(), Masking.idNumber(stored.idNumber())), keptRelations);
    }

    private static String keep(String sent, String stored, String masked) {
        if (sent == null || sent.isBlank()) {
            return stored;
        }
        return stored != null && sent.strip().equals(masked) ? stored : sent;
    }

    InspectorDetails toDetails() {
        DeclaredRelations r = relations == null ? DeclaredRelations.NONE : new DeclaredRelations(
                relations.relatives() == null ? List.of() : relations.relatives().stream()
                        .map(x -> new Relative(x.name(), x.relationship(), x.idNumber())).toList(),
                relations.interestUsccs(),
                relations.formerEmployers() == null ? List.of() : relations.formerEmployers().stream()
                        .map(x -> new FormerEmployer(x.uscc(), x.name())).toList());
        return new InspectorDetails(departmentId, name, position, certificateNumber, certificateValidFrom,
                certificateValidUntil, post, regionCode, itemIds, categories, tags,
                status == null ? InspectorStatus.ACTIVE : status, phone, idNumber, r);
    }
}
