package cn.shuangsuiji.identity.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user as stored in the {@code users} collection; the id is the username. */
@Document("users")
record UserDocument(@Id String username, String passwordHash, String name, List<String> roles, String department,
                    String jurisdiction, String inspectorId, boolean enabled) {
}
