package cn.shuangsuiji.inspection.adapter.in.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shuangsuiji.inspection.application.usecase.ViewPreCheckHistory;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 预查比对 — the entity's earlier results from every department, for the inspectors of a record. */
@RestController
@Tag(name = "pre-check", description = "预查比对与结果互认")
class PreCheckHistoryController {

    private final ViewPreCheckHistory history;

    PreCheckHistoryController(ViewPreCheckHistory history) {
        this.history = history;
    }

    @Operation(summary = "预查比对：该检查对象近 N 年各部门的检查结果（含更正与后续处置）",
            description = "结果互认（S0 23；S1 24）：检查前查看其他部门已发现的问题；N 为政策参数 ssj.inspection.pre-check-years（默认 3）。"
                    + "可读者与检查记录相同。")
    @GetMapping("/api/inspections/{id}/pre-check-history")
    ViewPreCheckHistory.History get(@PathVariable String id, Actor actor) {
        return history.execute(new InspectionId(id), actor);
    }
}
