package cn.shuangsuiji.disclosure.application.port.in;

import java.nio.charset.StandardCharsets;

/**
 * A page of a public list already in its public JSON form, {@code {"items":[…],"nextCursor":…}} — the same document
 * as the JSON of a {@link Page}, built from the stored records without decoding and encoding them again.
 *
 * @param json the page as JSON
 */
public record RenderedPage(String json) {

    /** The page's UTF-8 bytes. */
    public byte[] utf8() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
