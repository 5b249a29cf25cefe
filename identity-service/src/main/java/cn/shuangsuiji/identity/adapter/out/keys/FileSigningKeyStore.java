package cn.shuangsuiji.identity.adapter.out.keys;

import cn.shuangsuiji.identity.application.port.out.SigningKeyStore;
import cn.shuangsuiji.identity.domain.SigningKey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 密钥目录 — keeps each signing key as one file {@code <kid>.key} (a properties file: key id, creation and
 * retirement time, public key X.509 and private key PKCS#8 in Base64) in a directory of its own, readable only by
 * the owner (directory 700, files 600). Writes go to a temporary file first and are moved into place.
 */
public class FileSigningKeyStore implements SigningKeyStore {

    private static final String SUFFIX = ".key";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public FileSigningKeyStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(this.directory)) {
                Files.createDirectories(this.directory);
                if (posix) {
                    Files.setPosixFilePermissions(this.directory, DIR_MODE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key directory " + this.directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public List<SigningKey> loadAll() {
        List<SigningKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                keys.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key directory " + directory, e);
        }
        return keys;
    }

    @Override
    public void save(SigningKey key) {
        Path target = fileOf(key.keyId());
        Properties p = new Properties();
        p.setProperty("kid", key.keyId());
        p.setProperty("createdAt", key.createdAt().toString());
        if (key.retiredAt() != null) {
            p.setProperty("retiredAt", key.retiredAt().toString());
        }
        p.setProperty("public", Base64.getEncoder().encodeToString(key.keyPair().getPublic().getEncoded()));
        p.setProperty("private", Base64.getEncoder().encodeToString(key.keyPair().getPrivate().getEncoded()));
        try {
            Path temp = Files.createTempFile(directory, ".tmp-", SUFFIX + ".part");
            if (posix) {
                Files.setPosixFilePermissions(temp, FILE_MODE);
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "ssj identity signing key " + key.keyId() + " - keep secret");
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write signing key " + target, e);
        }
    }

    @Override
    public void delete(String keyId) {
        try {
            Files.deleteIfExists(fileOf(keyId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete signing key " + keyId, e);
        }
    }

    private Path fileOf(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("invalid key id " + keyId);
        }
        return directory.resolve(keyId + SUFFIX);
    }

    private static SigningKey read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            KeyPair pair = new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("public")))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("private")))));
            String retired = p.getProperty("retiredAt");
            return new SigningKey(p.getProperty("kid"), pair, Instant.parse(p.getProperty("createdAt")),
                    retired == null ? null : Instant.parse(retired));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("unreadable signing key file " + file, e);
        }
    }
}
