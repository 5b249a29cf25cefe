package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 检查结果版本 — one submitted version of a department's result. Version 1 is the submission; each signed-off
 * correction adds the next version (S1 22). Never changed once stored.
 *
 * @param version          1, 2, ...
 * @param form             the results
 * @param basis            how the result came about
 * @param nonCooperation   the S2 25 case for a non-cooperation result, else null
 * @param evidence         attachment ids of the evidence for a direct result
 * @param checkDate        the check date
 * @param recordedAt       when this version took effect
 * @param recordedBy       who submitted (or proposed the correction)
 * @param reason           the correction's reason; empty for version 1
 * @param signedOffBy      the head who signed the correction off; null for version 1
 */
public record ResultVersion(int version, ResultForm form, ResultBasis basis, NonCooperationCase nonCooperation,
                            List<String> evidence, LocalDate checkDate, Instant recordedAt, String recordedBy,
                            String reason, String signedOffBy) {

    public ResultVersion {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(basis, "basis");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        reason = reason == null ? "" : reason;
    }

    public ResultCategory category() {
        return form.category();
    }
}
