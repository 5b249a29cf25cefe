package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.importing.ImportState;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A bulk import announces the entities it creates: {@code EntitiesRegistered} events in the outbox, written in each
 * batch's transaction, at most 500 entities each, keyed {@code <job>:<batch>}, covering exactly the created entities
 * with their public names and USCCs; a re-import that creates nothing announces nothing.
 */
@RequiresRealInfra
@Import(TestIdentityConfiguration.class)
@SpringBootTest(properties = {"ssj.registry.import.batch-size=1200", "ssj.registry.import.recovery-enabled=false",
        "ssj.outbox.relay-enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAnnouncesEntitiesIT {

    private static final int ROWS = 1300;
    private static final Actor LOADER = Actor.system("import-announces-it");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_import_announce_it"));
    }

    @Autowired
    ImportUseCases imports;
    @Autowired
    DepartmentUseCases departments;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    void department() {
        departments.register(new RegisterDepartmentCommand(new DepartmentId("announce-amr"), "测试市场监管局",
                DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY, new RegionCode("130634"),
                Optional.empty()), LOADER);
    }

    @Test
    void anImportAnnouncesExactlyTheEntitiesItCreatedInChunksAndAReimportAnnouncesNothing() throws IOException {
        ImportJob job = imports.runNow(ImportKind.ENTITIES, "announce.csv", FileFormat.CSV, file(), LOADER);
        assertThat(job.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(job.created()).isEqualTo(ROWS);

        List<Document> events = registeredEvents();
        assertThat(events).extracting(e -> e.getString("key"))
                .as("batch 1 of 1200 rows in chunks of 500, batch 2 of 100 rows")
                .containsExactlyInAnyOrder(job.id() + ":1", job.id() + ":1", job.id() + ":1", job.id() + ":2");
        assertThat(events).extracting(e -> e.getString("topic")).containsOnly("ssj.registry.entities.v1");
        Map<String, Document> announced = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (Document event : events) {
            Document payload = Document.parse(event.getString("payload"));
            assertThat(payload.getString("jobId")).isEqualTo(job.id());
            List<Document> entities = payload.getList("entities", Document.class);
            sizes.add(entities.size());
            entities.forEach(e -> assertThat(announced.put(e.getString("entityId"), e))
                    .as("announced once").isNull());
        }
        assertThat(sizes).containsExactlyInAnyOrder(500, 500, 200, 100);

        List<Document> stored = mongo.find(Query.query(Criteria.where("source").is("import:" + job.id())),
                Document.class, "entities");
        assertThat(stored).hasSize(ROWS);
        assertThat(announced.keySet()).containsExactlyInAnyOrderElementsOf(
                stored.stream().map(d -> d.getString("_id")).toList());
        for (Document e : announced.values()) {
            assertThat(e.getString("name")).startsWith("公告测试企业");
            assertThat(e.getString("uscc")).startsWith("91130634MA0E");
            assertThat(e.getString("regionCode")).isEqualTo("130634");
            assertThat(e.getString("objectType")).isEqualTo("ENTERPRISE");
            assertThat(e.getString("status")).isEqualTo("OPERATING");
            assertThat(e.getString("creditClass")).isIn("A", "B", "C", "D");
        }

        ImportJob again = imports.runNow(ImportKind.ENTITIES, "announce.csv", FileFormat.CSV, file(), LOADER);
        assertThat(again.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(again.unchanged()).isEqualTo(ROWS);
        assertThat(registeredEvents()).as("nothing new to announce").hasSize(4);
    }

    private List<Document> registeredEvents() {
        return mongo.find(Query.query(Criteria.where("type").is("ssj.registry.EntitiesRegistered")), Document.class,
                "outbox");
    }

    private static Path file() throws IOException {
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("公告测试企业").append(i).append(',')
                    .append(Uscc.complete(String.format("91130634MA0E%05d", i)))
                    .append(",130634,企业,存续,").append("ABCD".charAt(i % 4)).append(",announce-amr\n");
        }
        Path file = Files.createTempFile("import-announce", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
