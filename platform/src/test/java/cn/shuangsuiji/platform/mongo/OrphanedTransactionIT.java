package cn.shuangsuiji.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A process SIGKILLed in the middle of a MongoDB transaction (real MongoDB, a real child JVM): its transaction stays
 * open with its locks, so a write to the same document meets {@code WriteConflict} — until the server aborts the
 * orphan after {@code transactionLifetimeLimitSeconds} (the reaper runs every half of it). deploy/infra.sh lowers the
 * limit from MongoDB's 60 s (docs/reliability.md, "Orphaned transactions"); this test proves that a client retrying
 * the write completes within 1.5 × the limit of the server it runs against, and that the limit is the lowered one.
 */
@RequiresRealInfra
class OrphanedTransactionIT {

    /** What deploy/infra.sh configures must stay well under MongoDB's default of 60 s. */
    static final int MAX_CONFIGURED_LIMIT_SECONDS = 30;

    @Test
    void aRetryOfAWriteHeldByAKilledProcessesTransactionCompletesWithinTheLifetimeBound() throws Exception {
        String database = RealInfra.uniqueDatabase("orphaned_txn_it");
        try (MongoClient client = MongoClients.create(RealInfra.mongoUri())) {
            int limit = ((Number) client.getDatabase("admin").runCommand(new Document("getParameter", 1)
                    .append("transactionLifetimeLimitSeconds", 1)).get("transactionLifetimeLimitSeconds")).intValue();
            if (RealInfra.required()) {
                assertThat(limit).as("transactionLifetimeLimitSeconds of the test server (set by deploy/infra.sh)")
                        .isLessThanOrEqualTo(MAX_CONFIGURED_LIMIT_SECONDS);
            } else {
                assumeTrue(limit <= MAX_CONFIGURED_LIMIT_SECONDS, "server not started by deploy/infra.sh (limit "
                        + limit + " s)");
            }
            MongoDatabase db = client.getDatabase(database);
            MongoCollection<Document> records = db.getCollection("records");
            records.insertOne(new Document("_id", "r1").append("state", "DRAFT"));

            Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                    RealInfra.mongoUri(), database).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("HELD")) {
                    // the child's start-up output
                }
                assertThat(line).as("the child holds the document in an open transaction").isEqualTo("HELD");
            }
            holder.destroyForcibly();   // SIGKILL: no abortTransaction, no endSessions
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long killedAt = System.nanoTime();

            assertThat(transactionalWrite(client, records)).as("the orphan holds the document right after the kill")
                    .isFalse();
            Duration bound = Duration.ofMillis(limit * 1500L + 5000);
            int attempts = 1;
            while (!transactionalWrite(client, records)) {
                attempts++;
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).as("retries for %d s", limit * 3 / 2 + 5)
                        .isLessThan(bound);
                Thread.sleep(500);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - killedAt);
            System.out.printf("[orphaned-transaction] limit %d s: the retry completed %.1f s after the kill "
                    + "(%d attempts)%n", limit, took.toMillis() / 1000.0, attempts);
            assertThat(took).isLessThan(bound);
            assertThat(records.find(Filters.eq("_id", "r1")).first().getString("state")).isEqualTo("SUBMITTED");
            assertThat(records.find(Filters.eq("_id", "r1")).first().get("by")).as("the orphan's write was undone")
                    .isNull();
        } finally {
            try (MongoClient client = MongoClients.create(RealInfra.mongoUri())) {
                client.getDatabase(database).drop();
            }
        }
    }

    /** One attempt of the client's write in a transaction; false on a write conflict (nothing applied). */
    private static boolean transactionalWrite(MongoClient client, MongoCollection<Document> records) {
        try (ClientSession session = client.startSession()) {
            session.startTransaction();
            try {
                records.updateOne(session, Filters.eq("_id", "r1"), Updates.set("state", "SUBMITTED"));
                session.commitTransaction();
                return true;
            } catch (MongoException e) {
                if (session.hasActiveTransaction()) {
                    session.abortTransaction();
                }
                if (TransactionConflicts.isConflict(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** The process that gets killed: opens a transaction, writes the document, says HELD and waits. */
    public static final class Holder {
        public static void main(String[] args) throws InterruptedException {
            MongoClient client = MongoClients.create(args[0]);
            ClientSession session = client.startSession();
            session.startTransaction();
            client.getDatabase(args[1]).getCollection("records").updateOne(session, Filters.eq("_id", "r1"),
                    Updates.set("by", "killed process"));
            System.out.println("HELD");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
