package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.SourceFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 随机源先于信标固定 — the pinned-source rule (protocol revision 1.3, docs/draw-protocol.md §4.3): a committed
 * source's value is the one logged in its SOURCE entry, which must be written before the beacon round's time. At
 * execution a value not logged yet may still be given only while the round is in the future (it is then logged
 * before EXECUTE); afterwards the execution is refused. Sources of commitments before revision 1.3 (no format)
 * take the value given at execution, as before.
 *
 * @param values the source values in committed order
 * @param toLog  the values to log now (source name → value), before EXECUTE
 */
record PinnedSources(List<String> values, Map<String, String> toLog) {

    static PinnedSources forExecution(DrawCommitment c, List<LogEntry> log, List<String> given, Instant now) {
        Map<String, String> logged = logged(log);
        List<String> values = new ArrayList<>();
        Map<String, String> toLog = new LinkedHashMap<>();
        for (int i = 0; i < c.sources().size(); i++) {
            PublicSource s = c.sources().get(i);
            String offered = i < given.size() ? given.get(i) : null;
            if (!s.pinned()) {
                values.add(offered == null ? "" : offered);
                continue;
            }
            String value = logged.get(s.name());
            if (value != null) {
                if (offered != null && !offered.isEmpty() && !offered.equals(value)) {
                    throw new DomainProblem(ProblemKind.INVALID, "DRAW_SOURCE_MISMATCH", "公开随机源数值无效",
                            "随机源 " + s.name() + " 已于信标轮次之前录入数值 " + value + "，执行时提交的 " + offered + " 与之不符");
                }
            } else if (offered != null && !offered.isEmpty() && now.getEpochSecond() < c.beacon().roundTime()) {
                requireFormat(s, offered);
                value = offered;
                toLog.put(s.name(), offered);
            } else {
                throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SOURCE_NOT_PINNED", "随机源数值未在信标之前录入",
                        "随机源 " + s.name() + " 的数值须在信标轮次 " + c.beacon().round() + " 的时间 "
                                + Instant.ofEpochSecond(c.beacon().roundTime()) + " 之前录入并记入日志；此抽取不能再执行，请作废后重新承诺");
            }
            values.add(value);
        }
        return new PinnedSources(List.copyOf(values), Map.copyOf(toLog));
    }

    /** Source name → value of the SOURCE entries logged. */
    static Map<String, String> logged(List<LogEntry> log) {
        Map<String, String> logged = new LinkedHashMap<>();
        log.stream().filter(e -> e.kind() == LogKind.SOURCE).forEach(e -> logged.put(e.field("source"),
                e.field("value")));
        return logged;
    }

    static void requireFormat(PublicSource s, String value) {
        String problem = SourceFormat.problem(s.format(), value);
        if (problem != null) {
            throw DomainProblem.invalid("DRAW_SOURCE_FORMAT", "随机源 " + s.name() + " 的数值不符合承诺的格式 " + s.format()
                    + "（按公布顺序的非负整数，以单个空格分隔）：" + problem, List.of());
        }
    }
}
