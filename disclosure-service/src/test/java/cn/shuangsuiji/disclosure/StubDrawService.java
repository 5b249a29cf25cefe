package cn.shuangsuiji.disclosure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * draw-service's HTTP API as the verification kit uses it, on a loopback port: {@code POST /oauth2/token} (client
 * credentials, the identity service's token endpoint) and {@code GET /api/draws/{id}/bundle}, which answers only
 * with the token it issued, knows the bundles of draws whose id starts with {@code draw-} but not
 * {@code draw-secret-}, and can be made to fail.
 */
final class StubDrawService {

    static final String TOKEN = "stub-service-token";

    private final HttpServer server;
    private final AtomicInteger bundleRequests = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    private StubDrawService(HttpServer server) {
        this.server = server;
    }

    static StubDrawService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubDrawService stub = new StubDrawService(server);
            server.createContext("/oauth2/token", stub::token);
            server.createContext("/api/draws/", stub::bundle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int bundleRequests() {
        return bundleRequests.get();
    }

    String lastAuthorization() {
        return lastAuthorization.get();
    }

    void failing(boolean fail) {
        failing.set(fail);
    }

    /** The bundle this stub serves for a draw. */
    byte[] bundleOf(String drawId) {
        return ("{\"format\":\"ssj-bundle-v1\",\"commitment\":{\"drawId\":\"" + drawId + "\"},\"log\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"POST".equals(exchange.getRequestMethod()) || !body.contains("grant_type=client_credentials")
                || auth == null || !auth.startsWith("Basic ")) {
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
            return;
        }
        respond(exchange, 200, "application/json",
                "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private void bundle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.endsWith("/bundle")) {
            respond(exchange, 404, "application/problem+json", "{\"code\":\"NOT_FOUND\"}");
            return;
        }
        String drawId = path.substring("/api/draws/".length(), path.length() - "/bundle".length());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        lastAuthorization.set(auth);
        if (!("Bearer " + TOKEN).equals(auth)) {
            respond(exchange, 401, "application/problem+json", "{\"code\":\"UNAUTHENTICATED\"}");
            return;
        }
        if (failing.get()) {
            respond(exchange, 500, "application/problem+json", "{\"code\":\"INTERNAL\"}");
            return;
        }
        if (!drawId.startsWith("draw-") || drawId.startsWith("draw-secret-")) {
            respond(exchange, 404, "application/problem+json", "{\"code\":\"DRAW_NOT_FOUND\"}");
            return;
        }
        bundleRequests.incrementAndGet();
        byte[] bundle = bundleOf(drawId);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bundle.length);
        exchange.getResponseBody().write(bundle);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
