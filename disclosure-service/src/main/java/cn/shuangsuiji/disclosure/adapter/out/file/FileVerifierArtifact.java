package cn.shuangsuiji.disclosure.adapter.out.file;

import cn.shuangsuiji.disclosure.application.port.out.VerifierArtifact;
import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The verifier jar at {@code ssj.disclosure.verifier-jar} (deploy/platform.sh sets it to
 * {@code verifier/target/ssj-verifier.jar}); its SHA-256 is computed once per file version (size and time).
 */
@Component
class FileVerifierArtifact implements VerifierArtifact {

    static final String FILE = "ssj-verifier.jar";

    private final Path jar;
    private volatile Cached cached;

    FileVerifierArtifact(DisclosureProperties properties) {
        this.jar = properties.verifierJar();
    }

    @Override
    public Optional<Jar> describe() {
        if (jar == null || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(jar);
            FileTime modified = Files.getLastModifiedTime(jar);
            Cached c = cached;
            if (c == null || c.size != size || !c.modified.equals(modified)) {
                c = new Cached(size, modified, sha256(jar));
                cached = c;
            }
            return Optional.of(new Jar(FILE, c.sha256, c.size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> content() {
        if (jar == null || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Cached(long size, FileTime modified, String sha256) {
    }
}
