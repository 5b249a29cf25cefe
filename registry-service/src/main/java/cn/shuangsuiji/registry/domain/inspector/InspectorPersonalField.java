package cn.shuangsuiji.registry.domain.inspector;

/**
 * 个人信息字段 — the personal fields of an inspector that can be cleared explicitly (S0 25; rules.md §6). An
 * update that leaves them out or sends back their masked form keeps them; only this explicit, audited action
 * removes one.
 */
public enum InspectorPersonalField {
    /** 联系电话. */
    PHONE,
    /** 身份证号码. */
    ID_NUMBER,
    /** 利害关系申报 (the conflict-screening keys go with it). */
    RELATIONS;

    /** The details without this field. */
    public InspectorDetails clearedFrom(InspectorDetails d) {
        return new InspectorDetails(d.departmentId(), d.name(), d.position(), d.certificateNumber(),
                d.certificateValidFrom(), d.certificateValidUntil(), d.post(), d.regionCode(), d.itemIds(),
                d.categories(), d.tags(), d.status(), this == PHONE ? null : d.phone(),
                this == ID_NUMBER ? null : d.idNumber(), this == RELATIONS ? DeclaredRelations.NONE : d.relations());
    }

    /** The field named in a path: {@code phone}, {@code idNumber} or {@code relations}. */
    public static InspectorPersonalField fromPath(String name) {
        return switch (name) {
            case "phone" -> PHONE;
            case "idNumber" -> ID_NUMBER;
            case "relations" -> RELATIONS;
            default -> null;
        };
    }
}
