package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.disclosure.DisclosureEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI 3 document of the public feed, reachable anonymously (also through the gateway's /api/public/** route)
 * beside the OpenAPI documents.
 */
@RestController
@Tag(name = "public", description = "一公开：公示信息")
class AsyncApiController {

    private final Map<String, Object> document;

    AsyncApiController() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put(Topics.PUBLIC_ITEMS, "抽查事项清单: every published or withdrawn item version.");
        topics.put(Topics.PUBLIC_PLANS, "抽查计划公告: every published plan version, amendment and withdrawal.");
        topics.put(Topics.PUBLIC_DRAWS, "抽查任务公告: commitment, execution, substitutions, replacements, abandonment, "
                + "late publication of withheld targets, and the update of the day a draw's bundle (抽取证据包) becomes "
                + "public (the day after the task's inspection window; once per draw, with bundleUrl set).");
        topics.put(Topics.PUBLIC_RESULTS, "抽查结果公告: recorded results, corrections and follow-ups.");
        topics.put(Topics.PUBLIC_CORRECTIONS, "结果更正: every corrected result with its correction history.");
        this.document = AsyncApiDocument.of(DisclosureEvents.TYPES, "unlimited (retention.ms=-1, configurable with "
                + "ssj.disclosure.public-topic-retention)", topics);
    }

    @GetMapping(value = "/api/public/asyncapi", produces = "application/json")
    @Operation(summary = "省级平台数据接口（AsyncAPI 3.0 文档）")
    Map<String, Object> asyncApi() {
        return document;
    }
}
