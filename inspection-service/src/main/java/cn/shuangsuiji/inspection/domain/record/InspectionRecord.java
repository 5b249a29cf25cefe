package cn.shuangsuiji.inspection.domain.record;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * 联合检查记录（一企一表） — the joint inspection record of one drawn target: the team with its leader from the
 * initiating department and, per participating department, its part (rules.md §5; S1 19–23; S2 22–25). Every
 * step is kept in the history with who and when; methods that change results return the events to publish.
 */
public final class InspectionRecord {

    private final InspectionId id;
    private final String drawId;
    private final String planId;
    private final String taskId;
    private final String entityId;
    private String entityName;
    private String uscc;
    private final String leadDepartmentId;
    private final String jointOfficeId;
    private final LocalDate drawDate;
    private final PolicyTerms policy;
    private String leaderId;
    private List<TeamMember> team;
    private final Map<String, DepartmentPart> parts;
    private RecordStatus status;
    private final List<AttachmentRef> attachments;
    private final List<HistoryEntry> history;
    private String substituteFor;
    private String replacedBy;
    private String dispatchedTo;
    private LocalDate dispatchDeadline;
    private boolean dispatchConfirmed;
    private final long version;
    /** 协助专家 (S0 9): not team members. */
    private final List<RecordExpert> experts = new ArrayList<>();
    /** 委托专业机构 (S1 19). */
    private final List<EntrustedInstitution> institutions = new ArrayList<>();

    private InspectionRecord(InspectionId id, String drawId, String planId, String taskId, String entityId,
                             String entityName, String uscc, String leadDepartmentId, String jointOfficeId,
                             LocalDate drawDate, PolicyTerms policy, String leaderId, List<TeamMember> team,
                             List<DepartmentPart> parts, RecordStatus status, List<AttachmentRef> attachments,
                             List<HistoryEntry> history, String substituteFor, String replacedBy,
                             String dispatchedTo, LocalDate dispatchDeadline, boolean dispatchConfirmed,
                             long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.drawId = Objects.requireNonNull(drawId, "drawId");
        this.planId = planId;
        this.taskId = taskId;
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.entityName = entityName;
        this.uscc = uscc;
        this.leadDepartmentId = Objects.requireNonNull(leadDepartmentId, "leadDepartmentId");
        this.jointOfficeId = jointOfficeId;
        this.drawDate = Objects.requireNonNull(drawDate, "drawDate");
        this.policy = policy == null ? PolicyTerms.DEFAULT : policy;
        this.leaderId = leaderId;
        this.team = List.copyOf(team);
        this.parts = new LinkedHashMap<>();
        parts.forEach(p -> this.parts.put(p.departmentId(), p));
        this.status = Objects.requireNonNull(status, "status");
        this.attachments = new ArrayList<>(attachments);
        this.history = new ArrayList<>(history);
        this.substituteFor = substituteFor;
        this.replacedBy = replacedBy;
        this.dispatchedTo = dispatchedTo;
        this.dispatchDeadline = dispatchDeadline;
        this.dispatchConfirmed = dispatchConfirmed;
        this.version = version;
    }

    /**
     * Opens the record of a drawn target (S1 15, 19): one part per department with the items it checks.
     *
     * @param items the item versions the plan referenced, each with its checking department
     */
    public static InspectionRecord open(InspectionId id, String drawId, String planId, String taskId, String entityId,
                                        String entityName, String uscc, String leadDepartmentId,
                                        String jointOfficeId, LocalDate drawDate, PolicyTerms policy,
                                        String leaderId, List<TeamMember> team, List<ItemRef> items,
                                        String substituteFor, Who by, Instant now) {
        Map<String, List<ItemRef>> byDepartment = new LinkedHashMap<>();
        byDepartment.put(leadDepartmentId, new ArrayList<>());
        for (ItemRef item : items) {
            byDepartment.computeIfAbsent(item.departmentId(), d -> new ArrayList<>()).add(item);
        }
        for (TeamMember member : team) {
            if (member.departmentId() != null) {
                byDepartment.computeIfAbsent(member.departmentId(), d -> new ArrayList<>());
            }
        }
        List<DepartmentPart> parts = byDepartment.entrySet().stream()
                .map(e -> new DepartmentPart(e.getKey(), e.getValue())).toList();
        InspectionRecord record = new InspectionRecord(id, drawId, planId, taskId, entityId, entityName, uscc,
                leadDepartmentId, jointOfficeId, drawDate, policy, leaderId, team, parts, RecordStatus.OPEN,
                List.of(), List.of(), substituteFor, null, null, null, false, 0);
        record.log(by, now, null, "OPENED", substituteFor == null ? "抽取结果生成检查记录，检查组 " + team.size() + " 人"
                : "递补对象，替换 " + substituteFor);
        return record;
    }

    /** Rebuilds a stored record. */
    public static InspectionRecord restore(InspectionId id, String drawId, String planId, String taskId,
                                           String entityId, String entityName, String uscc, String leadDepartmentId,
                                           String jointOfficeId, LocalDate drawDate, PolicyTerms policy,
                                           String leaderId, List<TeamMember> team, List<DepartmentPart> parts,
                                           RecordStatus status, List<AttachmentRef> attachments,
                                           List<HistoryEntry> history, String substituteFor, String replacedBy,
                                           String dispatchedTo, LocalDate dispatchDeadline,
                                           boolean dispatchConfirmed, long version) {
        return new InspectionRecord(id, drawId, planId, taskId, entityId, entityName, uscc, leadDepartmentId,
                jointOfficeId, drawDate, policy, leaderId, team, parts, status, attachments, history, substituteFor,
                replacedBy, dispatchedTo, dispatchDeadline, dispatchConfirmed, version);
    }

    /** The stored experts and entrusted institutions of a restored record. */
    public InspectionRecord withAssistance(List<RecordExpert> storedExperts,
                                           List<EntrustedInstitution> storedInstitutions) {
        experts.clear();
        experts.addAll(storedExperts == null ? List.of() : storedExperts);
        institutions.clear();
        institutions.addAll(storedInstitutions == null ? List.of() : storedInstitutions);
        return this;
    }

    // ---- experts and institutions (issue 15) ---------------------------------------------------------------

    /** 专家 — the experts the draw gave the team (DRAWN) or a head assigned (ASSIGNED); each noted once. */
    public void expertsJoined(List<RecordExpert> joined, Who by, Instant now) {
        for (RecordExpert e : joined) {
            if (experts.stream().noneMatch(x -> x.expertId().equals(e.expertId()) && x.field().equals(e.field()))) {
                experts.add(e);
                log(by, now, e.departmentId(), "EXPERT_JOINED", "专家 " + e.expertId() + " 协助（" + e.field() + "，"
                        + ("ASSIGNED".equals(e.mode()) ? "负责人指派：" + e.reason() : "随机抽取") + "）");
            }
        }
    }

    /**
     * 委托专业机构 (S1 19) — recorded by an inspector of a participating department, with the institution's report an
     * attachment already kept on the record (S1 27).
     */
    public void entrust(EntrustedInstitution institution, Who by, Instant now) {
        requireActive();
        requireDepartment(institution.departmentId(), by);
        part(institution.departmentId());
        if (attachments.stream().noneMatch(a -> a.attachmentId().equals(institution.reportAttachmentId()))) {
            throw InspectionProblems.invalid("INSTITUTION_REPORT_UNKNOWN", "reportAttachmentId",
                    "报告须先作为本记录的检查材料上传");
        }
        institutions.add(institution);
        log(by, now, institution.departmentId(), "INSTITUTION_ENTRUSTED", "委托 " + institution.name() + " "
                + institution.work().chineseName() + "，报告 " + institution.reportAttachmentId());
    }

    public List<RecordExpert> experts() {
        return List.copyOf(experts);
    }

    public List<EntrustedInstitution> institutions() {
        return List.copyOf(institutions);
    }

    // ---- draw events -------------------------------------------------------------------------------------

    /** 递补 — the target was substituted; this record is replaced by the substitute's (docs/draw-protocol.md §9). */
    public void replaceBySubstitute(String substituteEntityId, String reason, Who by, Instant now) {
        if (status == RecordStatus.REPLACED || status == RecordStatus.CANCELLED) {
            return;
        }
        status = RecordStatus.REPLACED;
        replacedBy = substituteEntityId;
        log(by, now, null, "REPLACED", "检查对象已递补为 " + substituteEntityId + "，原因：" + reason);
    }

    /** 作废 — the draw was abandoned; the record is cancelled. */
    public void cancel(String reason, Who by, Instant now) {
        if (status == RecordStatus.CANCELLED || status == RecordStatus.REPLACED) {
            return;
        }
        status = RecordStatus.CANCELLED;
        log(by, now, null, "CANCELLED", "抽取已作废：" + reason);
    }

    /** 更换执法人员 — the assignment moves from the replaced inspector to the replacement, same department (S1 16). */
    public void replaceInspector(String replaced, String replacement, String newLeaderId, String reason, Who by,
                                 Instant now) {
        String department = team.stream().filter(m -> m.inspectorId().equals(replaced))
                .map(TeamMember::departmentId).findFirst().orElse(null);
        List<TeamMember> next = new ArrayList<>();
        for (TeamMember member : team) {
            next.add(member.inspectorId().equals(replaced) ? new TeamMember(replacement, department) : member);
        }
        if (next.stream().noneMatch(m -> m.inspectorId().equals(replacement))) {
            next.add(new TeamMember(replacement, department));
        }
        team = List.copyOf(next);
        if (newLeaderId != null) {
            leaderId = newLeaderId;
        }
        log(by, now, department, "INSPECTOR_REPLACED", replaced + " 更换为 " + replacement + "，原因：" + reason);
    }

    /** 下派 — the list was dispatched to a lower-level department. */
    public void dispatched(String departmentId, LocalDate deadline, Who by, Instant now) {
        dispatchedTo = departmentId;
        dispatchDeadline = deadline;
        log(by, now, departmentId, "DISPATCHED", "名单下派至 " + departmentId + "，确认期限 " + deadline);
    }

    /** 下派确认. */
    public void dispatchConfirmed(String departmentId, boolean late, Who by, Instant now) {
        dispatchConfirmed = true;
        log(by, now, departmentId, "DISPATCH_CONFIRMED", departmentId + " 已确认下派名单" + (late ? "（逾期）" : ""));
    }

    /** Updates the entity's public name and code from the registry. */
    public void entityKnownAs(String name, String code) {
        this.entityName = name;
        this.uscc = code;
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------

    /** 预查比对 — pre-check notes (S1 20(一)). */
    public void recordPreCheck(String departmentId, String notes, Who by, Instant now) {
        DepartmentPart part = partFor(departmentId, by);
        part.preCheck(notes == null ? "" : notes.strip());
        log(by, now, departmentId, "PRE_CHECK", "记录预查比对");
    }

    /** 告知 — notice given, or not announced with a reason (S1 20(二)). */
    public void recordNotice(String departmentId, Notice notice, Who by, Instant now) {
        DepartmentPart part = partFor(departmentId, by);
        part.notice(notice);
        log(by, now, departmentId, "NOTICE", notice.announced()
                ? "已告知：" + notice.channel() + " " + notice.noticeTime() : "不予告知：" + notice.notAnnouncedReason());
    }

    /**
     * 实地检查 — date and inspectors present (S2 22): at least the policy minimum, each on the team, credentials
     * shown; the date neither before the draw nor in the future. Sets the part's working-day due dates.
     */
    public void recordOnSiteCheck(String departmentId, OnSiteCheck check, Who by, Instant now, LocalDate today,
                                  WorkingDayCalendar calendar) {
        DepartmentPart part = partFor(departmentId, by);
        checkDate(check.date(), today);
        for (int i = 0; i < check.inspectorsPresent().size(); i++) {
            String present = check.inspectorsPresent().get(i);
            if (team.stream().noneMatch(m -> m.inspectorId().equals(present))) {
                throw InspectionProblems.invalid("INSPECTOR_NOT_ON_TEAM", "inspectorsPresent[" + i + "]",
                        "不是本检查组成员：" + present);
            }
        }
        if (check.inspectorsPresent().size() < policy.minInspectorsOnSite()) {
            throw InspectionProblems.invalid("TOO_FEW_INSPECTORS", "inspectorsPresent",
                    "实地检查的执法检查人员不得少于 " + policy.minInspectorsOnSite() + " 人（S2 22）");
        }
        if (!check.credentialsShown()) {
            throw InspectionProblems.invalid("CREDENTIALS_NOT_SHOWN", "credentialsShown",
                    "实地检查须出示执法证件（S2 22）");
        }
        part.checkOnSite(check, DueDates.after(check.date(), policy, calendar));
        log(by, now, departmentId, "ON_SITE_CHECK", "实地检查 " + check.date() + "，在场 "
                + String.join("、", check.inspectorsPresent()));
    }

    /** 暂存 — saves the results as a draft; checked against the item versions but not yet for completeness. */
    public void saveDraft(String departmentId, ResultForm form, Map<String, ItemDefinition> definitions, Who by,
                          Instant now) {
        DepartmentPart part = partFor(departmentId, by);
        part.requireOpen();
        ResultFormRules.check(form, part.items(), definitions, false);
        part.saveDraft(form);
        log(by, now, departmentId, "DRAFT_SAVED", "暂存检查结果");
    }

    /** 提交 — submits the draft; it must be complete (S0 20). A late submission keeps the overdue fact (S1 29). */
    public List<RecordEvent> submit(String departmentId, Map<String, ItemDefinition> definitions, Who by,
                                    Instant now, LocalDate today) {
        DepartmentPart part = partFor(departmentId, by);
        part.requireOpen();
        if (part.draft() == null) {
            throw InspectionProblems.conflict("NO_DRAFT", "没有可提交的结果", "须先暂存检查结果，再提交");
        }
        ResultFormRules.check(part.draft(), part.items(), definitions, true);
        List<RecordEvent> events = new ArrayList<>();
        OverdueFact late = part.lateEntry(today);
        ResultVersion result = part.submit(now, by.subject());
        events.add(new RecordEvent.ResultSubmitted(departmentId, result));
        if (late != null) {
            events.add(new RecordEvent.DeadlineMissed(departmentId, late));
        }
        log(by, now, departmentId, "SUBMITTED", "提交检查结果：" + result.category().chineseName()
                + (late == null ? "" : "（逾期录入，视为未完成）"));
        return events;
    }

    /**
     * 不配合检查 — one of S2 25's five cases: with evidence attached the result is given directly as 不配合检查情节严重
     * (S1 21).
     */
    public List<RecordEvent> recordNonCooperation(String departmentId, NonCooperationCase nonCooperation,
                                                  LocalDate date, List<String> evidence, String explanation,
                                                  Who by, Instant now, LocalDate today,
                                                  WorkingDayCalendar calendar) {
        Objects.requireNonNull(nonCooperation, "nonCooperation");
        return direct(departmentId, ResultBasis.NON_COOPERATION, nonCooperation,
                ResultCategory.SERIOUS_NON_COOPERATION, date, evidence, explanation, by, now, today, calendar);
    }

    /** 无法联系 — unreachable at the registered address: with evidence the result is given directly (S1 21). */
    public List<RecordEvent> recordUnreachable(String departmentId, LocalDate date, List<String> evidence,
                                               String explanation, Who by, Instant now, LocalDate today,
                                               WorkingDayCalendar calendar) {
        return direct(departmentId, ResultBasis.UNREACHABLE, null, ResultCategory.UNREACHABLE_AT_REGISTERED_ADDRESS,
                date, evidence, explanation, by, now, today, calendar);
    }

    private List<RecordEvent> direct(String departmentId, ResultBasis basis, NonCooperationCase nonCooperation,
                                     ResultCategory category, LocalDate date, List<String> evidence,
                                     String explanation, Who by, Instant now, LocalDate today,
                                     WorkingDayCalendar calendar) {
        DepartmentPart part = partFor(departmentId, by);
        part.requireOpen();
        Objects.requireNonNull(date, "date");
        checkDate(date, today);
        List<String> proof = evidence == null ? List.of() : evidence.stream().distinct().toList();
        if (proof.isEmpty()) {
            throw InspectionProblems.invalid("EVIDENCE_REQUIRED", "evidence", "须先取得并上传相关证据（S1 21）");
        }
        for (int i = 0; i < proof.size(); i++) {
            String attachment = proof.get(i);
            if (attachments.stream().noneMatch(a -> a.attachmentId().equals(attachment))) {
                throw InspectionProblems.invalid("EVIDENCE_UNKNOWN", "evidence[" + i + "]",
                        "证据不是本记录的材料：" + attachment);
            }
        }
        ResultForm form = new ResultForm(List.of(), category, List.of(), null,
                explanation == null ? "" : explanation);
        ResultVersion result = new ResultVersion(1, form, basis, nonCooperation, proof, date, now, by.subject(), "",
                null);
        List<RecordEvent> events = new ArrayList<>();
        DueDates due = DueDates.after(date, policy, calendar);
        part.submitDirect(result, due);
        OverdueFact late = part.lateEntry(today);
        events.add(new RecordEvent.ResultSubmitted(departmentId, result));
        if (late != null) {
            events.add(new RecordEvent.DeadlineMissed(departmentId, late));
        }
        log(by, now, departmentId, basis.name(), category.chineseName()
                + (nonCooperation == null ? "" : "：" + nonCooperation.chineseName()) + "，证据 " + proof.size() + " 件");
        return events;
    }

    /** 提出更正 — an inspector proposes a corrected result with a reason; nothing changes until sign-off (S1 22). */
    public void proposeCorrection(String departmentId, ResultForm corrected, String reason,
                                  Map<String, ItemDefinition> definitions, Who by, Instant now) {
        DepartmentPart part = part(departmentId);
        requireActive();
        requireDepartment(departmentId, by);
        if (reason == null || reason.isBlank()) {
            throw InspectionProblems.invalid("CORRECTION_REASON_REQUIRED", "reason", "更正须写明理由");
        }
        if (part.current() != null && part.current().basis() == ResultBasis.CHECK) {
            ResultFormRules.check(corrected, part.items(), definitions, true);
        } else if (corrected.category() == null) {
            throw InspectionProblems.invalid("CATEGORY_REQUIRED", "category", "须选择检查结果类别");
        }
        part.propose(new CorrectionProposal(corrected, reason.strip(), by.subject(), by.name(), now));
        log(by, now, departmentId, "CORRECTION_PROPOSED", "提出更正：" + reason.strip());
    }

    /** 负责人签字确认更正 — the department head signs the correction off: a new version (S1 22). */
    public List<RecordEvent> signOffCorrection(String departmentId, Who head, Instant now) {
        DepartmentPart part = part(departmentId);
        requireActive();
        requireDepartment(departmentId, head);
        ResultVersion[] versions = part.signOff(head.subject(), now);
        log(head, now, departmentId, "CORRECTION_SIGNED_OFF", "负责人签字确认更正，生成第 " + versions[0].version() + " 版");
        return List.of(new RecordEvent.ResultCorrected(departmentId, versions[0], versions[1]));
    }

    /** 负责人退回更正. */
    public void rejectCorrection(String departmentId, String reason, Who head, Instant now) {
        DepartmentPart part = part(departmentId);
        requireActive();
        requireDepartment(departmentId, head);
        part.rejectCorrection();
        log(head, now, departmentId, "CORRECTION_REJECTED", "负责人退回更正：" + (reason == null ? "" : reason));
    }

    /** 后续处置 — records one follow-up step of a submitted result (S0 22; S1 23). */
    public List<RecordEvent> recordFollowUp(String departmentId, FollowUpKind kind, String targetDepartmentId,
                                            LocalDate date, LocalDate dueDate, String outcome, String note, Who by,
                                            Instant now, LocalDate today) {
        DepartmentPart part = part(departmentId);
        requireActive();
        requireDepartment(departmentId, by);
        Objects.requireNonNull(date, "date");
        if (date.isAfter(today)) {
            throw InspectionProblems.invalid("DATE_IN_FUTURE", "date", "日期不能晚于今天");
        }
        LocalDate due = dueDate;
        if (kind == FollowUpKind.REFERRAL && due == null && part.dueDates() != null) {
            due = part.dueDates().violationReferral();
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), kind, targetDepartmentId, date, due, outcome,
                note, by.subject(), by.name(), now);
        part.addFollowUp(followUp);
        log(by, now, departmentId, "FOLLOW_UP_" + kind.name(), "后续处置：" + kind.name()
                + (targetDepartmentId == null ? "" : " → " + targetDepartmentId));
        return List.of(new RecordEvent.FollowUpAdded(departmentId, followUp));
    }

    /** 办结 — the leading department closes the joint record once every part is in. */
    public void close(Who by, Instant now) {
        requireActive();
        if (status == RecordStatus.CLOSED) {
            throw InspectionProblems.conflict("RECORD_CLOSED", "记录已办结", "检查记录已办结");
        }
        if (!leadDepartmentId.equals(by.departmentId())) {
            throw InspectionProblems.forbidden("ONLY_LEADER_CLOSES", "只有牵头部门（组长所在部门）可以办结联合检查记录");
        }
        List<String> missing = parts.values().stream().filter(p -> !p.submitted() && !p.items().isEmpty())
                .map(DepartmentPart::departmentId).toList();
        if (!missing.isEmpty()) {
            throw InspectionProblems.conflict("PARTS_MISSING", "尚有部门未提交", "以下部门尚未提交检查结果："
                    + String.join("、", missing));
        }
        status = RecordStatus.CLOSED;
        log(by, now, leadDepartmentId, "CLOSED", "牵头部门办结联合检查记录");
    }

    /** Keeps an uploaded attachment's hash on the record (S1 27). */
    public void attach(AttachmentRef attachment, Who by, Instant now) {
        requireActive();
        if (by.departmentId() == null || !parts.containsKey(by.departmentId())) {
            throw InspectionProblems.forbidden("NOT_A_PARTICIPANT", "本部门不参与此检查记录");
        }
        attachments.add(attachment);
        log(by, now, by.departmentId(), "ATTACHED", attachment.fileName() + " sha256=" + attachment.sha256());
    }

    /** 逾期检查 — records, once each, the deadlines parts have missed by {@code today}; returns them as events. */
    public List<RecordEvent> detectOverdue(LocalDate today, Instant now) {
        List<RecordEvent> events = new ArrayList<>();
        if (!status.active()) {
            return events;
        }
        for (DepartmentPart part : parts.values()) {
            for (OverdueFact fact : part.detectOverdue(today)) {
                events.add(new RecordEvent.DeadlineMissed(part.departmentId(), fact));
                log(Who.system("deadlines"), now, part.departmentId(), "OVERDUE_" + fact.kind().name(),
                        "逾期：" + fact.kind().name() + "，期限 " + fact.dueDate() + "（视为未完成）");
            }
        }
        return events;
    }

    // ---- rules -------------------------------------------------------------------------------------------

    private DepartmentPart partFor(String departmentId, Who by) {
        DepartmentPart part = part(departmentId);
        requireActive();
        if (status == RecordStatus.CLOSED) {
            throw InspectionProblems.conflict("RECORD_CLOSED", "记录已办结", "检查记录已办结，只能更正或记录后续处置");
        }
        requireDepartment(departmentId, by);
        if (by.inspectorId() != null && experts.stream().anyMatch(e -> e.expertId().equals(by.inspectorId()))) {
            throw InspectionProblems.forbidden("EXPERT_NOT_A_RECORDER", "专家协助检查，不录入检查结果（谁检查、谁录入、谁负责）");
        }
        boolean departmentOnTeam = team.stream().anyMatch(m -> departmentId.equals(m.departmentId()));
        if (departmentOnTeam && team.stream().noneMatch(m -> m.inspectorId().equals(by.inspectorId())
                && departmentId.equals(m.departmentId()))) {
            throw InspectionProblems.forbidden("NOT_ON_TEAM", "只有本检查组中本部门的执法检查人员可以录入");
        }
        return part;
    }

    private void requireDepartment(String departmentId, Who by) {
        if (!departmentId.equals(by.departmentId())) {
            throw InspectionProblems.forbidden("PART_OF_ANOTHER_DEPARTMENT",
                    "谁检查、谁录入、谁负责：只能录入本部门的部分");
        }
    }

    private DepartmentPart part(String departmentId) {
        DepartmentPart part = parts.get(departmentId);
        if (part == null) {
            throw InspectionProblems.forbidden("PART_OF_ANOTHER_DEPARTMENT", "该部门不参与此检查记录：" + departmentId);
        }
        return part;
    }

    private void requireActive() {
        if (!status.active()) {
            throw InspectionProblems.conflict("RECORD_NOT_ACTIVE", "记录已失效",
                    status == RecordStatus.REPLACED ? "检查对象已递补替换，请在递补对象的记录中录入" : "抽取已作废，检查记录已撤销");
        }
    }

    private void checkDate(LocalDate date, LocalDate today) {
        if (date.isBefore(drawDate)) {
            throw InspectionProblems.invalid("CHECK_DATE_BEFORE_DRAW", "date", "检查日期不能早于抽取日期 " + drawDate);
        }
        if (date.isAfter(today)) {
            throw InspectionProblems.invalid("CHECK_DATE_IN_FUTURE", "date", "检查日期不能晚于今天");
        }
    }

    private void log(Who by, Instant now, String departmentId, String action, String detail) {
        history.add(new HistoryEntry(now, by.subject(), by.name(), departmentId, action, detail));
    }

    // ---- accessors ---------------------------------------------------------------------------------------

    public InspectionId id() {
        return id;
    }

    public String drawId() {
        return drawId;
    }

    public String planId() {
        return planId;
    }

    public String taskId() {
        return taskId;
    }

    public String entityId() {
        return entityId;
    }

    public String entityName() {
        return entityName;
    }

    public String uscc() {
        return uscc;
    }

    public String leadDepartmentId() {
        return leadDepartmentId;
    }

    public String jointOfficeId() {
        return jointOfficeId;
    }

    public LocalDate drawDate() {
        return drawDate;
    }

    public PolicyTerms policy() {
        return policy;
    }

    public String leaderId() {
        return leaderId;
    }

    public List<TeamMember> team() {
        return team;
    }

    public List<DepartmentPart> parts() {
        return List.copyOf(parts.values());
    }

    /** The part of a department, if it participates. */
    public java.util.Optional<DepartmentPart> partOf(String departmentId) {
        return java.util.Optional.ofNullable(parts.get(departmentId));
    }

    public RecordStatus status() {
        return status;
    }

    public List<AttachmentRef> attachments() {
        return List.copyOf(attachments);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public String substituteFor() {
        return substituteFor;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public String dispatchedTo() {
        return dispatchedTo;
    }

    public LocalDate dispatchDeadline() {
        return dispatchDeadline;
    }

    public boolean dispatchConfirmed() {
        return dispatchConfirmed;
    }

    /** The stored version, for optimistic concurrency (ETag). */
    public long version() {
        return version;
    }
}
