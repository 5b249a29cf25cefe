package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.region.Region;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 行政区划 — GB/T 2260 administrative regions. */
@RestController
@RequestMapping("/api/registry/regions")
@Tag(name = "regions", description = "行政区划")
class RegionController {

    private final RegionQueries regions;

    RegionController(RegionQueries regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "省级行政区划列表")
    List<RegionResponse> provinces(Actor actor) {
        RegistryRights.requireStaff(actor);
        return regions.provinces().stream().map(RegionController::toResponse).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看行政区划")
    RegionResponse get(@PathVariable String code, Actor actor) {
        RegistryRights.requireStaff(actor);
        return toResponse(regions.get(parse(code)));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "下级行政区划")
    List<RegionResponse> children(@PathVariable String code, Actor actor) {
        RegistryRights.requireStaff(actor);
        return regions.children(parse(code)).stream().map(RegionController::toResponse).toList();
    }

    @GetMapping("/{code}/path")
    @Operation(summary = "行政区划路径（省、市、县）")
    List<RegionResponse> path(@PathVariable String code, Actor actor) {
        RegistryRights.requireStaff(actor);
        return regions.path(parse(code)).stream().map(RegionController::toResponse).toList();
    }

    private static RegionCode parse(String code) {
        if (code == null || !code.matches("[1-9][0-9]{5}")) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "REGION_CODE_INVALID", "行政区划代码格式错误",
                    "行政区划代码应为 6 位数字：" + code);
        }
        return new RegionCode(code);
    }

    static RegionResponse toResponse(Region region) {
        return new RegionResponse(region.code().value(), region.name(), region.level().name(),
                region.level().chineseName(), region.parent().map(RegionCode::value).orElse(null));
    }
}
