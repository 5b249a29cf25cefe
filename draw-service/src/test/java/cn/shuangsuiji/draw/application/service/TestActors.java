package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.Set;

/** Authenticated callers for the use-case tests (the fixtures' plan is initiated by qy-amr). */
final class TestActors {

    /** The initiating department's draw operator. */
    static final Actor OPERATOR = operator("drawer-01");

    private TestActors() {
    }

    static Actor operator(String subject) {
        return user(subject, "qy-amr", Role.DRAW_OPERATOR);
    }

    static Actor head(String subject, String department) {
        return user(subject, department, Role.DEPARTMENT_HEAD);
    }

    static Actor witness(String subject) {
        return user(subject, null, Role.WITNESS);
    }

    static Actor user(String subject, String department, Role... roles) {
        return new Actor(subject, subject, Set.of(roles), department, null, null, null);
    }
}
