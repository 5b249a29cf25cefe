package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.item.JointItemList;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import java.util.List;

/** 联合抽查事项清单 — publish and read joint item lists. */
public interface JointItemListUseCases {

    /** Publishes a joint list and publishes {@code JointItemListPublished}. */
    JointItemList publish(PublishJointItemListCommand command, Actor actor);

    /** The list, or a 404 problem {@code JOINT_LIST_NOT_FOUND}. */
    JointItemList get(JointItemListId id);

    boolean exists(JointItemListId id);

    /** All joint lists, ordered by id. */
    List<JointItemList> list();
}
