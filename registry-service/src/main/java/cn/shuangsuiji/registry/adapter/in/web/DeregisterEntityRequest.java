package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request body to record that an entity was 注销 or 吊销. */
public record DeregisterEntityRequest(@NotNull(message = "状态不能为空（CANCELLED 或 REVOKED）") EntityStatus status,
                                      @Size(max = 500, message = "原因不超过 500 字") String reason) {
}
