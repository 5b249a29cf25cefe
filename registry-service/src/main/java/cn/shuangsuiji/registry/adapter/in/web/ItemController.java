package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ClaimItemCommand;
import cn.shuangsuiji.registry.application.port.in.DraftItemCommand;
import cn.shuangsuiji.registry.application.port.in.EditItemDraftCommand;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.application.port.in.ItemUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishItemCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.ReviseItemCommand;
import cn.shuangsuiji.registry.application.port.in.WithdrawItemCommand;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 随机抽查事项清单 — inspection items: drafts, versions, publication, withdrawal, claims. */
@RestController
@RequestMapping("/api/registry/items")
@Tag(name = "items", description = "随机抽查事项清单")
class ItemController {

    private final ItemUseCases items;
    private final ExportUseCases exports;

    ItemController(ItemUseCases items, ExportUseCases exports) {
        this.items = items;
        this.exports = exports;
    }

    @GetMapping("/export")
    @Operation(summary = "导出抽查事项（CSV 或 XLSX，流式；每个事项的最新版本，可再次导入）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String departmentId, Actor actor) {
        RegistryRights.requireStaff(actor);
        FileFormat fileFormat = ExportResponses.format(format);
        String department = ExportResponses.departmentId(departmentId);
        return ExportResponses.download("items", fileFormat, out -> exports.exportItems(department, fileFormat, out));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "起草抽查事项（第 1 版草稿）")
    ResponseEntity<ItemResponse> draft(@Valid @RequestBody DraftItemRequest request, Actor actor) {
        InspectionItem item = items.draft(new DraftItemCommand(
                Optional.ofNullable(request.id()).map(InspectionItemId::new), new DepartmentId(request.departmentId()),
                ItemWebMapper.toContent(request.content())), actor);
        return ResponseEntity.created(URI.create("/api/registry/items/" + item.id().value()))
                .eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看抽查事项及其全部版本")
    ResponseEntity<ItemResponse> get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        InspectionItem item = items.get(itemId(id));
        return ResponseEntity.ok().eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @GetMapping
    @Operation(summary = "抽查事项清单（按标识游标分页）")
    ItemPageResponse list(@RequestParam(required = false) String departmentId,
                          @RequestParam(defaultValue = "false") boolean includeClaimed,
                          @RequestParam(defaultValue = "false") boolean publishedOnly,
                          @RequestParam(required = false) String after,
                          @RequestParam(defaultValue = "100") int limit, Actor actor) {
        RegistryRights.requireStaff(actor);
        if (limit < 1 || limit > 500) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "PAGE_LIMIT_INVALID", "分页参数错误", "limit 应为 1 至 500");
        }
        List<InspectionItem> page = items.list(new ItemListQuery(
                Optional.ofNullable(departmentId).map(ItemController::departmentId), includeClaimed, publishedOnly,
                Optional.ofNullable(after).map(ItemController::itemId), limit));
        String next = page.size() == limit ? page.get(page.size() - 1).id().value() : null;
        return new ItemPageResponse(page.stream().map(ItemWebMapper::toResponse).toList(), next);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/versions")
    @Operation(summary = "新建版本（草稿），用于修改已公布或已撤回的事项")
    ResponseEntity<ItemResponse> revise(@PathVariable String id, @Valid @RequestBody ItemContentRequest request,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        Actor actor) {
        InspectionItem item = items.revise(new ReviseItemCommand(itemId(id), ItemWebMapper.toContent(request),
                revision(ifMatch)), actor);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @PutMapping("/{id}/versions/{version}")
    @Operation(summary = "修改草稿版本（已公布版本不可修改）")
    ResponseEntity<ItemResponse> editDraft(@PathVariable String id, @PathVariable int version,
                                           @Valid @RequestBody ItemContentRequest request,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           Actor actor) {
        InspectionItem item = items.editDraft(new EditItemDraftCommand(itemId(id), version,
                ItemWebMapper.toContent(request), revision(ifMatch)), actor);
        return ResponseEntity.ok().eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @PostMapping("/{id}/versions/{version}/publish")
    @Operation(summary = "公布版本（替代此前公布的版本）")
    ResponseEntity<ItemResponse> publish(@PathVariable String id, @PathVariable int version,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         Actor actor) {
        InspectionItem item = items.publish(new PublishItemCommand(itemId(id), version, revision(ifMatch)), actor);
        return ResponseEntity.ok().eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回事项（须说明理由）")
    ResponseEntity<ItemResponse> withdraw(@PathVariable String id, @Valid @RequestBody WithdrawItemRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          Actor actor) {
        InspectionItem item = items.withdraw(new WithdrawItemCommand(itemId(id), request.reason(), revision(ifMatch)),
                actor);
        return ResponseEntity.ok().eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/claims")
    @Operation(summary = "下级部门认领上级部门的事项")
    ResponseEntity<ItemResponse> claim(@PathVariable String id, @Valid @RequestBody ClaimItemRequest request,
                                       Actor actor) {
        InspectionItem item = items.claim(new ClaimItemCommand(itemId(id), departmentId(request.departmentId())),
                actor);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(item)).body(ItemWebMapper.toResponse(item));
    }

    private static String etag(InspectionItem item) {
        return "\"" + item.revision() + "\"";
    }

    static OptionalLong revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "IF_MATCH_INVALID", "If-Match 格式错误",
                    "If-Match 应为本资源的 ETag，例如 \"3\"：" + ifMatch);
        }
    }

    static InspectionItemId itemId(String value) {
        try {
            return new InspectionItemId(value);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "ITEM_ID_INVALID", "事项标识格式错误", e.getMessage());
        }
    }

    static DepartmentId departmentId(String value) {
        try {
            return new DepartmentId(value);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DEPARTMENT_ID_INVALID", "部门标识格式错误", e.getMessage());
        }
    }
}
