package cn.shuangsuiji.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test that needs a real MongoDB and a real Kafka broker. They come from
 * {@code IT_MONGO_URI} / {@code IT_KAFKA_BOOTSTRAP} when set, else from Testcontainers where a Docker engine
 * exists; otherwise the test is skipped — or, with {@code IT_REQUIRED=true}, fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealInfraCondition.class)
@Tag("integration")
public @interface RequiresRealInfra {
}
