package cn.shuangsuiji.platform.trace;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * 追踪号 — the request/trace id of the current work, kept in the logging MDC under {@link #MDC_KEY}, taken from
 * the {@code X-Request-Id} header of an HTTP request or the {@code ce_traceid} header of a Kafka record.
 */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";
    public static final String HTTP_HEADER = "X-Request-Id";
    public static final String KAFKA_HEADER = "ce_traceid";

    private TraceIds() {
    }

    /** The current trace id, or a new one when none is set. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? newId() : id;
    }

    /** A fresh id: 32 lowercase hex characters. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Accepts a caller's id only when it is short and plain, so logs cannot be forged. */
    public static String sanitize(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 64
                || !candidate.matches("[A-Za-z0-9._-]+")) {
            return newId();
        }
        return candidate;
    }
}
