package cn.shuangsuiji.identity.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** Binds the identity settings early and applies {@link ProductionSafety#check} (profile {@code prod} only). */
final class ProductionGuard {

    ProductionGuard(Environment environment) {
        IdentityProperties properties = Binder.get(environment).bindOrCreate("ssj.identity", IdentityProperties.class);
        ProductionSafety.check(properties);
    }
}
