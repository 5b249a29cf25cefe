package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.PublicQueries;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 公示 — public, unauthenticated views: departments and published inspection items. */
@RestController
@Validated
@RequestMapping("/api/public")
@Tag(name = "public", description = "一公开：公示信息")
class PublicController {

    private final PublicQueries queries;

    PublicController(PublicQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/departments")
    @Operation(summary = "执法部门名录")
    List<PublicDepartment> departments() {
        return queries.departments();
    }

    @GetMapping("/departments/{id}")
    @Operation(summary = "查看执法部门")
    PublicDepartment department(@PathVariable String id) {
        return queries.department(id);
    }

    @GetMapping("/items")
    @Operation(summary = "随机抽查事项清单（公示）", description = "按事项与版本排序；用上一页的 nextCursor 取下一页，游标无效时返回 400")
    Page<PublicItem> items(@RequestParam(required = false) String departmentId,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "50") @Min(value = 1, message = "每页至少 1 条")
                           @Max(value = 500, message = "每页最多 500 条") int limit) {
        return queries.items(departmentId, cursor, limit);
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "抽查事项的全部版本")
    List<PublicItem> itemVersions(@PathVariable String itemId) {
        return queries.itemVersions(itemId);
    }
}
