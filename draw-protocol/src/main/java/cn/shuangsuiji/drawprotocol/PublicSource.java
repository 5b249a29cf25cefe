package cn.shuangsuiji.drawprotocol;

/**
 * 公开随机源 — another named future public value (e.g. a lottery draw), declared before the draw with the canonical
 * format of its value; the value is entered and logged (a SOURCE entry) before the beacon round's time.
 *
 * @param format the canonical value format ({@link SourceFormat}); null only in commitments made before protocol
 *               revision 1.3, whose sources are not pinned
 */
public record PublicSource(String name, String description, String format) {
    public PublicSource {
        Text.id(name, "source name");
        Text.text(description, "source description", 0, Text.MAX_TEXT_BYTES);
        if (format != null) {
            SourceFormat.require(format);
        }
    }

    /** A source of a commitment made before revision 1.3: no declared format. */
    public PublicSource(String name, String description) {
        this(name, description, null);
    }

    /** Whether its value must be pinned by a SOURCE log entry before the beacon round (revision 1.3). */
    public boolean pinned() {
        return format != null;
    }
}
