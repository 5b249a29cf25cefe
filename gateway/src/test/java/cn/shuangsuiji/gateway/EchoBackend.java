package cn.shuangsuiji.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in service behind the gateway (a plain HTTP server on loopback) that remembers the path, headers and
 * body size of the last request it got. {@code /actuator/health} answers like a service that shows details
 * (disk path, Kafka cluster id), so tests can show the gateway never passes them on to non-admins.
 */
final class EchoBackend {

    static final String HEALTH_WITH_DETAILS = "{\"status\":\"UP\",\"components\":{\"diskSpace\":{\"status\":\"UP\","
            + "\"details\":{\"path\":\"/srv/ssj/secret-disk\",\"free\":1}},\"kafka\":{\"status\":\"UP\","
            + "\"details\":{\"clusterId\":\"kafka-cluster-4711\"}}}}";

    final AtomicReference<String> lastPath = new AtomicReference<>();
    final AtomicReference<Map<String, List<String>>> lastHeaders = new AtomicReference<>(Map.of());
    final AtomicLong lastBodySize = new AtomicLong(-1);
    private final HttpServer server;

    EchoBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            lastPath.set(exchange.getRequestURI().getPath());
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach(headers::put);
            lastHeaders.set(headers);
            try (InputStream in = exchange.getRequestBody()) {
                lastBodySize.set(in.transferTo(OutputStream.nullOutputStream()));
            }
            byte[] body = (exchange.getRequestURI().getPath().equals("/actuator/health") ? HEALTH_WITH_DETAILS
                    : "[\"ok\"]").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                // like every service (TraceIdFilter): the request id echoed in the response
                exchange.getResponseHeaders().add("X-Request-Id", requestId);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String header(String name) {
        List<String> values = lastHeaders.get().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    void stop() {
        server.stop(0);
    }
}
