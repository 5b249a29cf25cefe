package cn.shuangsuiji.disclosure.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * 公示部门 — a department as the public sees it: who inspects, at which level and where.
 *
 * @param id         department id
 * @param name       full name
 * @param type       department type code
 * @param level      PROVINCE, CITY or COUNTY
 * @param regionCode GB/T 2260 code
 * @param parentId   the department above, or null
 * @param revision   how many registry facts have been applied to this view (1 after registration)
 * @param updatedAt  when the last fact happened
 */
public record PublicDepartment(String id, String name, String type, String level, String regionCode, String parentId,
                               long revision, Instant updatedAt) {

    public PublicDepartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
