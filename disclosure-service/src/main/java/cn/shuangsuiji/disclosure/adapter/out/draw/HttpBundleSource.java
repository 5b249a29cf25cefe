package cn.shuangsuiji.disclosure.adapter.out.draw;

import cn.shuangsuiji.disclosure.application.port.out.BundleSource;
import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Draw bundles from draw-service's HTTP API ({@code GET /api/draws/{id}/bundle} with the service token), kept in
 * {@code <data-dir>/kit/bundles/} per draw and version so that public downloads do not recompute the draw each time.
 */
@Component
class HttpBundleSource implements BundleSource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final RestClient draw;
    private final Path cache;

    HttpBundleSource(@Qualifier("drawClient") RestClient draw, DisclosureProperties properties) {
        this.draw = draw;
        this.cache = properties.dataDir().resolve("kit").resolve("bundles");
    }

    @Override
    public Optional<byte[]> bundle(String drawId, String version) {
        if (!ID.matcher(drawId).matches()) {
            return Optional.empty();
        }
        Path file = cache.resolve(drawId + "-" + digest(version) + ".json");
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readAllBytes(file));
            }
            byte[] body;
            try {
                body = draw.get().uri("/api/draws/{id}/bundle", drawId).retrieve().body(byte[].class);
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                        || e.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
                    return Optional.empty(); // unknown to draw-service, or not executed there
                }
                throw new BundleUnavailable("draw-service answered " + e.getStatusCode() + " for " + drawId, e);
            } catch (RestClientException e) {
                throw new BundleUnavailable("draw-service unreachable for " + drawId, e);
            }
            if (body == null || body.length == 0) {
                return Optional.empty();
            }
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, ".tmp-", ".json");
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String version) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(version.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
