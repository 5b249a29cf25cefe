package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.region.Region;
import java.util.List;

/** 行政区划查询 — look up GB/T 2260 regions; other use cases validate region codes through it. */
public interface RegionQueries {

    /** The region, or a 404 problem {@code REGION_NOT_FOUND}. */
    Region get(RegionCode code);

    /** Direct children of a region, ordered by code. */
    List<Region> children(RegionCode code);

    /** All provinces. */
    List<Region> provinces();

    /** The region and its ancestors from the province down. */
    List<Region> path(RegionCode code);

    boolean exists(RegionCode code);

    /** A 422 problem with field error {@code REGION_CODE_UNKNOWN} on {@code field} if the code is unknown. */
    void requireKnown(RegionCode code, String field);
}
