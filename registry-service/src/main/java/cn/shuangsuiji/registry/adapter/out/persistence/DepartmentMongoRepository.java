package cn.shuangsuiji.registry.adapter.out.persistence;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface DepartmentMongoRepository extends MongoRepository<DepartmentDocument, String> {

    List<DepartmentDocument> findByParentIdOrderByIdAsc(String parentId);
}
