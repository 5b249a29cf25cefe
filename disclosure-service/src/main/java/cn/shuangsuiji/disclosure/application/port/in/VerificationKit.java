package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * 验证工具包 (B8) — what anyone needs to re-check the platform's draws: the verifier jar (named by its SHA-256) and
 * every draw's bundle that is public today, with the transparency log's checkpoints and the platform's log key.
 *
 * @param verifier    the verifier jar, or null when the deployment offers none
 * @param bundles     the draws whose bundle is public today
 * @param checkpoints where the draw log's signed checkpoints are served
 * @param usage       how to run the verifier on a bundle
 */
public record VerificationKit(Verifier verifier, List<Bundle> bundles, String checkpoints, String usage) {

    public VerificationKit {
        bundles = List.copyOf(bundles);
    }

    /**
     * The verifier jar.
     *
     * @param file   download name ({@code ssj-verifier.jar})
     * @param url    where it is downloaded
     * @param sha256 hex SHA-256 of the jar
     * @param size   bytes
     */
    public record Verifier(String file, String url, String sha256, long size) {
    }

    /**
     * A draw's bundle.
     *
     * @param drawId     the draw
     * @param url        where it is downloaded
     * @param publicFrom the first day it was public
     */
    public record Bundle(String drawId, String url, LocalDate publicFrom) {
    }
}
