package cn.shuangsuiji.registry.adapter.out.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DepartmentMongoRepository extends MongoRepository<DepartmentDocument, String> {
}
