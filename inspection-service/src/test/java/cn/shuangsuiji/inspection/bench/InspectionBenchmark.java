package cn.shuangsuiji.inspection.bench;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.DrawnTeam;
import cn.shuangsuiji.contracts.draw.InspectionForm;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanObjectScope;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.platform.events.EventCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * 结果录入基准 — records N results with items THROUGH THE GATEWAY of a running platform with a real token of the
 * demo inspector (identity-service, {@code deploy/token.sh}), and prints results/s, p50/p99 per request, and the
 * time from a submission's 2xx to the result's appearance in the disclosure service's public per-entity query
 * ({@code GET /api/public/results?uscc=…}, through the gateway, anonymous), p50/p99.
 *
 * <p>Set-up (not measured): the draw's and the registry's events for N bench entities are put on the platform's
 * topics as their producers would (two AMR items with three sub-items, one PSB item, a joint plan, the entities'
 * public identities, draws of 500 targets whose teams include the token's inspector), and each record gets its
 * notice and on-site check through the gateway. Measured: per result a draft ({@code PUT …/draft}) and a submission
 * ({@code POST …/submit}), each with an Idempotency-Key and If-Match (the record is joint: two departments), by C
 * concurrent clients. Visibility is timed for a sample of the results (every k-th, about 500), polled by two
 * threads, so the polling does not become the load it measures.
 *
 * <p>Warm-up: before the measured phase, the same work on SSJ_BENCH_WARMUP (1000) further records, with its own
 * figures printed as "warm-up (not counted)" — the JIT compiles the submission's and the result consumers' paths
 * (which the set-up's notices and checks do not run) before the measurement; SSJ_BENCH_WARMUP=0 measures from cold.
 *
 * <p>Usage: {@code InspectionBenchmark [results=10000] [clients=8]}; env SSJ_GATEWAY_URL (http://127.0.0.1:8080),
 * SSJ_KAFKA_BOOTSTRAP (127.0.0.1:9092), SSJ_TOKEN_CMD (deploy/token.sh), SSJ_BENCH_USER (qy-amr-inspector);
 * SSJ_BENCH_DIRECT_URL (the inspection service's own URL) sends the inspectors' requests past the gateway, to tell
 * the gateway's share from the service's (the public polling still goes through the gateway); SSJ_BENCH_RUN_DIR and
 * SSJ_BENCH_MONGO_URI for the CPU and MongoDB figures ({@link Costs}).
 */
public final class InspectionBenchmark {

    private static final int DRAW_SIZE = 500;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern ETAG = Pattern.compile("\"?(\\d+)\"?");

    private final String gateway;
    /** Where the inspectors' requests go: the gateway, or (SSJ_BENCH_DIRECT_URL) the service itself for comparison. */
    private final String writes;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger failures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();

    private InspectionBenchmark(String gateway, Tokens tokens) {
        this.gateway = gateway;
        this.writes = env("SSJ_BENCH_DIRECT_URL", gateway);
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        int results = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = Integer.parseInt(env("SSJ_BENCH_WARMUP", "1000"));
        String gateway = env("SSJ_GATEWAY_URL", "http://127.0.0.1:8080");
        String kafka = env("SSJ_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        Tokens tokens = new Tokens(env("SSJ_TOKEN_CMD", "deploy/token.sh"), env("SSJ_BENCH_USER", "qy-amr-inspector"));
        String inspectorId = tokens.claim("inspector_id");
        String department = tokens.claim("department");
        if (inspectorId == null || department == null) {
            throw new IllegalStateException("the bench user's token has no inspector_id/department claim");
        }
        String load0 = loadAverage();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        System.out.printf("[bench] %d results (after %d of warm-up, SSJ_BENCH_WARMUP), %d clients, through %s as %s"
                + " (inspector %s); run %s; load average %s; %d cores%n", results, warmUp, clients, gateway,
                tokens.user, inspectorId, run, load0,
                Runtime.getRuntime().availableProcessors());

        InspectionBenchmark bench = new InspectionBenchmark(gateway, tokens);
        List<Target> targets = bench.setUp(kafka, run, warmUp + results, inspectorId, department, clients);
        if (warmUp > 0) {
            // the same work on the first records, printed apart and not counted: the JIT compiles the submission's
            // and the consumers' paths (which the set-up's notices and checks do not run) before the measured phase
            bench.measure(targets.subList(0, warmUp), clients, department, load0, "[bench] warm-up (not counted) ");
        }
        bench.measure(targets.subList(warmUp, targets.size()), clients, department, loadAverage(), "[bench] ");
    }

    // ---- set-up (not measured) ---------------------------------------------------------------------------

    /** One record to enter a result on: its id, the entity's USCC, and the ETag last seen. */
    static final class Target {
        final String id;
        final String uscc;
        volatile String etag = "\"0\"";

        Target(String id, String uscc) {
            this.id = id;
            this.uscc = uscc;
        }
    }

    private List<Target> setUp(String kafka, String run, int results, String inspectorId, String department,
                               int clients) throws Exception {
        long started = System.nanoTime();
        EventCodec codec = new EventCodec(EventCatalog.all());
        String amr1 = "bench-amr-" + run;
        String amr2 = "bench-amr2-" + run;
        String psb = "bench-psb-" + run;
        String planId = "bench-plan-" + run;
        Instant now = Instant.now();
        List<IntegrationEvent> reference = new ArrayList<>();
        reference.add(new InspectionItemPublished(UUID.randomUUID(), now, amr1, 1, department, "营业执照检查",
                List.of("营业执照悬挂", "公示信息"), "《企业信息公示暂行条例》", "ON_SITE", "ENTERPRISE", "GENERAL",
                new BigDecimal("0.03"), 1));
        reference.add(new InspectionItemPublished(UUID.randomUUID(), now, amr2, 1, department, "食品经营检查",
                List.of("进货查验"), "《食品安全法》", "ON_SITE", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1,
                List.of(new InspectionItemPublished.SubItemResults("进货查验", List.of("合格", "不合格", "未经营")))));
        reference.add(new InspectionItemPublished(UUID.randomUUID(), now, psb, 1, "qy-psb", "治安检查",
                List.of("登记簿"), "条例", "ON_SITE", "ENTERPRISE", "GENERAL", new BigDecimal("0.03"), 1));
        PlanPolicyParameters policy = new PlanPolicyParameters("hebei", 1, new BigDecimal("0.03"), Map.of(), 2, 2, 4,
                "SUBSTITUTION_DRAW", 1, 5, 7, 20, null, 0, null);
        PlanTask task = new PlanTask("bench-task", "基准联合抽查", List.of(new PlanItemRef(amr1, 1, department),
                new PlanItemRef(amr2, 1, department), new PlanItemRef(psb, 1, "qy-psb")),
                new PlanObjectScope(null, null, null, null, null, null, null), List.of(),
                LocalDate.now(CHINA).minusDays(30), LocalDate.now(CHINA).plusDays(60), 1, "COUNTY", List.of(), null);
        reference.add(new PlanApproved(UUID.randomUUID(), now, planId, 1, "JOINT", LocalDate.now(CHINA).getYear(),
                "基准联合抽查计划 " + run, department, List.of("qy-psb"), policy, List.of(task), "bench"));

        List<Target> targets = new ArrayList<>(results);
        List<IntegrationEvent> draws = new ArrayList<>();
        List<EntitiesRegistered.RegisteredEntity> batch = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < results; i++) {
            String entityId = "bench-" + run + "-" + i;
            String uscc = uscc(run, i);
            batch.add(new EntitiesRegistered.RegisteredEntity(entityId, "基准测试商贸有限公司" + run + "-" + i, uscc,
                    "130634", "ENTERPRISE", "OPERATING", "B"));
            drawn.add(entityId);
            String drawId = "bench-draw-" + run + "-" + (i / DRAW_SIZE);
            targets.add(new Target(InspectionId.of(drawId, entityId).value(), uscc));
            if (batch.size() == DRAW_SIZE || i == results - 1) {
                reference.add(new EntitiesRegistered(UUID.randomUUID(), now, "bench-import-" + run, i / DRAW_SIZE + 1,
                        List.copyOf(batch)));
                draws.add(draw(drawId, planId, drawn, inspectorId, department, amr1, amr2, psb));
                batch.clear();
                drawn = new ArrayList<>();
            }
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4_000_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            send(producer, codec, reference);
            // the plan and items are consumed on other topics than the draws: give them a head start; a draw
            // consumed too early is retried by the consumer, and sent again below if its records never appear
            Thread.sleep(3_000);
            send(producer, codec, draws);
            for (int d = 0; d < draws.size(); d++) {
                Target last = targets.get(Math.min(targets.size(), (d + 1) * DRAW_SIZE) - 1);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (status("/api/inspections/" + last.id) != 200) {
                    if (System.nanoTime() > deadline) {
                        System.out.printf("[bench] draw %d not applied after 60 s: sent again%n", d);
                        send(producer, codec, List.of(draws.get(d)));
                        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    }
                    Thread.sleep(200);
                }
            }
        }
        System.out.printf("[bench] set-up: %d records from %d draws in %.1f s; notice + on-site check for each …%n",
                results, draws.size(), (System.nanoTime() - started) / 1e9);
        String today = LocalDate.now(CHINA).toString();
        String notice = "{\"announced\":true,\"noticeTime\":\"" + now.minusSeconds(3600)
                + "\",\"channel\":\"电话\"}";
        String onSite = "{\"date\":\"" + today + "\",\"inspectorsPresent\":[\"" + inspectorId + "\",\"bench-2-"
                + run + "\"],\"credentialsShown\":true}";
        String base = "/parts/" + department + "/";
        parallel(clients, targets.size(), i -> {
            Target t = targets.get(i);
            write("POST", t, base + "notice", notice, "n-" + t.id, null);
            write("POST", t, base + "on-site-check", onSite, "o-" + t.id, null);
        });
        System.out.printf("[bench] set-up done in %.1f s (%d failed requests)%n", (System.nanoTime() - started) / 1e9,
                failures.getAndSet(0));
        return targets;
    }

    private static DrawCompleted draw(String drawId, String planId, List<String> entities, String inspectorId,
                                      String department, String amr1, String amr2, String psb) {
        String second = "bench-2-" + drawId.split("-")[2];
        List<InspectionForm.FormMember> members = List.of(new InspectionForm.FormMember(inspectorId, department),
                new InspectionForm.FormMember(second, department), new InspectionForm.FormMember("bench-psb", "qy-psb"));
        List<InspectionForm.FormItem> items = List.of(new InspectionForm.FormItem(department, amr1),
                new InspectionForm.FormItem(department, amr2), new InspectionForm.FormItem("qy-psb", psb));
        Instant now = Instant.now();
        return new DrawCompleted(UUID.randomUUID(), now, drawId, planId, "bench-task", LocalDate.now(CHINA).getYear(),
                "COUNTY", "OK", null, "ssj-demo", 1, "00", "00", "00",
                entities.stream().map(e -> new DrawnTarget(e, "B", "00aa")).toList(),
                entities.stream().map(e -> new DrawnTeam(e, inspectorId, List.of(inspectorId, second, "bench-psb")))
                        .toList(),
                entities.stream().map(e -> new InspectionForm(e, inspectorId, members, items)).toList(), List.of(),
                "/bench", now.minusSeconds(3600));
    }

    private static void send(KafkaProducer<String, String> producer, EventCodec codec, List<IntegrationEvent> events)
            throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (IntegrationEvent e : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.aggregateId(), codec.encode(e));
            record.headers().add("ce_type", e.eventType().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", e.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(record));
        }
        for (Future<?> f : sent) {
            f.get(30, TimeUnit.SECONDS);
        }
    }

    /** A syntactically valid 18-character USCC unique per run and index (not a real check digit). */
    static String uscc(String run, int i) {
        String tail = (run + "0000000000").replaceAll("[^0-9A-HJ-NPQRTUWXY]", "0").substring(0, 4)
                + String.format("%06d", i);
        return "91130634" + tail;
    }

    // ---- measured ------------------------------------------------------------------------------------------

    private void measure(List<Target> targets, int clients, String department, String load0, String tag)
            throws Exception {
        failures.set(0);
        failureSamples.clear();
        int every = Math.max(1, targets.size() / 500);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(targets.size() * 2));
        List<Long> visibility = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<long[]> pendingIndex = new ConcurrentLinkedQueue<>();
        Visibility watcher = new Visibility(targets, pendingIndex, visibility);
        Thread[] pollers = {new Thread(watcher, "visibility-1"), new Thread(watcher, "visibility-2")};
        for (Thread p : pollers) {
            p.start();
        }
        String base = "/parts/" + department + "/";
        String items = itemsOf(targets.get(0));
        Costs costs = Costs.start();
        long start = System.nanoTime();
        // SSJ_BENCH_STEPS=2: a draft (PUT …/draft) then its submission (POST …/submit {}), two requests per result;
        // default 1: the submission carries the form (POST …/submit with the result), one request per result
        boolean twoSteps = "2".equals(env("SSJ_BENCH_STEPS", "1"));
        System.out.printf(tag + "measured: %s by %d clients%n", twoSteps ? "PUT …/draft + POST …/submit per result"
                : "POST …/submit with the result form per result", clients);
        parallel(clients, targets.size(), i -> {
            Target t = targets.get(i);
            boolean ok = true;
            if (twoSteps) {
                ok = write("PUT", t, base + "draft", items, "d-" + t.id, latencies);
            }
            ok &= write("POST", t, base + "submit", twoSteps ? "{}" : items, "s-" + t.id, latencies);
            long done = System.nanoTime();
            if (ok && i % every == 0) {
                pendingIndex.add(new long[] {i, done});
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        String load1 = loadAverage();
        watcher.finishBy(System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
        for (Thread p : pollers) {
            p.join();
        }

        List<Long> req = sorted(latencies);
        List<Long> vis = sorted(visibility);
        System.out.printf(tag + "recorded %d results (%s, 2 items / 3 sub-items each) in %.1f s = %.0f"
                        + " results/s; %d failed requests%s%n", targets.size(), twoSteps ? "draft + submit"
                        : "submit with form", seconds, targets.size() / seconds,
                failures.get(), failureSamples.isEmpty() ? "" : " e.g. " + failureSamples.peek());
        System.out.printf(tag + "per request (" + (writes.equals(gateway) ? "through the gateway" : "direct to "
                + writes) + "): p50 %d ms, p99 %d ms, max %d ms (%d requests)%n",
                pct(req, 50), pct(req, 99), req.isEmpty() ? 0 : req.get(req.size() - 1), req.size());
        System.out.printf(tag + "submission 2xx -> visible in GET /api/public/results?uscc= (gateway, disclosure):"
                        + " p50 %d ms, p99 %d ms, max %d ms (%d of %d sampled results visible)%n", pct(vis, 50),
                pct(vis, 99), vis.isEmpty() ? 0 : vis.get(vis.size() - 1), vis.size(), watcher.sampled());
        System.out.printf(tag + "load average before %s, after the measured phase %s%n", load0, load1);
        // the consumers and the outbox relay finish their share of the work after the last answer: counted until
        // the sampled results are visible (the public polling, a few hundred requests, is counted too)
        costs.print(tag, targets.size(), latencies.size());
    }

    private String itemsOf(Target t) throws IOException, InterruptedException {
        HttpResponse<String> record = get("/api/inspections/" + t.id, true);
        Matcher m = Pattern.compile("\"itemId\":\"(bench-amr2?-[^\"]+)\"").matcher(record.body());
        String amr1 = null;
        String amr2 = null;
        while (m.find()) {
            if (m.group(1).startsWith("bench-amr2-")) {
                amr2 = m.group(1);
            } else {
                amr1 = m.group(1);
            }
        }
        return String.format("{\"items\":[{\"itemId\":\"%s\",\"subItems\":[{\"subItem\":\"营业执照悬挂\","
                + "\"option\":\"NORMAL\"},{\"subItem\":\"公示信息\",\"option\":\"ABNORMAL\",\"note\":\"未公示年报\"}]},"
                + "{\"itemId\":\"%s\",\"subItems\":[{\"subItem\":\"进货查验\",\"option\":\"合格\"}]}],"
                + "\"category\":\"PROBLEM_FOUND_CORRECTION_ORDERED\","
                + "\"measures\":[{\"kind\":\"ORDER_CORRECTION\",\"note\":\"责令改正\"}],"
                + "\"signature\":{\"kind\":\"SIGNED\"}}", amr1, amr2);
    }

    /** Polls the public per-entity query for the sampled results until each is visible (or the deadline). */
    private final class Visibility implements Runnable {
        private final List<Target> targets;
        private final ConcurrentLinkedQueue<long[]> pending;
        private final List<Long> visible;
        private final AtomicInteger sampled = new AtomicInteger();
        private volatile long deadline = Long.MAX_VALUE;

        Visibility(List<Target> targets, ConcurrentLinkedQueue<long[]> pending, List<Long> visible) {
            this.targets = targets;
            this.pending = pending;
            this.visible = visible;
        }

        void finishBy(long nanos) {
            deadline = nanos;
        }

        int sampled() {
            return sampled.get() / 2;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline || deadline == Long.MAX_VALUE) {
                long[] next = pending.poll();
                if (next == null) {
                    if (deadline != Long.MAX_VALUE) {
                        return;
                    }
                    sleep(5);
                    continue;
                }
                if (next.length == 2) {
                    sampled.incrementAndGet();
                    sampled.incrementAndGet();
                    next = new long[] {next[0], next[1], 0};
                }
                Target t = targets.get((int) next[0]);
                try {
                    HttpResponse<String> r = get("/api/public/results?uscc=" + URLEncoder.encode(t.uscc,
                            StandardCharsets.UTF_8), false);
                    long now = System.nanoTime();
                    if (r.statusCode() == 200 && r.body().contains(t.id)) {
                        visible.add(TimeUnit.NANOSECONDS.toMillis(now - next[1]));
                        continue;
                    }
                } catch (IOException e) {
                    // counted as not visible yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // not yet: back in the queue, polled again after the others (at least ~10 ms later)
                if (next[2] > 0 && System.nanoTime() - next[2] < TimeUnit.MILLISECONDS.toNanos(10)) {
                    sleep(2);
                }
                next[2] = System.nanoTime();
                pending.add(next);
            }
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------

    /** A write with Idempotency-Key and If-Match (the ETag last seen); keeps the answer's ETag. */
    private boolean write(String method, Target t, String path, String body, String key, List<Long> latencies) {
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(writes + "/api/inspections/" + t.id + path))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Authorization", "Bearer " + tokens.current()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key + "-" + attempt).header("If-Match", t.etag).build();
            long a = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a);
                if (latencies != null) {
                    latencies.add(ms);
                }
                if (r.statusCode() / 100 == 2) {
                    r.headers().firstValue("ETag").ifPresent(e -> t.etag = e);
                    return true;
                }
                if (r.statusCode() == 412) {
                    // someone else wrote the record: read its ETag and try once more
                    get("/api/inspections/" + t.id, true).headers().firstValue("ETag").ifPresent(e -> t.etag = e);
                    continue;
                }
                fail(method + " " + path + " -> " + r.statusCode() + " " + abbreviate(r.body()));
                return false;
            } catch (IOException e) {
                fail(method + " " + path + " -> " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        fail(method + " " + path + " -> 412 three times");
        return false;
    }

    private HttpResponse<String> get(String path, boolean authenticated) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((authenticated ? writes : gateway) + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (authenticated) {
            b.header("Authorization", "Bearer " + tokens.current());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of an authenticated GET; 0 when it timed out (a loaded machine: asked again). */
    private int status(String path) throws InterruptedException {
        try {
            return get(path, true).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private void fail(String what) {
        failures.incrementAndGet();
        if (failureSamples.size() < 5) {
            failureSamples.add(what);
        }
    }

    private static void parallel(int threads, int n, IntConsumer work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    work.accept(i);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    // ---- tokens --------------------------------------------------------------------------------------------

    /** The bench user's access token from the identity provider, fetched again shortly before it expires. */
    static final class Tokens {
        final String command;
        final String user;
        private String token;
        private long expiresAt;

        Tokens(String command, String user) {
            this.command = command;
            this.user = user;
        }

        synchronized String current() {
            if (token == null || Instant.now().getEpochSecond() > expiresAt - 60) {
                token = fetch();
                String exp = claimOf(token, "exp");
                expiresAt = exp == null ? Long.MAX_VALUE : Long.parseLong(exp);
            }
            return token;
        }

        String claim(String name) {
            return claimOf(current(), name);
        }

        private String fetch() {
            try {
                Process p = new ProcessBuilder(command, user).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0 || out.isEmpty()) {
                    throw new IllegalStateException(command + " " + user + " failed (exit " + p.exitValue() + ")");
                }
                return out;
            } catch (IOException e) {
                throw new IllegalStateException(command + " " + user + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static String claimOf(String jwt, String name) {
            String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(payload);
            return m.find() ? m.group(1) : null;
        }
    }

    // ---- costs (load-independent figures) ------------------------------------------------------------------

    /**
     * CPU time of each platform process (utime + stime from {@code /proc/<pid>/stat}, pids from the platform's run
     * directory, env SSJ_BENCH_RUN_DIR) and MongoDB's operation counters ({@code serverStatus().opcounters}, env
     * SSJ_BENCH_MONGO_URI) over the measured phase: CPU ms and MongoDB operations per result do not depend on what
     * else runs on the machine the way results/s does.
     */
    static final class Costs {
        private final Map<String, Long> cpu0;
        private final Map<String, Long> ops0;
        private final long clockTicks = 100;

        private Costs(Map<String, Long> cpu0, Map<String, Long> ops0) {
            this.cpu0 = cpu0;
            this.ops0 = ops0;
        }

        static Costs start() {
            return new Costs(cpu(), ops());
        }

        void print(String tag, int results, int requests) {
            Map<String, Long> cpu1 = cpu();
            Map<String, Long> ops1 = ops();
            if (!cpu0.isEmpty()) {
                StringBuilder line = new StringBuilder();
                long total = 0;
                for (Map.Entry<String, Long> e : new java.util.TreeMap<>(cpu1).entrySet()) {
                    Long before = cpu0.get(e.getKey());
                    if (before == null) {
                        continue;
                    }
                    long ms = (e.getValue() - before) * 1000 / clockTicks;
                    total += ms;
                    line.append(String.format(Locale.ROOT, " %s %.1f,", e.getKey(), (double) ms / results));
                }
                System.out.printf(Locale.ROOT, tag + "CPU ms per result (whole platform %.1f):%s%n",
                        (double) total / results, line.length() == 0 ? "" : line.substring(0, line.length() - 1));
            }
            if (!ops0.isEmpty()) {
                StringBuilder line = new StringBuilder();
                long total = 0;
                for (Map.Entry<String, Long> e : new java.util.TreeMap<>(ops1).entrySet()) {
                    long n = e.getValue() - ops0.getOrDefault(e.getKey(), 0L);
                    total += n;
                    line.append(String.format(Locale.ROOT, " %s %.1f,", e.getKey(), (double) n / results));
                }
                System.out.printf(Locale.ROOT, tag + "MongoDB operations per result (all services, %.1f requests"
                                + " per result): %.1f —%s%n", (double) requests / results, (double) total / results,
                        line.substring(0, line.length() - 1));
            }
        }

        private static Map<String, Long> cpu() {
            String dir = System.getenv("SSJ_BENCH_RUN_DIR");
            Map<String, Long> cpu = new java.util.HashMap<>();
            if (dir == null || !Files.isDirectory(Path.of(dir))) {
                return cpu;
            }
            try (var files = Files.list(Path.of(dir))) {
                for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                    String name = pidFile.getFileName().toString().replace(".pid", "");
                    try {
                        String pid = Files.readString(pidFile).strip();
                        String stat = Files.readString(Path.of("/proc", pid, "stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name
                        cpu.put(name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    } catch (IOException | RuntimeException gone) {
                        // not running: left out
                    }
                }
            } catch (IOException e) {
                return cpu;
            }
            return cpu;
        }

        private static Map<String, Long> ops() {
            String uri = System.getenv("SSJ_BENCH_MONGO_URI");
            Map<String, Long> ops = new java.util.HashMap<>();
            if (uri == null || uri.isBlank()) {
                return ops;
            }
            try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
                org.bson.Document counters = client.getDatabase("admin")
                        .runCommand(new org.bson.Document("serverStatus", 1)).get("opcounters", org.bson.Document.class);
                for (String key : List.of("insert", "query", "update", "delete", "getmore", "command")) {
                    ops.put(key, ((Number) counters.get(key)).longValue());
                }
            } catch (RuntimeException e) {
                System.out.println("[bench] MongoDB counters not read: " + e);
            }
            return ops;
        }
    }

    // ---- figures -------------------------------------------------------------------------------------------

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
