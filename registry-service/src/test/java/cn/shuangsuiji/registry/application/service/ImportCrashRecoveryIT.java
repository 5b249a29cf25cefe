package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedImports;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
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
 * An entity import whose process dies mid-file: a fault injected after the insert of the 4th batch of 100 rows
 * (before that batch's transaction) stops the job like a SIGKILL would — the job stays {@code RUNNING}, its lease
 * is no longer renewed. A later recovery run ("start-up") ends it {@code INTERRUPTED} with counters that match the
 * records written, stores exactly one {@code EntitiesImported} covering them, and leaves a job whose lease is
 * still live alone; re-importing the file then completes the rest idempotently.
 */
@RequiresRealInfra
@Import(TestIdentityConfiguration.class)
@SpringBootTest(properties = {"ssj.registry.import.batch-size=100", "ssj.registry.import.lease=30s",
        "ssj.registry.import.recovery-enabled=false", "ssj.outbox.relay-enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCrashRecoveryIT {

    private static final int ROWS = 1000;
    private static final Actor LOADER = Actor.system("import-crash-it");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_import_crash_it"));
    }

    @Autowired
    ImportUseCases imports;
    @Autowired
    ImportService importService;
    @Autowired
    RecoverInterruptedImports recovery;
    @Autowired
    DepartmentUseCases departments;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    /** A fault that ends the job's thread like a killed process: nothing after it runs, not even error handling. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated SIGKILL", null, false, false);
        }
    }

    @BeforeAll
    void department() {
        departments.register(new RegisterDepartmentCommand(new DepartmentId("crash-amr"), "测试市场监管局",
                DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY, new RegionCode("130634"),
                Optional.empty()), LOADER);
    }

    @AfterEach
    void noFaults() {
        importService.faults(null);
    }

    @Test
    void aJobKilledMidFileIsEndedInterruptedWithTrueCountersAndAnnouncedOnceThenReimportCompletesIt()
            throws IOException {
        importService.faults((jobId, batch) -> {
            if (batch == 4) {
                throw new SimulatedCrash();
            }
        });
        assertThatThrownBy(() -> imports.runNow(ImportKind.ENTITIES, "crash.csv", FileFormat.CSV, file("MA0C"), LOADER))
                .isInstanceOf(SimulatedCrash.class);
        importService.faults(null);

        ImportJob crashed = onlyJob();
        long written = mongo.count(Query.query(Criteria.where("source").is("import:" + crashed.id())), "entities");
        assertThat(crashed.state()).isEqualTo(ImportState.RUNNING);
        assertThat(written).as("batches 1-4 (and perhaps 5, in flight) were inserted").isBetween(400L, 500L);
        assertThat(crashed.created()).as("batch 4 inserted but never counted").isLessThan(written);
        assertThat(crashed.rowsDone()).isEqualTo(crashed.created());
        assertThat(importedEvents(crashed.id())).isEmpty();

        assertThat(recovery.recoverExpired(clock.instant()))
                .as("the lease is still live: the job might still be running somewhere").isEmpty();

        // The simulated crash stops the job's thread only: this (living) process's heartbeat may still renew the
        // lease (a SIGKILL would stop it too), and a scan meeting that renewal's write conflict leaves the job to the
        // next scan, as in production — so the test scans until one ends it.
        List<ImportJob> recovered = await().atMost(Duration.ofSeconds(30)).until(
                () -> recovery.recoverExpired(clock.instant().plus(Duration.ofMinutes(1))), r -> !r.isEmpty());
        assertThat(recovered).extracting(ImportJob::id).containsExactly(crashed.id());
        ImportJob interrupted = imports.get(crashed.id());
        assertThat(interrupted.state()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(interrupted.failureCode()).isEqualTo("IMPORT_INTERRUPTED");
        assertThat(interrupted.created()).isEqualTo(written);
        assertThat(interrupted.rowsDone()).isEqualTo(written);
        assertThat(interrupted.updated()).isZero();
        assertThat(interrupted.finishedAt()).isNotNull();
        List<Document> events = importedEvents(crashed.id());
        assertThat(events).hasSize(1);
        assertThat(Document.parse(events.get(0).getString("payload")).get("created", Number.class).longValue())
                .isEqualTo(written);

        assertThat(recovery.recoverExpired(clock.instant().plus(Duration.ofMinutes(2))))
                .as("an ended job is not ended again").isEmpty();
        assertThat(importedEvents(crashed.id())).hasSize(1);

        ImportJob again = imports.runNow(ImportKind.ENTITIES, "crash.csv", FileFormat.CSV, file("MA0C"), LOADER);
        assertThat(again.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(again.rowsDone()).isEqualTo(ROWS);
        assertThat(again.created()).isEqualTo(ROWS - written);
        assertThat(again.unchanged()).isEqualTo(written);
        assertThat(importedEvents(again.id())).hasSize(1);
        assertThat(mongo.count(Query.query(Criteria.where("source").in("import:" + crashed.id(),
                "import:" + again.id())), "entities")).isEqualTo(ROWS);
    }

    @Test
    void aCompletedJobCountsEveryBatchAndIsNotTouchedByRecovery() throws IOException {
        ImportJob done = imports.runNow(ImportKind.ENTITIES, "whole.csv", FileFormat.CSV, file("MA0D"), LOADER);

        assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(done.totalRows()).isEqualTo(ROWS);
        assertThat(done.rowsDone()).isEqualTo(ROWS);
        assertThat(done.created()).isEqualTo(ROWS);
        assertThat(recovery.recoverExpired(clock.instant().plus(Duration.ofHours(1))))
                .extracting(ImportJob::id).doesNotContain(done.id());
        assertThat(imports.get(done.id()).state()).isEqualTo(ImportState.COMPLETED);
        assertThat(importedEvents(done.id())).hasSize(1);
    }

    private ImportJob onlyJob() {
        List<Document> running = mongo.find(Query.query(Criteria.where("state").is("RUNNING")), Document.class,
                "import_jobs");
        assertThat(running).hasSize(1);
        return imports.get(running.get(0).getString("_id"));
    }

    private List<Document> importedEvents(String jobId) {
        return mongo.find(Query.query(Criteria.where("type").is("ssj.registry.EntitiesImported").and("key").is(jobId)),
                Document.class, "outbox");
    }

    private static Path file(String usccInfix) throws IOException {
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("崩溃测试企业").append(i).append(',')
                    .append(Uscc.complete(String.format("91130634" + usccInfix + "%05d", i)))
                    .append(",130634,企业,存续,").append("ABCD".charAt(i % 4)).append(",crash-amr\n");
        }
        Path file = Files.createTempFile("import-crash", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
