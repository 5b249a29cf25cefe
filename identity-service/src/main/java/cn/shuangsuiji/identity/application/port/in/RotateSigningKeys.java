package cn.shuangsuiji.identity.application.port.in;

import cn.shuangsuiji.identity.domain.SigningKey;

/** 轮换签名密钥 — makes a new key current; the previous one keeps verifying during the overlap window. */
public interface RotateSigningKeys {

    /** Rotates now; returns the new current key. */
    SigningKey rotate();

    /** Rotates if the current key is older than the rotation period (or there is none); returns whether it did. */
    boolean rotateIfDue();
}
