package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.FormerEmployer;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
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
