package cn.shuangsuiji.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundle's JSON Schema (verifier resource {@code ssj-bundle-v1.schema.json}, docs/draw-protocol.md §10). */
public final class BundleSchema {

    private static final Schema SCHEMA = load();

    private BundleSchema() {
    }

    /** Asserts that the bundle, as the service serialises it, satisfies the schema. */
    public static void assertValid(Bundle bundle) {
        assertValid(BundleCodec.toJson(bundle));
    }

    /** Asserts that the JSON text satisfies the schema. */
    public static void assertValid(String json) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("bundle JSON Schema errors").isEmpty();
    }

    private static Schema load() {
        try (InputStream in = BundleSchema.class.getResourceAsStream("/ssj-bundle-v1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
