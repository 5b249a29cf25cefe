package cn.shuangsuiji.disclosure.application.port.in;

/** 验证工具包 — the kit's manifest, the verifier jar and the draws' bundles. */
public interface VerificationKitUseCase {

    /** The kit as of today. */
    VerificationKit kit();

    /** The verifier jar's bytes; 404 {@code KIT_VERIFIER_NOT_FOUND} when the deployment offers none. */
    byte[] verifierJar();

    /**
     * A draw's bundle as the draw-service serves it: 404 {@code DRAW_NOT_FOUND} for an unknown draw, 404
     * {@code DRAW_BUNDLE_NOT_PUBLIC} before the bundle is public (not executed, targets withheld, or the inspection
     * window not over), 503 {@code DRAW_BUNDLE_UNAVAILABLE} when the draw-service cannot give it now.
     */
    byte[] bundle(String drawId);
}
