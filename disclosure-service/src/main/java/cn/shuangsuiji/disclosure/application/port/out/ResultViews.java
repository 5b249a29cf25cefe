package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the result announcements. */
public interface ResultViews {

    Optional<PublicResult> find(String resultId);

    /** The stored announcements of these ids (one query), by id; ids not stored are missing. */
    Map<String, PublicResult> findAll(Collection<String> resultIds);

    /** Stores these announcements, new or replacing the stored ones, in one bulk write. */
    void saveAll(Collection<PublicResult> results);

    /** Results after the given id, in id order. */
    List<PublicResult> page(ResultFilter filter, String afterId, int limit);

    /**
     * Results after the given id, in id order, as stored: the announcement's public JSON (what {@link #page} would
     * decode), so a query can answer without decoding and encoding each record again.
     */
    List<Stored> pageJson(ResultFilter filter, String afterId, int limit);

    /** Every result in id order (open data). */
    List<PublicResult> all();

    /**
     * A stored announcement.
     *
     * @param resultId the result id (the keyset order)
     * @param json     the {@link PublicResult} as JSON
     */
    record Stored(String resultId, String json) {
    }
}
