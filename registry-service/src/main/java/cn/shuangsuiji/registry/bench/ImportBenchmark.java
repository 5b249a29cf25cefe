package cn.shuangsuiji.registry.bench;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.RegistryServiceApplication;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.application.port.in.SnapshotUseCases;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * 导入基准 — generates a CSV of N valid entities (default 1,000,000), imports it into the real MongoDB through
 * the bulk-import code path, confirms a snapshot of them and reports rows/s, snapshot time and bytes per
 * entity. Uses a database of its own ({@code ssj_registry_bench_*}) and drops it afterwards unless
 * {@code --keep} is given. Connection from {@code SSJ_MONGO_URI}/{@code SSJ_KAFKA_BOOTSTRAP}.
 */
public final class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final String DEPARTMENT = "bench-amr";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1_000_000;
        boolean keep = List.of(args).contains("--keep");
        String database = "ssj_registry_bench_" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("registry-bench-", ".csv");
        long t0 = System.nanoTime();
        BenchData.writeEntities(csv, rows, DEPARTMENT);
        log.info("generated {} rows ({} MB) in {} ms", rows, Files.size(csv) >> 20, (System.nanoTime() - t0) / 1_000_000);
        // command-line arguments: they override application.yml (default properties would not)
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.mongodb.database=" + database, "--ssj.demo.enabled=false", "--logging.level.root=WARN",
                        "--logging.level.cn.shuangsuiji.registry.bench=INFO",
                        "--logging.level.cn.shuangsuiji.registry.application.service.ImportService=INFO",
                        // synthetic data only: a benchmark secret unless the environment provides one
                        "--ssj.privacy.secret=" + System.getenv().getOrDefault("SSJ_PRIVACY_SECRET",
                                "ssj-benchmark-secret-synthetic-data-only"))) {
            String used = context.getBean(MongoTemplate.class).getDb().getName();
            if (!used.equals(database)) {
                throw new IllegalStateException("benchmark must use its own database, not " + used);
            }
            context.getBean(DepartmentUseCases.class).register(new RegisterDepartmentCommand(new DepartmentId(DEPARTMENT),
                    "基准测试市场监督管理局", DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY,
                    new RegionCode("130634"), Optional.empty()), Actor.system("benchmark"));
            long start = System.nanoTime();
            ImportJob job = context.getBean(ImportUseCases.class).runNow(ImportKind.ENTITIES, csv.getFileName().toString(),
                    FileFormat.CSV, csv, Actor.system("benchmark"));
            double importSeconds = (System.nanoTime() - start) / 1e9;
            log.info(String.format(Locale.ROOT, "import: state=%s rows=%d created=%d rejected=%d in %.1f s = %.0f rows/s",
                    job.state(), job.totalRows(), job.created(), job.rejected(), importSeconds,
                    job.totalRows() / importSeconds));
            start = System.nanoTime();
            RegistrySnapshot snapshot = context.getBean(SnapshotUseCases.class).confirm(SnapshotKind.ENTITIES,
                    new SnapshotScope(List.of(DEPARTMENT), List.of(), List.of()), Actor.system("benchmark"));
            double snapshotSeconds = (System.nanoTime() - start) / 1e9;
            log.info(String.format(Locale.ROOT,
                    "snapshot: %d records in %.1f s, %d bytes (%.1f bytes/entity), merkle root %s",
                    snapshot.recordCount(), snapshotSeconds, snapshot.contentBytes(),
                    snapshot.contentBytes() / (double) Math.max(1, snapshot.recordCount()), snapshot.merkleRoot()));
            if (!keep) {
                context.getBean(MongoTemplate.class).getDb().drop();
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
