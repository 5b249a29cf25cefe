package cn.shuangsuiji.drawprotocol;

/** 专家标识 — opaque id of an expert of a department's expert library (专家库); never a phone or ID-card number. */
public record ExpertId(String value) implements Comparable<ExpertId> {
    public ExpertId {
        Text.id(value, "expert id");
    }

    /** Protocol order: unsigned UTF-8 byte order. */
    @Override
    public int compareTo(ExpertId o) {
        return Text.compareUtf8(value, o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
