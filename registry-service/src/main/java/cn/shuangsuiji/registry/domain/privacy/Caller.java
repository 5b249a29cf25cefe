package cn.shuangsuiji.registry.domain.privacy;

import java.util.Collection;

/**
 * 调用者 — who asks, as far as the registry needs to know for privacy (S0 4, 25): role and department. Until the
 * gateway authenticates users they come from the {@code X-Role}, {@code X-Department-Id} and {@code X-User-Id}
 * headers the gateway sets.
 *
 * @param userId       who, for history; "anonymous" when unknown
 * @param role         e.g. ADMIN, may be null
 * @param departmentId the caller's department, may be null
 */
public record Caller(String userId, String role, String departmentId) {

    public static final Caller PUBLIC = new Caller("anonymous", null, null);
    public static final Caller SYSTEM = new Caller("system", "SYSTEM", null);

    public Caller {
        userId = userId == null || userId.isBlank() ? "anonymous" : userId.trim();
    }

    /** Whether the caller is an administrator of one of the owning departments and may see personal data. */
    public boolean mayReadPersonalDataOf(Collection<String> owningDepartments) {
        return "ADMIN".equals(role) && departmentId != null && owningDepartments.contains(departmentId);
    }
}
