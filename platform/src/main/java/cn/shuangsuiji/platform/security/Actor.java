package cn.shuangsuiji.platform.security;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 操作人 — who is calling, taken only from a verified access token (never from a header, parameter or body).
 * Resolved once per request by {@link ActorArgumentResolver}; controllers declare an {@code Actor} parameter and
 * pass it to their use cases, which record it (全程留痕) and check it against the rules.
 *
 * @param subject      the token's {@code sub}: a user name, or a client id for client-credentials tokens
 * @param name         display name, for history; the subject when the token has none
 * @param roles        the roles the token grants
 * @param departmentId the caller's department, or {@code null} (platform admins, services, anonymous)
 * @param jurisdiction region code of a joint office (联席办), or {@code null}
 * @param inspectorId  the inspector registry id of an inspector (执法检查人员), or {@code null}
 * @param clientId     the OAuth client the token was issued to, or {@code null}
 */
public record Actor(String subject, String name, Set<Role> roles, String departmentId, String jurisdiction,
                    String inspectorId, String clientId) {

    /** 公众 — the anonymous caller of the public views. */
    public static final Actor ANONYMOUS = new Actor("anonymous", "公众", Set.of(), null, null, null, null);

    public Actor {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An actor for work the platform does by itself (demo loaders, consumers, schedulers). */
    public static Actor system(String component) {
        return new Actor("system:" + component, "系统", Set.of(Role.SERVICE), null, null, null, null);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || "anonymous".equals(subject) && roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Whether the caller belongs to the given department. */
    public boolean inDepartment(String department) {
        return departmentId != null && departmentId.equals(department);
    }

    /**
     * Refuses (401 for the anonymous caller, 403 otherwise) unless the caller has one of the roles.
     *
     * @return this actor, for chaining
     */
    public Actor require(Role... anyOf) {
        if (isAnonymous()) {
            throw unauthenticated();
        }
        if (!hasAny(anyOf)) {
            throw forbidden("需要以下角色之一：" + Arrays.stream(anyOf).map(Role::chineseName)
                    .collect(Collectors.joining("、")));
        }
        return this;
    }

    /**
     * Refuses unless the caller has one of the roles <em>in the given department</em> (S1 5: 谁检查、谁负责 —
     * a department acts only on its own records).
     */
    public Actor requireIn(String department, Role... anyOf) {
        require(anyOf);
        if (!inDepartment(department)) {
            throw forbidden("只能操作本部门的数据");
        }
        return this;
    }

    /** The 401 problem for a call without a valid token. */
    public static DomainProblem unauthenticated() {
        return new DomainProblem(ProblemKind.UNAUTHENTICATED, "UNAUTHENTICATED", "未登录或登录已失效",
                "请携带有效的访问令牌（Authorization: Bearer …）");
    }

    /** The 403 problem for a call the caller's roles or department do not allow. */
    public static DomainProblem forbidden(String detail) {
        return new DomainProblem(ProblemKind.FORBIDDEN, "FORBIDDEN", "无权执行此操作", detail);
    }
}
