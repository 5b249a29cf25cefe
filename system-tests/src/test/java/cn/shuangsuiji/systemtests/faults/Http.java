package cn.shuangsuiji.systemtests.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** A small JSON-over-HTTP client of the fault run (loopback only). */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer; {@code status} -1 when there was none (refused, reset, timed out), {@code error} then says why. */
    record Answer(int status, String body, Map<String, List<String>> headers, String error) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String header(String name) {
            if (headers == null) {
                return null;
            }
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }

        boolean problemJson() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json");
        }

        /** The problem's {@code code}, or null. */
        String code() {
            if (body == null || !body.startsWith("{")) {
                return null;
            }
            try {
                return Document.parse(body).getString("code");
            } catch (RuntimeException e) {
                return null;
            }
        }

        Document json() {
            return Document.parse(body);
        }

        /** A JSON array body as a list of documents. */
        @SuppressWarnings("unchecked")
        List<Document> array() {
            return (List<Document>) Document.parse("{\"a\":" + body + "}").get("a");
        }

        @Override
        public String toString() {
            return status < 0 ? "no answer (" + error + ")" : "HTTP " + status + " " + abbreviate(body);
        }
    }

    Answer send(String method, String url, String token, String json, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map(), null);
        } catch (IOException e) {
            return new Answer(-1, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, "interrupted");
        }
    }

    Answer get(String url, String token) {
        return send("GET", url, token, null, Map.of(), Duration.ofSeconds(60));
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
