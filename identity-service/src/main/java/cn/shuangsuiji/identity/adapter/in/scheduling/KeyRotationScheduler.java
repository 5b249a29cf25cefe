package cn.shuangsuiji.identity.adapter.in.scheduling;

import cn.shuangsuiji.identity.application.port.in.RotateSigningKeys;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks regularly ({@code ssj.identity.key-rotation-check}) whether the signing key is due for rotation. */
@Component
class KeyRotationScheduler {

    private final RotateSigningKeys rotate;

    KeyRotationScheduler(RotateSigningKeys rotate) {
        this.rotate = rotate;
    }

    @Scheduled(fixedDelayString = "${ssj.identity.key-rotation-check:PT1H}",
            initialDelayString = "${ssj.identity.key-rotation-check:PT1H}")
    void rotateWhenDue() {
        rotate.rotateIfDue();
    }
}
