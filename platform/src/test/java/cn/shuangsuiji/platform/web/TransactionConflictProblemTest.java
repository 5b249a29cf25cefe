package cn.shuangsuiji.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write refused because another transaction holds the record (MongoDB WriteConflict — after a crash, the orphaned
 * transaction of the killed process, until MongoDB aborts it) is a clean, retryable 503, not a 500 or a 409.
 */
class TransactionConflictProblemTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Writes())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void aWriteConflictIsA503TransactionConflictWithRetryAfter() throws Exception {
        mvc.perform(post("/write-conflict"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.code").value(ProblemCodes.TRANSACTION_CONFLICT))
                .andExpect(jsonPath("$.title").value("记录正被其他写入占用"));
    }

    @Test
    void aLostConnectionInATransactionStaysADatabaseOutage() throws Exception {
        mvc.perform(post("/socket"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(ProblemCodes.DATABASE_UNAVAILABLE));
    }

    @Test
    void aChangedVersionStaysA409() throws Exception {
        mvc.perform(post("/version"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(ProblemCodes.CONCURRENT_MODIFICATION));
    }

    @RestController
    static class Writes {

        @PostMapping("/write-conflict")
        void writeConflict() {
            MongoException conflict = new MongoException(112, "WriteConflict error: this operation conflicted with "
                    + "another operation. Please retry your operation or multi-document transaction.");
            conflict.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
            throw new UncategorizedMongoDbException(conflict.getMessage(), conflict);
        }

        @PostMapping("/socket")
        void socket() {
            MongoSocketReadException lost = new MongoSocketReadException("Prematurely reached end of stream",
                    new ServerAddress("127.0.0.1", 27017));
            lost.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
            throw new UncategorizedMongoDbException(lost.getMessage(), lost);
        }

        @PostMapping("/version")
        void version() {
            throw new OptimisticLockingFailureException("version changed");
        }
    }
}
