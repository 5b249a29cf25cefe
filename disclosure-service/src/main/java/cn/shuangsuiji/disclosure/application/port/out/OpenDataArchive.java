package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataFile;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores open-data releases: files per dataset, a manifest and its signature. Shared by every instance of the
 * service (one writer per day at a time).
 */
public interface OpenDataArchive {

    /**
     * Writes one release: each dataset as JSON Lines and CSV, the manifest with counts and SHA-256 of each file,
     * signed with the platform key; the manifest names the verification kit (the verifier jar's SHA-256, the
     * public bundles). Replaces a release of the same day; readers see the old release or the new one, never a mix.
     *
     * @throws cn.shuangsuiji.platform.error.DomainProblem {@code OPEN_DATA_EXPORT_RUNNING} (409) while another
     *                                                     instance writes the same day's release
     */
    OpenDataRelease publish(LocalDate day, Instant generatedAt, Map<String, List<?>> datasets,
                            VerificationKit kit);

    /** The day's release, if one was published. */
    Optional<OpenDataRelease> release(LocalDate day);

    /** The days with a release, newest first. */
    List<LocalDate> days();

    /** A file of a release, if it exists. */
    Optional<OpenDataFile> file(LocalDate day, String name);

    /** The platform's public key (X.509 SubjectPublicKeyInfo, PEM). */
    String publicKeyPem();
}
