package cn.shuangsuiji.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * 发件箱租约 — the right of one service instance to send the service's outbox. Several instances of a service
 * share one database and one outbox; only the holder of this lease (a document in {@code outbox_lease} with the
 * holder's id and an expiry) drains it, so events leave in storage order and are not sent twice by two relays at
 * once. The holder renews the lease before each batch; when it dies, another instance takes the lease over once it
 * has expired (after at most {@code ttl}); a holder that stops cleanly releases it at once.
 *
 * <p>The lease is not a fence: a holder frozen for longer than {@code ttl} in the middle of a batch (a GC pause of
 * that length) could still complete its sends after another instance took over. Those are duplicates of events
 * already sent, which the idempotent consumers drop.
 */
public class OutboxLease {

    public static final String COLLECTION = "outbox_lease";
    static final String LEASE_ID = "outbox-relay";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration ttl;
    private final String owner;

    public OutboxLease(MongoTemplate mongo, Clock clock, Duration ttl) {
        this(mongo, clock, ttl, "relay-" + UUID.randomUUID());
    }

    /**
     * @param owner this instance's id; the same id after a restart takes its own lease back at once. Two live
     *              instances must never share it: {@link #instanceId(int)} gives host and port
     */
    public OutboxLease(MongoTemplate mongo, Clock clock, Duration ttl, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.ttl = ttl;
        this.owner = owner;
    }

    /**
     * An instance id that survives a restart: host name and HTTP port (two live processes cannot listen on the same
     * port of one host), so a service restarted after a SIGKILL resumes sending at once instead of waiting for its
     * former lease to expire. A random id for port 0 (tests).
     */
    public static String instanceId(int port) {
        if (port <= 0) {
            return "relay-" + UUID.randomUUID();
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "relay-" + UUID.randomUUID();
        }
        return host + ":" + port;
    }

    /** How long the lease lasts without renewal. */
    public Duration ttl() {
        return ttl;
    }

    /** This instance's id as a lease holder. */
    public String owner() {
        return owner;
    }

    /**
     * Takes or renews the lease: true if this instance holds it for the next {@code ttl}. Succeeds when the lease
     * is free, expired or already ours; fails while another instance holds an unexpired lease.
     */
    public boolean acquire() {
        Instant now = clock.instant();
        Query claimable = Query.query(Criteria.where("_id").is(LEASE_ID).orOperator(
                Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(now)));
        Update claim = new Update().set("owner", owner).set("expiresAt", now.plus(ttl)).set("renewedAt", now);
        try {
            Document taken = mongo.findAndModify(claimable, claim,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return taken != null && owner.equals(taken.getString("owner"));
        } catch (DuplicateKeyException heldByAnother) {
            // the upsert raced with (or found) a live lease of another instance
            return false;
        }
    }

    /** Gives the lease up if this instance holds it, so another instance may send at once. */
    public void release() {
        mongo.remove(Query.query(Criteria.where("_id").is(LEASE_ID).and("owner").is(owner)), COLLECTION);
    }
}
