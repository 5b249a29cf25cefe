package cn.shuangsuiji.platform.security;

import java.util.Optional;

/**
 * 角色 — what a signed-in user may do, carried in the token's roles claim (rules.md §4, §7). Public (公众) is not a
 * role: it is the anonymous caller, who reads only the public views.
 */
public enum Role {
    /** 名录管理员 — keeps a department's items, entities, inspectors, experts; imports; confirms snapshots. */
    REGISTRY_CLERK("名录管理员"),
    /** 计划编制 — drafts and submits plans. */
    PLANNER("计划编制"),
    /** 负责人 — department head: approves plans, replacements, abandonments, corrections; never what they drafted. */
    DEPARTMENT_HEAD("负责人"),
    /** 抽取操作员 — commits, executes and substitutes draws. */
    DRAW_OPERATOR("抽取操作员"),
    /** 见证人 — confirms and reveals as a witness of a draw. */
    WITNESS("见证人"),
    /** 执法检查人员 — an inspector: own tasks only. */
    INSPECTOR("执法检查人员"),
    /** 联席办 — joint office of a jurisdiction: joint plans, oversight across member departments, reports. */
    JOINT_OFFICE("联席办"),
    /** 平台管理员 — platform admin: departments, policies, accounts. */
    PLATFORM_ADMIN("平台管理员"),
    /** 服务账户 — another service of the platform calling with client credentials. */
    SERVICE("服务账户");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The role's name as officials know it, e.g. 负责人. */
    public String chineseName() {
        return chineseName;
    }

    /** The role for a claim value, ignoring case and an optional {@code ROLE_} prefix; empty for unknown values. */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (v.startsWith("ROLE_")) {
            v = v.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(v)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
