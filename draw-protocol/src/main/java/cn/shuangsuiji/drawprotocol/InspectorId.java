package cn.shuangsuiji.drawprotocol;

/** 执法检查人员标识 — opaque id of an inspector (never a phone or ID-card number). 1..64 UTF-8 bytes, no control characters. */
public record InspectorId(String value) implements Comparable<InspectorId> {
    public InspectorId {
        Text.id(value, "inspector id");
    }

    /** Protocol order: unsigned UTF-8 byte order. */
    @Override
    public int compareTo(InspectorId o) {
        return Text.compareUtf8(value, o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
