package cn.shuangsuiji.registry.bench;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.RegistryServiceApplication;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.application.port.in.ConfirmSnapshotJobs;
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
import java.lang.management.ManagementFactory;
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
 * {@code --keep} is given; {@code --database=<name>} confirms a kept database again without importing, and
 * {@code --confirmations=<k>} confirms k times. Confirmations take the platform's path (a confirmation job,
 * {@link ConfirmSnapshotJobs}, as {@code POST /snapshots} starts it) and print their elapsed time and the CPU time of
 * this JVM and, when {@code MONGOD_PID} names it, of mongod. Connection from
 * {@code SSJ_MONGO_URI}/{@code SSJ_KAFKA_BOOTSTRAP}.
 */
public final class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final String DEPARTMENT = "bench-amr";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1_000_000;
        Optional<String> reused = option(args, "--database=");
        boolean keep = reused.isPresent() || List.of(args).contains("--keep");
        int confirmations = option(args, "--confirmations=").map(Integer::parseInt).orElse(1);
        String database = reused.orElse("ssj_registry_bench_" + UUID.randomUUID().toString().substring(0, 8));
        Path csv = Files.createTempFile("registry-bench-", ".csv");
        if (reused.isEmpty()) {
            long t0 = System.nanoTime();
            BenchData.writeEntities(csv, rows, DEPARTMENT);
            log.info("generated {} rows ({} MB) in {} ms", rows, Files.size(csv) >> 20,
                    (System.nanoTime() - t0) / 1_000_000);
        }
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
            if (reused.isEmpty()) {
                context.getBean(DepartmentUseCases.class).register(new RegisterDepartmentCommand(
                        new DepartmentId(DEPARTMENT), "基准测试市场监督管理局", DepartmentType.MARKET_REGULATION,
                        AdministrativeLevel.COUNTY, new RegionCode("130634"), Optional.empty()),
                        Actor.system("benchmark"));
                long start = System.nanoTime();
                ImportJob job = context.getBean(ImportUseCases.class).runNow(ImportKind.ENTITIES,
                        csv.getFileName().toString(), FileFormat.CSV, csv, Actor.system("benchmark"));
                double importSeconds = (System.nanoTime() - start) / 1e9;
                log.info(String.format(Locale.ROOT,
                        "import: state=%s rows=%d created=%d rejected=%d in %.1f s = %.0f rows/s", job.state(),
                        job.totalRows(), job.created(), job.rejected(), importSeconds, job.totalRows() / importSeconds));
            }
            for (int i = 1; i <= confirmations; i++) {
                double jvmCpu = jvmCpuSeconds();
                double mongodCpu = mongodCpuSeconds();
                long start = System.nanoTime();
                RegistrySnapshot snapshot;
                try (StageCpu stages = new StageCpu("registry-snapshot")) {
                    snapshot = context.getBean(ConfirmSnapshotJobs.class).start(SnapshotKind.ENTITIES,
                            new SnapshotScope(List.of(DEPARTMENT), List.of(), List.of()), Actor.system("benchmark"))
                            .outcome().join();
                    log.info("snapshot {} threads' CPU-s: {}", i, stages.seconds());
                }
                double snapshotSeconds = (System.nanoTime() - start) / 1e9;
                log.info(String.format(Locale.ROOT,
                        "snapshot %d (%s): %d records in %.2f s (CPU-s: registry %.2f, mongod %.2f), %d bytes "
                                + "(%.1f bytes/entity), merkle root %s, content SHA-256 %s", i, database,
                        snapshot.recordCount(), snapshotSeconds, jvmCpuSeconds() - jvmCpu,
                        mongodCpuSeconds() - mongodCpu, snapshot.contentBytes(),
                        snapshot.contentBytes() / (double) Math.max(1, snapshot.recordCount()), snapshot.merkleRoot(),
                        snapshot.contentSha256()));
            }
            if (!keep) {
                context.getBean(MongoTemplate.class).getDb().drop();
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * The CPU time of the threads whose names start with {@code prefix} (a confirmation's writer, decoder and
     * fetcher), sampled every 20 ms while they live (a thread's time cannot be read once it has ended), summed per
     * name without its trailing number; a thread that already ran (the job executor's) counts from now.
     */
    private static final class StageCpu implements AutoCloseable {
        private final java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, Long> before = new java.util.HashMap<>();
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        StageCpu(String prefix) {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                    .forEach(t -> before.put(t.getId(), threads.getThreadCpuTime(t.getId())));
            sampler.scheduleAtFixedRate(() -> Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith(prefix)).forEach(t -> {
                        long cpu = threads.getThreadCpuTime(t.getId());
                        if (cpu > 0) {
                            names.put(t.getId(), t.getName().replaceAll("-\\d+$", ""));
                            nanos.merge(t.getId(), cpu, Math::max);
                        }
                    }), 0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        String seconds() {
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            nanos.forEach((id, cpu) -> byName.merge(names.get(id), cpu - before.getOrDefault(id, 0L), Long::sum));
            StringBuilder out = new StringBuilder();
            byName.forEach((name, cpu) -> out.append(String.format(Locale.ROOT, "%s %.2f ", name, cpu / 1e9)));
            return out.toString().trim();
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    private static Optional<String> option(String[] args, String prefix) {
        return List.of(args).stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((first, last) -> last);
    }

    private static double jvmCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** mongod's user + system CPU time from /proc (clock ticks of 1/100 s), or NaN without {@code MONGOD_PID}. */
    private static double mongodCpuSeconds() {
        String pid = System.getenv("MONGOD_PID");
        if (pid == null || pid.isBlank()) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid.trim(), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
