package cn.shuangsuiji.planning.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps planning's read models of the registry's departments and item list, applying each event once. Event
 * types planning does not need are recorded as processed and ignored.
 */
@Component
class RegistryEventsListener {

    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final IdempotentConsumer consumer;
    private final ReferenceDataUseCases reference;

    RegistryEventsListener(IdempotentConsumer consumer, ReferenceDataUseCases reference) {
        this.consumer = consumer;
        this.reference = reference;
    }

    @KafkaListener(id = "planning-organisations", idIsGroup = false, topics = Topics.REGISTRY_ORGANISATIONS)
    void onOrganisation(ConsumerRecord<String, String> record) {
        consumer.consume("planning-organisations", record, event -> {
            if (event instanceof DepartmentRegistered registered) {
                reference.departmentRegistered(registered);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    @KafkaListener(id = "planning-items", idIsGroup = false, topics = Topics.REGISTRY_ITEMS)
    void onItem(ConsumerRecord<String, String> record) {
        consumer.consume("planning-items", record, event -> {
            if (event instanceof InspectionItemPublished published) {
                reference.itemPublished(published);
            } else if (event instanceof InspectionItemWithdrawn withdrawn) {
                reference.itemWithdrawn(withdrawn);
            } else if (event instanceof InspectionItemClaimed claimed) {
                reference.itemClaimed(claimed);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }
}
