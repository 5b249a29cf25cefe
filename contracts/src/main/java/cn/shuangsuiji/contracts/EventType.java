package cn.shuangsuiji.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 事件类型 — names an event record's type, schema version and topic. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Stable type name, also sent as the CloudEvents {@code ce_type} header. */
    String name();

    /** Schema version. */
    int version() default 1;

    /** Topic name, one of {@link Topics}. */
    String topic();
}
