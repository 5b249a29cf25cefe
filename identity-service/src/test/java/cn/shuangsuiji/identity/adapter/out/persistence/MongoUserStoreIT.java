package cn.shuangsuiji.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.UserProfile;
import cn.shuangsuiji.identity.domain.Username;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The users collection on a real MongoDB: round trip, replace, insert-if-absent, and the stored shape. */
@RequiresRealInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoUserStoreIT {

    MongoClient client;
    MongoTemplate mongo;
    MongoUserStore store;

    @BeforeAll
    void connect() {
        client = MongoClients.create(RealInfra.mongoUri());
        mongo = new MongoTemplate(client, RealInfra.uniqueDatabase("identity_store_it"));
        store = new MongoUserStore(mongo);
    }

    @AfterAll
    void drop() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void usersRoundTripAndInsertIfAbsentKeepsTheExistingOne() {
        UserAccount inspector = UserAccount.create(new Username("store-inspector"), "$2a$10$hash",
                UserProfile.of("检查员", List.of("INSPECTOR"), "qy-amr", null, "ins-1"));

        assertThat(store.insertIfAbsent(inspector)).isTrue();
        assertThat(store.insertIfAbsent(inspector.disable())).isFalse();
        assertThat(store.find(new Username("store-inspector"))).contains(inspector);

        store.save(inspector.disable());
        assertThat(store.find(new Username("store-inspector")).orElseThrow().enabled()).isFalse();
        assertThat(store.find(new Username("nobody"))).isEmpty();

        Document stored = mongo.getCollection("users").find(new Document("_id", "store-inspector")).first();
        assertThat(stored).containsEntry("passwordHash", "$2a$10$hash").containsEntry("department", "qy-amr")
                .containsEntry("inspectorId", "ins-1").containsEntry("roles", List.of("INSPECTOR"));
    }
}
