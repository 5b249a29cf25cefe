package cn.shuangsuiji.draw.domain.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 已检查记录 — one department's part of an inspection record as the draw needs it to avoid repeated checks: which
 * department checked which items of which entity on which date (from the inspection service's result events, latest
 * version). Public facts only: no result details, no inspectors.
 *
 * @param inspectionId the joint inspection record
 * @param departmentId the department whose part it is
 * @param entityId     the entity checked
 * @param itemIds      the registry items (抽查事项, stable ids) checked
 * @param checkDate    the date of the check
 * @param version      the result's version (1, +1 per correction)
 */
public record CheckRecord(String inspectionId, String departmentId, String entityId, List<String> itemIds,
                          LocalDate checkDate, int version) {

    public CheckRecord {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(checkDate, "checkDate");
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }

    /** The record's key: one department's part of one inspection. */
    public String key() {
        return inspectionId + "/" + departmentId;
    }
}
