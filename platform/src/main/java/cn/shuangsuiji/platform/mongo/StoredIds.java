package cn.shuangsuiji.platform.mongo;

import java.util.HashSet;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * 已存编号 — which of many documents a collection holds, in one query that reads only their {@code _id}s (string
 * ids): the bulk paths (a poll's events applied before, a draw's records stored already, the entities whose facts
 * arrived) ask this once instead of once per document.
 */
public final class StoredIds {

    private StoredIds() {
    }

    /** The {@code _id}s of the documents of {@code collection} that match {@code criteria} (a mutable set). */
    public static Set<String> matching(MongoTemplate mongo, String collection, Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("_id");
        Set<String> ids = new HashSet<>();
        for (Document d : mongo.find(query, Document.class, collection)) {
            ids.add(d.getString("_id"));
        }
        return ids;
    }
}
