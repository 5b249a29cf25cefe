package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import java.util.List;
import java.util.Optional;

/** Stores the result announcements. */
public interface ResultViews {

    Optional<PublicResult> find(String resultId);

    void save(PublicResult result);

    /** Results after the given id, in id order. */
    List<PublicResult> page(ResultFilter filter, String afterId, int limit);

    /** Every result in id order (open data). */
    List<PublicResult> all();
}
