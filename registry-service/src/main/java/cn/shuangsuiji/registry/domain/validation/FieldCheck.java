package cn.shuangsuiji.registry.domain.validation;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** 字段校验 — collects field problems so every rejected field is reported at once. */
public final class FieldCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldCheck add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
        return this;
    }

    /** Requires a non-blank text of at most {@code max} characters. */
    public FieldCheck text(String field, String value, int max, boolean required, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "REQUIRED", label + "不能为空");
            }
        } else if (value.length() > max) {
            add(field, "TOO_LONG", label + "不超过 " + max + " 字");
        }
        return this;
    }

    /** A six-digit GB/T 2260 region code. */
    public FieldCheck regionCode(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "REQUIRED", "行政区划代码不能为空");
        } else if (!Patterns.matches(Patterns.REGION_CODE, value)) {
            add(field, "REGION_CODE_FORMAT", "行政区划代码应为 6 位数字");
        }
        return this;
    }

    public FieldCheck uscc(String field, String value) {
        String code = Uscc.problem(value);
        if ("USCC_FORMAT".equals(code)) {
            add(field, code, "统一社会信用代码应为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成");
        } else if (code != null) {
            add(field, code, "统一社会信用代码校验位错误");
        }
        return this;
    }

    public FieldCheck idNumber(String field, String value) {
        String code = IdNumber.problem(value);
        if (code != null) {
            add(field, code, switch (code) {
                case "ID_NUMBER_BIRTH_DATE" -> "身份证号码中的出生日期无效";
                case "ID_NUMBER_CHECK_DIGIT" -> "身份证号码校验位错误";
                default -> "身份证号码应为 18 位（末位可为 X）";
            });
        }
        return this;
    }

    public FieldCheck phone(String field, String value) {
        if (value != null && !value.isBlank() && !Patterns.matches(Patterns.PHONE, value)) {
            add(field, "PHONE_FORMAT", "电话号码格式错误（手机 11 位或区号加座机号）");
        }
        return this;
    }

    public FieldCheck id(String field, String value, String label) {
        if (!Patterns.matches(Patterns.ID, value)) {
            add(field, "ID_FORMAT", label + "只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
        return this;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws a 422 {@code code} problem listing every field problem, if there is any. */
    public void throwIfAny(String code, String what) {
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(code, what + "有 " + problems.size() + " 个字段未通过校验", problems);
        }
    }
}
