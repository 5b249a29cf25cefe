package cn.shuangsuiji.registry.domain.entity;

import java.util.List;

/**
 * 个人信息字段 — the personal fields of an entity that can be cleared explicitly (S0 25; rules.md §6). An update
 * that leaves them out or sends back their masked form keeps them; only this explicit, audited action removes
 * one. A natural person's own ID number is the entity's identity and cannot be cleared.
 */
public enum PersonalField {
    /** 联系电话. */
    PHONE,
    /** 法定代表人身份证号码 (also a conflict-screening key). */
    LEGAL_REPRESENTATIVE_ID_NUMBER,
    /** 自然人股东 (name and ID number; organisation holders stay). */
    NATURAL_PERSON_HOLDERS;

    /** The details without this field. */
    public EntityDetails clearedFrom(EntityDetails d) {
        return new EntityDetails(d.name(), d.uscc(), d.idNumber(), d.registrationAuthority(),
                d.legalRepresentative(), d.address(), d.regionCode(), d.industry(), d.objectType(), d.status(),
                d.creditClass(), d.licences(), d.abnormalList(), d.seriousDishonesty(), d.tags(),
                d.supervisionScopes(), this == PHONE ? null : d.phone(),
                this == LEGAL_REPRESENTATIVE_ID_NUMBER ? null : d.legalRepresentativeIdNumber(),
                this == NATURAL_PERSON_HOLDERS ? d.holders().stream().filter(h -> !h.naturalPerson()).toList()
                        : List.copyOf(d.holders()));
    }

    /** The field named in a path, e.g. {@code phone}, {@code legalRepresentativeIdNumber}, {@code holders}. */
    public static PersonalField fromPath(String name) {
        return switch (name) {
            case "phone" -> PHONE;
            case "legalRepresentativeIdNumber" -> LEGAL_REPRESENTATIVE_ID_NUMBER;
            case "holders" -> NATURAL_PERSON_HOLDERS;
            default -> null;
        };
    }
}
