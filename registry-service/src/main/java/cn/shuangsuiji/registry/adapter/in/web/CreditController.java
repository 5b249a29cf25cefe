package cn.shuangsuiji.registry.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.CreditQueries;
import cn.shuangsuiji.registry.application.port.in.ReviseRiskRule;
import cn.shuangsuiji.registry.domain.credit.CombineMode;
import cn.shuangsuiji.registry.domain.credit.RiskFact;
import cn.shuangsuiji.registry.domain.credit.RiskFactKind;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import io.swagger.v3.oas.annotations.Operation;

/**
 * 信用反馈 — an entity's risk facts from inspection results and follow-up, the class the next draw uses, and the
 * jurisdictions' versioned risk rules.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "credit", description = "信用反馈与信用风险规则")
class CreditController {

    private final CreditQueries queries;
    private final ReviseRiskRule revise;

    CreditController(CreditQueries queries, ReviseRiskRule revise) {
        this.queries = queries;
        this.revise = revise;
    }

    /** 风险事实. */
    record FactResponse(String kind, String kindName, String departmentId, String inspectionId, LocalDate date,
                        String eventType, String eventId, Instant receivedAt) {
        static FactResponse of(RiskFact f) {
            return new FactResponse(f.kind().name(), f.kind().chineseName(), f.departmentId(), f.inspectionId(),
                    f.date(), f.eventType(), f.eventId(), f.receivedAt());
        }
    }

    /** 信用风险规则（某一版本）. */
    record RiskRuleResponse(String jurisdiction, int version, Map<RiskFactKind, CreditClass> classFor,
                            CombineMode combine, int lookbackYears, String reason, String createdBy,
                            Instant createdAt) {
        static RiskRuleResponse of(RiskRule r) {
            return new RiskRuleResponse(r.jurisdiction(), r.version(), new java.util.TreeMap<>(r.classFor()), r.combine(),
                    r.lookbackYears(), r.reason(), r.createdBy(), r.createdAt());
        }
    }

    /** 信用状况. */
    record CreditResponse(String entityId, CreditClass importedCreditClass, boolean importedAbnormalList,
                          CreditClass derivedCreditClass, CreditClass effectiveCreditClass,
                          boolean effectiveAbnormalList, RiskRuleResponse rule, List<FactResponse> facts) {
    }

    /** The body of a new rule version. */
    record RiskRuleRequest(Map<String, String> classFor, String combine, Integer lookbackYears, String reason) {
    }

    @GetMapping("/api/registry/entities/{id}/credit")
    @Operation(summary = "检查对象信用状况（风险事实与抽查所用分类）",
            description = "来自检查结果与后续处置的风险事实，以及按管辖区域信用风险规则合并后、下一次快照与抽取使用的信用风险分类和经营异常名录标记")
    CreditResponse credit(@PathVariable String id, Actor actor) {
        CreditQueries.CreditView v = queries.standing(id, actor);
        return new CreditResponse(v.entityId(), v.importedClass(), v.importedAbnormal(), v.derivedClass(),
                v.effectiveClass(), v.effectiveAbnormal(), RiskRuleResponse.of(v.rule()),
                v.facts().stream().map(FactResponse::of).toList());
    }

    @GetMapping("/api/registry/risk-rules")
    @Operation(summary = "现行信用风险规则（各管辖区域最新版本及平台默认规则）")
    List<RiskRuleResponse> rules(Actor actor) {
        return queries.rules(actor).stream().map(RiskRuleResponse::of).toList();
    }

    @GetMapping("/api/registry/risk-rules/{jurisdiction}/versions")
    @Operation(summary = "某管辖区域信用风险规则的全部版本")
    List<RiskRuleResponse> versions(@PathVariable String jurisdiction, Actor actor) {
        return queries.versions(jurisdiction, actor).stream().map(RiskRuleResponse::of).toList();
    }

    @PutMapping("/api/registry/risk-rules/{jurisdiction}")
    @Operation(summary = "修订管辖区域的信用风险规则（新版本）",
            description = "平台管理员或本管辖区域联席办；下一次快照起生效。不允许降低分类的区域只接受 HIGHER_RISK（从高）合并方式")
    ResponseEntity<RiskRuleResponse> revise(@PathVariable String jurisdiction, @RequestBody RiskRuleRequest request,
                                            Actor actor) {
        Map<RiskFactKind, CreditClass> classFor = new EnumMap<>(RiskFactKind.class);
        if (request.classFor() != null) {
            for (Map.Entry<String, String> e : request.classFor().entrySet()) {
                RiskFactKind kind = enumValue(RiskFactKind.class, e.getKey(), "classFor", "风险事实类别");
                CreditClass cls = CreditClass.parse(e.getValue());
                if (cls == null) {
                    throw field("classFor." + e.getKey(), "信用风险分类应为 A、B、C、D 或 E");
                }
                classFor.put(kind, cls);
            }
        }
        CombineMode combine = request.combine() == null ? null
                : enumValue(CombineMode.class, request.combine(), "combine", "合并方式");
        RiskRule rule = revise.revise(new ReviseRiskRule.Command(jurisdiction, classFor, combine,
                request.lookbackYears() == null ? 3 : request.lookbackYears(), request.reason()), actor);
        return ResponseEntity.created(URI.create("/api/registry/risk-rules/" + jurisdiction + "/versions"))
                .body(RiskRuleResponse.of(rule));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, String label) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw field(field, label + "无效，可选值：" + String.join("、",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    private static DomainProblem field(String field, String message) {
        return DomainProblem.invalid("RISK_RULE_INVALID", "信用风险规则无效",
                List.of(new FieldProblem(field, "INVALID_VALUE", message)));
    }
}
