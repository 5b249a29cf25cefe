package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * 事项清单查询 — one keyset page of items ordered by id.
 *
 * @param department     only items of this department (owned, and claimed when {@code includeClaimed})
 * @param includeClaimed also items the department claimed from above
 * @param publishedOnly  only items with a version in force
 * @param after          the last id of the previous page
 * @param limit          page size, 1..500
 */
public record ItemListQuery(Optional<DepartmentId> department, boolean includeClaimed, boolean publishedOnly,
                            Optional<InspectionItemId> after, int limit) {

    public ItemListQuery {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("每页条数应为 1 至 500");
        }
    }
}
