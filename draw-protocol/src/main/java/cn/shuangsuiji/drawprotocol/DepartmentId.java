package cn.shuangsuiji.drawprotocol;

/** 部门标识 — id of a department (发起部门 or 参与部门). 1..64 UTF-8 bytes, no control characters. */
public record DepartmentId(String value) implements Comparable<DepartmentId> {
    public DepartmentId {
        Text.id(value, "department id");
    }

    /** Protocol order: unsigned UTF-8 byte order. */
    @Override
    public int compareTo(DepartmentId o) {
        return Text.compareUtf8(value, o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
