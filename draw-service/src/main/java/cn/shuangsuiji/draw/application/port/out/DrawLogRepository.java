package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.drawprotocol.LogEntry;
import java.util.List;

/** The append-only, hash-chained draw log (抽取日志); (drawId, seq) is unique, entries are never changed. */
public interface DrawLogRepository {

    List<LogEntry> entries(String drawId);

    void append(String drawId, LogEntry entry);
}
