package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.EntityQueries;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 市场主体查询 — by 统一社会信用代码 or name; natural persons are never listed. */
@RestController
@Validated
@RequestMapping("/api/public/entities")
@Tag(name = "public", description = "一公开：公示信息")
class EntityController {

    private final EntityQueries entities;

    EntityController(EntityQueries entities) {
        this.entities = entities;
    }

    @GetMapping
    @Operation(summary = "按统一社会信用代码或名称查询市场主体", description = "match=prefix（默认，前缀）或 contains（包含）")
    Page<PublicEntity> search(@RequestParam(required = false) String uscc,
                              @RequestParam(required = false) String name,
                              @RequestParam(defaultValue = "prefix") String match,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(defaultValue = "50") @Min(value = 1, message = "每页至少 1 条")
                              @Max(value = 500, message = "每页最多 500 条") int limit) {
        return entities.entities(uscc, name, MatchMode.parse(match) == MatchMode.CONTAINS, cursor, limit);
    }

    @GetMapping("/{uscc}")
    @Operation(summary = "按统一社会信用代码查看市场主体")
    PublicEntity byUscc(@PathVariable String uscc) {
        return entities.byUscc(uscc);
    }
}
