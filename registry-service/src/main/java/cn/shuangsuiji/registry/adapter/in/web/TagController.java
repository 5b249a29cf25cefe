package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.CreateTagCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.in.UpdateTagCommand;
import cn.shuangsuiji.registry.domain.tag.Tag;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/** 分类标注标签库 — the hierarchical tag library. */
@RestController
@RequestMapping("/api/registry/tags")
@io.swagger.v3.oas.annotations.tags.Tag(name = "tags", description = "分类标注标签库")
class TagController {

    private final TagUseCases tags;

    TagController(TagUseCases tags) {
        this.tags = tags;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "新建标签")
    ResponseEntity<TagResponse> create(@Valid @RequestBody TagRequest request, Actor actor) {
        if (request.code() == null) {
            throw DomainProblem.invalid("TAG_CODE_REQUIRED", "标签编码不能为空",
                    List.of(new FieldProblem("code", "TAG_CODE_REQUIRED", "标签编码不能为空")));
        }
        Tag tag = tags.create(new CreateTagCommand(new TagCode(request.code()), request.name(),
                Optional.ofNullable(request.parent()).map(TagCode::new), request.targets()), actor);
        return ResponseEntity.created(URI.create("/api/registry/tags/" + tag.code().value()))
                .eTag("\"" + tag.revision() + "\"").body(toResponse(tag));
    }

    @PutMapping("/{code}")
    @Operation(summary = "修改标签（名称、适用对象、上级）")
    ResponseEntity<TagResponse> update(@PathVariable String code, @Valid @RequestBody TagRequest request,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       Actor actor) {
        Tag tag = tags.update(new UpdateTagCommand(code(code), request.name(),
                Optional.ofNullable(request.parent()).map(TagCode::new), request.targets(),
                ItemController.revision(ifMatch)), actor);
        return ResponseEntity.ok().eTag("\"" + tag.revision() + "\"").body(toResponse(tag));
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看标签")
    ResponseEntity<TagResponse> get(@PathVariable String code, Actor actor) {
        RegistryRights.requireStaff(actor);
        Tag tag = tags.get(code(code));
        return ResponseEntity.ok().eTag("\"" + tag.revision() + "\"").body(toResponse(tag));
    }

    @GetMapping("/{code}/path")
    @Operation(summary = "标签路径（自顶向下）")
    List<TagResponse> path(@PathVariable String code, Actor actor) {
        RegistryRights.requireStaff(actor);
        return tags.path(code(code)).stream().map(TagController::toResponse).toList();
    }

    @GetMapping
    @Operation(summary = "下级标签（不带 parent 时为顶级标签）")
    List<TagResponse> children(@RequestParam(required = false) String parent,
                               @RequestParam(required = false) TagTarget target, Actor actor) {
        RegistryRights.requireStaff(actor);
        return tags.children(Optional.ofNullable(parent).map(TagController::code), Optional.ofNullable(target))
                .stream().map(TagController::toResponse).toList();
    }

    private static TagCode code(String value) {
        try {
            return new TagCode(value);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "TAG_CODE_INVALID", "标签编码格式错误", e.getMessage());
        }
    }

    static TagResponse toResponse(Tag tag) {
        return new TagResponse(tag.code().value(), tag.name(), tag.parent().map(TagCode::value).orElse(null),
                tag.targets().stream().map(Enum::name).sorted().toList(), tag.createdAt(), tag.revision());
    }
}
