package cn.shuangsuiji.draw.config;

import cn.shuangsuiji.drawprotocol.Hex;
import cn.shuangsuiji.drawprotocol.tlog.Ed25519;
import cn.shuangsuiji.drawprotocol.tlog.NoteSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 平台日志签名密钥 — the platform's Ed25519 key that signs the draw log's checkpoints (docs/draw-protocol.md §16).
 * The 32-byte private key (seed) is read from {@code ssj.draw.log-key-file} (64 hex digits; a file outside the
 * repository, readable only by the service). When the file is absent and {@code ssj.draw.log-key-generate} is true
 * (local and demo runs), a new key is generated into it; otherwise start-up fails. The private key is never logged;
 * only the public verifier key is.
 */
@Configuration
class DrawLogKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DrawLogKeyConfiguration.class);

    @Bean
    NoteSigner drawLogSigner(@Value("${ssj.draw.log-origin:shuangsuiji.cn/draw-log}") String origin,
                             @Value("${ssj.draw.log-key-file}") String keyFile,
                             @Value("${ssj.draw.log-key-generate:${ssj.demo.enabled:false}}") boolean generate) {
        Path path = Path.of(keyFile);
        byte[] key = Files.exists(path) ? read(path) : generated(path, generate);
        NoteSigner signer = NoteSigner.ed25519(origin, key);
        java.util.Arrays.fill(key, (byte) 0);
        LOG.info("draw log checkpoints are signed by {}", signer.verifierKey().vkey());
        return signer;
    }

    private static byte[] read(Path path) {
        try {
            String hex = Files.readString(path, StandardCharsets.US_ASCII).strip();
            return Hex.decode(hex, 32, "the draw log key in " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the draw log key file " + path, e);
        }
    }

    private static byte[] generated(Path path, boolean generate) {
        if (!generate) {
            throw new IllegalStateException("the draw log key file " + path + " (ssj.draw.log-key-file) does not "
                    + "exist; create it (64 hex digits of a random Ed25519 seed) or set ssj.draw.log-key-generate=true "
                    + "for a local run");
        }
        byte[] key = Ed25519.newPrivateKey(new SecureRandom());
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, Hex.encode(key) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on other file systems
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            return read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the draw log key file " + path, e);
        }
        LOG.warn("generated a new draw log key in {} (local/demo run)", path);
        return key;
    }
}
