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

    /**
     * A stored record (field map of an entity or inspector) with its personal data masked: phone, ID numbers,
     * natural-person holders (masked name and ID number), declared relations left out.
     */
    public static java.util.Map<String, Object> record(java.util.Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        java.util.Map<String, Object> masked = new java.util.LinkedHashMap<>(record);
        masked.computeIfPresent("phone", (k, v) -> phone(v.toString()));
        masked.computeIfPresent("idNumber", (k, v) -> idNumber(v.toString()));
        masked.computeIfPresent("legalRepresentativeIdNumber", (k, v) -> idNumber(v.toString()));
        masked.computeIfPresent("holders", (k, v) -> v instanceof java.util.List<?> list ? holders(list) : null);
        if (masked.containsKey("relations")) {
            masked.put("relations", null);
        }
        return masked;
    }

    /** Natural-person holders (with an ID number) keep only a masked name and ID number. */
    private static java.util.List<Object> holders(java.util.List<?> holders) {
        java.util.List<Object> masked = new java.util.ArrayList<>(holders.size());
        for (Object h : holders) {
            if (h instanceof java.util.Map<?, ?> m && m.get("idNumber") != null) {
                java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
                copy.put("name", m.get("name") == null ? null : name(m.get("name").toString()));
                copy.put("idNumber", idNumber(m.get("idNumber").toString()));
                masked.add(copy);
            } else {
                masked.add(h);
            }
        }
        return masked;
    }
}
