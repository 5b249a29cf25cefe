package cn.shuangsuiji.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox publisher on real MongoDB: a transaction's events are stored with its state change in publication
 * order (inserted together just before the commit), none when it rolls back, and an event that cannot be stored
 * fails the commit — the state change is not stored either. The relay is woken once per committed transaction.
 */
@RequiresRealInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxEventPublisherIT {

    private static final String STATE = "state";

    MongoClient client;
    MongoDatabaseFactory factory;
    MongoTemplate mongo;
    TransactionTemplate transactions;
    final AtomicInteger wakeUps = new AtomicInteger();
    EventPublisher publisher;

    @BeforeAll
    void connect() {
        client = MongoClients.create(RealInfra.mongoUri());
        factory = new SimpleMongoClientDatabaseFactory(client, RealInfra.uniqueDatabase("platform_outbox_it"));
        mongo = new MongoTemplate(factory);
        // MongoDB 4.0 creates no collection inside a transaction
        mongo.createCollection(OutboxRecord.COLLECTION);
        mongo.createCollection(STATE);
        transactions = new TransactionTemplate(new MongoTransactionManager(factory));
        OutboxRelay relay = new OutboxRelay(mongo, kafka(), Clock.systemUTC(),
                Duration.ofSeconds(1), Duration.ofSeconds(5), false) {
            @Override
            public void wakeUp() {
                wakeUps.incrementAndGet();
            }
        };
        publisher = new OutboxEventPublisher(mongo, new EventCodec(EventCatalog.all()), relay, "/ssj/it",
                Clock.systemUTC());
    }

    @SuppressWarnings("unchecked")
    private static KafkaTemplate<String, String> kafka() {
        return org.mockito.Mockito.mock(KafkaTemplate.class);   // never used: the relay is disabled
    }

    @AfterAll
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), OutboxRecord.COLLECTION);
        mongo.remove(new Query(), STATE);
        wakeUps.set(0);
    }

    @Test
    void aTransactionsEventsAreStoredWithItsChangeInPublicationOrder() {
        List<DepartmentRegistered> events = List.of(event("d-1"), event("d-2"), event("d-3"));
        transactions.executeWithoutResult(status -> {
            mongo.insert(new Document("_id", "change"), STATE);
            events.forEach(publisher::publish);
        });

        List<OutboxRecord> stored = mongo.find(new Query().with(Sort.by("sequence")), OutboxRecord.class);
        assertThat(stored).extracting(OutboxRecord::id)
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.sentAt()).isNull();
            assertThat(r.topic()).isEqualTo("ssj.registry.organisations.v1");
            assertThat(r.source()).isEqualTo("/ssj/it");
        });
        assertThat(wakeUps).as("one wake-up per committed transaction").hasValue(1);
    }

    @Test
    void aRolledBackTransactionStoresNoEvent() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mongo.insert(new Document("_id", "change"), STATE);
            publisher.publish(event("d-1"));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(mongo.count(new Query(), OutboxRecord.COLLECTION)).isZero();
        assertThat(mongo.count(new Query(), STATE)).isZero();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void anEventThatCannotBeStoredFailsTheCommitAndNothingOfTheChangeIsStored() {
        DepartmentRegistered stored = event("d-1");
        transactions.executeWithoutResult(status -> publisher.publish(stored));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mongo.insert(new Document("_id", "change"), STATE);
            publisher.publish(event("d-2"));
            publisher.publish(stored);   // its id is stored already
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(mongo.findAll(OutboxRecord.class)).extracting(OutboxRecord::id)
                .containsExactly(stored.eventId().toString());
        assertThat(mongo.count(new Query(), STATE)).isZero();
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void publishingOutsideATransactionIsRefusedAndLeavesNothingBehindForTheNextTransaction() {
        assertThatThrownBy(() -> publisher.publish(event("d-1"))).isInstanceOf(IllegalStateException.class);

        DepartmentRegistered next = event("d-2");
        transactions.executeWithoutResult(status -> publisher.publish(next));
        assertThat(mongo.findAll(OutboxRecord.class)).extracting(OutboxRecord::id)
                .containsExactly(next.eventId().toString());
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void anInnerRequiresNewTransactionStoresItsOwnEventsWhenTheOuterOneRollsBack() {
        List<DepartmentRegistered> events = List.of(event("d-1"), event("d-2"), event("d-3"));

        assertThatThrownBy(() -> publishAroundAnInnerTransaction(events, true)).hasMessage("refused");

        assertThat(mongo.findAll(OutboxRecord.class)).extracting(OutboxRecord::id)
                .containsExactly(events.get(1).eventId().toString());
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void theOuterTransactionStoresItsEventsFromBeforeAndAfterAnInnerOne() {
        List<DepartmentRegistered> events = List.of(event("d-1"), event("d-2"), event("d-3"));

        publishAroundAnInnerTransaction(events, false);

        assertThat(mongo.find(new Query().with(Sort.by("sequence")), OutboxRecord.class))
                .extracting(OutboxRecord::id)
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
        assertThat(wakeUps).as("one per committed transaction").hasValue(2);
    }

    /** The first and last events in the outer transaction, the middle one in a REQUIRES_NEW one inside it. */
    private void publishAroundAnInnerTransaction(List<DepartmentRegistered> events, boolean rollBackOuter) {
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(status -> {
            publisher.publish(events.get(0));
            inner.executeWithoutResult(innerStatus -> publisher.publish(events.get(1)));
            publisher.publish(events.get(2));
            if (rollBackOuter) {
                throw new IllegalStateException("refused");
            }
        });
    }

    private static DepartmentRegistered event(String departmentId) {
        return new DepartmentRegistered(UUID.randomUUID(), Instant.parse("2026-06-01T08:00:00Z"), departmentId,
                "曲阳县市场监督管理局", "MARKET_REGULATION", "COUNTY", "130634", "bd-amr");
    }
}
