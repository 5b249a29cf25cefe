package cn.shuangsuiji.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * 角色 — what a user (or a client) may do on the platform; the code is the value of the token's {@code roles}
 * claim that every resource server checks.
 */
public enum Role {
    /** 名录管理员 — keeps the department's registries (一单两库). */
    REGISTRY_CLERK("名录管理员"),
    /** 计划编制 — drafts the department's plans. */
    PLANNER("计划编制"),
    /** 负责人 — approves plans and results for the department. */
    DEPARTMENT_HEAD("负责人"),
    /** 抽取操作员 — commits and executes draws. */
    DRAW_OPERATOR("抽取操作员"),
    /** 见证人 — witnesses a draw (commits and reveals a secret). */
    WITNESS("见证人"),
    /** 执法检查人员 — records inspection results; tied to one inspector registry entry. */
    INSPECTOR("执法检查人员"),
    /** 联席办 — the joint office of a jurisdiction (region), coordinating joint plans. */
    JOINT_OFFICE("联席办"),
    /** 平台管理员 — administers the platform; the only role without a department. */
    PLATFORM_ADMIN("平台管理员"),
    /** 服务账户 — service-to-service calls. */
    SERVICE("服务账户");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, for messages and pages. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether a holder of this role acts without belonging to a department. */
    public boolean actsWithoutDepartment() {
        return this == PLATFORM_ADMIN || this == SERVICE;
    }

    /** The role with this code, if there is one. */
    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
