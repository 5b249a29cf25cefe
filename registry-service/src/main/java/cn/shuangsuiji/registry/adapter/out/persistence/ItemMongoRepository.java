package cn.shuangsuiji.registry.adapter.out.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ItemMongoRepository extends MongoRepository<ItemDocument, String> {
}
