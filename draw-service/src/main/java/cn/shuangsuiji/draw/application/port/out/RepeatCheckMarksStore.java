package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.check.RepeatCheckMarks;
import java.util.Optional;

/** 重复检查标记 — the repeat-check marks of each committed draw, written in the commitment's transaction. */
public interface RepeatCheckMarksStore {

    void save(String drawId, RepeatCheckMarks marks);

    /** The marks of a draw; empty for draws committed before repeat checks were screened. */
    Optional<RepeatCheckMarks> marksOf(String drawId);
}
