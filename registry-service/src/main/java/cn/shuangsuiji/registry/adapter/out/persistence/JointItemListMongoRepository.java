package cn.shuangsuiji.registry.adapter.out.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface JointItemListMongoRepository extends MongoRepository<JointItemListDocument, String> {
}
