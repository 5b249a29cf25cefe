package cn.shuangsuiji.planning.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PolicyMongoRepository extends MongoRepository<PolicyDocument, String> {

    Optional<PolicyDocument> findFirstByPolicyIdOrderByVersionDesc(String policyId);

    Optional<PolicyDocument> findFirstByScopeAndOwnerIdOrderByVersionDesc(String scope, String ownerId);

    List<PolicyDocument> findAllByOrderByPolicyIdAscVersionDesc();
}
