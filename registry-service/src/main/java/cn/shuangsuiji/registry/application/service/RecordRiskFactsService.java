package cn.shuangsuiji.registry.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.ResultCategories;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.RecordRiskFacts;
import cn.shuangsuiji.registry.application.port.out.CreditProfileRepository;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository;
import cn.shuangsuiji.registry.domain.credit.CreditProfile;
import cn.shuangsuiji.registry.domain.credit.CreditStanding;
import cn.shuangsuiji.registry.domain.credit.RiskFact;
import cn.shuangsuiji.registry.domain.credit.RiskFactKind;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;

/**
 * 信用反馈 — turns results and follow-up into risk facts of the entity's credit profile; when that changes what a
 * draw uses of the entity (its effective class or abnormal-list flag), the change is written to the entity's history
 * with the event that caused it.
 */
@Service
class RecordRiskFactsService implements RecordRiskFacts {

    private static final Logger log = LoggerFactory.getLogger(RecordRiskFactsService.class);
    private static final Actor ACTOR = Actor.system("credit-feedback");

    /** Result categories (S1 20(四)) that are risk facts. */
    private static final Map<String, RiskFactKind> BY_CATEGORY = Map.of(
            ResultCategories.UNQUALIFIED, RiskFactKind.UNQUALIFIED_RESULT,
            ResultCategories.FALSE_DISCLOSURE, RiskFactKind.FALSE_DISCLOSURE,
            ResultCategories.SERIOUS_NON_COOPERATION, RiskFactKind.SERIOUS_NON_COOPERATION);

    /** Follow-up steps (S0 22; S1 23) that are risk facts. */
    private static final Map<String, RiskFactKind> BY_FOLLOW_UP = Map.of(
            "ABNORMAL_LIST", RiskFactKind.ABNORMAL_LISTED,
            "ABNORMAL_LIST_REMOVED", RiskFactKind.ABNORMAL_REMOVED,
            "REFERRAL", RiskFactKind.VIOLATION_REFERRED,
            "CASE_FILED", RiskFactKind.CASE_FILED);

    private final CreditProfileRepository profiles;
    private final EntityRepository entities;
    private final HistoryRepository history;
    private final RiskRules rules;
    private final Clock clock;

    RecordRiskFactsService(CreditProfileRepository profiles, EntityRepository entities, HistoryRepository history,
                           RiskRules rules, Clock clock) {
        this.profiles = profiles;
        this.entities = entities;
        this.history = history;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void applyAll(List<IntegrationEvent> events) {
        Set<String> entityIds = new HashSet<>();
        for (IntegrationEvent event : events) {
            String entityId = entityOf(event);
            if (entityId != null) {
                entityIds.add(entityId);
            }
        }
        if (entityIds.isEmpty()) {
            return;
        }
        // the chunk's profiles in one query; each event sees the changes of the ones before it
        Map<String, CreditProfile> current = new HashMap<>(profiles.find(entityIds));
        for (IntegrationEvent event : events) {
            apply(event, current);
        }
    }

    private void apply(IntegrationEvent event, Map<String, CreditProfile> current) {
        if (event instanceof InspectionResultRecorded e) {
            resultFacts(e.entityId(), e.inspectionId(), e.departmentId(), e.category(), e.checkDate(),
                    "ssj.inspection.InspectionResultRecorded", e.eventId(), e.occurredAt(), current);
        } else if (event instanceof InspectionResultCorrected e) {
            resultFacts(e.entityId(), e.inspectionId(), e.departmentId(), e.corrected().category(),
                    e.corrected().checkDate(), "ssj.inspection.InspectionResultCorrected", e.eventId(),
                    e.occurredAt(), current);
        } else if (event instanceof FollowUpRecorded e) {
            followUp(e, current);
        }
    }

    private static String entityOf(IntegrationEvent event) {
        if (event instanceof InspectionResultRecorded e) {
            return e.entityId();
        }
        if (event instanceof InspectionResultCorrected e) {
            return e.entityId();
        }
        return event instanceof FollowUpRecorded e ? e.entityId() : null;
    }

    private void followUp(FollowUpRecorded e, Map<String, CreditProfile> current) {
        RiskFactKind kind = BY_FOLLOW_UP.get(e.kind());
        if (kind == null || e.entityId() == null) {
            return;
        }
        String type = "ssj.inspection.FollowUpRecorded";
        LocalDate date = e.date() != null ? e.date() : day(e.occurredAt());
        RiskFact fact = new RiskFact(kind, e.departmentId(), e.inspectionId(), date, type, e.eventId().toString(),
                clock.instant());
        apply(e.entityId(), type, e.eventId(), p -> p.with(fact), current);
    }

    private void resultFacts(String entityId, String inspectionId, String departmentId, String category,
                             LocalDate checkDate, String type, UUID eventId, Instant occurredAt,
                             Map<String, CreditProfile> current) {
        if (entityId == null) {
            return;
        }
        RiskFactKind kind = BY_CATEGORY.get(category);
        List<RiskFact> facts = kind == null ? List.of() : List.of(new RiskFact(kind, departmentId, inspectionId,
                checkDate != null ? checkDate : day(occurredAt), type, eventId.toString(), clock.instant()));
        apply(entityId, type, eventId, p -> p.withResult(inspectionId, departmentId, facts), current);
    }

    private void apply(String entityId, String type, UUID eventId, UnaryOperator<CreditProfile> change,
                       Map<String, CreditProfile> current) {
        CreditProfile before = current.computeIfAbsent(entityId, CreditProfile::empty);
        CreditProfile after = change.apply(before);
        if (after == before) {
            return;
        }
        if (!profiles.save(after, before.version())) {
            // a concurrent change of the same profile: the consumer's transaction is retried by redelivery
            throw new DomainProblem(ProblemKind.CONFLICT, "CREDIT_PROFILE_CONCURRENT_CHANGE", "信用档案并发修改",
                    "信用档案已被同时修改，请重试");
        }
        current.put(entityId, after);
        Optional<RegulatedEntity> entity = entities.find(new EntityId(entityId));
        if (entity.isEmpty()) {
            log.info("Credit facts kept for {} which the registry does not hold (yet)", entityId);
            return;
        }
        RegulatedEntity en = entity.get();
        RiskRule rule = rules.load().forRegion(en.details().regionCode());
        LocalDate today = day(clock.instant());
        Map<String, Object> was = what(rule, en, rule.standing(before.facts(), today));
        Map<String, Object> now = what(rule, en, rule.standing(after.facts(), today));
        if (!was.equals(now)) {
            Map<String, Object> cause = new LinkedHashMap<>(now);
            cause.put("facts", after.facts().size());
            cause.put("rule", rule.jurisdiction() + " v" + rule.version());
            history.appendCreditChange(entityId, en.version(), was, cause, ACTOR, clock.instant(),
                    "event:" + type + ":" + eventId);
        }
    }

    private static Map<String, Object> what(RiskRule rule, RegulatedEntity en, CreditStanding standing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditClass", rule.effectiveClass(en.details().creditClass(), standing).name());
        m.put("abnormalList", rule.effectiveAbnormal(en.details().abnormalList(), standing));
        return m;
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, SnapshotService.CHINA);
    }
}
