package cn.shuangsuiji.identity.config;

import cn.shuangsuiji.identity.adapter.out.keys.FileSigningKeyStore;
import cn.shuangsuiji.identity.adapter.out.keys.RsaSigningKeyFactory;
import cn.shuangsuiji.identity.application.port.out.PasswordHasher;
import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.application.service.SeedDemoUsers;
import cn.shuangsuiji.identity.application.service.SigningKeyService;
import cn.shuangsuiji.platform.health.MongoPingHealthIndicator;
import cn.shuangsuiji.platform.trace.TraceIdFilter;
import cn.shuangsuiji.platform.web.ProblemDetailsAdvice;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the application services, the demo users, the production check and the platform parts identity uses. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** Under the {@code prod} profile, unsafe settings (demo users, test-admin client, demo secrets) stop the start. */
    @Bean
    @Profile("prod")
    static ProductionGuard productionGuard(org.springframework.core.env.Environment environment) {
        return new ProductionGuard(environment);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SigningKeyService signingKeyService(IdentityProperties properties, Clock clock) {
        return new SigningKeyService(new FileSigningKeyStore(properties.keysDir()),
                new RsaSigningKeyFactory(new SecureRandom()), clock, properties.keyRotationPeriod(),
                properties.keyOverlap());
    }

    /** Seeds the demo users before the web server opens, so no login can arrive before they exist. */
    @Bean
    @ConditionalOnProperty(name = "ssj.identity.demo.enabled", havingValue = "true")
    SmartInitializingSingleton demoUsers(UserStore users, PasswordHasher hasher) {
        SeedDemoUsers seed = new SeedDemoUsers(users, hasher);
        return seed::seed;
    }

    @Bean
    MongoPingHealthIndicator mongodbPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
