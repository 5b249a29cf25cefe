package cn.shuangsuiji.registry.domain.region;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 行政区划目录 — the immutable set of known GB/T 2260 regions with their hierarchy, derived from the codes:
 * {@code XX0000} is a province, {@code XXYY00} a prefecture, anything else a county under its prefecture (or
 * directly under the province when no prefecture exists, e.g. 北京市 districts).
 */
public final class RegionDirectory {

    private final Map<RegionCode, Region> regions;
    private final Map<RegionCode, List<Region>> children;
    private final List<Region> provinces;

    private RegionDirectory(Map<RegionCode, Region> regions) {
        this.regions = regions;
        Map<RegionCode, List<Region>> byParent = new LinkedHashMap<>();
        List<Region> tops = new ArrayList<>();
        for (Region region : regions.values()) {
            region.parent().ifPresentOrElse(
                    p -> byParent.computeIfAbsent(p, k -> new ArrayList<>()).add(region), () -> tops.add(region));
        }
        byParent.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(byParent);
        this.provinces = List.copyOf(tops);
    }

    /** Builds the directory from code → name pairs; parents and levels are derived from the codes. */
    public static RegionDirectory of(Map<String, String> namesByCode) {
        TreeMap<String, String> sorted = new TreeMap<>(namesByCode);
        Map<RegionCode, Region> regions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            String code = e.getKey();
            RegionLevel level;
            Optional<RegionCode> parent;
            if (code.endsWith("0000")) {
                level = RegionLevel.PROVINCE;
                parent = Optional.empty();
            } else if (code.endsWith("00")) {
                level = RegionLevel.PREFECTURE;
                parent = Optional.of(new RegionCode(code.substring(0, 2) + "0000"));
            } else {
                level = RegionLevel.COUNTY;
                String prefecture = code.substring(0, 4) + "00";
                parent = Optional.of(new RegionCode(sorted.containsKey(prefecture) ? prefecture
                        : code.substring(0, 2) + "0000"));
            }
            parent = parent.filter(p -> sorted.containsKey(p.value()));
            regions.put(new RegionCode(code), new Region(new RegionCode(code), e.getValue(), level, parent));
        }
        return new RegionDirectory(Collections.unmodifiableMap(regions));
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean contains(RegionCode code) {
        return regions.containsKey(code);
    }

    /** The region, or a 404 problem {@code REGION_NOT_FOUND}. */
    public Region get(RegionCode code) {
        return find(code).orElseThrow(() -> DomainProblem.notFound("REGION_NOT_FOUND", "行政区划", code.value()));
    }

    /**
     * Checks that a code names a known region; otherwise a 422 problem with the field error
     * {@code REGION_CODE_UNKNOWN} on the given field.
     */
    public void requireKnown(RegionCode code, String field) {
        if (!contains(code)) {
            throw DomainProblem.invalid("REGION_CODE_UNKNOWN", "行政区划代码不存在：" + code.value(),
                    List.of(new FieldProblem(field, "REGION_CODE_UNKNOWN",
                            "行政区划代码 " + code.value() + " 不在 GB/T 2260 代码表中")));
        }
    }

    /** Direct children, ordered by code. */
    public List<Region> children(RegionCode code) {
        get(code);
        return children.getOrDefault(code, List.of());
    }

    /** Provinces, ordered by code. */
    public List<Region> provinces() {
        return provinces;
    }

    /** The region and its ancestors, from the province down. */
    public List<Region> path(RegionCode code) {
        List<Region> path = new ArrayList<>();
        Optional<Region> current = Optional.of(get(code));
        while (current.isPresent()) {
            path.add(0, current.get());
            current = current.get().parent().flatMap(this::find);
        }
        return List.copyOf(path);
    }

    /** Whether {@code code} is {@code ancestor} itself or lies inside it. */
    public boolean isWithin(RegionCode code, RegionCode ancestor) {
        return find(code).isPresent() && path(code).stream().anyMatch(r -> r.code().equals(ancestor));
    }

    public int size() {
        return regions.size();
    }
}
