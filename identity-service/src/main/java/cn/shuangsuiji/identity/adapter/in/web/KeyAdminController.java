package cn.shuangsuiji.identity.adapter.in.web;

import cn.shuangsuiji.identity.application.port.in.RotateSigningKeys;
import cn.shuangsuiji.identity.application.port.in.SigningKeys;
import cn.shuangsuiji.identity.domain.SigningKey;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 密钥轮换 — rotates the signing key now (PLATFORM_ADMIN tokens only). */
@RestController
@RequestMapping("/api/identity/keys")
class KeyAdminController {

    private final RotateSigningKeys rotate;
    private final SigningKeys keys;

    KeyAdminController(RotateSigningKeys rotate, SigningKeys keys) {
        this.rotate = rotate;
        this.keys = keys;
    }

    /** The new current key id and every key id still published. */
    record RotationResponse(String currentKeyId, List<String> publishedKeyIds) {
    }

    @PostMapping("/rotate")
    RotationResponse rotate() {
        SigningKey fresh = rotate.rotate();
        return new RotationResponse(fresh.keyId(), keys.published().stream().map(SigningKey::keyId).toList());
    }
}
