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

    @Bean
    KafkaAdmin.NewTopics ssjTopics(@Value("${ssj.kafka.partitions:3}") int partitions,
                                   @Value("${ssj.kafka.replicas:1}") int replicas) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : topicNames()) {
            topics.add(TopicBuilder.name(name).partitions(partitions).replicas(replicas).build());
            topics.add(TopicBuilder.name(Topics.deadLetterOf(name)).partitions(1).replicas(replicas).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
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
