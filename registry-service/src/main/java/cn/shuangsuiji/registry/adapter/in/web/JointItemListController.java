package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.JointItemListUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishJointItemListCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.domain.item.JointItemList;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
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

/** 联合抽查事项清单 — joint item lists of several departments. */
@RestController
@RequestMapping("/api/registry/joint-item-lists")
@Tag(name = "joint-item-lists", description = "联合抽查事项清单")
class JointItemListController {

    private final JointItemListUseCases lists;

    JointItemListController(JointItemListUseCases lists) {
        this.lists = lists;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "公布联合抽查事项清单")
    ResponseEntity<JointItemListResponse> publish(@Valid @RequestBody PublishJointItemListRequest request,
                                                  Actor actor) {
        JointItemList list = lists.publish(new PublishJointItemListCommand(new JointItemListId(request.id()),
                request.name(), ItemController.departmentId(request.initiatingDepartmentId()),
                request.departmentIds().stream().map(ItemController::departmentId).toList(),
                request.items().stream().map(i -> new PublishJointItemListCommand.Item(
                        ItemController.departmentId(i.departmentId()), ItemController.itemId(i.itemId()))).toList()),
                actor);
        return ResponseEntity.created(URI.create("/api/registry/joint-item-lists/" + list.id().value()))
                .body(toResponse(list));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看联合抽查事项清单")
    JointItemListResponse get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        return toResponse(lists.get(new JointItemListId(ItemController.itemId(id).value())));
    }

    @GetMapping
    @Operation(summary = "联合抽查事项清单列表")
    List<JointItemListResponse> list(Actor actor) {
        RegistryRights.requireStaff(actor);
        return lists.list().stream().map(JointItemListController::toResponse).toList();
    }

    private static JointItemListResponse toResponse(JointItemList list) {
        return new JointItemListResponse(list.id().value(), list.name(), list.initiator().value(),
                list.participants().stream().map(d -> d.value()).toList(),
                list.entries().stream().map(e -> new JointItemListResponse.Entry(e.itemId().value(), e.version(),
                        e.department().value(), e.checkProject())).toList(), list.publishedAt());
    }
}
