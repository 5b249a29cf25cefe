package cn.shuangsuiji.planning.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of one item version of the registry's item list; {@code _id} is {@code itemId:version}. */
@Document("catalog_items")
@CompoundIndex(name = "owner_published", def = "{'ownerDepartmentId': 1, 'published': 1}")
@CompoundIndex(name = "claims_published", def = "{'claimedBy': 1, 'published': 1}")
record CatalogItemDocument(@Id String id, String itemId, int version, String ownerDepartmentId, boolean published,
                           List<String> claimedBy, String checkProject) {
}
