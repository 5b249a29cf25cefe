package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.domain.record.AttachmentRef;
import cn.shuangsuiji.inspection.domain.record.CorrectionProposal;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.DueDates;
import cn.shuangsuiji.inspection.domain.record.FollowUp;
import cn.shuangsuiji.inspection.domain.record.HistoryEntry;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.Notice;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.inspection.domain.record.OverdueFact;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.ResultForm;
import cn.shuangsuiji.inspection.domain.record.ResultVersion;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import java.time.LocalDate;
import cn.shuangsuiji.inspection.domain.record.EntrustedInstitution;
import cn.shuangsuiji.inspection.domain.record.RecordExpert;
import java.util.List;
import java.util.Map;

/** 联合检查记录 — a joint record as its participants see it (never the public view). */
public record RecordView(String id, long version, String status, String drawId, String planId, String taskId,
                         String entityId, String entityName, String uscc, String leadDepartmentId,
                         String jointOfficeId, LocalDate drawDate, PolicyTerms policy, String leaderId,
                         List<TeamMember> team, List<PartView> parts, List<AttachmentRef> attachments,
                         String substituteFor, String replacedBy, String dispatchedTo, LocalDate dispatchDeadline,
                         boolean dispatchConfirmed, List<HistoryEntry> history, List<RecordExpert> experts,
                         List<EntrustedInstitution> entrustedInstitutions) {

    /** One department's part with its item versions and due dates. */
    public record PartView(String departmentId, String status, List<ItemView> items, String preCheckNotes,
                           Notice notice, OnSiteCheck onSiteCheck, DueDates dueDates, ResultForm draft,
                           ResultVersion current, List<ResultVersion> versions, CorrectionProposal pendingCorrection,
                           List<FollowUp> followUps, List<OverdueFact> overdue) {
    }

    /**
     * An item version as the plan referenced it; its definition is null until the registry's event arrived.
     * {@code subItemOptions}: each sub-item with the options its result may take ({@code options}: the item's
     * default, 正常/不正常 as NORMAL/ABNORMAL).
     */
    public record ItemView(String itemId, int version, String checkProject, String method, String legalBasis,
                           List<String> subItems, List<String> options,
                           List<ItemDefinition.SubItemOptions> subItemOptions) {
    }

    static RecordView of(InspectionRecord r, long version, Map<String, ItemDefinition> definitions) {
        return new RecordView(r.id().value(), version, r.status().name(), r.drawId(), r.planId(), r.taskId(),
                r.entityId(), r.entityName(), r.uscc(), r.leadDepartmentId(), r.jointOfficeId(), r.drawDate(),
                r.policy(), r.leaderId(), r.team(), r.parts().stream().map(p -> part(p, definitions)).toList(),
                r.attachments(), r.substituteFor(), r.replacedBy(), r.dispatchedTo(), r.dispatchDeadline(),
                r.dispatchConfirmed(), r.history(), r.experts(), r.institutions());
    }

    private static PartView part(DepartmentPart p, Map<String, ItemDefinition> definitions) {
        return new PartView(p.departmentId(), p.status().name(), p.items().stream().map(i -> item(i, definitions))
                .toList(), p.preCheckNotes(), p.notice(), p.onSiteCheck(), p.dueDates(), p.draft(), p.current(),
                p.versions(), p.pendingCorrection(), p.followUps(), p.overdue());
    }

    private static ItemView item(ItemRef ref, Map<String, ItemDefinition> definitions) {
        ItemDefinition d = definitions.get(ref.itemId() + ":" + ref.version());
        return d == null ? new ItemView(ref.itemId(), ref.version(), null, null, null, null, null, List.of())
                : new ItemView(ref.itemId(), ref.version(), d.checkProject(), d.method(), d.legalBasis(),
                d.answerable(), d.options(), d.answerable().stream()
                .map(s -> new ItemDefinition.SubItemOptions(s, d.optionsOf(s))).toList());
    }
}
