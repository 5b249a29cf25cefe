package cn.shuangsuiji.contracts.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 抽查检查结果（公开部分） — one department's result for one entity, as it may be published (S1 20(四)): never
 * personal data, never inspectors' notes.
 *
 * @param version    the result's version: 1 when first recorded, +1 per correction
 * @param items      the items and their sub-items' results
 * @param category   the overall category, one of {@link ResultCategories}
 * @param checkDate  the date of the check (检查日期)
 * @param recordedAt when this version was recorded (or, for a correction, signed off)
 */
public record PublicInspectionResult(int version, List<PublicItemResult> items, String category, LocalDate checkDate,
                                     Instant recordedAt) {

    public PublicInspectionResult {
        Objects.requireNonNull(category, "category");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
