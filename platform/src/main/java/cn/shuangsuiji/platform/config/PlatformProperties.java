package cn.shuangsuiji.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings under {@code ssj.*}.
 *
 * @param outbox outbox relay settings
 * @param kafka  consumer retry settings
 */
@ConfigurationProperties("ssj")
public record PlatformProperties(Outbox outbox, Kafka kafka) {

    /**
     * @param relayEnabled false stores events without sending them (used to simulate a crash before send)
     * @param pollInterval how often unsent events are looked for
     * @param sendTimeout  how long one send may wait for Kafka's acknowledgement
     */
    public record Outbox(boolean relayEnabled, Duration pollInterval, Duration sendTimeout) {
    }

    /**
     * @param retryBackoff pause between redeliveries of a failing record
     * @param retries      redeliveries before the record goes to the dead-letter topic
     */
    public record Kafka(Duration retryBackoff, long retries) {
    }
}
