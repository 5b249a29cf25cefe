package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.DrawException;
import java.util.List;
import java.util.function.Supplier;

/** 抽取拒绝 — the refusals the draw use cases share, and the translation of the engine's codes into them. */
final class DrawRefusals {

    private DrawRefusals() {
    }

    static <T> T invalidAsProblem(String code, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | DrawException e) {
            // the protocol library's English message may echo the input: Chinese detail and the field instead
            DomainProblem problem = switch (code) {
                case "DRAW_BEACON_INVALID" -> new DomainProblem(ProblemKind.INVALID, code, "信标签名无效",
                        "信标签名不是该轮次有效的 BLS 签名", List.of(new FieldProblem("signature",
                        "BEACON_SIGNATURE_INVALID", "应为信标该轮次公布的签名（96 位十六进制）")));
                case "DRAW_SOURCE_MISMATCH" -> new DomainProblem(ProblemKind.INVALID, code, "公开随机源数值无效",
                        "公开随机源的数值与承诺不符（个数、顺序或格式）", List.of(new FieldProblem("sourceValues",
                        "SOURCE_VALUE_INVALID", "须按承诺的顺序和格式给出每个随机源的数值")));
                default -> new DomainProblem(ProblemKind.INVALID, code, "抽取承诺无效",
                        "抽取的输入不一致，无法形成承诺（如事项所属部门未参与本次抽取）");
            };
            problem.initCause(e);
            throw problem;
        }
    }

    static DomainProblem taskUnknown(String planId, String taskId) {
        return new DomainProblem(ProblemKind.NOT_FOUND, "DRAW_TASK_UNKNOWN", "抽查任务不存在",
                "没有已批准计划 " + planId + " 的任务 " + taskId + "（尚未收到计划批准事件或任务编号有误）");
    }

    static DomainProblem seedProblem(String problem) {
        // the protocol library's detail is English and may echo the input: Chinese detail and the field instead
        String code = problem.substring(0, problem.indexOf(':'));
        return switch (code) {
            case "BEACON_INVALID" -> new DomainProblem(ProblemKind.INVALID, "DRAW_BEACON_INVALID", "信标签名无效",
                    "信标签名未通过承诺轮次的校验（签名错误或不是该轮次的签名）", List.of(new FieldProblem("signature",
                    "BEACON_SIGNATURE_INVALID", "应为信标在承诺轮次公布的签名")));
            case "WITNESS_MISMATCH" -> new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH",
                    "见证人秘密与承诺不符", "见证人公开的秘密与其承诺的哈希不符", List.of(new FieldProblem(
                    "witnessReveals", "REVEAL_MISMATCH", "须是见证人承诺时所用的秘密")));
            default -> new DomainProblem(ProblemKind.INVALID, "DRAW_SOURCE_MISMATCH", "公开随机源数值不符",
                    "公开随机源的数值与承诺不符", List.of(new FieldProblem("sourceValues", "SOURCE_VALUE_MISMATCH",
                    "须按承诺的顺序和格式给出每个随机源公布的数值")));
        };
    }

    static DomainProblem targetNotDrawn(String target) {
        return DomainProblem.invalid("DRAW_TARGET_NOT_DRAWN", "对象 " + target + " 不是本次抽取的当前抽中对象",
                List.of());
    }

    static <T> T engineAction(Supplier<T> action) {
        try {
            return action.get();
        } catch (DrawException e) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_" + e.code(), "无法递补或更换",
                    "按承诺的递补或更换规则，此次无法递补或更换（" + e.code() + "）");
        }
    }
}
