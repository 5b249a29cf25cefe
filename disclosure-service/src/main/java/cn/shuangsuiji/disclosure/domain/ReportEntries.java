package cn.shuangsuiji.disclosure.domain;

import java.util.List;

/**
 * 月报表第一至三项 — what a department enters itself for a month (S3 annex, items 1–3): meetings held (名称及时间),
 * documents issued (名称及文号), trainings (名称、人数、内容). Free text lines; no personal data.
 *
 * @param meetings  本月召开会议部署随机抽查工作情况
 * @param documents 本月印发双随机工作文件情况
 * @param trainings 本月组织随机抽查业务培训情况
 */
public record ReportEntries(List<String> meetings, List<String> documents, List<String> trainings) {

    public ReportEntries {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        documents = documents == null ? List.of() : List.copyOf(documents);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
    }

    public static ReportEntries none() {
        return new ReportEntries(List.of(), List.of(), List.of());
    }
}
