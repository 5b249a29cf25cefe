package cn.shuangsuiji.draw.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 快照内容 (issue 12): an entity snapshot is fetched and checked when its confirmation arrives, a commit replays the
 * kept records instead of fetching again; a prefetch in progress is waited for; content that fails its checks is
 * never kept, so the commit reads it itself and refuses; the bound and a changed confirmation are respected.
 */
class SnapshotContentsTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    /** A source that counts its fetches; contents by snapshot id. */
    static final class CountingSource implements SnapshotSource {
        final Map<String, byte[]> contents = new HashMap<>();
        final AtomicInteger fetches = new AtomicInteger();

        @Override
        public byte[] content(ConfirmedSnapshot snapshot) {
            fetches.incrementAndGet();
            return contents.get(snapshot.snapshotId());
        }
    }

    private static List<EntityRecord> entities(int n) {
        List<EntityRecord> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String uscc = DrawFixtures.uscc(i);
            list.add(new EntityRecord("ent-" + uscc, "ENTERPRISE", "130634", "C13", "A", "ACTIVE", List.of(), 0,
                    uscc, "法人" + i, List.of(DrawFixtures.key(uscc))));
        }
        return list;
    }

    private static SnapshotFixtures.Fixture fixture(String id, int n, CountingSource source) {
        var f = SnapshotFixtures.entities(id, List.of("qy-amr"), AT, entities(n));
        source.contents.put(id, f.content());
        return f;
    }

    private static List<String> ids(SnapshotContents contents, ConfirmedSnapshot s) {
        List<String> ids = new ArrayList<>();
        contents.readEntities(s, (EntityRow row) -> ids.add(row.id()));
        return ids;
    }

    @Test
    void aPrefetchedSnapshotIsReadWithoutFetchingAgain() {
        CountingSource source = new CountingSource();
        var f = fixture("s1", 50, source);
        SnapshotContents contents = new SnapshotContents(source, Runnable::run, 1_000);
        contents.prefetch(f.snapshot());
        assertThat(source.fetches).hasValue(1);
        List<String> first = ids(contents, f.snapshot());
        List<String> second = ids(contents, f.snapshot());
        assertThat(source.fetches).hasValue(1);
        assertThat(first).hasSize(50).isEqualTo(second)
                .isEqualTo(entities(50).stream().map(EntityRecord::id).toList());
        contents.prefetch(f.snapshot()); // a redelivered confirmation
        assertThat(source.fetches).hasValue(1);
    }

    @Test
    void withoutAPrefetchTheCommitStreamsTheContent() {
        CountingSource source = new CountingSource();
        var f = fixture("s1", 20, source);
        SnapshotContents contents = new SnapshotContents(source, Runnable::run, 1_000);
        assertThat(ids(contents, f.snapshot())).hasSize(20);
        assertThat(ids(contents, f.snapshot())).hasSize(20);
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    void aPrefetchInProgressIsWaitedForNotRepeated() throws Exception {
        CountingSource source = new CountingSource();
        var f = fixture("s1", 30, source);
        ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
        SnapshotContents contents = new SnapshotContents(source, queued::add, 1_000);
        contents.prefetch(f.snapshot());
        CompletableFuture<List<String>> commit = CompletableFuture.supplyAsync(() -> ids(contents, f.snapshot()));
        assertThat(commit).isNotDone(); // nothing fetched yet: the commit waits for the prefetch
        queued.poll().run();
        assertThat(commit.get(30, TimeUnit.SECONDS)).hasSize(30);
        assertThat(source.fetches).hasValue(1);
    }

    @Test
    void contentThatFailsItsChecksIsNotKeptAndTheCommitRefuses() {
        CountingSource source = new CountingSource();
        var f = fixture("s1", 20, source);
        byte[] tampered = f.content().clone();
        tampered[tampered.length - 9] ^= 1;
        source.contents.put("s1", tampered);
        SnapshotContents contents = new SnapshotContents(source, Runnable::run, 1_000);
        contents.prefetch(f.snapshot());
        assertThatThrownBy(() -> ids(contents, f.snapshot())).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.code()).isEqualTo("DRAW_SNAPSHOT_CONTENT_INVALID"));
        assertThat(source.fetches).hasValue(2); // the prefetch's and the commit's own
    }

    @Test
    void keptRecordsServeOnlyTheConfirmationTheyWereCheckedAgainst() {
        CountingSource source = new CountingSource();
        var f = fixture("s1", 20, source);
        SnapshotContents contents = new SnapshotContents(source, Runnable::run, 1_000);
        contents.prefetch(f.snapshot());
        var other = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, entities(10)).snapshot();
        ConfirmedSnapshot otherRoot = new ConfirmedSnapshot("s1", "ENTITIES", List.of("qy-amr"), List.of(),
                List.of(), 20, other.merkleRoot(), f.snapshot().contentSha256(), null, AT);
        assertThatThrownBy(() -> ids(contents, otherRoot)).isInstanceOf(DomainProblem.class);
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    void snapshotsBeyondTheBoundAreNotKeptAndTheLeastRecentlyUsedGoFirst() {
        CountingSource source = new CountingSource();
        var a = fixture("a", 40, source);
        var b = fixture("b", 40, source);
        var c = fixture("c", 40, source);
        var big = fixture("big", 120, source);
        var inspectors = SnapshotFixtures.inspectors("i", List.of("qy-amr"), AT, List.of());
        SnapshotContents contents = new SnapshotContents(source, Runnable::run, 100);
        contents.prefetch(big.snapshot()); // over the bound on its own
        contents.prefetch(inspectors.snapshot()); // only entity snapshots are kept
        assertThat(source.fetches).hasValue(0);
        contents.prefetch(a.snapshot());
        contents.prefetch(b.snapshot());
        ids(contents, a.snapshot()); // a used after b
        contents.prefetch(c.snapshot()); // 120 > 100: b goes
        assertThat(source.fetches).hasValue(3);
        ids(contents, a.snapshot());
        ids(contents, c.snapshot());
        assertThat(source.fetches).hasValue(3);
        ids(contents, b.snapshot());
        assertThat(source.fetches).hasValue(4);
    }
}
