package cn.shuangsuiji.registry.adapter.in.web;

/** A region as the API shows it. */
public record RegionResponse(String code, String name, String level, String levelName, String parentCode) {
}
