package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ConfirmSnapshotJobs;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedSnapshotJobs;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.application.port.out.SnapshotJobRepository;
import cn.shuangsuiji.registry.application.port.out.SnapshotRepository;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJobState;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import cn.shuangsuiji.registry.testing.TestIdentityConfiguration;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 * 快照确认任务 (issue 12): a confirmation runs as a job whose completion is stored in the snapshot's own transaction;
 * a refusal ends it FAILED with the refusal's code; a job of a dead process is ended INTERRUPTED by the recovery with
 * its content chunks deleted; and a job ended by a recovery while it still wrote cannot store its snapshot afterwards
 * — in no case is there a snapshot or a {@code RegistrySnapshotConfirmed} without a completed job.
 */
@RequiresRealInfra
@Import(TestIdentityConfiguration.class)
@SpringBootTest(properties = {"ssj.registry.snapshot.lease=30s", "ssj.registry.snapshot.recovery-enabled=false",
        "ssj.registry.import.recovery-enabled=false", "ssj.outbox.relay-enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotConfirmationJobIT {

    /** Enough records (~140 KB of content before gzip) to pass through the 64 KiB buffer before the deflater. */
    private static final int ROWS = 700;
    private static final String DEPARTMENT = "snapjob-amr";
    private static final Actor LOADER = Actor.system("snapshot-job-it");
    private static final SnapshotScope SCOPE = new SnapshotScope(List.of(DEPARTMENT), List.of(), List.of());

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_snapshot_job_it"));
    }

    @Autowired
    ConfirmSnapshotJobs jobs;
    @Autowired
    SnapshotConfirmationJobs jobService;
    @Autowired
    SnapshotJobRepository jobRepository;
    @Autowired
    RecoverInterruptedSnapshotJobs recovery;
    @Autowired
    SnapshotRepository snapshots;
    @Autowired
    DepartmentUseCases departments;
    @Autowired
    ImportUseCases imports;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @BeforeAll
    void registry() throws IOException {
        departments.register(new RegisterDepartmentCommand(new DepartmentId(DEPARTMENT), "快照任务测试局",
                DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY, new RegionCode("130634"),
                Optional.empty()), LOADER);
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("快照任务测试企业").append(i).append(',')
                    .append(Uscc.complete(String.format("91130634MA0J%05d", i)))
                    .append(",130634,企业,存续,").append("ABCD".charAt(i % 4)).append(',').append(DEPARTMENT)
                    .append('\n');
        }
        Path file = Files.createTempFile("snapshot-job", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        imports.runNow(ImportKind.ENTITIES, "snapshot-job.csv", FileFormat.CSV, file, LOADER);
    }

    @AfterEach
    void noFaults() {
        jobService.faults(null);
    }

    @Test
    void aJobStoresItsReservedSnapshotAndEndsCompletedWithItsProgress() throws Exception {
        ConfirmSnapshotJobs.Started started = jobs.start(SnapshotKind.ENTITIES, SCOPE, LOADER);
        assertThat(started.job().state()).isEqualTo(SnapshotJobState.QUEUED);

        RegistrySnapshot snapshot = started.outcome().get(60, TimeUnit.SECONDS);

        assertThat(snapshot.id()).isEqualTo(started.job().snapshotId());
        assertThat(snapshot.recordCount()).isEqualTo(ROWS);
        SnapshotJob done = jobs.get(started.job().id(), LOADER);
        assertThat(done.state()).isEqualTo(SnapshotJobState.COMPLETED);
        assertThat(done.recordsDone()).isEqualTo(ROWS);
        assertThat(done.recordCount()).isEqualTo(ROWS);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(confirmedEvents(snapshot.id())).hasSize(1);
        // the stored content reads back whole: every record, the Merkle root and the SHA-256 as confirmed
        byte[] stored;
        try (java.io.InputStream in = snapshots.openContent(snapshot.id())) {
            stored = in.readAllBytes();
        }
        assertThat(stored).hasSize((int) snapshot.contentBytes());
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(stored))).isEqualTo(snapshot.contentSha256());
        var read = cn.shuangsuiji.drawprotocol.snapshot.SnapshotReader.read(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(stored)), (tag, record) -> { });
        assertThat(read.count()).isEqualTo(ROWS);
        assertThat(read.root().hex()).isEqualTo(snapshot.merkleRoot());
        assertThat(recovery.recoverExpired(clock.instant().plus(Duration.ofHours(1))))
                .extracting(SnapshotJob::id).doesNotContain(done.id());
        assertThat(jobs.get(done.id(), LOADER).state()).isEqualTo(SnapshotJobState.COMPLETED);
    }

    @Test
    void aRefusedConfirmationEndsTheJobFailedWithTheRefusalsCodeAndLeavesNoContent() {
        ConfirmSnapshotJobs.Started started = jobs.start(SnapshotKind.INSPECTORS, SCOPE, LOADER);

        assertThatThrownBy(() -> started.outcome().get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code",
                        "INSPECTOR_REGISTRY_TOO_SMALL");
        SnapshotJob failed = jobs.get(started.job().id(), LOADER);
        assertThat(failed.state()).isEqualTo(SnapshotJobState.FAILED);
        assertThat(failed.failureCode()).isEqualTo("INSPECTOR_REGISTRY_TOO_SMALL");
        assertThat(nothingStored(failed.snapshotId())).isTrue();
    }

    @Test
    void aJobOfADeadProcessIsEndedInterruptedAtStartUpAndItsHalfWrittenContentDeleted() {
        SnapshotJob dead = SnapshotJob.queued("snapjob-dead", new SnapshotId("snap-dead-process"),
                SnapshotKind.ENTITIES, SCOPE, "someone", clock.instant()).running(clock.instant());
        jobRepository.insert(dead, clock.instant().plus(Duration.ofSeconds(30)));
        jobRepository.started(dead.id(), clock.instant());
        jobRepository.heartbeat(java.util.Map.of(dead.id(), 120L), clock.instant().plus(Duration.ofSeconds(30)));
        snapshots.storeContent(dead.snapshotId(), out -> {
            try {
                out.write(new byte[300_000]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(recovery.recoverExpired(clock.instant()))
                .as("the lease is still live: the job might still be running somewhere").isEmpty();

        List<SnapshotJob> ended = recovery.recoverExpired(clock.instant().plus(Duration.ofMinutes(1)));

        assertThat(ended).extracting(SnapshotJob::id).containsExactly(dead.id());
        SnapshotJob interrupted = jobs.get(dead.id(), LOADER);
        assertThat(interrupted.state()).isEqualTo(SnapshotJobState.INTERRUPTED);
        assertThat(interrupted.failureCode()).isEqualTo("SNAPSHOT_JOB_INTERRUPTED");
        assertThat(interrupted.recordsDone()).isEqualTo(120);
        assertThat(nothingStored(dead.snapshotId())).isTrue();
        assertThat(recovery.recoverExpired(clock.instant().plus(Duration.ofMinutes(2)))).isEmpty();
    }

    @Test
    void aJobEndedByARecoveryWhileItWroteCannotStoreItsSnapshotAfterwards() {
        jobService.faults((jobId, records) -> {
            if (records == 10) {
                recovery.recoverExpired(clock.instant().plus(Duration.ofMinutes(1)));
            }
        });
        ConfirmSnapshotJobs.Started started = jobs.start(SnapshotKind.ENTITIES, SCOPE, LOADER);

        assertThatThrownBy(() -> started.outcome().get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        SnapshotJob job = jobs.get(started.job().id(), LOADER);
        assertThat(job.state()).as("the recovery's end stands").isEqualTo(SnapshotJobState.INTERRUPTED);
        assertThat(nothingStored(job.snapshotId())).isTrue();
    }

    /** No snapshot, no content chunk and no {@code RegistrySnapshotConfirmed} under this id. */
    private boolean nothingStored(SnapshotId id) {
        return snapshots.find(id).isEmpty()
                && mongo.count(Query.query(Criteria.where("files_id").is(id.value())), "snapshot_content.chunks") == 0
                && mongo.count(Query.query(Criteria.where("_id").is(id.value())), "snapshot_content.files") == 0
                && confirmedEvents(id).isEmpty();
    }

    private List<Document> confirmedEvents(SnapshotId id) {
        return mongo.find(Query.query(Criteria.where("type").is("ssj.registry.RegistrySnapshotConfirmed")),
                Document.class, "outbox").stream().filter(d -> d.getString("payload").contains(id.value())).toList();
    }
}
