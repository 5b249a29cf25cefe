package cn.shuangsuiji.disclosure.adapter.out.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * 省级平台数据接口的保留期 — the public feed topics keep their records for the configured retention, unlimited by
 * default (retention.ms=-1), so a provincial platform can replay from the start. Set at every start-up.
 */
@Component
class PublicTopicRetention implements ApplicationRunner {

    /** The public feed topics. */
    static final List<String> PUBLIC_TOPICS = List.of(Topics.PUBLIC_ITEMS, Topics.PUBLIC_PLANS, Topics.PUBLIC_DRAWS,
            Topics.PUBLIC_RESULTS, Topics.PUBLIC_CORRECTIONS);
    private static final Logger log = LoggerFactory.getLogger(PublicTopicRetention.class);

    private final KafkaAdmin kafkaAdmin;
    private final DisclosureProperties properties;

    PublicTopicRetention(KafkaAdmin kafkaAdmin, DisclosureProperties properties) {
        this.kafkaAdmin = kafkaAdmin;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long retention = properties.publicTopicRetention().isNegative() ? -1
                : properties.publicTopicRetention().toMillis();
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Collection<AlterConfigOp> ops = List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention)),
                            AlterConfigOp.OpType.SET),
                    new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_BYTES_CONFIG, "-1"),
                            AlterConfigOp.OpType.SET));
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new java.util.LinkedHashMap<>();
            for (String topic : PUBLIC_TOPICS) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops);
            }
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
            log.info("Public feed topics {} keep records for retention.ms={}", PUBLIC_TOPICS, retention);
        }
    }
}
