package cn.shuangsuiji.registry.config;

import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 隐私密钥 — the platform privacy secret behind {@link Pseudonyms}, kept outside the database and the repository:
 * {@code ssj.privacy.secret} (e.g. from the environment variable {@code SSJ_PRIVACY_SECRET}) or the contents of
 * {@code ssj.privacy.secret-file}. Only a demo run ({@code ssj.demo.enabled=true}) may fall back to the published
 * demo secret; any other start-up without a secret fails, because ids and party keys computed with a known key
 * could be reversed by enumeration.
 */
@Configuration
class PrivacyConfiguration {

    /** The demo secret: published, so only for demo data. */
    static final String DEMO_SECRET = "ssj-demo-privacy-secret-NOT-FOR-PRODUCTION";

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    Pseudonyms pseudonyms(@Value("${ssj.privacy.secret:${SSJ_PRIVACY_SECRET:}}") String secret,
                          @Value("${ssj.privacy.secret-file:}") String secretFile,
                          @Value("${ssj.demo.enabled:false}") boolean demo) {
        return new Pseudonyms(resolve(secret, secretFile, demo));
    }

    static String resolve(String secret, String secretFile, boolean demo) {
        if (secret != null && !secret.isBlank()) {
            return secret.strip();
        }
        if (secretFile != null && !secretFile.isBlank()) {
            try {
                String fromFile = Files.readString(Path.of(secretFile), StandardCharsets.UTF_8).strip();
                if (!fromFile.isEmpty()) {
                    return fromFile;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("隐私密钥文件无法读取：" + secretFile, e);
            }
            throw new IllegalStateException("隐私密钥文件为空：" + secretFile);
        }
        if (demo) {
            log.warn("ssj.privacy.secret 未配置：演示模式使用公开的演示密钥，不得用于真实数据");
            return DEMO_SECRET;
        }
        throw new IllegalStateException("缺少隐私密钥：请设置环境变量 SSJ_PRIVACY_SECRET 或 ssj.privacy.secret-file"
                + "（身份证号码派生的标识和回避关联键须以平台密钥计算）");
    }
}
