package cn.shuangsuiji.verifier;

/**
 * 公开随机源 — another named future public value (e.g. a lottery draw), declared before the draw;
 * its value is entered after it is published.
 */
public record PublicSource(String name, String description) {
    public PublicSource {
        Text.id(name, "source name");
        Text.text(description, "source description", 0, Text.MAX_TEXT_BYTES);
    }
}
