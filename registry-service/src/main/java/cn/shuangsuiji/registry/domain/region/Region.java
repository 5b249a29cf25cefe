package cn.shuangsuiji.registry.domain.region;

import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * 行政区划 — an administrative region of GB/T 2260 (rules.md §1: registries are partitioned by region, S2 13).
 *
 * @param code   six-digit code
 * @param name   Chinese name, e.g. 曲阳县
 * @param level  province, prefecture or county
 * @param parent the region it belongs to, empty for a province
 */
public record Region(RegionCode code, String name, RegionLevel level, Optional<RegionCode> parent) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("行政区划名称不能为空：" + code);
        }
    }
}
