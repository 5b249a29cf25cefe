package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores open-data releases: files per dataset, a manifest and its signature. */
public interface OpenDataArchive {

    /**
     * Writes one release: each dataset as JSON Lines and CSV, the manifest with counts and SHA-256 of each file,
     * signed with the platform key; the manifest names the verification kit (the verifier jar's SHA-256, the
     * public bundles). Replaces a release of the same day.
     */
    OpenDataRelease publish(LocalDate day, Instant generatedAt, Map<String, List<?>> datasets,
                            VerificationKit kit);

    /** The days with a release, newest first. */
    List<LocalDate> days();

    /** A file of a release, if it exists. */
    Optional<byte[]> file(LocalDate day, String name);

    /** The platform's public key (X.509 SubjectPublicKeyInfo, PEM). */
    String publicKeyPem();
}
