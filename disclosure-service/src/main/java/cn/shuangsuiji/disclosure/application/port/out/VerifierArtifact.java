package cn.shuangsuiji.disclosure.application.port.out;

import java.util.Optional;

/**
 * 验证工具 — the verifier jar ({@code verifier/target/ssj-verifier.jar}, the bundle verifier CLI) that the
 * verification kit offers for download, from the file the deployment names.
 */
public interface VerifierArtifact {

    /** The jar's description, or empty when no jar is configured or the file is missing. */
    Optional<Jar> describe();

    /** The jar's bytes, or empty when no jar is configured or the file is missing. */
    Optional<byte[]> content();

    /**
     * The jar as the kit names it.
     *
     * @param file   the download name
     * @param sha256 hex SHA-256 of the file
     * @param size   bytes
     */
    record Jar(String file, String sha256, long size) {
    }
}
