package cn.shuangsuiji.systemtests;

import cn.shuangsuiji.testsupport.RealInfra;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The whole platform as separate processes, as in production: the five services and the gateway, each a JVM started
 * from its runnable jar, against the real MongoDB and Kafka of the test run and the real identity provider
 * (IT_ISSUER_URI). Each run has its own databases and consumer groups; the groups start at the current end of every
 * platform topic (the other modules' integration tests have filled the shared topics before), so the services see
 * only this run's events.
 */
final class PlatformProcesses implements AutoCloseable {

    static final List<String> SERVICES = List.of("registry-service", "planning-service", "draw-service",
            "inspection-service", "disclosure-service");
    private static final Duration START_TIMEOUT = ServiceProcess.startTimeout();

    private final String run;
    private final Path dataDir;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private GatewayClient gateway;

    private PlatformProcesses(String run) {
        this.run = run;
        this.dataDir = Path.of("target", "st-" + run).toAbsolutePath();
    }

    /** Starts every service (in parallel), waits until all are healthy, then starts the gateway in front of them. */
    static PlatformProcesses start(String run) throws Exception {
        PlatformProcesses platform = new PlatformProcesses(run);
        try {
            platform.startAll();
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startAll() throws Exception {
        startConsumerGroupsAtTheEnd();
        for (String service : SERVICES) {
            ports.put(service, ServiceProcess.freePort());
        }
        Map<String, CompletableFuture<ServiceProcess>> starting = new LinkedHashMap<>();
        for (String service : SERVICES) {
            starting.put(service, CompletableFuture.supplyAsync(() -> {
                try {
                    return ServiceProcess.start(service, properties(service),
                            service.equals("draw-service") ? "384m" : "256m", START_TIMEOUT);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (var entry : starting.entrySet()) {
            try {
                processes.put(entry.getKey(), entry.getValue().get());
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("services did not start: " + failures);
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
        Map<String, String> gatewayProperties = new HashMap<>();
        gatewayProperties.put("REGISTRY_URL", url("registry-service"));
        gatewayProperties.put("PLANNING_URL", url("planning-service"));
        gatewayProperties.put("DRAW_URL", url("draw-service"));
        gatewayProperties.put("INSPECTION_URL", url("inspection-service"));
        gatewayProperties.put("DISCLOSURE_URL", url("disclosure-service"));
        gatewayProperties.put("server.address", "127.0.0.1");
        // the test polls the public API anonymously from one address; the limits are the gateway's own tests' subject
        gatewayProperties.put("ssj.gateway.rate-limit.anonymous.requests", "100000");
        gatewayProperties.put("ssj.gateway.rate-limit.authenticated.requests", "100000");
        ServiceProcess gatewayProcess = ServiceProcess.start("gateway", gatewayProperties, "256m", START_TIMEOUT);
        processes.put("gateway", gatewayProcess);
        gateway = new GatewayClient(gatewayProcess.baseUrl());
    }

    private String url(String service) {
        return processes.get(service).baseUrl();
    }

    private Map<String, String> properties(String service) {
        String name = service.replace("-service", "");
        Map<String, String> p = new HashMap<>();
        p.put("server.port", Integer.toString(ports.get(service)));
        p.put("spring.mongodb.uri", RealInfra.mongoUri());
        p.put("spring.mongodb.database", "st_" + name + "_" + run);
        p.put("spring.kafka.bootstrap-servers", RealInfra.kafkaBootstrap());
        p.put("spring.kafka.consumer.group-id", groupOf(service));
        p.put("ssj.outbox.poll-interval", "200ms");
        p.put("ssj.kafka.retry-backoff", "200ms");
        p.put("SSJ_DATA", dataDir.toString());
        switch (service) {
            // registry refuses to start without a privacy secret outside demo runs (keyed pseudonyms)
            case "registry-service" -> p.put("ssj.privacy.secret", "st-privacy-secret-synthetic-data-" + run);
            case "draw-service" -> {
                // no internet here: the DEMO beacon (published key) instead of drand quicknet, and a log key of the run
                p.put("ssj.registry.base-url", "http://127.0.0.1:" + ports.get("registry-service"));
                p.put("ssj.draw.demo-beacon.enabled", "true");
                p.put("ssj.draw.log-key-generate", "true");
                p.put("ssj.draw.log-key-file", dataDir.resolve("keys/draw-log.key").toString());
            }
            case "disclosure-service" -> p.put("ssj.disclosure.data-dir", dataDir.resolve("disclosure").toString());
            default -> {
            }
        }
        return p;
    }

    private String groupOf(String service) {
        return "st-" + service.replace("-service", "") + "-" + run;
    }

    /**
     * Commits, for each service's new consumer group, the current end offset of every partition of every platform
     * topic ({@code ssj.*}), so the groups start after everything the earlier tests of the build produced.
     */
    private void startConsumerGroupsAtTheEnd() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfra.kafkaBootstrap()))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith("ssj.")).toList();
            if (topics.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(d -> d.partitions().forEach(p ->
                    latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            for (String service : SERVICES) {
                admin.alterConsumerGroupOffsets(groupOf(service), ends).all().get();
            }
        }
    }

    GatewayClient gateway() {
        return gateway;
    }

    ServiceProcess process(String name) {
        return processes.get(name);
    }

    /**
     * The CPU seconds each process used: with the wall time, what a quiet 2-core CI machine needs at least (the sum
     * over two cores), whatever else shared the machine during this run.
     */
    String cpuSummary() {
        long total = 0;
        StringBuilder out = new StringBuilder();
        for (var entry : processes.entrySet()) {
            long seconds = entry.getValue().cpuTime().toSeconds();
            total += seconds;
            out.append(entry.getKey()).append(' ').append(seconds).append(" s, ");
        }
        long own = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000_000L : 0;
        return out.append("test JVM ").append(own).append(" s; total ").append(total + own).append(" CPU s").toString();
    }

    @Override
    public void close() {
        if (!processes.isEmpty()) {
            System.out.println("[system-test] CPU time: " + cpuSummary());
        }
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        names.forEach(n -> processes.get(n).close());
    }
}
