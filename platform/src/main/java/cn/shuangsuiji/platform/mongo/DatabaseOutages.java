package cn.shuangsuiji.platform.mongo;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * 数据库不可用 — recognises a MongoDB outage (no reachable server within the client timeouts, a broken socket)
 * anywhere in an exception's cause chain: the web edge answers 503 for it, consumers wait it out instead of
 * dead-lettering the record.
 */
public final class DatabaseOutages {

    private DatabaseOutages() {
    }

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                    || t instanceof MongoExecutionTimeoutException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
