package cn.shuangsuiji.draw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.SampleDraw;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e2e bench's sharded check (deploy/bench-draw-e2e.sh --shards 2) on the sample bundle: the candidates split by
 * region over 2 shards, counted, ranked and merged step by step through files as separate processes would, give the
 * bundle's own result (merge returns; a difference would exit 1).
 */
class ShardedBundleDrawTest {

    @Test
    void twoShardsSplitByRegionGiveTheBundlesSelection(@TempDir Path dir) throws Exception {
        Bundle bundle = SampleDraw.bundle();
        Path file = dir.resolve("bundle.json");
        BundleCodec.write(bundle, file);
        String b = file.toString();

        assertThat(ShardedBundleDraw.shard(bundle, 0, 2).size() + ShardedBundleDraw.shard(bundle, 1, 2).size())
                .isEqualTo(bundle.snapshot().targets().size());
        for (int k = 0; k < 2; k++) {
            ShardedBundleDraw.main(new String[] {"count", b, String.valueOf(k), "2", dir.resolve("c" + k).toString()});
        }
        for (int k = 0; k < 2; k++) {
            ShardedBundleDraw.main(new String[] {"rank", b, String.valueOf(k), "2", dir.resolve("r" + k).toString(),
                    dir.resolve("c0").toString(), dir.resolve("c1").toString()});
        }
        assertThat(ShardedBundleDraw.merge(bundle, BundleMapper.commitment(bundle.commitment()),
                List.of(dir.resolve("r0").toString(), dir.resolve("r1").toString()))).isTrue();
        assertThat(Files.size(dir.resolve("r0")) + Files.size(dir.resolve("r1"))).isPositive();
    }
}
