package cn.shuangsuiji.inspection.domain.record;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;

/** 检查业务问题 — the refusals of the inspection domain, each with a stable code and a Chinese explanation. */
public final class InspectionProblems {

    private InspectionProblems() {
    }

    /** 422 with one field error. */
    public static DomainProblem invalid(String code, String field, String message) {
        return new DomainProblem(ProblemKind.INVALID, code, "数据校验未通过", message,
                List.of(new FieldProblem(field, code, message)));
    }

    /** 422 with several field errors. */
    public static DomainProblem invalid(String code, String detail, List<FieldProblem> fields) {
        return new DomainProblem(ProblemKind.INVALID, code, "数据校验未通过", detail, fields);
    }

    /** 409 for a step the record's state does not allow. */
    public static DomainProblem conflict(String code, String title, String detail) {
        return new DomainProblem(ProblemKind.CONFLICT, code, title, detail);
    }

    /** 403 for a caller the record's rules do not allow. */
    public static DomainProblem forbidden(String code, String detail) {
        return new DomainProblem(ProblemKind.FORBIDDEN, code, "无权执行此操作", detail);
    }

    /** 404 for an unknown record. */
    public static DomainProblem unknownRecord(String id) {
        return DomainProblem.notFound("INSPECTION_NOT_FOUND", "检查记录", id);
    }
}
