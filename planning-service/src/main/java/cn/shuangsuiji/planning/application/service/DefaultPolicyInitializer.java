package cn.shuangsuiji.planning.application.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stores the national default policy at start-up if it is missing. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultPolicyInitializer implements ApplicationRunner {

    private final PolicyService policies;

    DefaultPolicyInitializer(PolicyService policies) {
        this.policies = policies;
    }

    @Override
    public void run(ApplicationArguments args) {
        policies.ensureDefault();
    }
}
