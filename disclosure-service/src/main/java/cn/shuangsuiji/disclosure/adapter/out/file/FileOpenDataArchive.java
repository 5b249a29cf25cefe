package cn.shuangsuiji.disclosure.adapter.out.file;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import cn.shuangsuiji.disclosure.application.port.out.OpenDataArchive;
import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-data releases on disk: {@code <dataDir>/open-data/<day>/} holds {@code <dataset>.jsonl},
 * {@code <dataset>.csv}, {@code manifest.json} and {@code manifest.json.sig} (Ed25519 over the manifest's bytes,
 * base64). CSV columns are the record's top-level fields; nested values are JSON. A release is written to a
 * temporary directory and moved into place, so a reader never sees half a release.
 */
@Component
class FileOpenDataArchive implements OpenDataArchive {

    private final Path root;
    private final ManifestSigner signer;
    private final JsonMapper json = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();
    private final JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    FileOpenDataArchive(DisclosureProperties properties, ManifestSigner signer) {
        this.root = properties.dataDir().resolve("open-data");
        this.signer = signer;
    }

    @Override
    public OpenDataRelease publish(LocalDate day, Instant generatedAt, Map<String, List<?>> datasets,
                                   VerificationKit kit) {
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempDirectory(root, ".tmp-" + day);
            List<OpenDataRelease.File> files = new ArrayList<>();
            for (Map.Entry<String, List<?>> dataset : datasets.entrySet()) {
                files.add(write(tmp, dataset.getKey() + ".jsonl", dataset.getKey(), dataset.getValue().size(),
                        jsonLines(dataset.getValue())));
                files.add(write(tmp, dataset.getKey() + ".csv", dataset.getKey(), dataset.getValue().size(),
                        csv(dataset.getValue())));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("publisher", "双随机、一公开 — disclosure-service");
            manifest.put("day", day.toString());
            manifest.put("generatedAt", generatedAt.toString());
            manifest.put("signatureAlgorithm", "Ed25519");
            manifest.put("signatureFile", "manifest.json.sig");
            manifest.put("publicKey", "/api/public/open-data/public-key.pem");
            manifest.put("files", files);
            manifest.put("verificationKit", kit);
            byte[] manifestBytes = pretty.writeValueAsBytes(manifest);
            Files.write(tmp.resolve("manifest.json"), manifestBytes);
            Files.writeString(tmp.resolve("manifest.json.sig"), signer.sign(manifestBytes) + "\n");
            Path target = root.resolve(day.toString());
            if (Files.exists(target)) {
                Path old = root.resolve(".old-" + day + "-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new OpenDataRelease(day, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<LocalDate> days() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .map(LocalDate::parse).sorted((a, b) -> b.compareTo(a)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> file(LocalDate day, String name) {
        Path file = root.resolve(day.toString()).resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    private OpenDataRelease.File write(Path dir, String name, String dataset, long records, byte[] content)
            throws IOException {
        Files.write(dir.resolve(name), content);
        return new OpenDataRelease.File(name, dataset, records, content.length, sha256(content));
    }

    private byte[] jsonLines(List<?> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object record : records) {
            out.writeBytes(json.writeValueAsBytes(record));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private byte[] csv(List<?> records) {
        StringBuilder out = new StringBuilder();
        List<String> columns = null;
        for (Object record : records) {
            JsonNode node = json.valueToTree(record);
            if (columns == null) {
                columns = new ArrayList<>();
                for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                    columns.add(names.next());
                }
                out.append(String.join(",", columns)).append("\r\n");
            }
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode value = node.get(column);
                String text = value == null || value.isNull() ? "" : value.isValueNode() ? value.asString()
                        : json.writeValueAsString(value);
                cells.add(cell(text));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
