package cn.shuangsuiji.registry.domain.importing;

/** 文件格式 — formats a bulk import reads and an export writes. */
public enum FileFormat {
    CSV, XLSX;

    /** The format by name ({@code csv}, {@code xlsx}), or null. */
    public static FileFormat parse(String text) {
        for (FileFormat f : values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        return null;
    }
}
