package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.Collection;

/**
 * 名录库权限 — who may do what in the registry (the table is in registry-service/README.md). A department's
 * registry clerk (名录管理员) manages its own records; personal data (phone and ID numbers, declared relations) is
 * shown in clear only to the owning department's clerk and head (负责人), never to a sibling or a higher level
 * (S0 25; rules.md §6); every other read needs only an authenticated caller.
 */
public final class RegistryRights {

    /** Roles that may read personal data of their own department's records. */
    private static final Role[] PERSONAL_DATA_ROLES = {Role.REGISTRY_CLERK, Role.DEPARTMENT_HEAD};

    private RegistryRights() {
    }

    /** Any authenticated caller with a platform role (reads of non-personal registry data). */
    public static Actor requireStaff(Actor actor) {
        return actor.require(Role.values());
    }

    /**
     * Whether this is the platform acting by itself ({@link Actor#system}: demo loaders, benchmarks), never a
     * caller with a token: tokens always carry a client and the platform's own subjects start with
     * {@code system:}.
     */
    public static boolean isPlatform(Actor actor) {
        return actor.subject().startsWith("system:") && actor.roles().equals(java.util.Set.of(Role.SERVICE))
                && actor.clientId() == null && actor.departmentId() == null;
    }

    /** The registry clerk of one of the owning departments (manages the record), or the platform itself. */
    public static Actor requireClerkOf(Actor actor, Collection<String> owningDepartments) {
        if (isPlatform(actor)) {
            return actor;
        }
        actor.require(Role.REGISTRY_CLERK);
        if (actor.departmentId() == null || !owningDepartments.contains(actor.departmentId())) {
            throw Actor.forbidden("只能管理本部门名录库中的记录");
        }
        return actor;
    }

    /** The registry clerk of this department. */
    public static Actor requireClerkOf(Actor actor, String department) {
        return requireClerkOf(actor, java.util.List.of(department));
    }

    /** Whether the caller sees personal data of a record owned by these departments in clear. */
    public static boolean mayReadPersonalData(Actor actor, Collection<String> owningDepartments) {
        return !actor.isAnonymous() && actor.hasAny(PERSONAL_DATA_ROLES) && actor.departmentId() != null
                && owningDepartments.contains(actor.departmentId());
    }
}
