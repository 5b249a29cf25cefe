package cn.shuangsuiji.identity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 用户资料 — who a user is for the platform: display name, roles, department, jurisdiction and inspector id.
 * Everything the access token says about the user comes from here; the rules are checked on construction:
 * <ul>
 *   <li>at least one role, every role known (roles are given by their codes);</li>
 *   <li>a department unless every role acts without one (平台管理员, 服务账户);</li>
 *   <li>an inspector id exactly when the user is an 执法检查人员 (INSPECTOR);</li>
 *   <li>a jurisdiction (6-digit region code) when the user is a 联席办 (JOINT_OFFICE) member.</li>
 * </ul>
 */
public record UserProfile(String displayName, Set<Role> roles, String department, String jurisdiction,
                          String inspectorId) {

    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern INSPECTOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public UserProfile {
        List<IdentityRefusal.FieldError> errors = new ArrayList<>();
        displayName = blankToNull(displayName);
        department = blankToNull(department);
        jurisdiction = blankToNull(jurisdiction);
        inspectorId = blankToNull(inspectorId);
        if (displayName == null) {
            errors.add(new IdentityRefusal.FieldError("name", "REQUIRED", "姓名必填"));
        } else if (displayName.length() > 100) {
            errors.add(new IdentityRefusal.FieldError("name", "TOO_LONG", "姓名不能超过 100 个字符"));
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty()) {
            errors.add(new IdentityRefusal.FieldError("roles", "REQUIRED", "至少需要一个角色"));
        }
        boolean needsDepartment = roles.stream().anyMatch(r -> !r.actsWithoutDepartment());
        if (department == null && needsDepartment) {
            errors.add(new IdentityRefusal.FieldError("department", "REQUIRED",
                    "除平台管理员和服务账户外，用户必须属于一个部门"));
        } else if (department != null && !DEPARTMENT.matcher(department).matches()) {
            errors.add(new IdentityRefusal.FieldError("department", "PATTERN", "部门标识格式不正确"));
        }
        if (roles.contains(Role.INSPECTOR) && inspectorId == null) {
            errors.add(new IdentityRefusal.FieldError("inspectorId", "REQUIRED", "执法检查人员必须关联执法人员名录编号"));
        } else if (inspectorId != null && !roles.contains(Role.INSPECTOR)) {
            errors.add(new IdentityRefusal.FieldError("inspectorId", "NOT_ALLOWED", "只有执法检查人员可以关联执法人员名录编号"));
        } else if (inspectorId != null && !INSPECTOR_ID.matcher(inspectorId).matches()) {
            errors.add(new IdentityRefusal.FieldError("inspectorId", "PATTERN", "执法人员名录编号格式不正确"));
        }
        if (roles.contains(Role.JOINT_OFFICE) && jurisdiction == null) {
            errors.add(new IdentityRefusal.FieldError("jurisdiction", "REQUIRED", "联席办用户必须指定辖区（行政区划代码）"));
        } else if (jurisdiction != null && !REGION.matcher(jurisdiction).matches()) {
            errors.add(new IdentityRefusal.FieldError("jurisdiction", "PATTERN", "辖区须为 6 位行政区划代码"));
        }
        if (!errors.isEmpty()) {
            throw IdentityRefusal.invalid("INVALID_USER", "用户资料有 " + errors.size() + " 处不符合要求", errors);
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * A profile from role codes as written in a request or a configuration; unknown codes are refused with the
     * field {@code roles}.
     */
    public static UserProfile of(String displayName, Collection<String> roleCodes, String department,
                                 String jurisdiction, String inspectorId) {
        return new UserProfile(displayName, parseRoles(roleCodes), department, jurisdiction, inspectorId);
    }

    /** Parses role codes, refusing unknown ones. */
    public static Set<Role> parseRoles(Collection<String> roleCodes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<IdentityRefusal.FieldError> errors = new ArrayList<>();
        for (String code : roleCodes == null ? List.<String>of() : roleCodes) {
            Role.ofCode(code).ifPresentOrElse(roles::add, () -> errors.add(new IdentityRefusal.FieldError("roles",
                    "UNKNOWN_ROLE", "未知角色：" + code)));
        }
        if (!errors.isEmpty()) {
            throw IdentityRefusal.invalid("UNKNOWN_ROLE", "角色代码不存在", errors);
        }
        return roles;
    }

    /** Role codes in declaration order, as they go into the token. */
    public List<String> roleCodes() {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
