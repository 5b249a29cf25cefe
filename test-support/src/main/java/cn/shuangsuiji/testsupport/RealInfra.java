package cn.shuangsuiji.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * 真实基础设施 — where integration tests find a real MongoDB (replica set) and a real Kafka broker.
 *
 * <p>Order of preference: the URIs in {@code IT_MONGO_URI} and {@code IT_KAFKA_BOOTSTRAP} (environment or
 * system property; {@code deploy/infra.sh env} prints them), else containers started once per JVM by
 * Testcontainers where a Docker engine exists.
 */
public final class RealInfra {

    private static volatile Availability cached;
    private static MongoDBContainer mongoContainer;
    private static KafkaContainer kafkaContainer;

    private RealInfra() {
    }

    /** Whether integration tests must run (a missing server is then a failure). */
    public static boolean required() {
        return Boolean.parseBoolean(setting("IT_REQUIRED"));
    }

    /** The MongoDB connection string, without a database. */
    public static String mongoUri() {
        return require().mongoUri();
    }

    /** The Kafka bootstrap servers. */
    public static String kafkaBootstrap() {
        return require().kafkaBootstrap();
    }

    /** A database name of its own for one test class, so tests never see each other's data. */
    public static String uniqueDatabase(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    /** Points a Spring test context at the real servers, with a database of its own. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", RealInfra::mongoUri);
        registry.add("spring.mongodb.database", () -> database);
        registry.add("spring.kafka.bootstrap-servers", RealInfra::kafkaBootstrap);
    }

    static Availability availability() {
        Availability current = cached;
        if (current == null) {
            synchronized (RealInfra.class) {
                if (cached == null) {
                    cached = resolve();
                }
                current = cached;
            }
        }
        return current;
    }

    private static Availability require() {
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException("No real MongoDB/Kafka: " + availability.description());
        }
        return availability;
    }

    private static Availability resolve() {
        String mongo = setting("IT_MONGO_URI");
        String kafka = setting("IT_KAFKA_BOOTSTRAP");
        if (mongo != null && kafka != null) {
            String problem = unreachable(mongo, kafka);
            if (problem != null) {
                return new Availability(false, null, null, problem);
            }
            return new Availability(true, mongo, kafka, "IT_MONGO_URI=" + mongo + ", IT_KAFKA_BOOTSTRAP=" + kafka);
        }
        if (dockerAvailable()) {
            mongoContainer = new MongoDBContainer("mongo:7.0").withReplicaSet();
            kafkaContainer = new KafkaContainer("apache/kafka:3.9.1");
            mongoContainer.start();
            kafkaContainer.start();
            return new Availability(true, mongoContainer.getReplicaSetUrl().replaceFirst("/test", "/"),
                    kafkaContainer.getBootstrapServers(), "Testcontainers");
        }
        return new Availability(false, null, null,
                "IT_MONGO_URI/IT_KAFKA_BOOTSTRAP not set and no Docker engine for Testcontainers");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String unreachable(String mongoUri, String kafkaBootstrap) {
        String mongoHost = URI.create(mongoUri.replace("mongodb://", "http://")).getHost();
        int mongoPort = URI.create(mongoUri.replace("mongodb://", "http://")).getPort();
        if (!answers(mongoHost, mongoPort < 0 ? 27017 : mongoPort)) {
            return "MongoDB at " + mongoUri + " does not answer";
        }
        String first = kafkaBootstrap.split(",")[0];
        int colon = first.lastIndexOf(':');
        if (!answers(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)))) {
            return "Kafka at " + kafkaBootstrap + " does not answer";
        }
        return null;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    record Availability(boolean available, String mongoUri, String kafkaBootstrap, String description) {
    }
}
