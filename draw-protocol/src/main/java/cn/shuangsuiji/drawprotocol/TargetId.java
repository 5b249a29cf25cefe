package cn.shuangsuiji.drawprotocol;

/** 检查对象标识 — id of an entity in the registry (e.g. 统一社会信用代码). 1..64 UTF-8 bytes, no control characters. */
public record TargetId(String value) implements Comparable<TargetId> {
    public TargetId {
        Text.id(value, "target id");
    }

    /** Protocol order: unsigned UTF-8 byte order. */
    @Override
    public int compareTo(TargetId o) {
        return Text.compareUtf8(value, o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
