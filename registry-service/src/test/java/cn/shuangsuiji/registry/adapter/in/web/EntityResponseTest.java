package cn.shuangsuiji.registry.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legal representative's ID number and natural-person holders are personal data (S0 25). */
class EntityResponseTest {

    static final String ID = "11010519491231002X";
    static final String USCC = "91350100M000100Y43";

    static RegulatedEntity entity() {
        return RegulatedEntity.register(new EntityDetails("曲阳县恒达石材有限公司", USCC, null, null, "王建国", null,
                "130634", null, ObjectType.ENTERPRISE, EntityStatus.OPERATING, CreditClass.A, List.of(), false, false,
                List.of(), List.of("qy-amr"), null, ID, List.of(new Holder("恒达投资有限公司", USCC, null),
                        new Holder("王建国", null, ID))), TestPseudonyms.PSEUDONYMS, Instant.EPOCH);
    }

    @Test
    void openResponsesShowItAndMaskedOnesMaskIt() {
        EntityResponse open = EntityResponse.of(entity(), true);
        assertThat(open.legalRepresentativeIdNumber()).isEqualTo(ID);
        assertThat(open.holders()).containsExactly(new EntityRequest.HolderBody("恒达投资有限公司", USCC, null),
                new EntityRequest.HolderBody("王建国", null, ID));

        for (boolean open2 : List.of(false)) {
            EntityResponse masked = EntityResponse.of(entity(), open2);
            assertThat(masked.personalDataMasked()).isTrue();
            assertThat(masked.legalRepresentativeIdNumber()).isEqualTo("110***********002X");
            assertThat(masked.holders()).containsExactly(new EntityRequest.HolderBody("恒达投资有限公司", USCC, null),
                    new EntityRequest.HolderBody("王**", null, "110***********002X"));
        }
    }

    @Test
    void historyMasksThemToo() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", "曲阳县恒达石材有限公司");
        after.put("legalRepresentativeIdNumber", ID);
        after.put("holders", List.of(Map.of("name", "恒达投资有限公司", "uscc", USCC),
                Map.of("name", "王建国", "idNumber", ID)));
        HistoryEntry entry = new HistoryEntry("ENTITY", "ent-1", 1, "CREATED", "u", Instant.EPOCH, "api", null, after);
        HistoryResponse masked = HistoryResponse.of(entry, false);
        assertThat(masked.after().get("legalRepresentativeIdNumber")).isEqualTo("110***********002X");
        assertThat(masked.after().toString()).doesNotContain(ID).contains(USCC).contains("王**");
        assertThat(HistoryResponse.of(entry, true).after().toString()).contains(ID);
    }
}
