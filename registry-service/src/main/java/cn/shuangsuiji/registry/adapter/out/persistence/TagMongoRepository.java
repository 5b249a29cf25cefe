package cn.shuangsuiji.registry.adapter.out.persistence;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TagMongoRepository extends MongoRepository<TagDocument, String> {

    List<TagDocument> findByParentOrderByIdAsc(String parent);
}
