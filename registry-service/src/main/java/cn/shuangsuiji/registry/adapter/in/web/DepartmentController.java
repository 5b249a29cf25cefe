package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/** 部门 — departments. */
@RestController
@RequestMapping("/api/registry/departments")
@Tag(name = "departments", description = "执法部门")
class DepartmentController {

    private final DepartmentUseCases departments;
    private final DepartmentWebMapper mapper;

    DepartmentController(DepartmentUseCases departments, DepartmentWebMapper mapper) {
        this.departments = departments;
        this.mapper = mapper;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "登记部门")
    ResponseEntity<DepartmentResponse> register(@Valid @RequestBody RegisterDepartmentRequest request,
                                                Actor actor) {
        Department department = departments.register(mapper.toCommand(request), actor);
        return ResponseEntity.created(URI.create("/api/registry/departments/" + department.id().value()))
                .eTag("\"" + department.version() + "\"")
                .body(mapper.toResponse(department));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看部门")
    ResponseEntity<DepartmentResponse> get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        Department department = departments.get(new DepartmentId(id));
        return ResponseEntity.ok().eTag("\"" + department.version() + "\"").body(mapper.toResponse(department));
    }

    @GetMapping("/{id}/ancestors")
    @Operation(summary = "上级部门链（由近及远）")
    List<DepartmentResponse> ancestors(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        return departments.ancestors(new DepartmentId(id)).stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "下级部门")
    List<DepartmentResponse> children(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        return departments.children(new DepartmentId(id)).stream().map(mapper::toResponse).toList();
    }

    @GetMapping
    @Operation(summary = "部门列表")
    List<DepartmentResponse> list(Actor actor) {
        RegistryRights.requireStaff(actor);
        return departments.list().stream().map(mapper::toResponse).toList();
    }
}
