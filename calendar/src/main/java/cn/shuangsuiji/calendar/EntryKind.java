package cn.shuangsuiji.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * 日历条目类型 — the kind of a line in a calendar file: a day off (节假日) or a make-up working
 * day (调休上班日).
 */
enum EntryKind {

    /** 节假日 — a day off, statutory or exchanged (调休放假); may fall on a weekend. */
    HOLIDAY("holiday"),

    /** 调休上班日 — a Saturday or Sunday that is a working day. */
    WORKDAY("workday");

    private final String keyword;

    EntryKind(String keyword) {
        this.keyword = keyword;
    }

    /** The word used for this kind in calendar files. */
    String keyword() {
        return keyword;
    }

    static Optional<EntryKind> fromKeyword(String word) {
        return Arrays.stream(values()).filter(kind -> kind.keyword.equals(word)).findFirst();
    }
}
