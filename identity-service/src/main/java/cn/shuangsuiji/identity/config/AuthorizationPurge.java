package cn.shuangsuiji.identity.config;

import cn.shuangsuiji.identity.adapter.out.authorization.ExpiringAuthorizationService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops expired authorizations from memory every five minutes. */
@Component
class AuthorizationPurge {

    private final ExpiringAuthorizationService authorizations;

    AuthorizationPurge(ExpiringAuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void purge() {
        authorizations.purgeExpired();
    }
}
