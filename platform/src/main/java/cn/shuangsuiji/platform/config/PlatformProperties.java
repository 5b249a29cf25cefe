package cn.shuangsuiji.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings under {@code ssj.*}.
 *
 * @param outbox outbox relay settings
 * @param kafka  consumer retry settings
 * @param mongo  how fast a MongoDB outage is reported
 */
@ConfigurationProperties("ssj")
public record PlatformProperties(Outbox outbox, Kafka kafka, Mongo mongo) {

    public PlatformProperties {
        if (mongo == null) {
            mongo = new Mongo(null, null, null, null);
        }
    }

    /**
     * @param relayEnabled false stores events without sending them (used to simulate a crash before send)
     * @param pollInterval how often unsent events are looked for
     * @param sendTimeout  how long one send may wait for Kafka's acknowledgement
     * @param leaseTtl     how long the relay lease (发件箱租约) of one instance lasts without renewal: another
     *                     instance takes over the sending this long after the holder died
     * @param linger       how long the relay waits after a commit before it sends, so that the commits of that
     *                     moment leave in one batch (one query and one update per batch instead of per event)
     */
    public record Outbox(boolean relayEnabled, Duration pollInterval, Duration sendTimeout, Duration leaseTtl,
                         Duration linger) {

        public Outbox {
            if (leaseTtl == null) {
                leaseTtl = Duration.ofSeconds(15);
            }
            if (linger == null) {
                linger = Duration.ZERO;
            }
        }
    }

    /**
     * Client timeouts that make a MongoDB outage fail a request in seconds (503 {@code DATABASE_UNAVAILABLE})
     * instead of the driver's 30 s server selection.
     *
     * @param serverSelectionTimeout how long an operation waits for a reachable primary
     * @param connectTimeout         TCP connect timeout
     * @param socketTimeout          how long a read on an open connection may take (0 = none)
     * @param healthTimeout          how long the {@code mongodbPing} health/readiness check waits
     */
    public record Mongo(Duration serverSelectionTimeout, Duration connectTimeout, Duration socketTimeout,
                        Duration healthTimeout) {

        public Mongo {
            serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofSeconds(3) : serverSelectionTimeout;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
            healthTimeout = healthTimeout == null ? Duration.ofSeconds(2) : healthTimeout;
        }
    }

    /**
     * @param retryBackoff pause between redeliveries of a failing record
     * @param retries      redeliveries before the record goes to the dead-letter topic
     */
    public record Kafka(Duration retryBackoff, long retries) {
    }
}
