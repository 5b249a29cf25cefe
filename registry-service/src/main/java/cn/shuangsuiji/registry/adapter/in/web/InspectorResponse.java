package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.RelationWarning;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspector as the API shows it. Phone and ID number are masked and declared relations left out
 * ({@code relations} null, {@code personalDataMasked} true) unless the caller is the registry clerk or head
 * of the inspector's department.
 */
public record InspectorResponse(String id, String departmentId, String name, String position,
                                String certificateNumber, LocalDate certificateValidFrom,
                                LocalDate certificateValidUntil, String post, String regionCode, List<String> itemIds,
                                List<String> categories, List<String> tags, String status, String statusName,
                                String phone, String idNumber, InspectorRequest.RelationsBody relations,
                                boolean relationsDeclared, boolean personalDataMasked, long version,
                                Instant registeredAt, Instant updatedAt, List<RelationWarning> relationWarnings) {

    /** The personal fields of an inspector (for the read log). */
    static final List<String> PERSONAL_FIELDS = List.of("phone", "idNumber", "relations");

    /** The inspector as shown to a caller; {@code open} only for the owning department's clerk or head. */
    static InspectorResponse of(Inspector i, boolean open) {
        return of(i, open, null);
    }

    /**
     * The inspector with the 回避 warnings on relatives declared without an ID number (S0 16; S1 16); the caller
     * passes them only to the owning department's clerk or head (they name relatives) — the registering or
     * revising clerk, who just declared them, or an open read.
     */
    static InspectorResponse of(Inspector i, boolean open, List<RelationWarning> warnings) {
        InspectorDetails d = i.details();
        InspectorRequest.RelationsBody relations = !open ? null : new InspectorRequest.RelationsBody(
                d.relations().relatives().stream().map(r -> new InspectorRequest.RelativeBody(r.name(),
                        r.relationship(), r.idNumber())).toList(), d.relations().interestUsccs(),
                d.relations().formerEmployers().stream().map(e -> new InspectorRequest.EmployerBody(e.uscc(),
                        e.name())).toList());
        return new InspectorResponse(i.id().value(), d.departmentId(), d.name(), d.position(), d.certificateNumber(),
                d.certificateValidFrom(), d.certificateValidUntil(), d.post(), d.regionCode(), d.itemIds(),
                d.categories(), d.tags(), d.status().name(), d.status().chineseName(),
                open ? d.phone() : Masking.phone(d.phone()), open ? d.idNumber() : Masking.idNumber(d.idNumber()),
                relations, !d.relations().isEmpty(), !open, i.version(), i.registeredAt(), i.updatedAt(),
                warnings);
    }
}
