package cn.shuangsuiji.inspection.domain.record;

import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InspectionRecordTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    static void refused(ThrowingCallable call, ProblemKind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.kind()).isEqualTo(kind);
        });
    }

    @Nested
    class OpeningFromTheDraw {

        @Test
        void oneJointRecordWithAPartPerDepartmentAndTheTeam() {
            InspectionRecord record = record();
            assertThat(record.status()).isEqualTo(RecordStatus.OPEN);
            assertThat(record.parts()).extracting(DepartmentPart::departmentId).containsExactly(AMR, PSB);
            assertThat(record.partOf(AMR).orElseThrow().items()).containsExactly(AMR_ITEM.ref(AMR));
            assertThat(record.leaderId()).isEqualTo("amr-1");
            assertThat(record.history()).extracting(HistoryEntry::action).containsExactly("OPENED");
            assertThat(record.id()).isEqualTo(InspectionId.of("draw-1", "e-1"));
        }

        @Test
        void substitutionReplacesTheRecordAndRefusesFurtherSteps() {
            InspectionRecord record = record();
            record.replaceBySubstitute("e-9", "DEREGISTERED", SYSTEM, NOW);
            assertThat(record.status()).isEqualTo(RecordStatus.REPLACED);
            assertThat(record.replacedBy()).isEqualTo("e-9");
            assertThat(record.history()).extracting(HistoryEntry::action).contains("REPLACED");
            refused(() -> record.recordPreCheck(AMR, "x", AMR_LEADER, NOW), ProblemKind.CONFLICT,
                    "RECORD_NOT_ACTIVE");
        }

        @Test
        void abandonmentCancelsTheRecord() {
            InspectionRecord record = record();
            record.cancel("信标故障", SYSTEM, NOW);
            assertThat(record.status()).isEqualTo(RecordStatus.CANCELLED);
            refused(() -> record.recordNotice(AMR, Notice.notAnnounced("突击检查"), AMR_LEADER, NOW),
                    ProblemKind.CONFLICT, "RECORD_NOT_ACTIVE");
        }

        @Test
        void aReplacedInspectorsAssignmentMovesToTheReplacement() {
            InspectionRecord record = record();
            record.replaceInspector("amr-2", "amr-7", "amr-1", "AVOIDANCE", SYSTEM, NOW);
            assertThat(record.team()).contains(new TeamMember("amr-7", AMR)).doesNotContain(new TeamMember("amr-2", AMR));
            assertThat(record.history()).extracting(HistoryEntry::action).contains("INSPECTOR_REPLACED");
            refused(() -> record.recordPreCheck(AMR, "x", AMR_MEMBER, NOW), ProblemKind.FORBIDDEN, "NOT_ON_TEAM");
            record.recordPreCheck(AMR, "比对年报", new Who("u7", "新人", AMR, "amr-7"), NOW);
            assertThat(record.partOf(AMR).orElseThrow().preCheckNotes()).isEqualTo("比对年报");
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void preCheckNoticeOnSiteDraftSubmitGivesVersionOneAndAnEvent() {
            InspectionRecord record = record();
            record.recordPreCheck(AMR, "已比对公示信息", AMR_LEADER, NOW);
            List<RecordEvent> events = submitAmr(record, ResultCategory.NO_PROBLEM_FOUND);
            DepartmentPart part = record.partOf(AMR).orElseThrow();
            assertThat(part.status()).isEqualTo(PartStatus.SUBMITTED);
            assertThat(part.current().version()).isEqualTo(1);
            assertThat(part.current().checkDate()).isEqualTo(CHECK_DATE);
            assertThat(events).singleElement().isInstanceOfSatisfying(RecordEvent.ResultSubmitted.class,
                    e -> assertThat(e.result().category()).isEqualTo(ResultCategory.NO_PROBLEM_FOUND));
            assertThat(record.history()).extracting(HistoryEntry::action)
                    .containsSubsequence("PRE_CHECK", "NOTICE", "ON_SITE_CHECK", "DRAFT_SAVED", "SUBMITTED");
            assertThat(record.history()).filteredOn(h -> h.action().equals("SUBMITTED"))
                    .extracting(HistoryEntry::subject).containsExactly(AMR_LEADER.subject());
        }

        @Test
        void notAnnouncedNeedsAReason() {
            InspectionRecord record = record();
            refused(() -> record.recordNotice(AMR, Notice.notAnnounced(" "), AMR_LEADER, NOW), ProblemKind.INVALID,
                    "NOT_ANNOUNCED_REASON_REQUIRED");
            record.recordNotice(AMR, Notice.notAnnounced("该事项不宜事先告知"), AMR_LEADER, NOW);
            assertThat(record.partOf(AMR).orElseThrow().notice().announced()).isFalse();
        }

        @Test
        void onSiteCheckNeedsTheNoticeFirst() {
            InspectionRecord record = record();
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "amr-2"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.CONFLICT, "NOTICE_MISSING");
        }

        @Test
        void resultsNeedTheOnSiteCheckFirst() {
            InspectionRecord record = record();
            refused(() -> record.saveDraft(AMR, amrForm(ResultCategory.QUALIFIED), DEFINITIONS, AMR_LEADER, NOW),
                    ProblemKind.CONFLICT, "CHECK_NOT_RECORDED");
        }

        @Test
        void submittingNeedsADraft() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.CONFLICT, "NO_DRAFT");
        }

        @Test
        void noPreCheckOrNoticeAfterTheOnSiteCheck() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            refused(() -> record.recordPreCheck(AMR, "x", AMR_LEADER, NOW), ProblemKind.CONFLICT, "STEP_OUT_OF_ORDER");
            refused(() -> record.recordNotice(AMR, Notice.notAnnounced("x"), AMR_LEADER, NOW), ProblemKind.CONFLICT,
                    "STEP_OUT_OF_ORDER");
        }

        @Test
        void aDraftCanBeSavedAgainBeforeSubmission() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            record.saveDraft(AMR, new ResultForm(List.of(), null, List.of(), null, "先存一下"), DEFINITIONS, AMR_LEADER,
                    NOW);
            record.saveDraft(AMR, amrForm(ResultCategory.QUALIFIED), DEFINITIONS, AMR_LEADER, NOW);
            assertThat(record.partOf(AMR).orElseThrow().status()).isEqualTo(PartStatus.DRAFT);
            assertThat(record.partOf(AMR).orElseThrow().current()).isNull();
        }

        @Test
        void aSubmittedResultIsNeverEditedInPlace() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.QUALIFIED);
            refused(() -> record.saveDraft(AMR, amrForm(ResultCategory.UNQUALIFIED), DEFINITIONS, AMR_LEADER, NOW),
                    ProblemKind.CONFLICT, "RESULT_ALREADY_SUBMITTED");
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.CONFLICT,
                    "RESULT_ALREADY_SUBMITTED");
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "amr-2"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.CONFLICT, "RESULT_ALREADY_SUBMITTED");
        }

        @Test
        void theLeaderClosesOnlyWhenEveryPartIsIn() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.QUALIFIED);
            refused(() -> record.close(AMR_LEADER, NOW), ProblemKind.CONFLICT, "PARTS_MISSING");
            submitPsb(record);
            refused(() -> record.close(PSB_INSPECTOR, NOW), ProblemKind.FORBIDDEN, "ONLY_LEADER_CLOSES");
            record.close(AMR_LEADER, NOW);
            assertThat(record.status()).isEqualTo(RecordStatus.CLOSED);
            refused(() -> record.close(AMR_LEADER, NOW), ProblemKind.CONFLICT, "RECORD_CLOSED");
            refused(() -> record.recordPreCheck(PSB, "x", PSB_INSPECTOR, NOW), ProblemKind.CONFLICT, "RECORD_CLOSED");
        }
    }

    @Nested
    class OnSiteRules {

        @Test
        void atLeastThePolicyMinimumOfInspectorsOnSite() {
            InspectionRecord record = record();
            record.recordNotice(AMR, Notice.announced(NOW, "书面"), AMR_LEADER, NOW);
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "TOO_FEW_INSPECTORS");
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "amr-1"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "TOO_FEW_INSPECTORS");
        }

        @Test
        void inspectorsPresentAreOnTheTeamAndShowCredentials() {
            InspectionRecord record = record();
            record.recordNotice(AMR, Notice.announced(NOW, "书面"), AMR_LEADER, NOW);
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "x-9"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "INSPECTOR_NOT_ON_TEAM");
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "amr-2"), false),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "CREDENTIALS_NOT_SHOWN");
        }

        @Test
        void theCheckDateIsNeitherBeforeTheDrawNorInTheFuture() {
            InspectionRecord record = record();
            record.recordNotice(AMR, Notice.announced(NOW, "书面"), AMR_LEADER, NOW);
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(DRAW_DATE.minusDays(1),
                    List.of("amr-1", "amr-2"), true), AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID,
                    "CHECK_DATE_BEFORE_DRAW");
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(TODAY.plusDays(1),
                    List.of("amr-1", "amr-2"), true), AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID,
                    "CHECK_DATE_IN_FUTURE");
        }

        @Test
        void aPolicyMayAskForMoreInspectors() {
            InspectionRecord record = InspectionRecord.open(InspectionId.of("d", "e"), "d", "p", "t", "e", null, null,
                    AMR, null, DRAW_DATE, new PolicyTerms(3, 5, 7, 20), "amr-1",
                    List.of(new TeamMember("amr-1", AMR), new TeamMember("amr-2", AMR)), List.of(AMR_ITEM.ref(AMR)),
                    null, SYSTEM, NOW);
            record.recordNotice(AMR, Notice.announced(NOW, "书面"), AMR_LEADER, NOW);
            refused(() -> record.recordOnSiteCheck(AMR, new OnSiteCheck(CHECK_DATE, List.of("amr-1", "amr-2"), true),
                    AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "TOO_FEW_INSPECTORS");
        }
    }

    @Nested
    class WhoRecords {

        @Test
        void aDepartmentRecordsOnlyItsOwnPart() {
            InspectionRecord record = record();
            refused(() -> record.recordPreCheck(PSB, "x", AMR_LEADER, NOW), ProblemKind.FORBIDDEN,
                    "PART_OF_ANOTHER_DEPARTMENT");
            refused(() -> record.recordPreCheck("qy-eco", "x", new Who("e", "e", "qy-eco", "eco-1"), NOW),
                    ProblemKind.FORBIDDEN, "PART_OF_ANOTHER_DEPARTMENT");
        }

        @Test
        void onlyInspectorsOfTheTeamRecord() {
            InspectionRecord record = record();
            refused(() -> record.recordPreCheck(AMR, "x", new Who("other", "o", AMR, "amr-99"), NOW),
                    ProblemKind.FORBIDDEN, "NOT_ON_TEAM");
        }
    }

    @Nested
    class Results {

        @ParameterizedTest
        @EnumSource(value = ResultCategory.class, names = {"UNREACHABLE_AT_REGISTERED_ADDRESS",
                "SERIOUS_NON_COOPERATION"}, mode = EnumSource.Mode.EXCLUDE)
        void eachCheckedCategoryIsSubmitted(ResultCategory category) {
            InspectionRecord record = record();
            List<RecordEvent> events = submitAmr(record, category);
            assertThat(((RecordEvent.ResultSubmitted) events.get(0)).result().category()).isEqualTo(category);
        }

        @ParameterizedTest
        @EnumSource(value = ResultCategory.class, names = {"UNREACHABLE_AT_REGISTERED_ADDRESS",
                "SERIOUS_NON_COOPERATION"})
        void theDirectCategoriesNeedTheirEvidenceStep(ResultCategory category) {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            refused(() -> record.saveDraft(AMR, amrForm(category), DEFINITIONS, AMR_LEADER, NOW), ProblemKind.INVALID,
                    "CATEGORY_NEEDS_EVIDENCE_STEP");
        }

        @Test
        void allTenCategoriesExist() {
            assertThat(ResultCategory.values()).hasSize(10);
            assertThat(cn.shuangsuiji.contracts.inspection.ResultCategories.NAMES.keySet())
                    .containsExactly(java.util.Arrays.stream(ResultCategory.values()).map(Enum::name)
                            .toArray(String[]::new));
        }

        @Test
        void subItemsMustBeInTheItemVersionAndOptionsAllowed() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            ResultForm unknownSub = new ResultForm(List.of(new ItemResult("item-amr-1",
                    List.of(new SubItemResult("不存在的子项", "NORMAL", "")))), null, List.of(), null, "");
            refused(() -> record.saveDraft(AMR, unknownSub, DEFINITIONS, AMR_LEADER, NOW), ProblemKind.INVALID,
                    "SUB_ITEM_UNKNOWN");
            ResultForm badOption = new ResultForm(List.of(new ItemResult("item-amr-1",
                    List.of(new SubItemResult("公示信息", "合格", "")))), null, List.of(), null, "");
            refused(() -> record.saveDraft(AMR, badOption, DEFINITIONS, AMR_LEADER, NOW), ProblemKind.INVALID,
                    "OPTION_NOT_ALLOWED");
            ResultForm otherItem = new ResultForm(List.of(new ItemResult("item-psb-1",
                    List.of(new SubItemResult("消防通道", "合格", "")))), null, List.of(), null, "");
            refused(() -> record.saveDraft(AMR, otherItem, DEFINITIONS, AMR_LEADER, NOW), ProblemKind.INVALID,
                    "ITEM_NOT_IN_PART");
            assertThat(record.partOf(AMR).orElseThrow().draft()).as("nothing half-written").isNull();
        }

        @Test
        void theItemsOwnOptionsAreUsed() {
            InspectionRecord record = checked(record(), PSB, PSB_INSPECTOR);
            ResultForm normal = new ResultForm(List.of(new ItemResult("item-psb-1",
                    List.of(new SubItemResult("消防通道", "NORMAL", "")))), null, List.of(), null, "");
            refused(() -> record.saveDraft(PSB, normal, DEFINITIONS, PSB_INSPECTOR, NOW), ProblemKind.INVALID,
                    "OPTION_NOT_ALLOWED");
        }

        @Test
        void aSubmissionIsComplete() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            ResultForm partial = new ResultForm(List.of(new ItemResult("item-amr-1",
                    List.of(new SubItemResult("公示信息", "NORMAL", "")))), ResultCategory.QUALIFIED, List.of(),
                    new Signature(SignatureKind.SIGNED, null, null), "");
            record.saveDraft(AMR, partial, DEFINITIONS, AMR_LEADER, NOW);
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.INVALID,
                    "RESULT_INCOMPLETE");
            ResultForm noCategory = new ResultForm(amrForm(ResultCategory.QUALIFIED).items(), null, List.of(),
                    new Signature(SignatureKind.SIGNED, null, null), "");
            record.saveDraft(AMR, noCategory, DEFINITIONS, AMR_LEADER, NOW);
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.INVALID,
                    "CATEGORY_REQUIRED");
            ResultForm noSignature = new ResultForm(amrForm(ResultCategory.QUALIFIED).items(),
                    ResultCategory.QUALIFIED, List.of(), null, "");
            record.saveDraft(AMR, noSignature, DEFINITIONS, AMR_LEADER, NOW);
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.INVALID,
                    "SIGNATURE_REQUIRED");
            assertThat(record.partOf(AMR).orElseThrow().status()).isEqualTo(PartStatus.DRAFT);
        }

        @Test
        void correctionOrderedNeedsTheMeasure() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            ResultForm withoutMeasure = new ResultForm(amrForm(ResultCategory.QUALIFIED).items(),
                    ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED, List.of(new Measure(MeasureKind.ON_SITE_TRANSCRIPT,
                    "")), new Signature(SignatureKind.SIGNED, null, null), "");
            record.saveDraft(AMR, withoutMeasure, DEFINITIONS, AMR_LEADER, NOW);
            refused(() -> record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY), ProblemKind.INVALID,
                    "MEASURE_REQUIRED");
        }

        @Test
        void aRefusalToSignIsRecordedWithTheInspectorsExplanation() {
            assertThatThrownBy(() -> new Signature(SignatureKind.REFUSED, "  ", null))
                    .isInstanceOfSatisfying(DomainProblem.class,
                            p -> assertThat(p.code()).isEqualTo("REFUSAL_EXPLANATION_REQUIRED"));
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            ResultForm refusal = new ResultForm(amrForm(ResultCategory.QUALIFIED).items(),
                    ResultCategory.PROBLEM_FOUND_FOLLOW_UP_PENDING, List.of(),
                    new Signature(SignatureKind.REFUSED, "负责人拒绝签字，已现场录像", "社区网格员刘某"), "");
            record.saveDraft(AMR, refusal, DEFINITIONS, AMR_LEADER, NOW);
            record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, TODAY);
            Signature kept = record.partOf(AMR).orElseThrow().current().form().signature();
            assertThat(kept.kind()).isEqualTo(SignatureKind.REFUSED);
            assertThat(kept.explanation()).contains("拒绝签字");
        }
    }

    @Nested
    class DirectResults {

        @ParameterizedTest
        @EnumSource(NonCooperationCase.class)
        void nonCooperationGivesTheResultOnceEvidenceIsAttached(NonCooperationCase nonCooperation) {
            InspectionRecord record = record();
            String evidence = attach(record, AMR_LEADER);
            List<RecordEvent> events = record.recordNonCooperation(AMR, nonCooperation, CHECK_DATE, List.of(evidence),
                    "拒绝开门", AMR_LEADER, NOW, TODAY, CALENDAR);
            ResultVersion result = record.partOf(AMR).orElseThrow().current();
            assertThat(result.category()).isEqualTo(ResultCategory.SERIOUS_NON_COOPERATION);
            assertThat(result.nonCooperation()).isEqualTo(nonCooperation);
            assertThat(result.evidence()).containsExactly(evidence);
            assertThat(events).hasSize(1);
        }

        @Test
        void nonCooperationWithoutEvidenceIsRefused() {
            InspectionRecord record = record();
            refused(() -> record.recordNonCooperation(AMR, NonCooperationCase.OBSTRUCTED_ENTRY, CHECK_DATE, List.of(),
                    "", AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID, "EVIDENCE_REQUIRED");
            refused(() -> record.recordNonCooperation(AMR, NonCooperationCase.OBSTRUCTED_ENTRY, CHECK_DATE,
                    List.of("not-ours"), "", AMR_LEADER, NOW, TODAY, CALENDAR), ProblemKind.INVALID,
                    "EVIDENCE_UNKNOWN");
            assertThat(record.partOf(AMR).orElseThrow().status()).isEqualTo(PartStatus.PENDING);
        }

        @Test
        void unreachableAtTheRegisteredAddressGivesTheResultDirectly() {
            InspectionRecord record = record();
            String evidence = attach(record, PSB_INSPECTOR);
            record.recordUnreachable(PSB, CHECK_DATE, List.of(evidence), "登记住所已无人经营", PSB_INSPECTOR, NOW, TODAY,
                    CALENDAR);
            DepartmentPart part = record.partOf(PSB).orElseThrow();
            assertThat(part.current().category()).isEqualTo(ResultCategory.UNREACHABLE_AT_REGISTERED_ADDRESS);
            assertThat(part.current().basis()).isEqualTo(ResultBasis.UNREACHABLE);
            assertThat(part.dueDates()).isNotNull();
            refused(() -> record.recordUnreachable(PSB, CHECK_DATE, List.of(evidence), "", PSB_INSPECTOR, NOW, TODAY,
                    CALENDAR), ProblemKind.CONFLICT, "RESULT_ALREADY_SUBMITTED");
        }
    }

    @Nested
    class Deadlines {

        @Test
        void dueDatesCountWorkingDaysAcrossTheMayDayHolidayAndItsMakeUpSaturday() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            DueDates due = record.partOf(AMR).orElseThrow().dueDates();
            // check on Thu 30 April 2026; 1–5 May are holidays, Sat 9 May is a make-up working day (调休)
            assertThat(due.resultEntry()).isEqualTo(LocalDate.of(2026, 5, 11));
            assertThat(due.violationReferral()).isEqualTo(LocalDate.of(2026, 5, 13));
            assertThat(due.resultPublication()).isEqualTo(LocalDate.of(2026, 6, 1));
        }

        @Test
        void aPartNotEnteredInTimeIsOverdueOnceAndTheFactIsKept() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            assertThat(record.detectOverdue(LocalDate.of(2026, 5, 11), NOW)).isEmpty();
            List<RecordEvent> overdue = record.detectOverdue(LocalDate.of(2026, 5, 12), NOW);
            assertThat(overdue).extracting(RecordEvent::departmentId).containsExactly(AMR);
            assertThat(((RecordEvent.DeadlineMissed) overdue.get(0)).fact().kind()).isEqualTo(DeadlineKind.RESULT_ENTRY);
            assertThat(record.detectOverdue(LocalDate.of(2026, 5, 13), NOW)).as("once").isEmpty();

            record.saveDraft(AMR, amrForm(ResultCategory.QUALIFIED), DEFINITIONS, AMR_LEADER, NOW);
            record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, LocalDate.of(2026, 5, 13));
            assertThat(record.partOf(AMR).orElseThrow().overdue()).singleElement()
                    .satisfies(f -> assertThat(f.countsAsNotDone()).isTrue());
        }

        @Test
        void aLateSubmissionRecordsTheMissedDeadline() {
            InspectionRecord record = checked(record(), AMR, AMR_LEADER);
            record.saveDraft(AMR, amrForm(ResultCategory.QUALIFIED), DEFINITIONS, AMR_LEADER, NOW);
            List<RecordEvent> events = record.submit(AMR, DEFINITIONS, AMR_LEADER, NOW, LocalDate.of(2026, 5, 12));
            assertThat(events).hasSize(2).last().isInstanceOf(RecordEvent.DeadlineMissed.class);
        }

        @Test
        void aSuspectedViolationNotReferredInTimeIsOverdue() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.PROBLEM_FOUND_FOLLOW_UP_PENDING);
            List<RecordEvent> overdue = record.detectOverdue(LocalDate.of(2026, 5, 14), NOW);
            assertThat(overdue).extracting(e -> ((RecordEvent.DeadlineMissed) e).fact().kind())
                    .containsExactly(DeadlineKind.VIOLATION_REFERRAL);
        }

        @Test
        void aReferralInTimeKeepsTheDeadline() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.UNQUALIFIED);
            record.recordFollowUp(AMR, FollowUpKind.REFERRAL, "qy-psb", TODAY, null, null, "", AMR_LEADER, NOW, TODAY);
            assertThat(record.detectOverdue(LocalDate.of(2026, 6, 30), NOW)).isEmpty();
        }
    }

    @Nested
    class Corrections {

        @Test
        void aCorrectionSignedOffByTheHeadIsANewVersion() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.NO_PROBLEM_FOUND);
            record.proposeCorrection(AMR, amrForm(ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED), "录入时选错类别",
                    DEFINITIONS, AMR_LEADER, NOW);
            DepartmentPart part = record.partOf(AMR).orElseThrow();
            assertThat(part.current().version()).as("nothing changes before sign-off").isEqualTo(1);
            List<RecordEvent> events = record.signOffCorrection(AMR, AMR_HEAD, NOW.plusSeconds(60));
            assertThat(part.versions()).extracting(ResultVersion::version).containsExactly(1, 2);
            assertThat(part.current().category()).isEqualTo(ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED);
            assertThat(part.current().reason()).isEqualTo("录入时选错类别");
            assertThat(part.current().signedOffBy()).isEqualTo(AMR_HEAD.subject());
            assertThat(part.versions().get(0).category()).as("history kept").isEqualTo(ResultCategory.NO_PROBLEM_FOUND);
            assertThat(events).singleElement().isInstanceOfSatisfying(RecordEvent.ResultCorrected.class, e -> {
                assertThat(e.corrected().version()).isEqualTo(2);
                assertThat(e.earlier().version()).isEqualTo(1);
            });
        }

        @Test
        void withoutSignOffNothingChangesAndTheProposerCannotSignOff() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.NO_PROBLEM_FOUND);
            refused(() -> record.signOffCorrection(AMR, AMR_HEAD, NOW), ProblemKind.CONFLICT, "NO_PENDING_CORRECTION");
            record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), "笔误", DEFINITIONS, AMR_HEAD, NOW);
            refused(() -> record.signOffCorrection(AMR, AMR_HEAD, NOW), ProblemKind.FORBIDDEN, "SIGN_OFF_BY_PROPOSER");
            refused(() -> record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), "再改", DEFINITIONS,
                    AMR_LEADER, NOW), ProblemKind.CONFLICT, "CORRECTION_PENDING");
            record.rejectCorrection(AMR, "理由不充分", new Who("qy-amr-head2", "副局长", AMR, null), NOW);
            assertThat(record.partOf(AMR).orElseThrow().versions()).hasSize(1);
            assertThat(record.partOf(AMR).orElseThrow().pendingCorrection()).isNull();
        }

        @Test
        void aCorrectionNeedsASubmittedResultAReasonAndTheOwnDepartment() {
            InspectionRecord record = record();
            refused(() -> record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), "x", DEFINITIONS,
                    AMR_LEADER, NOW), ProblemKind.CONFLICT, "NOT_SUBMITTED");
            submitAmr(record, ResultCategory.QUALIFIED);
            refused(() -> record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), " ", DEFINITIONS,
                    AMR_LEADER, NOW), ProblemKind.INVALID, "CORRECTION_REASON_REQUIRED");
            refused(() -> record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), "x", DEFINITIONS,
                    PSB_INSPECTOR, NOW), ProblemKind.FORBIDDEN, "PART_OF_ANOTHER_DEPARTMENT");
        }

        @Test
        void aClosedRecordCanStillBeCorrected() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.QUALIFIED);
            submitPsb(record);
            record.close(AMR_LEADER, NOW);
            record.proposeCorrection(AMR, amrForm(ResultCategory.UNQUALIFIED), "复核发现错误", DEFINITIONS, AMR_LEADER, NOW);
            record.signOffCorrection(AMR, AMR_HEAD, NOW);
            assertThat(record.partOf(AMR).orElseThrow().current().version()).isEqualTo(2);
        }
    }

    @Nested
    class FollowUps {

        @Test
        void referralAcknowledgementCaseListingRectificationAndRecheck() {
            InspectionRecord record = record();
            submitAmr(record, ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED);
            record.recordFollowUp(AMR, FollowUpKind.REFERRAL, "qy-eco", TODAY, null, null, "", AMR_LEADER, NOW, TODAY);
            record.recordFollowUp(AMR, FollowUpKind.REFERRAL_ACKNOWLEDGED, "qy-eco", TODAY, null, null, "", AMR_LEADER,
                    NOW, TODAY);
            record.recordFollowUp(AMR, FollowUpKind.CASE_FILED, null, TODAY, null, null, "", AMR_HEAD, NOW, TODAY);
            record.recordFollowUp(AMR, FollowUpKind.ABNORMAL_LIST, null, TODAY, null, null, "", AMR_HEAD, NOW, TODAY);
            record.recordFollowUp(AMR, FollowUpKind.RECTIFICATION_ORDERED, null, TODAY, TODAY.plusDays(10), null, "",
                    AMR_LEADER, NOW, TODAY);
            List<RecordEvent> events = record.recordFollowUp(AMR, FollowUpKind.RECHECKED, null, TODAY, null,
                    "RECTIFIED", "", AMR_LEADER, NOW, TODAY);
            assertThat(events).singleElement().isInstanceOf(RecordEvent.FollowUpAdded.class);
            DepartmentPart part = record.partOf(AMR).orElseThrow();
            assertThat(part.followUps()).extracting(FollowUp::kind).containsExactly(FollowUpKind.REFERRAL,
                    FollowUpKind.REFERRAL_ACKNOWLEDGED, FollowUpKind.CASE_FILED, FollowUpKind.ABNORMAL_LIST,
                    FollowUpKind.RECTIFICATION_ORDERED, FollowUpKind.RECHECKED);
            assertThat(part.followUps().get(0).dueDate()).isEqualTo(part.dueDates().violationReferral());
        }

        @Test
        void followUpsRefusedOutOfOrder() {
            InspectionRecord record = record();
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.CASE_FILED, null, TODAY, null, null, "", AMR_LEADER,
                    NOW, TODAY), ProblemKind.CONFLICT, "NOT_SUBMITTED");
            submitAmr(record, ResultCategory.UNQUALIFIED);
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.REFERRAL, null, TODAY, null, null, "", AMR_LEADER,
                    NOW, TODAY), ProblemKind.INVALID, "REFERRAL_TARGET_REQUIRED");
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.REFERRAL_ACKNOWLEDGED, "qy-eco", TODAY, null, null,
                    "", AMR_LEADER, NOW, TODAY), ProblemKind.CONFLICT, "NO_REFERRAL");
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.RECTIFICATION_ORDERED, null, TODAY, null, null, "",
                    AMR_LEADER, NOW, TODAY), ProblemKind.INVALID, "RECTIFICATION_DEADLINE_REQUIRED");
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.RECHECKED, null, TODAY, null, "RECTIFIED", "",
                    AMR_LEADER, NOW, TODAY), ProblemKind.CONFLICT, "NO_RECTIFICATION");
            refused(() -> record.recordFollowUp(AMR, FollowUpKind.CASE_FILED, null, TODAY.plusDays(1), null, null, "",
                    AMR_LEADER, NOW, TODAY), ProblemKind.INVALID, "DATE_IN_FUTURE");
            assertThat(record.partOf(AMR).orElseThrow().followUps()).isEmpty();
        }
    }
}
