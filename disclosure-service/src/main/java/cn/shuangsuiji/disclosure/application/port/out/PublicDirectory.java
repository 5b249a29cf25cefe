package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import java.util.List;
import java.util.Optional;

/** Stores the public views. */
public interface PublicDirectory {

    Optional<PublicDepartment> findDepartment(String id);

    void saveDepartment(PublicDepartment department);

    List<PublicDepartment> departments();

    Optional<PublicItem> findItem(String itemId, int version);

    void saveItem(PublicItem item);

    /** Items in id/version order after the given key, for keyset paging. */
    List<PublicItem> items(String departmentId, String afterKey, int limit);

    /** Every version of one item, oldest first. */
    List<PublicItem> itemVersions(String itemId);

    /** Every item version in key order (open data). */
    List<PublicItem> allItems();
}
