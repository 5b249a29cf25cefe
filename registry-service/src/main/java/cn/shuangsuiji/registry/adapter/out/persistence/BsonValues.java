package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Small conversions between BSON values and Java types. */
final class BsonValues {

    private BsonValues() {
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }

    static Date instant(Instant i) {
        return i == null ? null : Date.from(i);
    }

    static Instant instant(Object o) {
        return o == null ? null : ((Date) o).toInstant();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Document d, String key) {
        Object v = d.get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Document> documents(Document d, String key) {
        Object v = d.get(key);
        return v == null ? List.of() : (List<Document>) v;
    }

    static long number(Document d, String key) {
        Object v = d.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
