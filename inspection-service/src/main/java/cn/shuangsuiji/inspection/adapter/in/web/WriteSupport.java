package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.application.usecase.IdempotentWrites;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.mongo.TransactionConflicts;
import cn.shuangsuiji.platform.security.Actor;
import com.mongodb.MongoException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency-Key, If-Match and ETag handling shared by the write endpoints. */
@Component
class WriteSupport {

    private static final int RETRIES = 8;

    private final IdempotentWrites idempotency;
    private final JsonMapper mapper;

    WriteSupport(IdempotentWrites idempotency, JsonMapper mapper) {
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    IdempotentWrites.Outcome run(HttpServletRequest request, Actor actor, String key, Object body,
                                 Supplier<StoredResponse> write) {
        if (actor.isAnonymous()) {
            throw Actor.unauthenticated();
        }
        String hash = sha256(request.getMethod() + " " + request.getRequestURI() + "\n" + json(body));
        boolean ifMatch = request.getHeader("If-Match") != null;
        for (int attempt = 1; ; attempt++) {
            try {
                return idempotency.run(actor.subject(), key, hash, write);
            } catch (DataAccessException e) {
                if (!concurrent(e)) {
                    throw e;
                }
                // MongoDB's WriteConflict: another transaction holds the record — a live one (it commits or aborts in
                // a moment) or one orphaned by a killed instance (held until MongoDB aborts it, up to 60 s). Nothing
                // was applied; the retry checks If-Match again against what is committed by then (412 if it moved).
                // Out of retries it stays a conflict of transactions: 503 TRANSACTION_CONFLICT, retry the same key.
                boolean heldByAnotherTransaction = TransactionConflicts.isConflict(e);
                if (heldByAnotherTransaction && attempt < RETRIES) {
                    backOff(attempt);
                    continue;
                }
                if (heldByAnotherTransaction) {
                    throw e;
                }
                // another department changed its own part of the joint record meanwhile: without If-Match the
                // caller asked for no precondition, so the write is applied to the new state (a few times at most).
                // With If-Match only a transaction that lost a write conflict is run again (it checks the If-Match
                // again and answers 412 if the record changed); a lost optimistic lock means it changed.
                boolean versionChanged = e instanceof OptimisticLockingFailureException;
                if (ifMatch && versionChanged) {
                    throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "RECORD_VERSION_MISMATCH", "记录已被修改",
                            "记录在读取后已被其他部门修改，与 If-Match 不符，请刷新后重试");
                }
                if (attempt >= RETRIES) {
                    throw new OptimisticLockingFailureException("joint record changed concurrently", e);
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OptimisticLockingFailureException("interrupted while retrying");
        }
    }

    /** An optimistic-lock failure, or MongoDB's WriteConflict of two transactions on the same record. */
    private static boolean concurrent(DataAccessException e) {
        if (e instanceof OptimisticLockingFailureException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || mongo.getCode() == 112)) {
                return true;
            }
        }
        return false;
    }

    String json(Object value) {
        return mapper.writeValueAsString(value);
    }

    static ResponseEntity<String> respond(IdempotentWrites.Outcome outcome) {
        StoredResponse response = outcome.response();
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()));
        if (response.etag() != null) {
            builder.header("ETag", response.etag());
        }
        return builder.body(response.body());
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names, or null without one. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "RECORD_VERSION_MISMATCH", "记录已被修改",
                    "If-Match 不是本记录的 ETag：" + ifMatch);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
