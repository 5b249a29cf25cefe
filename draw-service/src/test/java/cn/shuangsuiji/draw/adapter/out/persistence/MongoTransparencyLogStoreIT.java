package cn.shuangsuiji.draw.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import cn.shuangsuiji.drawprotocol.Hash32;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The log's leaves read back from MongoDB, as a restarted draw-service does (its tree is no longer in memory).
 * Found by the fault run (issue 14): after a restart every commit failed with a MappingInstantiationException, because
 * the leaves were read with only their hash while the document's {@code seq} is a primitive.
 */
@RequiresRealInfra
class MongoTransparencyLogStoreIT {

    private final MongoClient client = MongoClients.create(RealInfra.mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, RealInfra.uniqueDatabase("tlog"));

    @AfterEach
    void drop() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void leavesWrittenBeforeARestartAreReadBackByANewStore() {
        MongoTransparencyLogStore before = new MongoTransparencyLogStore(mongo);
        List<Hash32> hashes = List.of(leaf("a"), leaf("b"), leaf("c"));
        for (int i = 0; i < hashes.size(); i++) {
            before.appendLeaf(i, hashes.get(i), "draw-1", i);
        }
        MongoTransparencyLogStore restarted = new MongoTransparencyLogStore(mongo);
        assertThat(restarted.leafHashes(0, 3)).isEqualTo(hashes);
        assertThat(restarted.leafHashes(1, 3)).isEqualTo(hashes.subList(1, 3));
    }

    private static Hash32 leaf(String text) {
        return Hash32.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
