package cn.shuangsuiji.draw.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityDeregistered;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the read models of approved plans and confirmed snapshots, applying each event once. */
@Component
class DrawInputEventsListener {

    private static final Logger log = LoggerFactory.getLogger(DrawInputEventsListener.class);

    private final IdempotentConsumer consumer;
    private final ReadModelUseCases readModels;

    DrawInputEventsListener(IdempotentConsumer consumer, ReadModelUseCases readModels) {
        this.consumer = consumer;
        this.readModels = readModels;
    }

    @KafkaListener(id = "draw-plans", idIsGroup = false, topics = Topics.PLANNING_PLANS)
    void onPlan(ConsumerRecord<String, String> record) {
        consumer.consume("draw-plans", record, event -> {
            if (event instanceof PlanApproved approved) {
                readModels.planApproved(approved);
            } else if (event instanceof PlanWithdrawn withdrawn) {
                readModels.planWithdrawn(withdrawn);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    /** Departments (for dispatch to lower levels, S0 17; S1 13). */
    @KafkaListener(id = "draw-organisations", idIsGroup = false, topics = Topics.REGISTRY_ORGANISATIONS)
    void onOrganisation(ConsumerRecord<String, String> record) {
        consumer.consume("draw-organisations", record, event -> {
            if (event instanceof DepartmentRegistered e) {
                readModels.departmentRegistered(e.departmentId(), e.level(), e.parentId(), e.regionCode());
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    /** The published item list (事项清单): withdrawals refuse later draws on the item (S2 8, 11). */
    @KafkaListener(id = "draw-items", idIsGroup = false, topics = Topics.REGISTRY_ITEMS)
    void onItem(ConsumerRecord<String, String> record) {
        consumer.consume("draw-items", record, event -> {
            if (event instanceof InspectionItemPublished e) {
                readModels.itemPublished(e.itemId(), e.version(), e.expertise());
            } else if (event instanceof InspectionItemWithdrawn e) {
                readModels.itemWithdrawn(e.itemId(), e.version(), e.reason());
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    /** Entity status changes after the snapshot (注销/吊销), which substitution reasons are checked against. */
    @KafkaListener(id = "draw-entities", idIsGroup = false, topics = Topics.REGISTRY_ENTITIES)
    void onEntity(ConsumerRecord<String, String> record) {
        consumer.consume("draw-entities", record, event -> {
            if (event instanceof EntityRegistered e) {
                readModels.entityStatus(e.entityId(), e.status(), e.version());
            } else if (event instanceof EntityChanged e) {
                readModels.entityStatus(e.entityId(), e.status(), e.version());
            } else if (event instanceof EntityDeregistered e) {
                readModels.entityStatus(e.entityId(), e.status(), e.version());
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    @KafkaListener(id = "draw-snapshots", idIsGroup = false, topics = Topics.REGISTRY_SNAPSHOTS)
    void onSnapshot(ConsumerRecord<String, String> record) {
        consumer.consume("draw-snapshots", record, event -> {
            if (event instanceof RegistrySnapshotConfirmed confirmed) {
                readModels.snapshotConfirmed(confirmed);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }
}
