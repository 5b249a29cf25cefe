package cn.shuangsuiji.inspection.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.draw.DispatchConfirmed;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawDispatched;
import cn.shuangsuiji.contracts.draw.ExpertAssigned;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.inspection.application.usecase.ApplyDrawEvents;
import cn.shuangsuiji.inspection.application.usecase.KeepReferenceData;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies each event once (IdempotentConsumer): the draw's events become inspection records; plans, item
 * versions, entities and departments are kept as reference data. Types not needed are recorded and ignored.
 */
@Component
class InspectionEventsListener {

    private static final Logger log = LoggerFactory.getLogger(InspectionEventsListener.class);

    private final IdempotentConsumer consumer;
    private final ApplyDrawEvents draws;
    private final KeepReferenceData reference;

    InspectionEventsListener(IdempotentConsumer consumer, ApplyDrawEvents draws, KeepReferenceData reference) {
        this.consumer = consumer;
        this.draws = draws;
        this.reference = reference;
    }

    @KafkaListener(id = "inspection-draws", idIsGroup = false, topics = Topics.DRAW_DRAWS)
    void onDraw(ConsumerRecord<String, String> record) {
        consumer.consume("inspection-draws", record, event -> {
            if (event instanceof DrawCompleted e) {
                draws.completed(e);
            } else if (event instanceof TargetSubstituted e) {
                draws.substituted(e);
            } else if (event instanceof ExpertAssigned e) {
                draws.expertAssigned(e);
            } else if (event instanceof InspectorReplaced e) {
                draws.inspectorReplaced(e);
            } else if (event instanceof DrawAbandoned e) {
                draws.abandoned(e);
            } else if (event instanceof DrawDispatched e) {
                draws.dispatched(e);
            } else if (event instanceof DispatchConfirmed e) {
                draws.dispatchConfirmed(e);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }

    @KafkaListener(id = "inspection-plans", idIsGroup = false, topics = Topics.PLANNING_PLANS)
    void onPlan(ConsumerRecord<String, String> record) {
        consumer.consume("inspection-plans", record, event -> {
            if (event instanceof PlanApproved approved) {
                reference.planApproved(approved);
            }
        });
    }

    @KafkaListener(id = "inspection-items", idIsGroup = false, topics = Topics.REGISTRY_ITEMS)
    void onItem(ConsumerRecord<String, String> record) {
        consumer.consume("inspection-items", record, event -> {
            if (event instanceof InspectionItemPublished published) {
                reference.itemPublished(published);
            }
        });
    }

    @KafkaListener(id = "inspection-entities", idIsGroup = false, topics = Topics.REGISTRY_ENTITIES)
    void onEntity(ConsumerRecord<String, String> record) {
        consumer.consume("inspection-entities", record, event -> {
            if (event instanceof EntityRegistered registered) {
                reference.entityRegistered(registered);
            } else if (event instanceof EntitiesRegistered registered) {
                reference.entitiesRegistered(registered);
            } else if (event instanceof EntityChanged changed) {
                reference.entityChanged(changed);
            }
        });
    }

    @KafkaListener(id = "inspection-organisations", idIsGroup = false, topics = Topics.REGISTRY_ORGANISATIONS)
    void onOrganisation(ConsumerRecord<String, String> record) {
        consumer.consume("inspection-organisations", record, event -> {
            if (event instanceof DepartmentRegistered registered) {
                reference.departmentRegistered(registered);
            }
        });
    }
}
