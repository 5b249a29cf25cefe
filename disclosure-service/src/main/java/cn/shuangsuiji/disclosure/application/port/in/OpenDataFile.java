package cn.shuangsuiji.disclosure.application.port.in;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * 开放数据文件 — one stored file of a release, read as a stream (a results file of millions of lines is never held in
 * memory whole).
 *
 * @param name    the file name, e.g. {@code results.jsonl}
 * @param bytes   its size
 * @param content opens the file's content; the caller closes the stream
 */
public record OpenDataFile(String name, long bytes, Supplier<InputStream> content) {

    /** Opens the content. */
    public InputStream open() {
        return content.get();
    }
}
