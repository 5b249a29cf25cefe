package cn.shuangsuiji.platform.config;

import cn.shuangsuiji.contracts.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares every topic of the contracts and its dead-letter topic, so no service relies on auto-creation. */
@AutoConfiguration
public class TopicsConfiguration {

    /** The topic setting that bounds one (compressed) record batch. */
    static final String MAX_MESSAGE_BYTES = "max.message.bytes";
    /** The largest event the platform publishes: 16 MB (the producers' max.request.size is the same). */
    public static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

    @Bean
    KafkaAdmin.NewTopics ssjTopics(@Value("${ssj.kafka.partitions:3}") int partitions,
                                   @Value("${ssj.kafka.replicas:1}") int replicas) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : topicNames()) {
            topics.add(TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                    .configs(topicConfigs()).build());
            topics.add(TopicBuilder.name(Topics.deadLetterOf(name)).partitions(1).replicas(replicas)
                    .configs(topicConfigs()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** The configuration every platform topic is created with. */
    static java.util.Map<String, String> topicConfigs() {
        return java.util.Map.of(MAX_MESSAGE_BYTES, String.valueOf(MAX_EVENT_BYTES));
    }

    static List<String> topicNames() {
        List<String> names = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DEAD_LETTER_SUFFIX")) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
