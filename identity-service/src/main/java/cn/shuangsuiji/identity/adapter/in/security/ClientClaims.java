package cn.shuangsuiji.identity.adapter.in.security;

import java.util.List;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/** The custom client settings that say what a client-credentials token of the client claims. */
public final class ClientClaims {

    /** Role codes of the client's tokens ({@code List<String>}). */
    public static final String ROLES = "ssj.roles";
    /** Department of the client's tokens ({@code String}, optional). */
    public static final String DEPARTMENT = "ssj.department";
    /** Display name for the {@code name} claim. */
    public static final String NAME = "ssj.name";

    private ClientClaims() {
    }

    static List<String> roles(ClientSettings settings) {
        List<String> roles = settings.getSetting(ROLES);
        return roles == null ? List.of() : roles;
    }

    static String department(ClientSettings settings) {
        return settings.getSetting(DEPARTMENT);
    }
}
