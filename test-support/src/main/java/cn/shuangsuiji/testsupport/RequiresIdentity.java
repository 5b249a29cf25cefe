package cn.shuangsuiji.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test that needs a running identity-service ({@code IT_ISSUER_URI}, see {@link Identity}):
 * skipped without one, or failed with {@code IT_REQUIRED=true}. Combine with {@link RequiresRealInfra} when the
 * test also needs MongoDB and Kafka.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(IdentityCondition.class)
@Tag("integration")
public @interface RequiresIdentity {
}
