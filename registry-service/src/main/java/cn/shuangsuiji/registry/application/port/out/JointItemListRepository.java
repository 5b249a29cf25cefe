package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.item.JointItemList;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import java.util.List;
import java.util.Optional;

/** Stores joint item lists. */
public interface JointItemListRepository {

    Optional<JointItemList> find(JointItemListId id);

    boolean exists(JointItemListId id);

    void insert(JointItemList list);

    List<JointItemList> findAll();
}
