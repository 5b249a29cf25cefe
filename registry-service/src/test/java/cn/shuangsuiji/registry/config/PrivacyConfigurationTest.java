package cn.shuangsuiji.registry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy secret comes from configuration or a file; only a demo run may fall back to the demo secret. */
class PrivacyConfigurationTest {

    @Test
    void takesTheConfiguredSecretThenTheFileThenOnlyInDemoTheDemoSecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret");
        Files.writeString(file, "  from-a-file-0123456789\n");
        assertThat(PrivacyConfiguration.resolve("configured-0123456789", file.toString(), false))
                .isEqualTo("configured-0123456789");
        assertThat(PrivacyConfiguration.resolve("", file.toString(), false)).isEqualTo("from-a-file-0123456789");
        assertThat(PrivacyConfiguration.resolve(null, null, true)).isEqualTo(PrivacyConfiguration.DEMO_SECRET);
    }

    @Test
    void refusesToStartWithoutASecretOutsideDemoRuns(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PrivacyConfiguration.resolve(null, "", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SSJ_PRIVACY_SECRET");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> PrivacyConfiguration.resolve(null, empty.toString(), true))
                .isInstanceOf(IllegalStateException.class);
    }
}
