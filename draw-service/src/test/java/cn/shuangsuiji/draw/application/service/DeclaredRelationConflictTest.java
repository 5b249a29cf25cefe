package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.draw.SnapshotFixtures;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 回避 by party keys (S0 16): an inspector whose declared relative is an entity's legal representative (same ID
 * number), or who declared an interest in an entity's holder (same USCC), is never on that entity's team, and the
 * pair is a committed conflict in the bundle — without any personal data in it.
 */
class DeclaredRelationConflictTest {

    static final Instant START = Instant.parse("2026-02-14T02:00:00Z");
    static final String SECRET = "witness-secret-0123456789abcdef0123456789abcdef";
    /** A relative's ID number (GB 11643 check digit valid) and a holder company's USCC. */
    static final String RELATIVE_ID = "11010519491231002X";
    static final String HOLDER_USCC = "91350100M000100Y43";
    /** Class C entities (20 of them, quota 30): all are drawn, so both conflicts are exercised. */
    static final int LEGAL_REP_ENTITY = 185;
    static final int HOLDER_ENTITY = 190;

    @Test
    void relativesAsLegalRepresentativeAndInterestsInHoldersKeepInspectorsOffTheTeam() {
        InMemoryStores stores = new InMemoryStores();
        Draws service = new Draws(stores, Clock.fixed(START, ZoneId.of("UTC")),
                new DrawSettings(true, WorkingDayCalendar.fromEnvironment(), ZoneId.of("Asia/Shanghai")));
        stores.save(DrawFixtures.plan());
        List<EntityRecord> entities = new ArrayList<>();
        for (EntityRecord e : DrawFixtures.entities()) {
            List<String> keys = new ArrayList<>(List.of(DrawFixtures.key(e.uscc())));
            if (e.uscc().equals(DrawFixtures.uscc(LEGAL_REP_ENTITY))) {
                keys.add(DrawFixtures.key(RELATIVE_ID));
            } else if (e.uscc().equals(DrawFixtures.uscc(HOLDER_ENTITY))) {
                keys.add(DrawFixtures.key(HOLDER_USCC));
            }
            entities.add(new EntityRecord(e.id(), e.objectType(), e.regionCode(), e.industry(), e.creditClass(),
                    e.status(), e.tags(), e.flags(), e.uscc(), e.legalRepresentative(), keys.stream().sorted().toList()));
        }
        List<InspectorRecord> inspectors = new ArrayList<>();
        for (InspectorRecord i : DrawFixtures.inspectors(4, List.of())) {
            List<String> relations = switch (i.id()) {
                case "ins-qy-amr-2" -> List.of(DrawFixtures.key(RELATIVE_ID));
                case "ins-qy-psb-3" -> List.of(DrawFixtures.key(HOLDER_USCC));
                default -> List.of();
            };
            inspectors.add(new InspectorRecord(i.id(), i.departmentId(), i.regionCode(), i.post(), i.itemIds(),
                    i.categories(), i.tags(), i.status(), relations));
        }
        for (SnapshotFixtures.Fixture f : List.of(
                SnapshotFixtures.entities("snap-ent-1", List.of("qy-amr"), START.minusSeconds(3600), entities),
                SnapshotFixtures.inspectors("snap-ins-1", DrawFixtures.DEPARTMENTS, START.minusSeconds(3600),
                        inspectors))) {
            stores.save(f.snapshot());
            stores.contents.put(f.snapshot().snapshotId(), f.content());
        }
        long round = DrandQuicknet.firstRoundAfter(START.getEpochSecond() + 30);
        Draw draw = service.commit(new DrawCommands.Commit(DrawFixtures.PLAN, DrawFixtures.TASK,
                DemoBeacon.NETWORK, round, List.of("snap-ent-1"), List.of("snap-ins-1"),
                List.of(new DrawCommands.Source("福彩3D 2026040", "three digits")),
                List.of(new DrawCommands.WitnessCommitment("媒体见证人", DrawFixtures.key(SECRET))), OPERATOR));
        DrawView view = service.execute(new DrawCommands.Execute(draw.id().value(), DemoBeacon.sign(round),
                List.of("3 1 4"), List.of(SECRET), OPERATOR));

        TargetId legalRepTarget = new TargetId("ent-" + DrawFixtures.uscc(LEGAL_REP_ENTITY));
        TargetId holderTarget = new TargetId("ent-" + DrawFixtures.uscc(HOLDER_ENTITY));
        assertThat(view.outcome().targets()).extracting(RankedTarget::id).contains(legalRepTarget, holderTarget);
        assertThat(view.outcome().team(legalRepTarget).members()).extracting(InspectorId::value)
                .doesNotContain("ins-qy-amr-2");
        assertThat(view.outcome().team(holderTarget).members()).extracting(InspectorId::value)
                .doesNotContain("ins-qy-psb-3");

        Bundle bundle = service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.snapshot().conflicts())
                .extracting(c -> c.inspectorId() + " " + c.targetId() + " " + c.reason())
                .containsExactlyInAnyOrder(
                        "ins-qy-amr-2 " + legalRepTarget.value() + " " + DrawPreparation.DECLARED_RELATION,
                        "ins-qy-psb-3 " + holderTarget.value() + " " + DrawPreparation.DECLARED_RELATION);
        assertThat(new BundleVerifier(1).verify(bundle).ok()).isTrue();
    }
}
