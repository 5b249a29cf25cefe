package cn.shuangsuiji.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls through the gateway, as a front end makes them: a bearer token, JSON bodies, ETags, idempotency keys. */
final class GatewayClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** One answer: status, body, headers. */
    record Answer(String request, int status, String body, java.net.http.HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String etag() {
            return headers.firstValue("ETag").orElseThrow(() -> new AssertionError(request + ": no ETag"));
        }

        /** The JSON body of a 2xx answer; anything else fails with the problem the service gave. */
        JsonNode ok() {
            if (status / 100 != 2) {
                throw new AssertionError(request + " -> HTTP " + status + ": " + body);
            }
            return body.isEmpty() ? JSON.createObjectNode() : json();
        }
    }

    Answer send(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(method + " " + path, request.build());
    }

    Answer send(String what, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(what, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(what + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    JsonNode getOk(String path, String token) {
        return get(path, token).ok();
    }

    JsonNode post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of()).ok();
    }

    /** A write to a versioned resource: reads its ETag first and sends it as If-Match, with an idempotency key. */
    JsonNode write(String method, String resource, String subPath, String token, String json) {
        String etag = get(resource, token).etag();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("If-Match", etag);
        headers.put("Idempotency-Key", "st-" + UUID.randomUUID());
        return send(method, resource + subPath, token, json, headers).ok();
    }

    /** Retries a GET until the predicate holds on a 200 answer (events travel through Kafka between services). */
    JsonNode awaitGet(String path, String token, Predicate<JsonNode> until) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Answer answer = get(path, token);
            if (answer.status() != 200) {
                return false;
            }
            last[0] = answer.json();
            return until.test(last[0]);
        });
        return last[0];
    }

    /** Retries a POST while the service does not yet know what it refers to (4xx before the events arrived). */
    JsonNode awaitPost(String path, String token, String json) {
        Answer[] last = new Answer[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = send("POST", path, token, json, Map.of());
            if (last[0].status() == 401 || last[0].status() == 403 || last[0].status() >= 500) {
                throw new AssertionError(last[0].request() + " -> HTTP " + last[0].status() + ": " + last[0].body());
            }
            return last[0].status() / 100 == 2;
        });
        return last[0].json();
    }

    /** The claims of a JWT (decoded for ids, not verified: the services verify it). */
    static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
