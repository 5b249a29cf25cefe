package cn.shuangsuiji.planning.adapter.in.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import cn.shuangsuiji.platform.security.Role;
import java.util.Arrays;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers for MockMvc tests: a verified token as spring-security-test builds it, with the platform's claims
 * ({@code sub}, {@code roles}, {@code department}, optional {@code jurisdiction}) and matching {@code ROLE_}
 * authorities. {@code null} stands for the anonymous caller (no token).
 */
final class Callers {

    private Callers() {
    }

    /** A user of a department with roles. */
    static RequestPostProcessor user(String subject, String department, Role... roles) {
        return token(subject, department, null, roles);
    }

    /** A joint office (联席办) of a jurisdiction. */
    static RequestPostProcessor jointOffice(String subject, String department, String jurisdiction) {
        return token(subject, department, jurisdiction, Role.JOINT_OFFICE);
    }

    static RequestPostProcessor token(String subject, String department, String jurisdiction, Role... roles) {
        return jwt().jwt(j -> {
            j.subject(subject).claim("roles", Arrays.stream(roles).map(Role::name).toList())
                    .claim("name", subject).claim("aud", java.util.List.of("ssj-platform"));
            if (department != null) {
                j.claim("department", department);
            }
            if (jurisdiction != null) {
                j.claim("jurisdiction", jurisdiction);
            }
        }).authorities(Arrays.stream(roles).map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList());
    }
}
