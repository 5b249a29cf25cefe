package cn.shuangsuiji.drawprotocol.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes bundles as JSON (Jackson 3). Unknown fields are rejected; absent values are omitted. */
public final class BundleCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private BundleCodec() {
    }

    public static Bundle read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Bundle read(InputStream in) throws IOException {
        try {
            return MAPPER.readValue(in, Bundle.class);
        } catch (JacksonException e) {
            throw new IOException("not a valid bundle: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Bundle bundle, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(bundle, out);
        }
    }

    public static void write(Bundle bundle, OutputStream out) throws IOException {
        try {
            MAPPER.writeValue(out, bundle);
        } catch (JacksonException e) {
            throw new IOException("cannot write bundle: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(Bundle bundle) {
        return MAPPER.writeValueAsString(bundle);
    }

    public static Bundle fromJson(String json) {
        return MAPPER.readValue(json, Bundle.class);
    }
}
