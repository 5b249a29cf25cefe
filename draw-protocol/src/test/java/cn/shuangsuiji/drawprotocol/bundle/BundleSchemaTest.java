package cn.shuangsuiji.drawprotocol.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 核验包 JSON Schema (issue 11): {@code ssj-bundle-v1.schema.json} (a resource of this module, referenced by
 * docs/draw-protocol.md §10) accepts the bundles the demo produces — with and without a transparency section — and
 * refuses what the reader refuses: an unknown field, a number where text is due, a missing failure of a FAILED
 * result.
 */
class BundleSchemaTest {

    private static List<Error> validate(String json) throws Exception {
        try (InputStream in = BundleSchemaTest.class.getResourceAsStream("/ssj-bundle-v1.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return schema.validate(json, InputFormat.JSON);
        }
    }

    @Test
    void theDemoBundlesSatisfyTheSchema() throws Exception {
        Bundle sample = SampleDraw.bundle();
        assertThat(validate(BundleCodec.toJson(sample))).isEmpty();
        assertThat(validate(BundleCodec.toJson(SampleDraw.bundle(null, SampleDraw.SOURCE_VALUE, null)))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        String json = BundleCodec.toJson(SampleDraw.bundle());
        assertThat(validate(json.replaceFirst("\"format\" : \"ssj-bundle-v1\"",
                "\"format\" : \"ssj-bundle-v1\", \"extra\" : 1"))).isNotEmpty();
        assertThat(validate(json.replaceFirst("\"status\" : \"OK\"", "\"status\" : \"FAILED\""))).isNotEmpty();
        assertThat(validate(json.replaceFirst("\"seq\" : 1,", "\"seq\" : \"1\","))).isNotEmpty();
        assertThat(validate(json.replaceFirst("\"algorithmVersion\" : \"ssj-draw-v1\"",
                "\"algorithmVersion\" : \"ssj-draw-v2\""))).isNotEmpty();
    }
}
