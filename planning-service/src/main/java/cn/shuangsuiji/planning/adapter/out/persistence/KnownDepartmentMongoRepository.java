package cn.shuangsuiji.planning.adapter.out.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface KnownDepartmentMongoRepository extends MongoRepository<KnownDepartmentDocument, String> {
}
