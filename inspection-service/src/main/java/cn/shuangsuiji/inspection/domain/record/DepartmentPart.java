package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 部门检查部分 — one participating department's part of a joint record (一企一表): its items, its steps and its
 * result versions. 谁检查、谁录入、谁负责: only that department records it. Changed only through
 * {@link InspectionRecord}.
 */
public final class DepartmentPart {

    private final String departmentId;
    private final List<ItemRef> items;
    private PartStatus status;
    private String preCheckNotes;
    private Notice notice;
    private OnSiteCheck onSiteCheck;
    private ResultForm draft;
    private final List<ResultVersion> versions;
    private CorrectionProposal pendingCorrection;
    private final List<FollowUp> followUps;
    private final List<OverdueFact> overdue;
    private DueDates dueDates;

    DepartmentPart(String departmentId, List<ItemRef> items) {
        this(departmentId, items, PartStatus.PENDING, null, null, null, null, List.of(), null, List.of(), List.of(),
                null);
    }

    private DepartmentPart(String departmentId, List<ItemRef> items, PartStatus status, String preCheckNotes,
                           Notice notice, OnSiteCheck onSiteCheck, ResultForm draft, List<ResultVersion> versions,
                           CorrectionProposal pendingCorrection, List<FollowUp> followUps,
                           List<OverdueFact> overdue, DueDates dueDates) {
        this.departmentId = Objects.requireNonNull(departmentId, "departmentId");
        this.items = List.copyOf(items);
        this.status = Objects.requireNonNull(status, "status");
        this.preCheckNotes = preCheckNotes;
        this.notice = notice;
        this.onSiteCheck = onSiteCheck;
        this.draft = draft;
        this.versions = new ArrayList<>(versions == null ? List.of() : versions);
        this.pendingCorrection = pendingCorrection;
        this.followUps = new ArrayList<>(followUps == null ? List.of() : followUps);
        this.overdue = new ArrayList<>(overdue == null ? List.of() : overdue);
        this.dueDates = dueDates;
    }

    /** Rebuilds a stored part. */
    public static DepartmentPart restore(String departmentId, List<ItemRef> items, PartStatus status,
                                         String preCheckNotes, Notice notice, OnSiteCheck onSiteCheck,
                                         ResultForm draft, List<ResultVersion> versions,
                                         CorrectionProposal pendingCorrection, List<FollowUp> followUps,
                                         List<OverdueFact> overdue, DueDates dueDates) {
        return new DepartmentPart(departmentId, items, status, preCheckNotes, notice, onSiteCheck, draft, versions,
                pendingCorrection, followUps, overdue, dueDates);
    }

    public String departmentId() {
        return departmentId;
    }

    public List<ItemRef> items() {
        return items;
    }

    public PartStatus status() {
        return status;
    }

    public String preCheckNotes() {
        return preCheckNotes;
    }

    public Notice notice() {
        return notice;
    }

    public OnSiteCheck onSiteCheck() {
        return onSiteCheck;
    }

    public ResultForm draft() {
        return draft;
    }

    public List<ResultVersion> versions() {
        return List.copyOf(versions);
    }

    /** The result in force: the newest version, or null before submission. */
    public ResultVersion current() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public CorrectionProposal pendingCorrection() {
        return pendingCorrection;
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public List<OverdueFact> overdue() {
        return List.copyOf(overdue);
    }

    public DueDates dueDates() {
        return dueDates;
    }

    public boolean submitted() {
        return status == PartStatus.SUBMITTED;
    }

    boolean hasOverdue(DeadlineKind kind) {
        return overdue.stream().anyMatch(f -> f.kind() == kind);
    }

    void requireOpen() {
        if (status == PartStatus.SUBMITTED) {
            throw InspectionProblems.conflict("RESULT_ALREADY_SUBMITTED", "结果已提交",
                    "已提交的检查结果不能直接修改，须提出更正并经负责人签字确认（S1 22）");
        }
    }

    void preCheck(String notes) {
        requireOpen();
        if (onSiteCheck != null) {
            throw InspectionProblems.conflict("STEP_OUT_OF_ORDER", "步骤顺序不符", "实地检查后不能再记录预查比对");
        }
        this.preCheckNotes = notes;
    }

    void notice(Notice value) {
        requireOpen();
        if (onSiteCheck != null) {
            throw InspectionProblems.conflict("STEP_OUT_OF_ORDER", "步骤顺序不符", "实地检查后不能再记录告知");
        }
        this.notice = value;
    }

    void checkOnSite(OnSiteCheck check, DueDates due) {
        requireOpen();
        if (notice == null) {
            throw InspectionProblems.conflict("NOTICE_MISSING", "尚未告知",
                    "实地检查前须记录告知情况，或记录不予告知及理由（S1 20(二)）");
        }
        this.onSiteCheck = check;
        this.dueDates = due;
        if (status == PartStatus.PENDING) {
            status = PartStatus.CHECKED;
        }
    }

    void saveDraft(ResultForm form) {
        requireOpen();
        if (onSiteCheck == null) {
            throw InspectionProblems.conflict("CHECK_NOT_RECORDED", "尚未实地检查", "须先记录实地检查，再录入检查结果");
        }
        this.draft = form;
        this.status = PartStatus.DRAFT;
    }

    ResultVersion submit(Instant now, String by) {
        requireOpen();
        if (status != PartStatus.DRAFT || draft == null) {
            throw InspectionProblems.conflict("NO_DRAFT", "没有可提交的结果", "须先暂存检查结果，再提交");
        }
        ResultVersion first = new ResultVersion(1, draft, ResultBasis.CHECK, null, List.of(), onSiteCheck.date(),
                now, by, "", null);
        versions.add(first);
        status = PartStatus.SUBMITTED;
        return first;
    }

    ResultVersion submitDirect(ResultVersion result, DueDates due) {
        requireOpen();
        versions.add(result);
        this.dueDates = dueDates == null ? due : dueDates;
        this.draft = result.form();
        status = PartStatus.SUBMITTED;
        return result;
    }

    void propose(CorrectionProposal proposal) {
        if (status != PartStatus.SUBMITTED) {
            throw InspectionProblems.conflict("NOT_SUBMITTED", "结果尚未提交", "只有已提交的结果才能更正；未提交的请直接修改暂存");
        }
        if (pendingCorrection != null) {
            throw InspectionProblems.conflict("CORRECTION_PENDING", "已有待确认的更正", "上一次更正尚待负责人签字确认");
        }
        this.pendingCorrection = proposal;
    }

    ResultVersion[] signOff(String head, Instant now) {
        if (pendingCorrection == null) {
            throw InspectionProblems.conflict("NO_PENDING_CORRECTION", "没有待确认的更正", "没有待负责人签字确认的更正");
        }
        if (pendingCorrection.proposedBy().equals(head)) {
            throw InspectionProblems.forbidden("SIGN_OFF_BY_PROPOSER", "更正须由提出人以外的本部门负责人签字确认");
        }
        ResultVersion earlier = current();
        ResultVersion corrected = new ResultVersion(earlier.version() + 1, pendingCorrection.form(), earlier.basis(),
                earlier.nonCooperation(), earlier.evidence(), earlier.checkDate(), now, pendingCorrection.proposedBy(),
                pendingCorrection.reason(), head);
        versions.add(corrected);
        draft = corrected.form();
        pendingCorrection = null;
        return new ResultVersion[] {corrected, earlier};
    }

    void rejectCorrection() {
        if (pendingCorrection == null) {
            throw InspectionProblems.conflict("NO_PENDING_CORRECTION", "没有待确认的更正", "没有待负责人签字确认的更正");
        }
        pendingCorrection = null;
    }

    void addFollowUp(FollowUp followUp) {
        if (status != PartStatus.SUBMITTED) {
            throw InspectionProblems.conflict("NOT_SUBMITTED", "结果尚未提交", "检查结果提交后才能记录后续处置");
        }
        switch (followUp.kind()) {
            case REFERRAL -> {
                if (followUp.targetDepartmentId() == null || followUp.targetDepartmentId().isBlank()) {
                    throw InspectionProblems.invalid("REFERRAL_TARGET_REQUIRED", "targetDepartmentId",
                            "移送须写明接收部门");
                }
            }
            case REFERRAL_ACKNOWLEDGED -> {
                boolean referred = followUps.stream().anyMatch(f -> f.kind() == FollowUpKind.REFERRAL
                        && f.targetDepartmentId().equals(followUp.targetDepartmentId()));
                if (!referred) {
                    throw InspectionProblems.conflict("NO_REFERRAL", "尚未移送", "未向该部门移送，不能登记签收");
                }
            }
            case RECTIFICATION_ORDERED -> {
                if (followUp.dueDate() == null || followUp.dueDate().isBefore(followUp.date())) {
                    throw InspectionProblems.invalid("RECTIFICATION_DEADLINE_REQUIRED", "dueDate",
                            "责令限期改正须写明不早于当日的改正期限");
                }
            }
            case RECHECKED -> {
                if (followUps.stream().noneMatch(f -> f.kind() == FollowUpKind.RECTIFICATION_ORDERED)) {
                    throw InspectionProblems.conflict("NO_RECTIFICATION", "尚未责令改正", "没有责令限期改正，不能登记复查");
                }
                if (!"RECTIFIED".equals(followUp.outcome()) && !"NOT_RECTIFIED".equals(followUp.outcome())) {
                    throw InspectionProblems.invalid("RECHECK_OUTCOME_REQUIRED", "outcome",
                            "复查结果须为 RECTIFIED（已改正）或 NOT_RECTIFIED（未改正）");
                }
            }
            default -> {
            }
        }
        followUps.add(followUp);
    }

    List<OverdueFact> detectOverdue(LocalDate today) {
        List<OverdueFact> found = new ArrayList<>();
        if (dueDates == null) {
            return found;
        }
        if (!submitted()) {
            missed(DeadlineKind.RESULT_ENTRY, today, found);
            missed(DeadlineKind.RESULT_PUBLICATION, today, found);
        } else if (current().category() != null && current().category().suspectsViolation()
                && followUps.stream().noneMatch(f -> f.kind() == FollowUpKind.REFERRAL)) {
            missed(DeadlineKind.VIOLATION_REFERRAL, today, found);
        }
        return found;
    }

    private void missed(DeadlineKind kind, LocalDate today, List<OverdueFact> found) {
        LocalDate due = dueDates.of(kind);
        if (today.isAfter(due) && !hasOverdue(kind)) {
            OverdueFact fact = new OverdueFact(kind, due, today, true);
            overdue.add(fact);
            found.add(fact);
        }
    }

    /** Records that the results came in after their due date (S1 29), if not known yet. */
    OverdueFact lateEntry(LocalDate today) {
        if (dueDates != null && today.isAfter(dueDates.resultEntry()) && !hasOverdue(DeadlineKind.RESULT_ENTRY)) {
            OverdueFact fact = new OverdueFact(DeadlineKind.RESULT_ENTRY, dueDates.resultEntry(), today, true);
            overdue.add(fact);
            return fact;
        }
        return null;
    }
}
