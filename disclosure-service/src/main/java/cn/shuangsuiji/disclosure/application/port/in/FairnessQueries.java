package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.disclosure.domain.FairnessStatistics;

/** 公平性统计 (B6), public. */
public interface FairnessQueries {

    /** The year's statistics; 400 for a year outside 2000–2100. */
    FairnessStatistics.Fairness fairness(int year);
}
