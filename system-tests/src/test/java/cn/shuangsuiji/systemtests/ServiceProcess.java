package cn.shuangsuiji.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import cn.shuangsuiji.testsupport.Identity;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service started from its runnable jar as a separate JVM, as in production. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;

    private final File log;

    private ServiceProcess(String name, int port, Process process, File log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The service's log so far. */
    String log() {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts {@code <module>/target/<module>-*-exec.jar} with the given Spring properties and waits until healthy. */
    static ServiceProcess start(String module, Map<String, String> properties) throws IOException {
        return start(module, properties, "192m", startTimeout());
    }

    /**
     * How long a JVM may take to become healthy: {@code SSJ_ST_START_TIMEOUT_SECONDS}, default 300 — about a minute
     * on a quiet 2-core machine with several services starting at once, several minutes when other builds share it.
     */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("SSJ_ST_START_TIMEOUT_SECONDS", "300")));
    }

    /**
     * As {@link #start(String, Map)} with the JVM's heap limit and how long to wait for it to become healthy (several
     * JVMs starting at once on a 2-core CI machine take a while).
     */
    static ServiceProcess start(String module, Map<String, String> properties, String heap, Duration startTimeout)
            throws IOException {
        Path root = Path.of(System.getProperty("ssj.repo.root", ".."));
        Path target = root.resolve(module).resolve("target");
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable jar in " + target + ": build it first"));
        }
        // a caller that must know the port before the start (services that call each other) passes server.port
        int port = properties.containsKey("server.port") ? Integer.parseInt(properties.get("server.port")) : freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> {
            if (!key.equals("server.port")) {
                command.add("--" + key + "=" + value);
            }
        });
        // Every service checks tokens against the real identity provider the test run started (IT_ISSUER_URI).
        if (!properties.containsKey("ssj.security.issuer-uri")) {
            command.add("--ssj.security.issuer-uri=" + Identity.issuer());
        }
        Path logs = Path.of("target", "service-logs");
        Files.createDirectories(logs);
        File log = logs.resolve(module + "-" + port + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        ServiceProcess service = new ServiceProcess(module, port, process, log);
        try {
            await().atMost(startTimeout).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(java.io.UncheckedIOException.class).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited at startup; see " + log);
                }
                return service.get("/actuator/health").statusCode() == 200;
            });
        } catch (RuntimeException e) {
            service.kill();
            throw e;
        }
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return postJson(path, json, "st-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    HttpResponse<String> postJson(String path, String json, String requestId) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).header("Authorization", "Bearer " + adminToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A real platform-admin token (client credentials of the test admin client) from the identity provider. */
    private static String adminToken() {
        String secret = System.getenv().getOrDefault("IT_TEST_ADMIN_SECRET", Identity.DEMO_TEST_ADMIN_SECRET);
        return Identity.clientToken(Identity.TEST_ADMIN_CLIENT, secret);
    }

    /** CPU time the JVM has used so far (zero when the platform does not tell). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(15),
                        java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    @Override
    public String toString() {
        return name + "@" + port;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
