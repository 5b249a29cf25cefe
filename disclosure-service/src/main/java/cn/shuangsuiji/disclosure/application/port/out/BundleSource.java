package cn.shuangsuiji.disclosure.application.port.out;

import java.util.Optional;

/**
 * 抽取证据包来源 — where the disclosure service gets a draw's bundle (ssj-bundle-v1, docs/draw-protocol.md §10): the
 * draw-service's HTTP API, never its database.
 */
public interface BundleSource {

    /**
     * The bundle as the draw-service serves it, byte for byte.
     *
     * @param drawId  the draw
     * @param version what the disclosure service knows of the draw's state (a bundle changes with each post-draw
     *                action): a bundle fetched for the same version may be served again without asking
     * @return the bundle, or empty when the draw-service has none for the draw
     * @throws BundleUnavailable when the draw-service cannot be reached or fails
     */
    Optional<byte[]> bundle(String drawId, String version);

    /** The draw-service could not give the bundle right now. */
    final class BundleUnavailable extends RuntimeException {
        public BundleUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
