package cn.shuangsuiji.platform.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping} (MongoDB 4.0 rejects the {@code hello} command Boot's indicator sends), bounded
 * by a short timeout so that {@code /actuator/health} and the readiness group (which includes it as
 * {@code mongodbPing}) answer DOWN within seconds when the database cannot be reached.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final Duration timeout;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        this(mongo, Duration.ofSeconds(2));
    }

    public MongoPingHealthIndicator(MongoTemplate mongo, Duration timeout) {
        super("MongoDB ping failed");
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.getDb().withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .runCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
