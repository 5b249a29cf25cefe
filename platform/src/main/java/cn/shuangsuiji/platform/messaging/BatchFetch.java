package cn.shuangsuiji.platform.messaging;

/**
 * Fetch settings for the batch listeners of a topic with an event per result ({@code @KafkaListener(properties =
 * {BatchFetch.MIN_BYTES, BatchFetch.MAX_WAIT})}): the broker answers a fetch once 16 KB are there or 200 ms have
 * passed, instead of at the first record. A consumer that keeps up then gets a poll of several results — one
 * transaction, one key query, one commit for all of them ({@link IdempotentConsumer#consumeBatch}) — instead of a
 * poll of one or two (issue 9 benchmark); a result waits at most 200 ms more on its way. Overridable with
 * {@code ssj.kafka.batch-fetch.min-bytes} and {@code ssj.kafka.batch-fetch.max-wait-ms}.
 */
public final class BatchFetch {

    public static final String MIN_BYTES = "fetch.min.bytes=${ssj.kafka.batch-fetch.min-bytes:16384}";
    public static final String MAX_WAIT = "fetch.max.wait.ms=${ssj.kafka.batch-fetch.max-wait-ms:200}";

    private BatchFetch() {
    }
}
