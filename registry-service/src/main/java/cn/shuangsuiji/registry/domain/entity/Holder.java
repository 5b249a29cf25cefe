package cn.shuangsuiji.registry.domain.entity;

/**
 * 股东（出资人） — a holder of an entity, identified by exactly one of USCC (an organisation) or ID number (a
 * natural person, personal data: masked for others than the owning administrators, S0 25). Used for 回避 (S0 16; S1 16):
 * its identifier becomes one of the entity's party keys in a snapshot.
 *
 * @param name     名称或姓名
 * @param uscc     统一社会信用代码 of an organisation holder, or null
 * @param idNumber 身份证号码 of a natural-person holder, or null
 */
public record Holder(String name, String uscc, String idNumber) {

    public Holder {
        name = name == null || name.isBlank() ? null : name.trim();
        uscc = uscc == null || uscc.isBlank() ? null : uscc.trim().toUpperCase();
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
    }

    /** 回避关联标识 — what identifies the holder for 回避: its USCC, else its ID number (one of the entity's party keys). */
    public String identifier() {
        return uscc != null ? uscc : idNumber;
    }

    /** Whether the holder is a natural person (its name and ID number are personal data). */
    public boolean naturalPerson() {
        return idNumber != null;
    }
}
