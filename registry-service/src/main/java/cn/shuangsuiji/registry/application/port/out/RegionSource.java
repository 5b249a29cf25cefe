package cn.shuangsuiji.registry.application.port.out;

import java.util.Map;

/** 行政区划数据源 — loads the GB/T 2260 code table (code → name). */
public interface RegionSource {

    Map<String, String> load();
}
