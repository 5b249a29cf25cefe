package cn.shuangsuiji.identity.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 生产环境检查 — under the {@code prod} profile the provider refuses to start with demo users, with the
 * test-admin client, or with a client secret that is one of the documented demo defaults.
 */
public final class ProductionSafety {

    /** The demo default client secrets (documented for local use only). */
    public static final Set<String> DEMO_SECRETS =
            Set.of("ssj-services-demo-secret", "ssj-provincial-demo-secret", "ssj-test-admin-demo-secret");

    private ProductionSafety() {
    }

    /** The reasons the configuration is unfit for production; empty if it is fit. */
    public static List<String> problems(IdentityProperties properties) {
        List<String> problems = new ArrayList<>();
        if (properties.demo().enabled()) {
            problems.add("ssj.identity.demo.enabled=true (demo users and the ssj-test-admin client)");
        }
        for (Map.Entry<String, IdentityProperties.Client> entry : properties.clients().entrySet()) {
            IdentityProperties.Client client = entry.getValue();
            if (client.demoOnly() && properties.demo().enabled()) {
                continue;
            }
            if (client.secret() != null && DEMO_SECRETS.contains(client.secret())) {
                problems.add("client " + entry.getKey() + " uses its demo default secret");
            }
        }
        if (!properties.issuerConfigured()) {
            problems.add("ssj.identity.issuer is not set");
        }
        return problems;
    }

    /** Fails when the configuration is unfit for production. */
    public static void check(IdentityProperties properties) {
        List<String> problems = problems(properties);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("identity-service refuses to start under the 'prod' profile: "
                    + String.join("; ", problems));
        }
    }
}
