package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import java.util.List;

/** 公示查询 — what anyone may read. */
public interface PublicQueries {

    List<PublicDepartment> departments();

    PublicDepartment department(String id);

    /** Published item versions, optionally of one department, keyset-paged by {@code itemId:version}. */
    Page<PublicItem> items(String departmentId, String cursor, int limit);

    /** Every version of one item, oldest first; 404 when unknown. */
    List<PublicItem> itemVersions(String itemId);
}
