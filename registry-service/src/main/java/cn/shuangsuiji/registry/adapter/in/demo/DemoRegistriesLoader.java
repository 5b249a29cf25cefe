package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.EntityUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.InspectorUseCases;
import cn.shuangsuiji.registry.application.port.in.SnapshotUseCases;
import cn.shuangsuiji.registry.bench.BenchData;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import cn.shuangsuiji.registry.domain.validation.IdNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 演示名录库 — loads the demo entity and inspector registries (10,000 entities of five counties of 保定市,
 * ten inspectors per demo department, a few with declared relations) through the bulk-import path, then confirms
 * a snapshot of each department's registries. Skips what already exists, so it can run at every start.
 * Ids are listed in {@code DEMO.md}.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoRegistriesLoader implements ApplicationRunner {

    static final List<String> DEPARTMENTS = List.of("bd-amr", "qy-amr", "qy-psb", "qy-eco", "qy-cult", "qy-emg");
    static final int ENTITIES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(DemoRegistriesLoader.class);
    private static final Actor DEMO = Actor.system("demo");
    private static final String[] NAMES = {"王建军", "李志刚", "张丽华", "刘国庆", "陈晓东", "杨文斌", "赵红梅", "黄海波",
        "周永强", "吴春燕"};
    private static final String[] POSTS = {"执法大队", "城区所", "稽查队", "综合执法岗", "监督检查科"};

    private final EntityUseCases entities;
    private final InspectorUseCases inspectors;
    private final ImportUseCases imports;
    private final SnapshotUseCases snapshots;
    private final DemoStartupRetry retry;

    DemoRegistriesLoader(EntityUseCases entities, InspectorUseCases inspectors, ImportUseCases imports,
                         SnapshotUseCases snapshots, DemoStartupRetry retry) {
        this.entities = entities;
        this.inspectors = inspectors;
        this.imports = imports;
        this.snapshots = snapshots;
        this.retry = retry;
    }

    /**
     * Each step is retried by itself (an import writes its file again, since the import deletes it, and again
     * changes nothing it already wrote), so a step that failed on a slow database does not make a retry skip the
     * snapshots of a registry loaded in this run.
     */
    @Override
    public void run(ApplicationArguments args) {
        boolean loadedEntities = retry.get("demo entities check",
                () -> !exists(() -> entities.get(new EntityId("ent-" + BenchData.demoUscc(ENTITIES - 1)))));
        if (loadedEntities) {
            report(retry.get("demo entity import", () -> imports.runNow(ImportKind.ENTITIES, "demo-entities.csv",
                    FileFormat.CSV, tempFile("demo-entities-", f -> BenchData.writeDemoEntities(f, ENTITIES)), DEMO)));
        }
        boolean loadedInspectors = retry.get("demo inspectors check",
                () -> !exists(() -> inspectors.get(InspectorId.ofCertificate(certificate("qy-emg", 10)))));
        if (loadedInspectors) {
            report(retry.get("demo inspector import", () -> imports.runNow(ImportKind.INSPECTORS,
                    "demo-inspectors.csv", FileFormat.CSV, tempFile("demo-inspectors-",
                            DemoRegistriesLoader::writeInspectors), DEMO)));
        }
        for (String department : DEPARTMENTS) {
            SnapshotScope scope = new SnapshotScope(List.of(department), List.of(), List.of());
            if (loadedEntities) {
                retry.run("demo entity snapshot of " + department,
                        () -> snapshots.confirm(SnapshotKind.ENTITIES, scope, DEMO));
            }
            if (loadedInspectors) {
                retry.run("demo inspector snapshot of " + department,
                        () -> snapshots.confirm(SnapshotKind.INSPECTORS, scope, DEMO));
            }
        }
    }

    /** A CSV file to import. */
    private interface CsvWriter {
        void write(Path file) throws IOException;
    }

    private static Path tempFile(String prefix, CsvWriter writer) {
        try {
            Path file = Files.createTempFile(prefix, ".csv");
            writer.write(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (DomainProblem e) {
            return false;
        }
    }

    private static void report(ImportJob job) {
        log.info("Demo {} import {}: {} created, {} unchanged, {} rejected", job.kind(), job.state(), job.created(),
                job.unchanged(), job.rejected());
    }

    /** The certificate number of demo inspector {@code n} (1..10) of a department. */
    static String certificate(String department, int n) {
        return "冀执-" + department.toUpperCase() + "-" + String.format("%03d", n);
    }

    private static void writeInspectors(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("departmentId,name,position,certificateNumber,certificateValidFrom,certificateValidUntil,post,"
                    + "regionCode,categories,tags,status,phone,idNumber,relatives,interestUsccs,formerEmployers\n");
            int person = 0;
            for (String department : DEPARTMENTS) {
                String region = department.equals("bd-amr") ? "130600" : "130634";
                for (int n = 1; n <= 10; n++) {
                    person++;
                    String status = n == 9 ? "SUSPENDED" : n == 10 ? "TRANSFERRED_OUT" : "ACTIVE";
                    String id = IdNumber.complete(String.format("%s19%02d0%d1%d%03d", region, 70 + person % 25,
                            1 + person % 9, person % 3, person));
                    String relatives = n == 1 ? "李秀兰|配偶|" + BenchData.DEMO_RELATIVE_ID : "";
                    String interests = n == 1 || n == 2 ? BenchData.demoUscc(n * 17) : "";
                    String employers = n == 3 ? BenchData.demoUscc(99) + "|曾任职企业" : "";
                    w.write(String.join(",", department, NAMES[(person - 1) % NAMES.length], n <= 2 ? "副队长" : "科员",
                            certificate(department, n), "2023-01-01", "2028-12-31", POSTS[n % POSTS.length], region,
                            department.endsWith("amr") ? "食品;特种设备" : "综合", n % 2 == 0 ? "食品" : "安全生产", status,
                            String.format("1380312%04d", person), id, relatives, interests, employers));
                    w.write('\n');
                }
            }
        }
    }
}
