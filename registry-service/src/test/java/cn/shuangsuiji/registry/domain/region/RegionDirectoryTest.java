package cn.shuangsuiji.registry.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

    private static final RegionDirectory DIRECTORY = RegionDirectory.of(Map.of(
            "130000", "河北省", "130600", "保定市", "130634", "曲阳县", "130682", "定州市",
            "110000", "北京市", "110101", "东城区"));

    @Test
    void derivesLevelsAndParentsFromTheCodes() {
        assertThat(DIRECTORY.get(new RegionCode("130634")).parent()).contains(new RegionCode("130600"));
        assertThat(DIRECTORY.get(new RegionCode("130634")).level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(DIRECTORY.get(new RegionCode("130600")).level()).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(DIRECTORY.get(new RegionCode("130000")).parent()).isEmpty();
        assertThat(DIRECTORY.get(new RegionCode("110101")).parent()).contains(new RegionCode("110000"));
    }

    @Test
    void listsChildrenAndPaths() {
        assertThat(DIRECTORY.children(new RegionCode("130600"))).extracting(Region::name)
                .containsExactly("曲阳县", "定州市");
        assertThat(DIRECTORY.provinces()).extracting(Region::name).containsExactly("北京市", "河北省");
        assertThat(DIRECTORY.path(new RegionCode("130634"))).extracting(Region::name)
                .containsExactly("河北省", "保定市", "曲阳县");
        assertThat(DIRECTORY.isWithin(new RegionCode("130634"), new RegionCode("130000"))).isTrue();
        assertThat(DIRECTORY.isWithin(new RegionCode("130634"), new RegionCode("110000"))).isFalse();
    }

    @Test
    void unknownCodesAreRefusedWithAFieldError() {
        assertThatThrownBy(() -> DIRECTORY.requireKnown(new RegionCode("139999"), "regionCode"))
                .isInstanceOf(DomainProblem.class)
                .satisfies(e -> assertThat(((DomainProblem) e).fieldProblems()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("regionCode");
                            assertThat(f.code()).isEqualTo("REGION_CODE_UNKNOWN");
                        }));
        DIRECTORY.requireKnown(new RegionCode("130634"), "regionCode");
        assertThatThrownBy(() -> DIRECTORY.get(new RegionCode("139999"))).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "REGION_NOT_FOUND");
    }
}
