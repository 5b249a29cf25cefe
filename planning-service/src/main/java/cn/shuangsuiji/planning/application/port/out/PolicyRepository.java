package cn.shuangsuiji.planning.application.port.out;

import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyScope;
import java.util.List;
import java.util.Optional;

/** Stores policy versions; a stored version is never changed. */
public interface PolicyRepository {

    Optional<JurisdictionPolicy> latest(PolicyId id);

    Optional<JurisdictionPolicy> version(PolicyId id, int version);

    /** The latest version of the policy of the given scope owned by the region or department. */
    Optional<JurisdictionPolicy> latestOwnedBy(PolicyScope scope, String ownerId);

    /** Inserts a new version; an existing (id, version) is a conflict. */
    void insert(JurisdictionPolicy policy);

    /** The latest version of every policy, ordered by id. */
    List<JurisdictionPolicy> latestOfAll();
}
