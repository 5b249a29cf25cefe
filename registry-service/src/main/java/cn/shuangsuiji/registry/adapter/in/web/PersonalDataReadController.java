package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.domain.privacy.PersonalDataRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 个人信息查阅记录 — who read whose phone or ID numbers in clear, for department heads. */
@RestController
@RequestMapping("/api/registry/personal-data-reads")
@Tag(name = "personal-data-reads", description = "个人信息查阅记录")
class PersonalDataReadController {

    private final PersonalDataUseCases personalData;

    PersonalDataReadController(PersonalDataUseCases personalData) {
        this.personalData = personalData;
    }

    @GetMapping
    @Operation(summary = "个人信息查阅记录（仅负责人；本部门及下级部门，最新在前，before 为翻页游标）")
    List<PersonalDataRead> list(@RequestParam(required = false) String departmentId,
                                @RequestParam(required = false) Instant before,
                                @RequestParam(defaultValue = "100") int limit, Actor actor) {
        return personalData.reads(actor, departmentId, before, limit);
    }
}
