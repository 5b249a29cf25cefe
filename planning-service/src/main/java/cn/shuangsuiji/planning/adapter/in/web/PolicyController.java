package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.application.port.in.CreatePolicyCommand;
import cn.shuangsuiji.planning.application.port.in.PolicyUseCases;
import cn.shuangsuiji.planning.application.port.in.RevisePolicyCommand;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyScope;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * 抽查政策 — versioned jurisdiction and department policies: jurisdiction policies by platform admins, a
 * department's own policy by its head; every authenticated caller reads them.
 */
@RestController
@RequestMapping("/api/planning/policies")
@Tag(name = "policies", description = "抽查政策")
class PolicyController {

    private final PolicyUseCases policies;
    private final PolicyWebMapper mapper;

    PolicyController(PolicyUseCases policies, PolicyWebMapper mapper) {
        this.policies = policies;
        this.mapper = mapper;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "新建辖区或部门政策（部门政策只能从严）")
    ResponseEntity<PolicyResponse> create(@Valid @RequestBody PolicyRequests.Create request,
                                          Actor actor) {
        // a department policy inherits every parameter it omits from its jurisdiction's policy, not the national
        // defaults (so an omitted parameter never reads as a loosening)
        PolicyParameters base = !"DEPARTMENT".equals(request.scope()) ? PolicyParameters.defaults()
                : request.jurisdictionPolicyId() != null
                ? policies.get(Inputs.parse(() -> new PolicyId(request.jurisdictionPolicyId()))).parameters()
                : policies.effectiveFor(Inputs.parse(() -> new DepartmentId(request.ownerId()))).parameters();
        CreatePolicyCommand command = Inputs.parse(() -> new CreatePolicyCommand(new PolicyId(request.id()),
                PolicyScope.valueOf(request.scope()), request.ownerId(), request.name(),
                mapper.toParameters(request.parameters(), base),
                Optional.ofNullable(request.jurisdictionPolicyId()).map(PolicyId::new), actor.subject()));
        JurisdictionPolicy policy = policies.create(command, actor);
        return ResponseEntity.created(URI.create("/api/planning/policies/" + policy.id().value()))
                .body(mapper.toResponse(policy));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修订政策（生成新版本）")
    PolicyResponse revise(@PathVariable String id, @Valid @RequestBody PolicyRequests.Revise request,
                          Actor actor) {
        // a revision keeps every parameter it omits at the current version's value
        PolicyParameters current = policies.get(Inputs.parse(() -> new PolicyId(id))).parameters();
        RevisePolicyCommand command = Inputs.parse(() -> new RevisePolicyCommand(new PolicyId(id),
                mapper.toParameters(request.parameters(), current), request.reason(), actor.subject()));
        return mapper.toResponse(policies.revise(command, actor));
    }

    @GetMapping
    @Operation(summary = "政策列表（各政策最新版本）")
    List<PolicyResponse> list(Actor actor) {
        actor.require(Role.values());
        return policies.list().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/effective")
    @Operation(summary = "部门适用的政策")
    PolicyResponse effective(@RequestParam String departmentId, Actor actor) {
        actor.require(Role.values());
        return mapper.toResponse(policies.effectiveForRegistered(Inputs.parse(() -> new DepartmentId(departmentId))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看政策最新版本")
    PolicyResponse get(@PathVariable String id, Actor actor) {
        actor.require(Role.values());
        return mapper.toResponse(policies.get(Inputs.parse(() -> new PolicyId(id))));
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "查看政策某一版本")
    PolicyResponse version(@PathVariable String id, @PathVariable int version, Actor actor) {
        actor.require(Role.values());
        return mapper.toResponse(policies.getVersion(Inputs.parse(() -> new PolicyId(id)), version));
    }
}
