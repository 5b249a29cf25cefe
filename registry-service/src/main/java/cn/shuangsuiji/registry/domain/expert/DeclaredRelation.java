package cn.shuangsuiji.registry.domain.expert;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 申报的利害关系 — a relation an expert declares so draws can screen conflicts of interest (回避, S0 16; S1 16).
 * Personal data: never in list or public views, masked for everyone but an administrator of the owning
 * department (rules.md §6; S0 4, 25). A masked copy ({@link #masked()}) keeps the shape of the numbers with
 * {@code *} in place of the hidden digits.
 *
 * @param kind             what the relation is
 * @param personName       the relative's name (person relations)
 * @param idNumber         the relative's ID number, if declared
 * @param organisationName the organisation (interest, former employer, other)
 * @param uscc             its unified social credit code, if declared
 * @param note             free text
 */
public record DeclaredRelation(RelationKind kind, Optional<String> personName, Optional<String> idNumber,
                               Optional<String> organisationName, Optional<String> uscc, Optional<String> note) {

    public DeclaredRelation {
        Objects.requireNonNull(kind, "kind");
        personName = clean(personName);
        idNumber = clean(idNumber);
        organisationName = clean(organisationName);
        uscc = clean(uscc);
        note = clean(note);
        if (kind.isPerson() && personName.isEmpty()) {
            throw invalid("personName", "EXPERT_RELATION_PERSON_REQUIRED", "亲属关系须填写亲属姓名");
        }
        if (!kind.isPerson() && organisationName.isEmpty() && kind != RelationKind.OTHER) {
            throw invalid("organisationName", "EXPERT_RELATION_ORGANISATION_REQUIRED", "须填写相关单位名称");
        }
        idNumber.ifPresent(id -> {
            if (!id.matches("[0-9]{17}[0-9Xx]") && !id.matches("[0-9*]{17}[0-9Xx*]")) {
                throw invalid("idNumber", "EXPERT_RELATION_ID_NUMBER_INVALID", "身份证号码应为 18 位");
            }
        });
    }

    /** The same relation with names and numbers masked, for viewers without the right to see them. */
    public DeclaredRelation masked() {
        return new DeclaredRelation(kind, personName.map(DeclaredRelation::maskName), idNumber.map(n -> maskMiddle(n, 3, 2)),
                organisationName.map(o -> maskMiddle(o, 2, 0)), uscc.map(u -> maskMiddle(u, 4, 2)),
                note.map(n -> "***"));
    }

    static String maskName(String name) {
        return name.isEmpty() ? name : name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    static String maskMiddle(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }

    private static DomainProblem invalid(String field, String code, String message) {
        return DomainProblem.invalid(code, message, List.of(new FieldProblem("relations." + field, code, message)));
    }
}
