package cn.shuangsuiji.inspection.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.application.usecase.IdempotentWrites;
import cn.shuangsuiji.platform.mongo.TransactionConflicts;
import cn.shuangsuiji.platform.security.Actor;
import com.mongodb.MongoException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write with If-Match whose record is held by another transaction (a live one, or one orphaned by a killed instance)
 * is tried again — the retry checks If-Match against what is committed by then — and, if the record stays held, ends
 * as the write conflict itself (503 TRANSACTION_CONFLICT at the edge), never as a 409 that says the record changed.
 * A version that really changed under an If-Match write is a 412 RECORD_VERSION_MISMATCH at once.
 */
class WriteSupportConflictTest {

    private final IdempotentWrites idempotency = mock(IdempotentWrites.class);
    private final WriteSupport support = new WriteSupport(idempotency, JsonMapper.builder().build());
    private final Actor inspector = Actor.system("inspector");
    private final IdempotentWrites.Outcome done = new IdempotentWrites.Outcome(
            new StoredResponse("hash", 200, "{}", "\"3\""), false);

    @Test
    void aWriteConflictUnderIfMatchIsRetriedAndThenApplied() {
        when(idempotency.run(anyString(), anyString(), anyString(), any()))
                .thenThrow(writeConflict()).thenThrow(writeConflict()).thenReturn(done);
        assertThat(support.run(ifMatch(), inspector, "key-12345678", Map.of(), () -> null)).isSameAs(done);
        verify(idempotency, times(3)).run(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aRecordHeldLongerThanTheRetriesIsReportedAsTheWriteConflict() {
        when(idempotency.run(anyString(), anyString(), anyString(), any())).thenThrow(writeConflict());
        assertThatThrownBy(() -> support.run(ifMatch(), inspector, "key-12345678", Map.of(), () -> null))
                .isInstanceOf(UncategorizedMongoDbException.class)
                .satisfies(e -> assertThat(TransactionConflicts.isConflict(e)).isTrue());
    }

    @Test
    void aChangedVersionUnderIfMatchIsAConflictAtOnce() {
        when(idempotency.run(anyString(), anyString(), anyString(), any()))
                .thenThrow(new OptimisticLockingFailureException("version moved"));
        assertThatThrownBy(() -> support.run(ifMatch(), inspector, "key-12345678", Map.of(), () -> null))
                .isInstanceOf(cn.shuangsuiji.platform.error.DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "RECORD_VERSION_MISMATCH"); // 412 at the edge
        verify(idempotency, times(1)).run(anyString(), anyString(), anyString(), any());
    }

    private static MockHttpServletRequest ifMatch() {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/inspections/ins-1/parts/qy-amr/draft");
        request.addHeader("If-Match", "\"2\"");
        return request;
    }

    private static UncategorizedMongoDbException writeConflict() {
        MongoException conflict = new MongoException(TransactionConflicts.WRITE_CONFLICT, "WriteConflict");
        conflict.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
        return new UncategorizedMongoDbException("WriteConflict", conflict);
    }
}
