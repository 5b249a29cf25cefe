package cn.shuangsuiji.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test when real servers are reachable; skips it, or fails it under {@code IT_REQUIRED=true}. */
public class RealInfraCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        RealInfra.Availability availability = RealInfra.availability();
        if (availability.available()) {
            return ConditionEvaluationResult.enabled("real servers: " + availability.description());
        }
        if (RealInfra.required()) {
            throw new IllegalStateException("IT_REQUIRED=true but no real MongoDB/Kafka: "
                    + availability.description() + ". Start them with deploy/infra.sh start and export "
                    + "IT_MONGO_URI and IT_KAFKA_BOOTSTRAP (eval \"$(deploy/infra.sh env)\").");
        }
        return ConditionEvaluationResult.disabled("no real MongoDB/Kafka: " + availability.description());
    }
}
