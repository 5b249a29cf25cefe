package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ExpertDrawPoolQuery;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/registry/experts/draw-pool?departmentId=} — a department's expert library for draws (services). */
@RestController
@Tag(name = "experts", description = "专家库")
@RequestMapping("/api/registry/experts")
class ExpertDrawPoolController {

    private final ExpertDrawPoolQuery pool;

    ExpertDrawPoolController(ExpertDrawPoolQuery pool) {
        this.pool = pool;
    }

    @Operation(summary = "专家抽取池",
            description = "供抽取服务（SERVICE）读取某部门专家库：专家标识、专业领域和回避关联键（密钥哈希），不含姓名、电话、证件号。")
    @GetMapping("/draw-pool")
    List<ExpertDrawPoolQuery.Entry> drawPool(@RequestParam String departmentId, Actor actor) {
        return pool.drawPool(new DepartmentId(departmentId), actor);
    }
}
