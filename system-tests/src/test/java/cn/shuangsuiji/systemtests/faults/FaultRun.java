package cn.shuangsuiji.systemtests.faults;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.systemtests.faults.Http.Answer;
import cn.shuangsuiji.testsupport.Identity;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * 故障演练 — the fault run of issue 14 (item 2): records N inspection results through the gateway with real tokens
 * while, on a printed schedule, every platform process is SIGKILLed and restarted in turn, the Kafka broker and
 * MongoDB included; then checks and prints the invariants and the figures. Started by {@code deploy/fault-run.sh}
 * (which documents the environment); loopback only, bounded in time.
 *
 * <p>Set-up (through the gateway, real tokens of the demo users of one department, FAULT_DEPARTMENT, default qy-amr): an annual plan with
 * two tasks that each draw N entities of the department's registry, or all of them when it has fewer (an entity at most
 * twice a year, S0 17), approved
 * and published; one draw per task committed, witnessed, executed; then a token per drawn inspector (users created
 * through the identity provider's admin API, signed in by authorization code + PKCE).
 *
 * <p>Load: C clients ("inspectors") each take the next record and record its result (notice, on-site check, draft,
 * submission; each with an Idempotency-Key and If-Match), retrying every failure with the same key until it is
 * acknowledged.
 */
public final class FaultRun {

    /**
     * The department whose users, registry and inspectors the run uses (FAULT_DEPARTMENT): bd-amr has the largest
     * demo registry (about 7,700 operating entities), enough for two draws of 5,000 (an entity at most twice a year).
     */
    static final String DEPT = env("FAULT_DEPARTMENT", "bd-amr");
    /**
     * Targets per draw at most: a draw's DrawCompleted carries every target (about 460 bytes each, 2.3 MB at 5,000;
     * the platform producer compresses and allows 16 MB, issue 12 bounds larger draws). Two draws (the two tasks)
     * give the run's records, so 10,000 results take two draws of 5,000.
     */
    static final int MAX_TARGETS_PER_DRAW = Integer.parseInt(env("FAULT_MAX_TARGETS_PER_DRAW", "5000"));
    static final String PASSWORD = "ssj-demo-2026";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Pattern INSPECTION_ID = Pattern.compile("\"inspectionId\"\\s*:\\s*\"([^\"]+)\"");

    final Http http = new Http();
    final String gateway = env("SSJ_GATEWAY_URL", "http://127.0.0.1:8080");
    final String issuer = env("SSJ_ISSUER", "http://127.0.0.1:8086");
    final String mongoUri = env("FAULT_MONGO_URI", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
    final String kafka = env("FAULT_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    final List<String> disclosureDirect = List.of(env("FAULT_DISCLOSURE_URLS", "http://127.0.0.1:8085").split(","));
    final Path repo = Path.of(env("FAULT_REPO", ".")).toAbsolutePath();
    final Path work;
    final int results = Integer.parseInt(env("FAULT_RESULTS", "10000"));
    final int clients = Integer.parseInt(env("FAULT_CLIENTS", "12"));
    /** The load stops taking new records after this long (the run stays bounded on a slow machine). */
    final Duration maxLoad = Duration.ofMinutes(Long.parseLong(env("FAULT_MAX_LOAD_MINUTES", "45")));
    final Duration gap = Duration.ofSeconds(Long.parseLong(env("FAULT_GAP_SECONDS", "20")));
    /** The whole run is stopped, loudly (exit 2), after this long: a stuck step never hangs the run. */
    final Duration maxRun = Duration.ofMinutes(Long.parseLong(env("FAULT_MAX_MINUTES", "150")));
    /** deploy/platform.sh's wait for a restarted process (SSJ_START_TIMEOUT, set by deploy/fault-run.sh). */
    final Duration startTimeout = Duration.ofSeconds(Long.parseLong(env("SSJ_START_TIMEOUT", "600")));
    volatile String phase = "start";
    final List<String> schedule = List.of(env("FAULT_SCHEDULE", "inspection-service,disclosure-service,draw-service,"
            + "registry-service,planning-service,gateway,identity-service,kafka,mongodb,inspection-service-2,"
            + "disclosure-service-2").split(","));
    final String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
    final long t0 = System.nanoTime();
    final Identity identity;

    // what happened, for the invariants and figures
    final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();   // record id -> nanoTime of the 2xx submit
    final Map<String, String> usccOf = new ConcurrentHashMap<>();
    final Map<String, Long> publicAt = new ConcurrentHashMap<>();          // record id -> first seen on the topic
    final Map<String, Set<String>> publicEventIds = new ConcurrentHashMap<>();
    final AtomicLong publicRecords = new AtomicLong();
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> givenUp = Collections.synchronizedList(new ArrayList<>());
    final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong lastSuccess = new AtomicLong();
    final AtomicInteger writes = new AtomicInteger();
    final List<String> drawIds = new ArrayList<>();

    /** A failed attempt of a write: what the client saw; {@code completed} once a retry with the key succeeded. */
    static final class Failure {
        final long at;
        final String key;
        final int status;
        final boolean problemJson;
        final String code;
        final String detail;
        volatile boolean completed;

        Failure(long at, String key, Answer answer) {
            this.at = at;
            this.key = key;
            this.status = answer.status();
            this.problemJson = answer.problemJson();
            this.code = answer.code();
            this.detail = answer.toString();
        }

        /** A 5xx problem+json or a lost connection (outages), or the gateway's 429 problem (throttling, not a fault). */
        boolean clean() {
            return status >= 500 && problemJson || status == -1 || status == 429 && problemJson;
        }
    }

    /** One scheduled fault and how the platform came back. */
    static final class Fault {
        final String target;
        long killedAt;
        long restartedAt;
        long healthyAt;
        long firstSuccessAfter;
        int failuresDuring;

        Fault(String target) {
            this.target = target;
        }
    }

    FaultRun() throws IOException {
        work = repo.resolve(env("FAULT_WORK", ".data/fault-run")).resolve("run-" + run);
        Files.createDirectories(work);
        identity = Identity.at(issuer);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new FaultRun().execute() ? 0 : 1);
    }

    boolean execute() throws Exception {
        log("run %s: %d results, %d clients, gateway %s, issuer %s, work dir %s", run, results, clients, gateway,
                issuer, work);
        log("conditions: %s", loadAverage());
        if (results > 2 * MAX_TARGETS_PER_DRAW) {
            throw new IllegalArgumentException(results + " results need more than two draws of "
                    + MAX_TARGETS_PER_DRAW + " (FAULT_MAX_TARGETS_PER_DRAW)");
        }
        long faultBound = schedule.size() * (startTimeout.toSeconds() + gap.toSeconds() + 35);
        log("bounds: set-up ≤ 25 min (plan, two draws of %d, records created), load ≤ %d min (FAULT_MAX_LOAD_MINUTES), "
                        + "faults ≤ %d × (restart ≤ %d s + gap %d s) = %d min, checks ≤ 15 min; the run is stopped with "
                        + "exit code 2 after %d min (FAULT_MAX_MINUTES)", perDraw(), maxLoad.toMinutes(),
                schedule.size(), startTimeout.toSeconds(), gap.toSeconds(), faultBound / 60, maxRun.toMinutes());
        log("expected on a quiet 2-core machine (estimates; a loaded host is many times slower): set-up 2–5 min, "
                        + "load %d results at 15–35 results/s = %.1f–%.1f min, faults about %d min (restarts of "
                        + "15–40 s), checks 1–3 min", results, results / 35.0 / 60, results / 15.0 / 60,
                schedule.size() * (30 + gap.toSeconds()) / 60 + 1);
        startWatchdog();
        phase = "set-up";
        Path checkpointBefore = work.resolve("checkpoint-before.txt");
        Files.writeString(checkpointBefore, retryGet(gateway + "/api/draws/log/checkpoint", null).body());
        List<Target> targets = setUp();
        Thread watcher = watchPublicTopic();
        log("schedule (one fault at a time; next fault %d s after the previous one is healthy again): %s",
                gap.toSeconds(), String.join(" → ", schedule));
        AtomicBoolean loadDone = new AtomicBoolean();
        Thread faultThread = new Thread(() -> runFaults(loadDone), "faults");
        long loadStart = System.nanoTime();
        phase = "load";
        faultThread.start();
        recordAll(targets);
        long loadEnd = System.nanoTime();
        loadDone.set(true);
        log("load done: %d results acknowledged, %d given up", acknowledgedAt.size(), givenUp.size());
        phase = "faults after the load";
        faultThread.join();
        phase = "checks";
        boolean ok = check(targets, loadStart, loadEnd, checkpointBefore);
        watcher.interrupt();
        return ok;
    }

    /** Stops the run, loudly, when it outlasts {@link #maxRun}: what it was doing and how far it got. */
    void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            sleep(maxRun.toMillis());
            System.out.println();
            System.out.printf("[fault-run] FAILED: not finished within %d min (FAULT_MAX_MINUTES), during %s: %d of %d "
                            + "results acknowledged, %d given up, %d faults started (last: %s), %d failed attempts; "
                            + "%s%n", maxRun.toMinutes(), phase, acknowledgedAt.size(), results, givenUp.size(),
                    faults.size(), faults.isEmpty() ? "none" : faults.get(faults.size() - 1).target, failures.size(),
                    loadAverage());
            System.out.flush();
            Runtime.getRuntime().halt(2);
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    // ------------------------------------------------------------------ set-up: plan, draws, inspector tokens

    record Target(String recordId, String entityId, String uscc, String leader) {
    }

    List<Target> setUp() throws Exception {
        List<Target> targets = new ArrayList<>();
        String reuse = env("FAULT_DRAWS", "");
        if (reuse.isBlank()) {
            targets.addAll(planAndDraw());
        } else {
            // executed draws of an earlier run (an entity is drawn at most twice a year, so each run's own draws use
            // up the department's registry): their records are recorded now
            for (String drawId : reuse.split(",")) {
                targets.addAll(targetsOf(drawId, retryGet(gateway + "/api/draws/" + drawId, user(DEPT + "-operator"))
                        .json()));
            }
        }
        return chosen(targets);
    }

    List<Target> planAndDraw() throws Exception {
        int year = LocalDate.now(CHINA).getYear();
        String planner = user(DEPT + "-planner");
        Document demo = retryGet(gateway + "/api/planning/plans/demo-" + year + "-annual-" + DEPT, planner).json();
        // two tasks of different items (the two of the demo plan): a task repeating another's items is refused
        List<Document> demoTasks = demo.getList("tasks", Document.class);
        String planId = "fault-" + year + "-" + run;
        List<Document> tasks = new ArrayList<>();
        for (String taskId : List.of("t1", "t2")) {
            Document demoTask = demoTasks.get(tasks.size() % demoTasks.size());
            tasks.add(new Document("taskId", taskId).append("name", "故障演练全量抽查 " + taskId)
                    .append("items", demoTask.get("items")).append("sampleSizes", List.of(new Document("count",
                            perDraw())))
                    .append("windowStart", LocalDate.now(CHINA).toString()).append("windowEnd", year + "-12-31")
                    .append("frequency", 1).append("level", demoTask.getString("level")));
        }
        Document plan = new Document("id", planId).append("kind", "ANNUAL").append("year", year)
                .append("title", "故障演练 " + run).append("participatingDepartmentIds", List.of())
                .append("tasks", tasks);
        must(write("POST", gateway + "/api/planning/plans", planner, plan.toJson()), "create plan");
        must(write("POST", gateway + "/api/planning/plans/" + planId + "/submit", planner, null), "submit plan");
        String head = user(DEPT + "-head");
        must(write("POST", gateway + "/api/planning/plans/" + planId + "/approve", head, null), "approve plan");
        must(write("POST", gateway + "/api/planning/plans/" + planId + "/publish", head, null), "publish plan");
        log("plan %s approved and published: tasks t1, t2, %d entities each of the %s registry", planId, perDraw(),
                DEPT);

        List<Target> targets = new ArrayList<>();
        for (String taskId : List.of("t1", "t2")) {
            targets.addAll(draw(planId, taskId));
            if (targets.size() >= results) {
                break;
            }
        }
        return targets;
    }

    /** Targets per draw: half the results (two tasks), at most {@link #MAX_TARGETS_PER_DRAW}. */
    int perDraw() {
        return Math.min((results + 1) / 2, MAX_TARGETS_PER_DRAW);
    }

    List<Target> chosen(List<Target> targets) throws Exception {
        if (targets.size() < results) {
            throw new IllegalStateException("only " + targets.size() + " targets drawn, " + results + " wanted");
        }
        List<Target> chosen = new ArrayList<>(targets.subList(0, results));
        Set<String> inspectors = new java.util.TreeSet<>();
        chosen.forEach(t -> inspectors.add(t.leader()));
        log("%d records chosen; signing in their %d team leaders (users made by the identity admin API)",
                chosen.size(), inspectors.size());
        for (String inspector : inspectors) {
            inspectorToken(inspector);
        }
        // the records arrive in inspection-service over Kafka
        String any = inspectorToken(chosen.get(chosen.size() - 1).leader());
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!http.get(gateway + "/api/inspections/" + chosen.get(chosen.size() - 1).recordId(), any).ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("inspection records not created within 10 minutes");
            }
            Thread.sleep(2000);
        }
        log("inspection records are there");
        return chosen;
    }

    List<Target> draw(String planId, String taskId) throws Exception {
        String operator = user(DEPT + "-operator");
        String witness = user(DEPT + "-witness");
        String witnessId = claim(witness, "sub");
        String entities = null;
        String inspectorSnapshots = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            Answer plan = http.get(gateway + "/api/draws/plans/" + planId, operator);
            Answer e = http.get(gateway + "/api/draws/snapshots?kind=ENTITIES&departmentId=" + DEPT, operator);
            Answer i = http.get(gateway + "/api/draws/snapshots?kind=INSPECTORS&departmentId=" + DEPT, operator);
            if (plan.ok() && e.ok() && i.ok() && !e.array().isEmpty() && !i.array().isEmpty()) {
                entities = e.array().get(0).getString("snapshotId");
                inspectorSnapshots = i.array().get(0).getString("snapshotId");
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("draw-service does not know plan " + planId + " or the snapshots: "
                        + plan + " / " + e + " / " + i);
            }
            Thread.sleep(2000);
        }
        long genesis = 1692803367L;
        long period = 3;
        long now = Instant.now().getEpochSecond();
        // far enough ahead for the reveal and the source value on a loaded machine
        long round = (now + 30 - genesis) / period + 2;
        long roundTime = genesis + (round - 1) * period;
        String secret = HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        String commitment = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        Document commit = new Document("planId", planId).append("taskId", taskId).append("beaconNetwork", "ssj-demo")
                .append("beaconRound", round).append("targetSnapshotIds", List.of(entities))
                .append("inspectorSnapshotIds", List.of(inspectorSnapshots))
                .append("sources", List.of(new Document("name", "演练随机源").append("description", "three digits")
                        .append("format", "INTEGER_LIST:3")))
                .append("witnessCommitments", List.of(new Document("witness", witnessId).append("commitment",
                        commitment)));
        Document committed = must(write("POST", gateway + "/api/draws", operator, commit.toJson()), "commit").json();
        String drawId = committed.getString("id");
        once("POST", gateway + "/api/draws/" + drawId + "/reveals", witness, new Document("reveal", secret).toJson(),
                "reveal");
        once("POST", gateway + "/api/draws/" + drawId + "/sources", operator,
                new Document("source", "演练随机源").append("value", "3 1 4").toJson(), "source");
        while (Instant.now().getEpochSecond() < roundTime) {
            Thread.sleep(500);
        }
        String signature = retryGet(gateway + "/api/draws/demo-beacon/" + round, operator).json()
                .getString("signature");
        Answer execute = write("POST", gateway + "/api/draws/" + drawId + "/execute", operator,
                new Document("round", round).append("signature", signature).toJson());
        Document executed = execute.ok() ? execute.json() : null;
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (executed == null || !"EXECUTED".equals(executed.getString("state"))) {
            // a draw over thousands of targets may outlast the gateway's response timeout on a loaded machine
            if (System.nanoTime() > until) {
                throw new IllegalStateException("draw " + drawId + " not executed: " + execute);
            }
            sleep(2000);
            Answer state = http.get(gateway + "/api/draws/" + drawId, operator);
            executed = state.ok() ? state.json() : null;
        }
        List<Target> targets = targetsOf(drawId, executed);
        log("draw %s of task %s: %d candidates, %d targets", drawId, taskId, committed.get("candidateCount"),
                targets.size());
        return targets;
    }

    List<Target> targetsOf(String drawId, Document executed) throws IOException {
        String operator = user(DEPT + "-operator");
        drawIds.add(drawId);
        List<Target> targets = new ArrayList<>();
        for (Document target : executed.getList("targets", Document.class)) {
            String entityId = target.getString("entityId");
            String recordId = "ins-" + java.util.UUID.nameUUIDFromBytes((drawId + "|" + entityId)
                    .getBytes(StandardCharsets.UTF_8));
            String uscc = target.getString("uscc");
            targets.add(new Target(recordId, entityId, uscc, target.getString("leaderId")));
        }
        Path bundle = work.resolve(drawId + ".bundle.json");
        Files.writeString(bundle, retryGet(gateway + "/api/draws/" + drawId + "/bundle", operator).body());
        log("draw %s: %d targets, bundle saved", drawId, targets.size());
        return targets;
    }

    String user(String name) {
        return retry(() -> identity.loginAccessToken(name, PASSWORD));
    }

    final Map<String, String> inspectorUsers = new ConcurrentHashMap<>();

    /** A token of the inspector (cached by Identity until shortly before expiry); null while the provider is down. */
    String inspectorToken(String inspectorId) {
        try {
            return identity.accessTokenFor("INSPECTOR", DEPT, inspectorId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ load

    void recordAll(List<Target> targets) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        Map<String, String> draftBodies = new ConcurrentHashMap<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < targets.size(); i = next.getAndIncrement()) {
                    if (seconds(t0Load.get()) > maxLoad.toSeconds()) {
                        if (stopped.compareAndSet(false, true)) {
                            log("load stopped after %d min (FAULT_MAX_LOAD_MINUTES): %d of %d records started",
                                    maxLoad.toMinutes(), i, targets.size());
                        }
                        break;
                    }
                    Target target = targets.get(i);
                    try {
                        recordOne(target, draftBodies);
                    } catch (RuntimeException e) {
                        givenUp.add(target.recordId() + ": " + e.getMessage());
                    }
                    if ((i + 1) % 500 == 0) {
                        double rate = acknowledgedAt.size() / seconds(t0Load.get());
                        log("%d results recorded (%.1f results/s so far; the rest expected in %.0f s)",
                                acknowledgedAt.size(), rate, (targets.size() - acknowledgedAt.size()) / rate);
                    }
                }
                return null;
            }));
        }
        t0Load.set(System.nanoTime());
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    final AtomicLong t0Load = new AtomicLong(System.nanoTime());
    final AtomicBoolean stopped = new AtomicBoolean();

    void recordOne(Target target, Map<String, String> draftBodies) {
        String base = gateway + "/api/inspections/" + target.recordId();
        Answer record = readRecord(target, base);
        Document json = record.json();
        String etag = record.header("ETag");
        List<String> present = new ArrayList<>();
        for (Document member : json.getList("team", Document.class)) {
            present.add(member.getString("inspectorId"));
        }
        usccOf.put(target.recordId(), json.getString("uscc") != null ? json.getString("uscc")
                : target.uscc() == null ? "" : target.uscc());
        String today = LocalDate.now(CHINA).toString();
        String part = base + "/parts/" + DEPT;
        etag = step(target, "notice", "POST", part + "/notice", new Document("announced", true)
                .append("noticeTime", Instant.now().toString()).append("channel", "电话").toJson(), etag);
        etag = step(target, "on-site", "POST", part + "/on-site-check", new Document("date", today)
                .append("inspectorsPresent", present).append("credentialsShown", true).toJson(), etag);
        etag = step(target, "draft", "PUT", part + "/draft", draftOf(json), etag);
        step(target, "submit", "POST", part + "/submit", "{}", etag);
        acknowledgedAt.put(target.recordId(), System.nanoTime());
    }

    Answer readRecord(Target target, String url) {
        for (int attempt = 1; ; attempt++) {
            String token = inspectorToken(target.leader());
            Answer answer = token == null ? new Answer(-1, null, null, "no token (identity provider down)")
                    : http.get(url, token);
            if (answer.ok()) {
                return answer;
            }
            pause(attempt, answer, target, "read");
        }
    }

    /** One write, retried with the same Idempotency-Key until it is acknowledged; returns the record's new ETag. */
    String step(Target target, String name, String method, String url, String body, String etag) {
        String key = "fr-" + run + "-" + target.recordId().substring(4) + "-" + name;
        List<Failure> mine = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            String token = inspectorToken(target.leader());
            Answer answer;
            if (token == null) {
                answer = new Answer(-1, null, null, "no token (identity provider down)");
            } else {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Idempotency-Key", key);
                if (etag != null) {
                    headers.put("If-Match", etag);
                }
                answer = http.send(method, url, token, body, headers, Duration.ofSeconds(60));
            }
            if (answer.ok()) {
                writes.incrementAndGet();
                lastSuccess.set(System.nanoTime());
                mine.forEach(f -> f.completed = true);
                String next = answer.header("ETag");
                return next != null ? next : etag;
            }
            if (token != null) {
                Failure failure = new Failure(System.nanoTime(), key, answer);
                failures.add(failure);
                mine.add(failure);
            }
            if (answer.status() == 412) {
                // another attempt of ours changed the record meanwhile: read the current ETag and go on with the key
                etag = readRecord(target, gateway + "/api/inspections/" + target.recordId()).header("ETag");
            }
            if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 412 && answer.status() != 401
                    && answer.status() != 429 && attempt >= 5) {
                throw new IllegalStateException(name + " refused: " + answer);
            }
            pause(attempt, answer, target, name);
        }
    }

    void pause(int attempt, Answer answer, Target target, String what) {
        if (attempt > 2000) {
            throw new IllegalStateException(what + " of " + target.recordId() + " never succeeded: " + answer);
        }
        sleep(Math.min(2000, 200L * attempt));
    }

    /** The draft: every sub-item of the part's items answered with its first option, a correction ordered. */
    static String draftOf(Document record) {
        List<Document> items = new ArrayList<>();
        for (Document part : record.getList("parts", Document.class)) {
            if (!DEPT.equals(part.getString("departmentId"))) {
                continue;
            }
            for (Document item : part.getList("items", Document.class)) {
                List<Document> subItems = new ArrayList<>();
                List<?> options = item.getList("options", Object.class);
                String option = options == null || options.isEmpty() ? "NORMAL" : String.valueOf(options.get(0));
                List<?> names = item.getList("subItems", Object.class);
                if (names != null) {
                    for (Object sub : names) {
                        subItems.add(new Document("subItem", String.valueOf(sub)).append("option", option));
                    }
                }
                items.add(new Document("itemId", item.getString("itemId")).append("subItems", subItems));
            }
        }
        return new Document("items", items).append("category", "PROBLEM_FOUND_CORRECTION_ORDERED")
                .append("measures", List.of(new Document("kind", "ORDER_CORRECTION").append("note", "限期改正")))
                .append("signature", new Document("kind", "SIGNED")).append("notes", "故障演练").toJson();
    }

    // ------------------------------------------------------------------ faults

    void runFaults(AtomicBoolean loadDone) {
        sleep(gap.toMillis());
        for (String target : schedule) {
            Fault fault = new Fault(target);
            faults.add(fault);
            int failuresBefore = failures.size();
            fault.killedAt = System.nanoTime();
            phase = "fault " + target;
            log("FAULT %s: SIGKILL%s", target, loadDone.get() ? " (load already done)" : "");
            boolean ok = switch (target) {
                case "kafka" -> kill(pidOf("kafka")) && sleepThen(2000) && infraStart(fault);
                case "mongodb" -> kill(pidOf("mongod")) && sleepThen(2000) && infraStart(fault);
                default -> platform("kill", target) && sleepThen(2000) && restart(fault);
            };
            fault.healthyAt = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!loadDone.get() && lastSuccess.get() < fault.healthyAt && System.nanoTime() < deadline) {
                sleep(50);
            }
            fault.firstSuccessAfter = lastSuccess.get() >= fault.healthyAt ? lastSuccess.get() : 0;
            fault.failuresDuring = failures.size() - failuresBefore;
            log("FAULT %s: %s; back %.1f s after the kill (restart to healthy %.1f s)%s; %d failed attempts meanwhile",
                    target, ok ? "restarted" : "RESTART FAILED", (fault.healthyAt - fault.killedAt) / 1e9,
                    (fault.healthyAt - fault.restartedAt) / 1e9, fault.firstSuccessAfter > 0
                            ? String.format(", next acknowledged write %.1f s after healthy",
                            (fault.firstSuccessAfter - fault.healthyAt) / 1e9) : "", fault.failuresDuring);
            sleep(gap.toMillis());
        }
    }

    boolean restart(Fault fault) {
        fault.restartedAt = System.nanoTime();
        return platform("start", fault.target);
    }

    boolean infraStart(Fault fault) {
        fault.restartedAt = System.nanoTime();
        return command(List.of(repo.resolve("deploy/infra.sh").toString(), "start"));
    }

    boolean platform(String verb, String name) {
        return command(List.of(repo.resolve("deploy/platform.sh").toString(), verb, name));
    }

    boolean command(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(work.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(work.resolve("commands.log").toFile()))
                    .start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            log("command %s failed: %s", command, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pidOf(String name) {
        try {
            return Long.parseLong(Files.readString(Path.of(env("SSJ_DATA", repo.resolve(".data").toString()),
                    "run", name + ".pid")).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    boolean kill(long pid) {
        if (pid <= 0) {
            return false;
        }
        command(List.of("kill", "-9", Long.toString(pid)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            sleep(50);
        }
        return true;
    }

    static boolean sleepThen(long millis) {
        sleep(millis);
        return true;
    }

    // ------------------------------------------------------------------ the public topic

    Thread watchPublicTopic() {
        Thread thread = new Thread(() -> {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-run-" + run);
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.PUBLIC_RESULTS));
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        Matcher m = INSPECTION_ID.matcher(r.value() == null ? "" : r.value());
                        if (!m.find()) {
                            continue;
                        }
                        String id = m.group(1);
                        publicAt.putIfAbsent(id, System.nanoTime());
                        Header ce = r.headers().lastHeader("ce_id");
                        publicEventIds.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                                .add(ce == null ? r.topic() + "@" + r.offset() : new String(ce.value(),
                                        StandardCharsets.UTF_8));
                        publicRecords.incrementAndGet();
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                // done
            }
        }, "public-topic");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    // ------------------------------------------------------------------ invariants and figures

    boolean check(List<Target> targets, long loadStart, long loadEnd, Path checkpointBefore) throws Exception {
        boolean ok = true;
        Set<String> acked = acknowledgedAt.keySet();
        log("waiting (up to 10 min) until every acknowledged result is on %s", Topics.PUBLIC_RESULTS);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!publicAt.keySet().containsAll(acked) && System.nanoTime() < deadline) {
            sleep(1000);
        }
        sleep(5000);   // late duplicates, if any, would show now
        Map<String, String> lines = new TreeMap<>();

        // 1. the public topic
        long missingTopic = acked.stream().filter(id -> !publicAt.containsKey(id)).count();
        long doubledTopic = acked.stream().filter(id -> publicEventIds.getOrDefault(id, Set.of()).size() > 1).count();
        boolean topicOk = missingTopic == 0 && doubledTopic == 0;
        ok &= topicOk;
        lines.put("1 public topic", String.format("%s: %d acknowledged results, %d missing, %d with more than one "
                        + "distinct event (%d messages read in all, redeliveries of one event id counted once) — %s",
                Topics.PUBLIC_RESULTS, acked.size(), missingTopic, doubledTopic, publicRecords.get(),
                verdict(topicOk)));

        // 2. the public view by USCC (every disclosure instance directly, round robin)
        Map<String, List<String>> byUscc = new TreeMap<>();
        for (String id : acked) {
            byUscc.computeIfAbsent(usccOf.get(id), k -> new ArrayList<>()).add(id);
        }
        AtomicInteger missingView = new AtomicInteger();
        AtomicInteger doubledView = new AtomicInteger();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byUscc.entrySet()) {
            futures.add(pool.submit(() -> {
                String base = disclosureDirect.get(n.getAndIncrement() % disclosureDirect.size());
                Answer page = retryGet(base + "/api/public/results?limit=500&uscc=" + e.getKey(), null);
                Map<String, Integer> seen = new java.util.HashMap<>();
                for (Document item : page.json().getList("items", Document.class)) {
                    seen.merge(item.getString("inspectionId"), 1, Integer::sum);
                }
                for (String id : e.getValue()) {
                    int count = seen.getOrDefault(id, 0);
                    if (count == 0) {
                        missingView.incrementAndGet();
                    } else if (count > 1) {
                        doubledView.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        boolean viewOk = missingView.get() == 0 && doubledView.get() == 0;
        ok &= viewOk;
        lines.put("2 public view", String.format("GET /api/public/results?uscc= over %d USCCs on %d disclosure "
                        + "instance(s): %d missing, %d shown more than once — %s", byUscc.size(),
                disclosureDirect.size(), missingView.get(), doubledView.get(), verdict(viewOk)));

        // 3. open data
        String admin = user("admin");
        Answer export = must(write("POST", gateway + "/api/disclosure/open-data/exports", admin, null), "export");
        String day = export.json().get("day").toString();
        Answer file = retryGet(gateway + "/api/public/open-data/" + day + "/results.jsonl", null);
        Map<String, Integer> inExport = new java.util.HashMap<>();
        for (String line : file.body().split("\n")) {
            Matcher m = INSPECTION_ID.matcher(line);
            if (m.find()) {
                inExport.merge(m.group(1), 1, Integer::sum);
            }
        }
        long missingExport = acked.stream().filter(id -> !inExport.containsKey(id)).count();
        long doubledExport = acked.stream().filter(id -> inExport.getOrDefault(id, 0) > 1).count();
        boolean exportOk = missingExport == 0 && doubledExport == 0;
        ok &= exportOk;
        lines.put("3 open data", String.format("export of %s, results.jsonl (%d lines): %d missing, %d more than once"
                + " — %s", day, inExport.values().stream().mapToInt(Integer::intValue).sum(), missingExport,
                doubledExport, verdict(exportOk)));

        // 4. outboxes
        StringBuilder outboxes = new StringBuilder();
        boolean outboxOk = true;
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<String, Long> pending;
            do {
                pending = new LinkedHashMap<>();
                for (String db : List.of("ssj_registry", "ssj_planning", "ssj_draw", "ssj_inspection",
                        "ssj_disclosure")) {
                    pending.put(db, mongo.getDatabase(db).getCollection("outbox")
                            .countDocuments(new Document("sentAt", null)));
                }
                if (pending.values().stream().allMatch(v -> v == 0)) {
                    break;
                }
                sleep(2000);
            } while (System.nanoTime() < until);
            for (Map.Entry<String, Long> e : pending.entrySet()) {
                outboxes.append(e.getKey()).append(' ').append(e.getValue()).append(", ");
                outboxOk &= e.getValue() == 0;
            }
            // 4b. the inspection records themselves: each acknowledged record submitted once
        }
        ok &= outboxOk;
        lines.put("4 outbox", "entries not sent: " + outboxes + "— " + verdict(outboxOk));

        // 5. dead letters
        StringBuilder dlts = new StringBuilder();
        boolean dltOk = true;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin kafkaAdmin = Admin.create(props);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringDeserializer(),
                     new StringDeserializer())) {
            List<String> topics = kafkaAdmin.listTopics().names().get().stream()
                    .filter(t -> t.endsWith(Topics.DEAD_LETTER_SUFFIX)).sorted().toList();
            long total = 0;
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long count = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
                total += count;
                if (count > 0) {
                    dlts.append(topic).append(": ").append(count).append(" (").append(explain(consumer, partitions))
                            .append("); ");
                }
            }
            dltOk = total == 0;
            lines.put("5 dead letters", String.format("%d dead-letter topics, %d entries%s — %s", topics.size(), total,
                    dlts.length() > 0 ? ": " + dlts : "", verdict(dltOk)));
        }
        ok &= dltOk;

        // 6. client-side failures
        Map<String, Integer> kinds = new TreeMap<>();
        long unclean = 0;
        long notCompleted = 0;
        for (Failure f : failures) {
            String kind = f.status == -1 ? "no answer (" + f.detail.replaceAll("\\(|\\)", "").replaceAll(":.*", "")
                    + ")" : f.status + " " + (f.problemJson ? "problem+json " + f.code : "not problem+json");
            kinds.merge(kind, 1, Integer::sum);
            if (!f.clean()) {
                unclean++;
            }
            if (!f.completed) {
                notCompleted++;
            }
        }
        boolean failuresOk = unclean == 0 && notCompleted == 0 && givenUp.isEmpty();
        ok &= failuresOk;
        lines.put("6 client failures", String.format("%d failed attempts %s; %d not a clean 5xx problem+json or lost "
                        + "connection; %d not completed by a retry with the same Idempotency-Key; %d results given up "
                        + "— %s", failures.size(), kinds, unclean, notCompleted, givenUp.size(),
                verdict(failuresOk)));
        failures.stream().filter(f -> !f.clean()).limit(5)
                .forEach(f -> log("  unclean failure %s: %s", f.key, f.detail));
        givenUp.stream().limit(5).forEach(g -> log("  given up: %s", g));

        // 7. draws: bundles, inclusion in the log, consistency of the log across the run
        boolean drawsOk = true;
        StringBuilder draws = new StringBuilder();
        Path checkpointAfter = work.resolve("checkpoint-after.txt");
        Files.writeString(checkpointAfter, retryGet(gateway + "/api/draws/log/checkpoint", null).body());
        Path key = work.resolve("draw-log.vkey");
        Files.writeString(key, retryGet(gateway + "/api/draws/log/key", null).body());
        String verifier = repo.resolve("verifier/target/ssj-verifier.jar").toString();
        for (String drawId : drawIds) {
            Path bundle = work.resolve(drawId + ".bundle.json");
            boolean verified = java(List.of("-jar", verifier, "verify", bundle.toString()), drawId + "-verify");
            // the bundle was saved when the draw was made, at the log's size then: a user who kept it checks it
            // against today's checkpoint with the consistency proof between the two sizes
            List<String> inclusion = new ArrayList<>(List.of("-jar", verifier, "inclusion", bundle.toString(),
                    checkpointAfter.toString(), "--key", key.toString()));
            long saved = bundleCheckpointSize(Files.readString(bundle));
            if (saved != size(checkpointAfter)) {
                Path toNow = work.resolve(drawId + ".consistency.json");
                Files.writeString(toNow, retryGet(gateway + "/api/draws/log/proofs/consistency?from=" + saved
                        + "&to=" + size(checkpointAfter), null).body());
                inclusion.addAll(List.of("--proof", toNow.toString()));
            }
            boolean included = java(inclusion, drawId + "-inclusion");
            draws.append(drawId).append(" verify ").append(verified ? "OK" : "FAILED").append(", inclusion ")
                    .append(included ? "OK" : "FAILED").append("; ");
            drawsOk &= verified && included;
        }
        long before = size(checkpointBefore);
        long after = size(checkpointAfter);
        Path proof = work.resolve("consistency.json");
        Files.writeString(proof, retryGet(gateway + "/api/draws/log/proofs/consistency?from=" + before + "&to="
                + after, null).body());
        boolean consistent = java(List.of("-jar", verifier, "consistency", checkpointBefore.toString(),
                checkpointAfter.toString(), proof.toString()), "consistency");
        drawsOk &= consistent;
        draws.append("log ").append(before).append(" → ").append(after).append(" consistency ")
                .append(consistent ? "OK" : "FAILED");
        ok &= drawsOk;
        lines.put("7 draws", draws + " — " + verdict(drawsOk));

        // figures
        double loadSeconds = (loadEnd - loadStart) / 1e9;
        List<Long> visible = new ArrayList<>();
        String slowest = null;
        long worst = -1;
        for (String id : acked) {
            Long seen = publicAt.get(id);
            if (seen != null) {
                long latency = Math.max(0, seen - acknowledgedAt.get(id));
                visible.add(latency);
                if (latency > worst) {
                    worst = latency;
                    slowest = id;
                }
            }
        }
        Collections.sort(visible);
        System.out.println();
        System.out.println("[fault-run] ================= INVARIANTS (run " + run + ") =================");
        lines.forEach((k, v) -> System.out.println("[fault-run] " + k + ": " + v));
        System.out.println("[fault-run] ================= FIGURES =================");
        System.out.printf("[fault-run] results: %d acknowledged in %.1f s = %.1f results/s (%d writes, %d clients, "
                        + "%d instances behind the gateway as configured)%n", acked.size(), loadSeconds,
                acked.size() / loadSeconds, writes.get(), clients, disclosureDirect.size());
        System.out.printf("[fault-run] acknowledged → on %s: p50 %.1f s, p99 %.1f s, max %.1f s (%s)%n",
                Topics.PUBLIC_RESULTS, pct(visible, 50), pct(visible, 99), worst / 1e9, slowest);
        System.out.println("[fault-run] faults (kill → healthy again; restart → healthy; healthy → next acknowledged "
                + "write; failed client attempts during the fault):");
        for (Fault f : faults) {
            System.out.printf("[fault-run]   %-22s at +%5.0f s: back after %5.1f s (restart %5.1f s)%s, %d failed "
                            + "attempts%n", f.target, (f.killedAt - t0) / 1e9, (f.healthyAt - f.killedAt) / 1e9,
                    (f.healthyAt - f.restartedAt) / 1e9, f.firstSuccessAfter > 0 ? String.format(
                            ", next write +%.1f s", (f.firstSuccessAfter - f.healthyAt) / 1e9) : "",
                    f.failuresDuring);
        }
        System.out.println("[fault-run] conditions: " + loadAverage());
        System.out.println("[fault-run] " + (ok ? "ALL INVARIANTS HOLD" : "INVARIANTS VIOLATED") + " (details and "
                + "command output in " + work + ")");
        return ok;
    }

    String explain(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        StringBuilder why = new StringBuilder();
        int shown = 0;
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(5))) {
            if (shown++ >= 3) {
                break;
            }
            Header reason = r.headers().lastHeader("kafka_dlt-exception-message");
            Header type = r.headers().lastHeader("ce_type");
            why.append(type == null ? "?" : new String(type.value(), StandardCharsets.UTF_8)).append(": ")
                    .append(reason == null ? "?" : Http.abbreviate(new String(reason.value(), StandardCharsets.UTF_8)))
                    .append(" | ");
        }
        return why.toString();
    }

    boolean java(List<String> args, String name) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        try {
            Path out = work.resolve(name + ".txt");
            Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            boolean ok = p.waitFor() == 0;
            log("%s: %s (%s)", name, ok ? "OK" : "FAILED", Http.abbreviate(Files.readString(out)));
            return ok;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static long size(Path checkpoint) throws IOException {
        return Long.parseLong(Files.readAllLines(checkpoint).get(1).strip());
    }

    private static final Pattern BUNDLE_CHECKPOINT = Pattern.compile("\"checkpoint\"\\s*:\\s*\"([^\"]*)\"");

    /** The tree size of a bundle's checkpoint (the signed note's second line). */
    static long bundleCheckpointSize(String bundleJson) {
        Matcher m = BUNDLE_CHECKPOINT.matcher(bundleJson);
        if (!m.find()) {
            throw new IllegalStateException("the bundle has no checkpoint");
        }
        return Long.parseLong(m.group(1).split("\\\\n")[1].strip());
    }

    // ------------------------------------------------------------------ helpers

    Answer write(String method, String url, String token, String json) {
        return http.send(method, url, token, json == null ? "{}" : json, Map.of("Idempotency-Key",
                "fr-" + run + "-" + Integer.toHexString((method + url + json).hashCode())), Duration.ofSeconds(120));
    }

    /** A set-up write retried after a 5xx or no answer; a 409 on a retry means the earlier attempt was applied. */
    Answer once(String method, String url, String token, String json, String what) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = write(method, url, token, json);
            if (answer.ok() || attempt > 1 && answer.status() == 409) {
                return answer;
            }
            if (answer.status() >= 0 && answer.status() < 500 || attempt >= 10) {
                throw new IllegalStateException(what + " failed: " + answer);
            }
            sleep(2000);
        }
    }

    static Answer must(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " failed: " + answer);
        }
        return answer;
    }

    Answer retryGet(String url, String token) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = http.get(url, token);
            if (answer.ok()) {
                return answer;
            }
            if (attempt >= 60) {
                throw new IllegalStateException("GET " + url + ": " + answer);
            }
            sleep(1000);
        }
    }

    static <T> T retry(java.util.function.Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt >= 60) {
                    throw e;
                }
                sleep(1000);
            }
        }
    }

    static String claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8);
        return Document.parse(payload).getString(name);
    }

    static String verdict(boolean ok) {
        return ok ? "HOLDS" : "VIOLATED";
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e9;
    }

    double seconds(long since) {
        return Math.max(0.001, (System.nanoTime() - since) / 1e9);
    }

    void log(String format, Object... args) {
        System.out.printf("[fault-run] +%6.1fs %s%n", (System.nanoTime() - t0) / 1e9, String.format(format, args));
    }

    static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
