package cn.shuangsuiji.registry.adapter.out.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ExpertMongoRepository extends MongoRepository<ExpertDocument, String> {
}
