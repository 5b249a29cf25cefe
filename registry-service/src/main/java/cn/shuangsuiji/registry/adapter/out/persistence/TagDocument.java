package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of a tag; the id is the tag code. */
@Document("tags")
record TagDocument(@Id String id, String name, @Indexed String parent, List<String> targets, Instant createdAt,
                   @Version Long version) {
}
