package cn.shuangsuiji.inspection.bench;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.inspection.InspectionServiceApplication;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.Notice;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 结果录入基准 — records N results with items over HTTP against a running inspection-service (started here, on the
 * real MongoDB and Kafka, with tokens signed by a local JWK set) and prints results/s, p50/p99 per request and the
 * time from a submission's answer to its {@code InspectionResultRecorded} on Kafka (p50/p99), the point from which
 * the disclosure service can show it.
 *
 * <p>Set-up (not measured): N records with notice and on-site check, as the draw and the inspectors' first steps
 * would leave them. Measured: per result a draft with two items (three sub-items) and a submission, by C concurrent
 * clients ("inspectors").
 *
 * <p>Usage: {@code InspectionBenchmark [results=10000] [clients=8]}; env SSJ_MONGO_URI, SSJ_KAFKA_BOOTSTRAP.
 */
public final class InspectionBenchmark {

    private InspectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int results = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String run = UUID.randomUUID().toString().substring(0, 8);

        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwkSet = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/oauth2/jwks", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwkSet.length);
                exchange.getResponseBody().write(jwkSet);
            }
        });
        jwks.start();
        String issuer = "http://127.0.0.1:" + jwks.getAddress().getPort();

        ConfigurableApplicationContext app = SpringApplication.run(InspectionServiceApplication.class,
                "--server.port=0", "--ssj.security.issuer-uri=" + issuer,
                "--spring.mongodb.uri=" + env("SSJ_MONGO_URI", "IT_MONGO_URI", "mongodb://127.0.0.1:27017/?replicaSet=rs0"),
                "--spring.kafka.bootstrap-servers=" + env("SSJ_KAFKA_BOOTSTRAP", "IT_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                "--spring.mongodb.database=inspection_bench_" + run,
                "--spring.kafka.consumer.group-id=inspection-bench-" + run,
                "--spring.kafka.consumer.auto-offset-reset=latest",
                "--logging.level.root=WARN", "--logging.level.cn.shuangsuiji=WARN");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        String base = "http://127.0.0.1:" + port;
        try {
            List<String> ids = setUp(app, results, run);
            String token = token(key, issuer);
            Map<String, Long> submittedAt = new ConcurrentHashMap<>();
            Map<String, Long> visibleAt = new ConcurrentHashMap<>();
            Thread watcher = watch(ids, submittedAt, visibleAt);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>(results * 2));
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        String id = ids.get(i);
                        String path = base + "/api/inspections/" + id + "/parts/qy-amr/";
                        int draft = send(http, latencies, HttpRequest.newBuilder(URI.create(path + "draft"))
                                .PUT(HttpRequest.BodyPublishers.ofString(DRAFT)), token, "d-" + id);
                        int submit = send(http, latencies, HttpRequest.newBuilder(URI.create(path + "submit"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")), token, "s-" + id);
                        submittedAt.put(id, System.nanoTime());
                        if (draft != 200 || submit != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            watcher.join(Duration.ofSeconds(60).toMillis());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            List<Long> visibility = new ArrayList<>();
            for (Map.Entry<String, Long> e : visibleAt.entrySet()) {
                Long sent = submittedAt.get(e.getKey());
                if (sent != null) {
                    visibility.add(Math.max(0, e.getValue() - sent));
                }
            }
            Collections.sort(visibility);
            System.out.printf("results recorded: %d (failures %d) by %d clients in %.1f s = %.0f results/s%n",
                    results, failures.get(), clients, seconds, results / seconds);
            System.out.printf("per request (draft or submit, %d requests): p50 %.1f ms, p99 %.1f ms%n",
                    sorted.size(), pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6);
            System.out.printf("submission answered -> InspectionResultRecorded on %s: %d of %d seen, p50 %.0f ms, "
                    + "p99 %.0f ms%n", Topics.INSPECTION_RESULTS, visibility.size(), results,
                    pct(visibility, 50) / 1e6, pct(visibility, 99) / 1e6);
        } finally {
            app.close();
            jwks.stop(0);
        }
    }

    private static final String DRAFT = """
            {"items":[{"itemId":"bench-amr","subItems":[{"subItem":"营业执照悬挂","option":"NORMAL"},
            {"subItem":"公示信息","option":"ABNORMAL","note":"未公示年报"}]},
            {"itemId":"bench-amr-2","subItems":[{"subItem":"价格公示","option":"NORMAL"}]}],
            "category":"PROBLEM_FOUND_CORRECTION_ORDERED","measures":[{"kind":"ORDER_CORRECTION","note":"限期改正"}],
            "signature":{"kind":"SIGNED"}}""";

    private static List<String> setUp(ConfigurableApplicationContext app, int n, String run) {
        ReferenceData reference = app.getBean(ReferenceData.class);
        InspectionRecords records = app.getBean(InspectionRecords.class);
        WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
        reference.saveItem(new ItemDefinition("bench-amr", 1, "qy-amr", "营业执照检查",
                List.of("营业执照悬挂", "公示信息"), "条例", "ON_SITE", null));
        reference.saveItem(new ItemDefinition("bench-amr-2", 1, "qy-amr", "价格检查", List.of("价格公示"), "条例",
                "ON_SITE", null));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Who inspector = new Who("bench-inspector", "基准", "qy-amr", "bench-1");
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String drawId = "bench-draw-" + run;
            String entity = "bench-" + run + "-" + i;
            InspectionRecord record = InspectionRecord.open(InspectionId.of(drawId, entity), drawId, "bench-plan",
                    "task", entity, "基准企业" + i, null, "qy-amr", "130634", today, PolicyTerms.DEFAULT, "bench-1",
                    List.of(new TeamMember("bench-1", "qy-amr"), new TeamMember("bench-2", "qy-amr")),
                    List.of(new ItemRef("bench-amr", 1, "qy-amr"), new ItemRef("bench-amr-2", 1, "qy-amr")), null,
                    Who.system("bench"), Instant.now());
            record.recordNotice("qy-amr", Notice.announced(Instant.now(), "电话"), inspector, Instant.now());
            record.recordOnSiteCheck("qy-amr", new OnSiteCheck(today, List.of("bench-1", "bench-2"), true),
                    inspector, Instant.now(), today, calendar);
            records.insert(record);
            ids.add(record.id().value());
        }
        return ids;
    }

    private static Thread watch(List<String> ids, Map<String, Long> submittedAt, Map<String, Long> visibleAt) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env("SSJ_KAFKA_BOOTSTRAP", "IT_KAFKA_BOOTSTRAP",
                            "127.0.0.1:9092"),
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-watch-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.INSPECTION_RESULTS));
                long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
                while (visibleAt.size() < wanted.size() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(20)).forEach(r -> {
                        if (wanted.contains(r.key())) {
                            visibleAt.putIfAbsent(r.key(), System.nanoTime());
                        }
                    });
                }
            }
        }, "bench-watch");
        thread.setDaemon(true);
        thread.start();
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread;
    }

    private static int send(HttpClient http, List<Long> latencies, HttpRequest.Builder request, String token,
                            String key) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + key)
                    .build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
                System.err.println(response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        } catch (Exception e) {
            latencies.add(System.nanoTime() - t0);
            return -1;
        }
    }

    private static String token(RSAKey key, String issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("bench-inspector")
                .audience("ssj-platform").expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
                .issueTime(new Date()).claim("roles", List.of("INSPECTOR")).claim("department", "qy-amr")
                .claim("inspector_id", "bench-1").claim("name", "基准检查员").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String env(String name, String fallback, String otherwise) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(fallback);
        }
        return v == null || v.isBlank() ? otherwise : v;
    }
}
