package cn.shuangsuiji.draw.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Party keys of entity records: the registry's hashing convention, the current and the older format. */
class EntityRecordTest {

    static final Instant AT = Instant.parse("2026-02-14T00:00:00Z");

    @Test
    void keysFollowTheRegistryConvention() {
        // same vector as registry-service PartyKeyTest: hex SHA-256 of the UTF-8 identifier
        assertThat(EntityRecord.key("11010519491231002X"))
                .isEqualTo("426695a0efdb59b9eaedaf0b5ca3eddf013cc2a7f9e283437704ea605f421e6d");
    }

    @Test
    void partyKeysAreReadFromTheSnapshot() {
        String relative = EntityRecord.key("11010519491231002X");
        EntityRecord e = new EntityRecord("ent-1", "ENTERPRISE", "130634", "C13", "A", "OPERATING", List.of(), 0,
                DrawFixtures.uscc(1), "王建国", List.of(EntityRecord.key(DrawFixtures.uscc(1)), relative));
        var f = SnapshotFixtures.entities("s1", List.of("qy-amr"), AT, List.of(e));
        assertThat(SnapshotContent.read(f.content(), f.snapshot()).entities().get(0).partyKeys())
                .containsExactly(EntityRecord.key(DrawFixtures.uscc(1)), relative);
    }

    @Test
    void recordsWithoutPartyKeysFallBackToTheUsccKey() {
        var f = SnapshotFixtures.entitiesWithoutPartyKeys("s1", List.of("qy-amr"), AT,
                DrawFixtures.entities().subList(0, 2));
        List<EntityRecord> read = SnapshotContent.read(f.content(), f.snapshot()).entities();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).partyKeys()).containsExactly(EntityRecord.key(DrawFixtures.uscc(0)));
        assertThat(read.get(0).legalRepresentative()).isEqualTo("法人0");
    }
}
