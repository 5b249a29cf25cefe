package cn.shuangsuiji.draw.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.EnterSourceValueUseCase;
import cn.shuangsuiji.platform.security.Actor;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 录入随机源数值 — {@code POST /api/draws/{id}/sources}, before the beacon round (protocol revision 1.3). */
@RestController
@Tag(name = "draws", description = "抽取")
@RequestMapping("/api/draws")
class DrawSourceController {

    private final EnterSourceValueUseCase sources;

    DrawSourceController(EnterSourceValueUseCase sources) {
        this.sources = sources;
    }

    @Operation(summary = "录入随机源数值",
            description = "在执行前录入承诺中某个公开随机源（如福彩开奖号码）公布的数值，写入日志；执行后不能再录入。")
    @PostMapping("/{id}/sources")
    DrawController.LogEntryResponse enter(@PathVariable String id, @Valid @RequestBody DrawRequests.SourceValue r,
                                          Actor actor) {
        return DrawController.LogEntryResponse.of(sources.enter(new DrawCommands.EnterSource(id, r.source(),
                r.value(), actor)));
    }
}
