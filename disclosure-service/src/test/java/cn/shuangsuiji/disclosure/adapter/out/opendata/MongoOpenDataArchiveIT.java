package cn.shuangsuiji.disclosure.adapter.out.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.disclosure.MutableClock;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataFile;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The open-data archive in MongoDB GridFS with two instances of the service over one database (real MongoDB): what
 * one writes the other serves, streamed and digest-checked; one writer per day (lease), an expired writer's release
 * taken over and its files cleaned up, concurrent exports leave exactly one whole release, a replaced release leaves
 * no files behind.
 */
@RequiresRealInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoOpenDataArchiveIT {

    static final VerificationKit KIT = new VerificationKit(null, List.of(), "/api/public/draws/log/checkpoint",
            "java -jar ssj-verifier.jar verify <bundle>");

    MongoClient client;
    MongoTemplate mongo;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:30:00Z"));
    ManifestSigner signer;
    MongoOpenDataArchive first;
    MongoOpenDataArchive second;

    @BeforeAll
    void twoInstances(@TempDir Path dataDir) {
        client = MongoClients.create(RealInfra.mongoUri());
        mongo = new MongoTemplate(client, RealInfra.uniqueDatabase("disclosure_open_data_it"));
        signer = new ManifestSigner(new DisclosureProperties(null, null, null, null, dataDir, null, null));
        first = new MongoOpenDataArchive(mongo, signer, clock, Duration.ofMinutes(5));
        second = new MongoOpenDataArchive(mongo, signer, clock, Duration.ofMinutes(5));
    }

    @AfterAll
    void drop() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void aReleaseWrittenByOneInstanceIsServedWholeByTheOtherStreamedAndDigestChecked() throws Exception {
        LocalDate day = LocalDate.parse("2026-11-02");
        // large enough for many GridFS chunks (255 kB each)
        List<Map<String, Object>> results = records(20_000);
        OpenDataRelease release = first.publish(day, clock.instant(), datasets(results), KIT);

        assertThat(second.days()).contains(day);
        assertThat(second.release(day)).contains(release);
        for (OpenDataRelease.File f : release.files()) {
            byte[] content = read(second.file(day, f.name()).orElseThrow());
            assertThat(content).hasSize((int) f.bytes());
            assertThat(sha256(content)).as(f.name()).isEqualTo(f.sha256());
        }
        String jsonl = new String(read(second.file(day, "results.jsonl").orElseThrow()), StandardCharsets.UTF_8);
        assertThat(jsonl.split("\n")).hasSize(20_000);
        assertThat(jsonl).contains("\"id\":\"r-19999\"");
        String csv = new String(read(second.file(day, "results.csv").orElseThrow()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,name,nested\r\n").contains("'=SUM(A1)");
        assertThat(release.files().stream().filter(f -> f.name().equals("results.jsonl")).findFirst().orElseThrow()
                .bytes()).isGreaterThan(4 * 255 * 1024);

        byte[] manifest = read(second.file(day, "manifest.json").orElseThrow());
        String signature = new String(read(second.file(day, "manifest.json.sig").orElseThrow()),
                StandardCharsets.US_ASCII).strip();
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(
                new java.security.spec.X509EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(
                        second.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").strip()))));
        verifier.update(manifest);
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(signature))).isTrue();
        assertThat(new String(manifest, StandardCharsets.UTF_8)).contains(release.files().get(0).sha256());

        assertThat(second.file(day, "missing.csv")).isEmpty();
        assertThat(second.file(LocalDate.parse("2020-01-01"), "results.csv")).isEmpty();
        assertThat(second.release(LocalDate.parse("2020-01-01"))).isEmpty();
    }

    @Test
    void oneWriterPerDayAndAnExpiredWritersFilesAreCleanedUpByTheNextRelease() throws Exception {
        LocalDate day = LocalDate.parse("2026-11-03");
        // instance 1 died while writing: its lease is live, some of its files are stored, the release is not
        mongo.getCollection(MongoOpenDataArchive.RELEASES).insertOne(new Document("_id", day.toString())
                .append("lease", new Document("token", "dead-writer").append("until",
                        Date.from(clock.instant().plusSeconds(300)))));
        try (var upload = com.mongodb.client.gridfs.GridFSBuckets.create(mongo.getDb(), MongoOpenDataArchive.BUCKET)
                .openUploadStream(day + "/deadbeef/results.jsonl")) {
            upload.write("half a file".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(second.days()).doesNotContain(day);
        assertThat(second.file(day, "results.jsonl")).isEmpty();

        assertThatThrownBy(() -> second.publish(day, clock.instant(), datasets(records(10)), KIT))
                .isInstanceOfSatisfying(DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("OPEN_DATA_EXPORT_RUNNING"));
        assertThat(filesOf(day)).containsExactly(day + "/deadbeef/results.jsonl");

        clock.set(clock.instant().plusSeconds(301));   // the dead writer's lease expired
        OpenDataRelease release = second.publish(day, clock.instant(), datasets(records(10)), KIT);
        assertThat(first.release(day)).contains(release);
        assertThat(filesOf(day)).hasSize(release.files().size() + 2)
                .noneMatch(name -> name.startsWith(day + "/deadbeef/"));
        assertThat(mongo.getCollection(MongoOpenDataArchive.RELEASES).find(Filters.eq("_id", day.toString()))
                .first()).doesNotContainKey("lease");
    }

    @Test
    void aWriterWhoseLeaseWasTakenOverDoesNotPublishAndLeavesNoFiles() {
        LocalDate day = LocalDate.parse("2026-11-04");
        OpenDataRelease stands = first.publish(day, clock.instant(), datasets(records(5)), KIT);
        // a writer that stalls past its lease: while it writes, the lease is taken from it
        MongoOpenDataArchive stalled = new MongoOpenDataArchive(mongo, signer, clock, Duration.ofMinutes(5));
        List<Map<String, Object>> slow = new ArrayList<>(records(3));
        Map<String, List<?>> sets = new LinkedHashMap<>();
        sets.put("results", new java.util.AbstractList<Object>() {
            @Override
            public Object get(int index) {
                if (index == 0) {
                    mongo.getCollection(MongoOpenDataArchive.RELEASES).updateOne(Filters.eq("_id", day.toString()),
                            Updates.set("lease.token", "someone-else"));
                }
                return slow.get(index);
            }

            @Override
            public int size() {
                return slow.size();
            }
        });
        assertThatThrownBy(() -> stalled.publish(day, clock.instant(), sets, KIT))
                .isInstanceOfSatisfying(DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("OPEN_DATA_EXPORT_RUNNING"));
        assertThat(second.release(day)).contains(stands);
        assertThat(filesOf(day)).hasSize(stands.files().size() + 2);
    }

    @Test
    void twoInstancesExportingTheSameDayAtOnceLeaveExactlyOneWholeRelease() throws Exception {
        LocalDate day = LocalDate.parse("2026-11-05");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<OpenDataRelease>> runs = new ArrayList<>();
                for (MongoOpenDataArchive instance : List.of(first, second)) {
                    Callable<OpenDataRelease> export = () -> {
                        start.await();
                        try {
                            return instance.publish(day, clock.instant(), datasets(records(2_000)), KIT);
                        } catch (DomainProblem running) {
                            assertThat(running.code()).isEqualTo("OPEN_DATA_EXPORT_RUNNING");
                            return null;
                        }
                    };
                    runs.add(pool.submit(export));
                }
                List<OpenDataRelease> published = new ArrayList<>();
                for (Future<OpenDataRelease> run : runs) {
                    if (run.get() != null) {
                        published.add(run.get());
                    }
                }
                assertThat(published).as("round %d", round).isNotEmpty();
                OpenDataRelease current = first.release(day).orElseThrow();
                assertThat(published).contains(current);
                assertThat(filesOf(day)).as("one generation of files, round %d", round)
                        .hasSize(current.files().size() + 2);
                for (OpenDataRelease.File f : current.files()) {
                    assertThat(sha256(read(second.file(day, f.name()).orElseThrow()))).isEqualTo(f.sha256());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> filesOf(LocalDate day) {
        List<String> names = new ArrayList<>();
        for (Document f : mongo.getCollection(MongoOpenDataArchive.BUCKET + ".files")
                .find(Filters.regex("filename", "^" + day + "/"))) {
            names.add(f.getString("filename"));
        }
        return names;
    }

    private static Map<String, List<?>> datasets(List<Map<String, Object>> results) {
        Map<String, List<?>> sets = new LinkedHashMap<>();
        sets.put("departments", List.of(Map.of("id", "bd-amr", "name", "保定市市场监督管理局")));
        sets.put("results", results);
        return sets;
    }

    private static List<Map<String, Object>> records(int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "r-" + i);
            r.put("name", i == 1 ? "=SUM(A1)" : "检查结果 " + i + "，合格");
            r.put("nested", Map.of("uscc", String.format("91130000%010d", i), "items", List.of("a", "b")));
            return r;
        }).toList();
    }

    private static byte[] read(OpenDataFile file) throws IOException {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
