package cn.shuangsuiji.planning.adapter.out.persistence;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CatalogItemMongoRepository extends MongoRepository<CatalogItemDocument, String> {

    List<CatalogItemDocument> findByOwnerDepartmentIdAndPublishedTrueOrderByIdAsc(String department);

    List<CatalogItemDocument> findByClaimedByAndPublishedTrueOrderByIdAsc(String department);
}
