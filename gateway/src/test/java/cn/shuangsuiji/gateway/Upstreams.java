package cn.shuangsuiji.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Stand-in services with the behaviours the gateway must survive: slow, hanging, killed, huge bodies. */
final class Upstreams {

    private Upstreams() {
    }

    /** Answers every request after {@code delay}, on as many threads as callers come (a busy but healthy service). */
    static final class Slow {

        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();

        Slow(Duration delay) {
            server = create(0);
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try (InputStream in = exchange.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                    Thread.sleep(delay.toMillis());
                    byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }

    /** Accepts connections and reads requests but never answers (a hung service). */
    static final class Hanging {

        private final ServerSocket socket;
        private final List<Socket> held = new ArrayList<>();

        Hanging() {
            try {
                socket = new ServerSocket(0, 200, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        synchronized (held) {
                            held.add(s);
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "hanging-upstream");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** A service on a fixed port that can be killed and started again. */
    static final class Restartable {

        final int port;
        private HttpServer server;

        Restartable() {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            start();
        }

        synchronized void start() {
            server = create(port);
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                byte[] body = "[\"ok\"]".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        synchronized void kill() {
            server.stop(0);
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    /**
     * Takes uploads ({@code POST}: counts the bytes, and notes how much the client had sent when the first byte
     * arrived) and serves a download of {@code downloadSize} zero bytes ({@code GET}: notes how much it had written).
     */
    static final class Bulk {

        final AtomicLong received = new AtomicLong(-1);
        final AtomicLong clientSentAtFirstByte = new AtomicLong(-1);
        final AtomicLong written = new AtomicLong();
        private final HttpServer server;
        private volatile LongSupplier clientSent = () -> -1;

        Bulk(long downloadSize) {
            server = create(0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                if (exchange.getRequestMethod().equals("POST")) {
                    long total = 0;
                    byte[] buffer = new byte[64 * 1024];
                    try (InputStream in = exchange.getRequestBody()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            if (total == 0 && n > 0) {
                                clientSentAtFirstByte.set(clientSent.getAsLong());
                            }
                            total += n;
                        }
                    }
                    received.set(total);
                    byte[] body = ("{\"received\":" + total + "}").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(202, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, downloadSize);
                byte[] chunk = new byte[64 * 1024];
                written.set(0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (long left = downloadSize; left > 0; ) {
                        int n = (int) Math.min(chunk.length, left);
                        out.write(chunk, 0, n);
                        written.addAndGet(n);
                        left -= n;
                    }
                }
            });
            server.start();
        }

        void watchClient(LongSupplier sent) {
            this.clientSent = sent;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }

    private static HttpServer create(int port) {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
