package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.draw.ExpertOnTeam;
import java.util.List;

/** 专家指派记录 — experts assigned by department heads to drawn teams (S0 9), per draw. */
public interface ExpertAssignmentStore {

    void add(String drawId, ExpertOnTeam assigned);

    /** The draw's assignments in the order they were made. */
    List<ExpertOnTeam> ofDraw(String drawId);
}
