package cn.shuangsuiji.inspection.domain.record;

import java.util.List;

/**
 * 检查记录表内容 — what a department fills in: per item and sub-item the results, its overall category, the measures
 * taken and the inspected party's signature. A draft (暂存) may be incomplete; a submission may not.
 *
 * @param items     item results
 * @param category  overall category, null while drafting
 * @param measures  measures taken
 * @param signature signature, seal or refusal; null while drafting
 * @param notes     the inspectors' notes (not public)
 */
public record ResultForm(List<ItemResult> items, ResultCategory category, List<Measure> measures, Signature signature,
                         String notes) {

    public ResultForm {
        items = items == null ? List.of() : List.copyOf(items);
        measures = measures == null ? List.of() : List.copyOf(measures);
        notes = notes == null ? "" : notes;
    }

    /** Whether a measure of the kind was taken. */
    /** Nothing entered: no items, category, measures, signature or notes (e.g. the body {@code {}}). */
    public boolean isEmpty() {
        return items.isEmpty() && category == null && measures.isEmpty() && signature == null && notes.isEmpty();
    }

    public boolean took(MeasureKind kind) {
        return measures.stream().anyMatch(m -> m.kind() == kind);
    }
}
