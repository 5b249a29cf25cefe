package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/**
 * 被检查对象签字确认 — signature or seal of the inspected party, or its refusal with the inspectors' explanation and an
 * optional witness (S0 18; S1 20(二); S2 23).
 *
 * @param kind        signed, sealed or refused
 * @param explanation required for a refusal: why, and how it was recorded
 * @param witness     a witness who signed instead, may be empty
 */
public record Signature(SignatureKind kind, String explanation, String witness) {

    public Signature {
        Objects.requireNonNull(kind, "kind");
        explanation = explanation == null ? "" : explanation.strip();
        witness = witness == null ? "" : witness.strip();
        if (kind == SignatureKind.REFUSED && explanation.isEmpty()) {
            throw InspectionProblems.invalid("REFUSAL_EXPLANATION_REQUIRED", "signature.explanation",
                    "被检查对象拒绝签字的，检查人员应当注明原因");
        }
    }
}
