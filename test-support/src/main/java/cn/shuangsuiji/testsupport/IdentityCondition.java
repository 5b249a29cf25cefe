package cn.shuangsuiji.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test when the identity provider answers; skips it, or fails it under {@code IT_REQUIRED=true}. */
public class IdentityCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Identity.Availability availability = Identity.availability();
        if (availability.available()) {
            return ConditionEvaluationResult.enabled("identity provider: " + availability.description());
        }
        if (Identity.required()) {
            throw new IllegalStateException("IT_REQUIRED=true but no identity provider: " + availability.description()
                    + ". deploy/test.sh starts one and exports IT_ISSUER_URI; by hand: start identity-service and "
                    + "export IT_ISSUER_URI=http://127.0.0.1:<port>.");
        }
        return ConditionEvaluationResult.disabled("no identity provider: " + availability.description());
    }
}
