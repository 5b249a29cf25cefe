package cn.shuangsuiji.platform.web;

/** 通用错误码 — stable codes of the problems every service can return. */
public final class ProblemCodes {

    public static final String VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED";
    /** 400: a field of the body has the wrong type or format (a date that does not exist, "abc" for a number). */
    public static final String FIELD_INVALID = "FIELD_INVALID";
    /** 422: a value was refused by its constructor's rules; {@code errors} names the field. */
    public static final String VALUE_INVALID = "REQUEST_VALUE_INVALID";
    public static final String MALFORMED_BODY = "REQUEST_BODY_MALFORMED";
    public static final String MISSING_PARAMETER = "REQUEST_PARAMETER_MISSING";
    public static final String PARAMETER_TYPE = "REQUEST_PARAMETER_INVALID";
    public static final String NOT_FOUND = "RESOURCE_NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "MEDIA_TYPE_UNSUPPORTED";
    public static final String NOT_ACCEPTABLE = "MEDIA_TYPE_NOT_ACCEPTABLE";
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    public static final String DUPLICATE = "DUPLICATE_KEY";
    public static final String INTERNAL = "INTERNAL_ERROR";
    /** 503: the database cannot be reached right now; the request changed nothing and may be retried. */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /**
     * 503: another transaction holds the record (live, or orphaned by a killed process until MongoDB aborts it); the
     * request changed nothing and may be retried with the same idempotency key.
     */
    public static final String TRANSACTION_CONFLICT = "TRANSACTION_CONFLICT";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

    private ProblemCodes() {
    }
}
