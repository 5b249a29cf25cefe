package cn.shuangsuiji.disclosure.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the disclosure service ({@code ssj.disclosure.*}).
 *
 * @param withholdAllTargets   withhold every draw's targets until its inspection window has ended
 * @param withheldItemIds      items that must not be announced beforehand (不宜事先告知, S1 20(二))
 * @param releaseInterval      how often withheld targets due for publication are announced
 * @param publicTopicRetention retention of the public feed topics; negative = unlimited (replayable from the start)
 * @param dataDir              where open-data exports and the demo signing key live
 * @param signingKeyFile       PKCS#8 Ed25519 private key (PEM or DER) for the open-data manifest; empty = demo key
 *                             generated into {@code dataDir}
 * @param verifierJar          the verifier jar the verification kit offers ({@code verifier/target/ssj-verifier.jar},
 *                             set by deploy/platform.sh); empty = the kit has no jar
 */
@ConfigurationProperties("ssj.disclosure")
public record DisclosureProperties(Boolean withholdAllTargets, List<String> withheldItemIds, Duration releaseInterval,
                                   Duration publicTopicRetention, Path dataDir, Path signingKeyFile,
                                   Path verifierJar) {

    public DisclosureProperties {
        withholdAllTargets = withholdAllTargets != null && withholdAllTargets;
        withheldItemIds = withheldItemIds == null ? List.of() : List.copyOf(withheldItemIds);
        releaseInterval = releaseInterval == null ? Duration.ofHours(1) : releaseInterval;
        publicTopicRetention = publicTopicRetention == null ? Duration.ofMillis(-1) : publicTopicRetention;
        dataDir = dataDir == null ? Path.of(".data", "disclosure") : dataDir;
    }
}
