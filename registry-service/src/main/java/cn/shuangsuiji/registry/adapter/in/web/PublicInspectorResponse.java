package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.inspector.Inspector;

/**
 * 公开信息 — what the public may see of an inspector: never phone, ID number or declared relations
 * (rules.md §6; S0 25).
 */
public record PublicInspectorResponse(String id, String departmentId, String name, String position,
                                      String certificateNumber, String status) {

    static PublicInspectorResponse of(Inspector i) {
        return new PublicInspectorResponse(i.id().value(), i.details().departmentId(), i.details().name(),
                i.details().position(), i.details().certificateNumber(), i.details().status().name());
    }
}
