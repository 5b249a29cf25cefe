package cn.shuangsuiji.identity.adapter.out.keys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.identity.domain.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSigningKeyStoreTest {

    @TempDir
    Path temp;

    @Test
    void keysSurviveARestartInOwnerOnlyFiles() throws Exception {
        Path dir = temp.resolve("identity-keys");
        FileSigningKeyStore store = new FileSigningKeyStore(dir);
        SigningKey key = new RsaSigningKeyFactory(new SecureRandom()).create(Instant.parse("2026-01-01T00:00:00Z"));
        store.save(key);
        store.save(key.retire(Instant.parse("2026-01-31T00:00:00Z")));

        SigningKey loaded = new FileSigningKeyStore(dir).loadAll().get(0);

        assertThat(loaded.keyId()).isEqualTo(key.keyId());
        assertThat(loaded.retiredAt()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(loaded.keyPair().getPrivate().getEncoded()).isEqualTo(key.keyPair().getPrivate().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(key.keyId() + ".key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }

        store.delete(key.keyId());
        assertThat(store.loadAll()).isEmpty();
    }
}
