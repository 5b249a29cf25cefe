package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;

/** 抽查任务公告查询. */
public interface DrawQueries {

    /** Draw announcements as the public sees them today, keyset-paged by draw id. */
    Page<PublicDraw> draws(DrawFilter filter, String cursor, int limit);

    /** One draw announcement; 404 when unknown. */
    PublicDraw draw(String drawId);
}
