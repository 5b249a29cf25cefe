package cn.shuangsuiji.disclosure.application.port.in;

import java.util.List;

/**
 * One page of a public list and the opaque cursor of the next page (null on the last page).
 *
 * @param items      the records
 * @param nextCursor pass as {@code cursor} to get the next page, or null
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
