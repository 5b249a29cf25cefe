package cn.shuangsuiji.registry.domain.privacy;

/** 脱敏 — how phone and ID numbers are shown to callers who may not read them (S0 25; rules.md §6). */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 130634198001011234 → 130***********1234. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() < 8) {
            return "****";
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    /** 张三丰 → 张**. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
