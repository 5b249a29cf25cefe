package cn.shuangsuiji.registry.domain.inspector;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 执法检查人员 — an entry of a department's inspector registry (执法检查人员名录库, rules.md §1; S0 12; S2 15):
 * a qualified officer with an enforcement certificate; third-party technical staff are not listed.
 */
public record Inspector(InspectorId id, InspectorDetails details, long version, Instant registeredAt,
                        Instant updatedAt) {

    public Inspector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Lists an inspector in a department's registry (S2 15). */
    public static Inspector register(InspectorDetails details, Instant now) {
        return new Inspector(InspectorId.ofCertificate(details.certificateNumber()), details, 1, now, now);
    }

    /**
     * Changes the record with transfers, posts, scope and certificate renewals (S0 12; S2 16). The certificate
     * number identifies the inspector and cannot change.
     */
    public Inspector revise(InspectorDetails newDetails, Instant now) {
        if (!InspectorId.ofCertificate(newDetails.certificateNumber()).equals(id)) {
            throw new DomainProblem(ProblemKind.INVALID, "INSPECTOR_IDENTITY_CHANGE", "不能修改执法证号",
                    "执法证号是执法检查人员的标识，不能修改；换发新证请登记新记录并将旧记录设为已调出或暂停");
        }
        return new Inspector(id, newDetails, version + 1, registeredAt, now);
    }

    /** Whether the inspector may be drawn on the day: 在岗 with a valid certificate (S2 15). */
    public boolean drawableOn(LocalDate day) {
        return details.status() == InspectorStatus.ACTIVE && !details.certificateValidUntil().isBefore(day)
                && (details.certificateValidFrom() == null || !details.certificateValidFrom().isAfter(day));
    }
}
