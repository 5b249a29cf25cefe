package cn.shuangsuiji.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.platform.config.MongoTimeouts;
import cn.shuangsuiji.platform.config.PlatformProperties;
import cn.shuangsuiji.platform.web.ProblemDetailsAdvice;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MongoDB cannot be reached (a closed port): with the platform's client timeouts a read, a transactional write and
 * the {@code mongodbPing} check fail within seconds, and the requests answer 503 {@code DATABASE_UNAVAILABLE}
 * problem+json; the platform defaults put the ping into the readiness group and keep Kafka out of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseDownTest {

    /** The platform defaults' timeouts (3 s server selection) plus the margin of a slow CI host. */
    private static final Duration FAST = Duration.ofSeconds(8);

    MongoClient client;
    MongoTemplate mongo;
    MockMvc mvc;

    @BeforeAll
    void unreachableDatabase() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + closedPort + "/?replicaSet=rs0"));
        PlatformProperties.Mongo defaults = new PlatformProperties(null, null, null).mongo();
        MongoTimeouts.customizer(defaults).customize(settings);
        client = MongoClients.create(settings.build());
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, "down");
        mongo = new MongoTemplate(factory);
        TransactionTemplate transactions = new TransactionTemplate(new MongoTransactionManager(factory));
        mvc = MockMvcBuilders.standaloneSetup(new ProbeController(mongo, transactions))
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
    }

    @AfterAll
    void close() {
        client.close();
    }

    @Test
    void aReadAnswers503ProblemWithinSeconds() throws Exception {
        long start = System.nanoTime();
        mvc.perform(get("/api/public/probe"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
                .andExpect(jsonPath("$.title").value("数据库暂不可用"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @Test
    void aTransactionalWriteAnswers503ProblemWithinSeconds() throws Exception {
        long start = System.nanoTime();
        mvc.perform(post("/probe"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @Test
    void thePingIndicatorIsDownWithinSeconds() {
        long start = System.nanoTime();
        Health health = new MongoPingHealthIndicator(mongo, Duration.ofSeconds(2)).health(true);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @Test
    void readinessFollowsTheDatabaseNotKafka() throws IOException {
        Properties defaults = new Properties();
        try (var in = new ClassPathResource("ssj-platform-defaults.properties").getInputStream()) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,mongodbPing");
        assertThat(Duration.parse("PT" + defaults.getProperty("ssj.mongo.server-selection-timeout").toUpperCase()))
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
    }

    @RestController
    static class ProbeController {
        private final MongoTemplate mongo;
        private final TransactionTemplate transactions;

        ProbeController(MongoTemplate mongo, TransactionTemplate transactions) {
            this.mongo = mongo;
            this.transactions = transactions;
        }

        @GetMapping("/api/public/probe")
        long read() {
            return mongo.getCollection("things").countDocuments();
        }

        @PostMapping("/probe")
        void write() {
            transactions.executeWithoutResult(s -> mongo.insert(new Document("n", 1), "things"));
        }
    }
}
