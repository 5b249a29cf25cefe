package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * 开放数据发布 — one day's export: its files with record counts and SHA-256 digests.
 *
 * @param day   the day
 * @param files the files
 */
public record OpenDataRelease(LocalDate day, List<File> files) {

    public OpenDataRelease {
        files = List.copyOf(files);
    }

    /**
     * One file.
     *
     * @param name    file name, e.g. {@code plans.jsonl}
     * @param dataset the dataset, e.g. {@code plans}
     * @param records records in it
     * @param bytes   size
     * @param sha256  hex SHA-256 of its bytes
     */
    public record File(String name, String dataset, long records, long bytes, String sha256) {
    }
}
