package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.bench.BenchData;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Legal representative's ID number and holders: import columns (optional), export without personal columns for
 * others than the owning administrators, and the match of an inspector's relation keys with an entity's party
 * keys (回避, S0 16).
 */
class PartyDataTest {

    static final Pseudonyms P = TestPseudonyms.PSEUDONYMS;

    static final String RELATIVE_ID = "11010519491231002X";
    static final String HOLDER_USCC = Uscc.complete("91130634MA0A00009");
    static final String USCC = Uscc.complete("91130634MA0A00001");

    static EntityDetails parse(List<String> header, List<String> cells) {
        Map<String, Integer> positions = EntityRows.COLUMNS.bind(header);
        return EntityRows.parse(new ImportColumns.Row(positions, cells), Set.of("qy-amr"), P);
    }

    static final List<String> BASE = List.of("name", "uscc", "regionCode", "objectType", "status", "creditClass",
            "supervisionScopes");

    static List<String> with(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void importsTheOptionalColumnsAndKeepsStoredValuesForFilesWithoutThem() {
        List<String> cells = List.of("恒达石材", USCC, "130634", "企业", "存续", "A", "qy-amr");
        EntityDetails full = parse(with(BASE, "法定代表人身份证号码", "股东"), with(cells, RELATIVE_ID,
                "曲阳县恒达投资有限公司|" + HOLDER_USCC + "|；王建国||" + RELATIVE_ID));
        assertThat(full.legalRepresentativeIdNumber()).isEqualTo(RELATIVE_ID);
        assertThat(full.holders()).containsExactly(new Holder("曲阳县恒达投资有限公司", HOLDER_USCC, null),
                new Holder("王建国", null, RELATIVE_ID));

        EntityDetails old = parse(BASE, cells);
        assertThat(old.legalRepresentativeIdNumber()).isNull();
        assertThat(EntityRows.withStoredPersonalData(old, full, Set.copyOf(BASE))).isEqualTo(full);
        EntityDetails cleared = parse(with(BASE, "holders", "legalRepresentativeIdNumber"), with(cells, "", ""));
        assertThat(EntityRows.withStoredPersonalData(cleared, full, Set.copyOf(with(BASE, "holders",
                "legalRepresentativeIdNumber")))).isEqualTo(cleared);

        assertThatThrownBy(() -> parse(with(BASE, "legalRepresentativeIdNumber", "holders"),
                with(cells, "110105194912310021", "某公司|X|")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("legalRepresentativeIdNumber",
                                        "ID_NUMBER_CHECK_DIGIT"),
                                org.assertj.core.groups.Tuple.tuple("holders[0].uscc", "USCC_FORMAT")));
    }

    @Test
    void exportLeavesOutPersonalColumnsWithoutPersonalDataRightsAndTheFileImportsAgainByEntityId() {
        List<String> cells = List.of("恒达石材", USCC, "130634", "企业", "存续", "A", "qy-amr");
        EntityDetails full = parse(with(BASE, "legalRepresentativeIdNumber", "holders"), with(cells, RELATIVE_ID,
                "恒达投资|" + HOLDER_USCC + "|;王建国||" + RELATIVE_ID));
        RegulatedEntity entity = RegulatedEntity.register(full, P, Instant.EPOCH);
        List<String> open = EntityRows.cells(entity, true);
        List<String> masked = EntityRows.cells(entity, false);
        int id = EntityRows.COLUMNS.keys().indexOf("legalRepresentativeIdNumber");
        int holders = EntityRows.COLUMNS.keys().indexOf("holders");
        assertThat(open).hasSize(EntityRows.COLUMNS.keys().size());
        assertThat(open.get(id)).isEqualTo(RELATIVE_ID);
        assertThat(open.get(holders)).isEqualTo("恒达投资|" + HOLDER_USCC + "|;王建国||" + RELATIVE_ID);
        List<String> header = EntityRows.exportHeader(false);
        assertThat(masked).hasSize(header.size()).doesNotContain(RELATIVE_ID).contains(entity.id().value());
        assertThat(String.join(",", header)).doesNotContain("(idNumber)").doesNotContain("(phone)")
                .doesNotContain("(legalRepresentativeIdNumber)").doesNotContain("(holders)");
        Map<String, Integer> positions = EntityRows.COLUMNS.bind(header);
        EntityDetails again = EntityRows.parse(new ImportColumns.Row(positions, masked), Set.of("qy-amr"), P);
        assertThat(EntityRows.withStoredPersonalData(again, full, positions.keySet())).isEqualTo(full);
    }

    @Test
    void aNaturalPersonRowWithoutIdNumberIsMatchedByItsStoredEntityId() {
        EntityDetails person = new EntityDetails("王建国", null, RELATIVE_ID, null, null, null, "130634", null,
                ObjectType.INDIVIDUAL_BUSINESS, EntityStatus.OPERATING, CreditClass.A, List.of(), false, false,
                List.of(), List.of("qy-amr"), "13812345678");
        RegulatedEntity entity = RegulatedEntity.register(person, P, Instant.EPOCH);
        List<String> header = EntityRows.exportHeader(false);
        Map<String, Integer> positions = EntityRows.COLUMNS.bind(header);
        List<String> cells = EntityRows.cells(entity, false);
        EntityDetails again = EntityRows.parse(new ImportColumns.Row(positions, cells), Set.of("qy-amr"),
                id -> id.equals(entity.id()) ? RELATIVE_ID : null, P);
        assertThat(RegulatedEntity.register(again, P, Instant.EPOCH).id()).isEqualTo(entity.id());
        assertThat(EntityRows.withStoredPersonalData(again, person, positions.keySet())).isEqualTo(person);

        assertThatThrownBy(() -> EntityRows.parse(new ImportColumns.Row(positions, cells), Set.of("qy-amr"),
                id -> null, P)).isInstanceOf(DomainProblem.class).satisfies(e -> assertThat(((DomainProblem) e)
                .fieldProblems()).extracting(FieldProblem::code).contains("ENTITY_NOT_FOUND"));
        List<String> wrongId = new java.util.ArrayList<>(EntityRows.cells(entity, true));
        wrongId.set(0, "ent-p0000000000000000");
        Map<String, Integer> all = EntityRows.COLUMNS.bind(EntityRows.exportHeader(true));
        assertThatThrownBy(() -> EntityRows.parse(new ImportColumns.Row(all, wrongId), Set.of("qy-amr"), P))
                .isInstanceOf(DomainProblem.class).satisfies(e -> assertThat(((DomainProblem) e)
                .fieldProblems()).extracting(FieldProblem::code).contains("ENTITY_ID_MISMATCH"));
    }

    @Test
    void anInspectorsRelativeOrInterestMatchesTheEntitysLegalRepresentativeOrHolder() {
        InspectorDetails inspector = new InspectorDetails("qy-amr", "李明", "科员", "C1", LocalDate.of(2023, 1, 1),
                LocalDate.of(2030, 1, 1), "城区所", "130634", List.of("item-1"), List.of("食品"), List.of(),
                InspectorStatus.ACTIVE, null, null, new DeclaredRelations(
                        List.of(new Relative("李红", "配偶", RELATIVE_ID)), List.of(HOLDER_USCC), List.of()));
        List<String> relationKeys = SnapshotService.row(Inspector.register(inspector, Instant.EPOCH), P).relationKeys();
        assertThat(relationKeys).hasSize(2);

        List<String> byLegalRepresentative = EntitySnapshotRow.partyKeysOf(P, USCC, null, RELATIVE_ID, List.of());
        List<String> byHolder = EntitySnapshotRow.partyKeysOf(P, USCC, null, null, List.of(HOLDER_USCC));
        List<String> unrelated = EntitySnapshotRow.partyKeysOf(P, USCC, null, "11010519491231003X".substring(0, 17)
                + "0", List.of(Uscc.complete("91130634MA0A00017")));
        assertThat(byLegalRepresentative).hasSize(2).containsAnyElementsOf(relationKeys);
        assertThat(byHolder).hasSize(2).containsAnyElementsOf(relationKeys);
        assertThat(unrelated).doesNotContainAnyElementsOf(relationKeys);
    }

    @Test
    void demoEntitiesPointBackAtTheDemoInspectorsDeclaredRelations() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("demo-entities-", ".csv");
        try {
            BenchData.writeDemoEntities(file, 1506);
            List<String> lines = java.nio.file.Files.readAllLines(file);
            Map<String, Integer> positions = EntityRows.COLUMNS.bind(List.of(lines.get(0).split(",", -1)));
            java.util.function.IntFunction<EntityDetails> row = i -> EntityRows.parse(new ImportColumns.Row(positions,
                    List.of(lines.get(i + 1).split(",", -1))), Set.of("qy-amr", "bd-amr", "qy-emg", "qy-eco",
                    "qy-cult", "qy-psb"), P);
            assertThat(row.apply(305).legalRepresentativeIdNumber()).isEqualTo(BenchData.DEMO_RELATIVE_ID);
            assertThat(row.apply(305).supervisionScopes()).contains("qy-amr");
            assertThat(row.apply(1505).holders()).extracting(Holder::uscc).containsExactly(BenchData.demoUscc(34));
            assertThat(row.apply(306).legalRepresentativeIdNumber()).isNull();
            assertThat(row.apply(306).holders()).isEmpty();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
