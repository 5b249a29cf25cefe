package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.planning.CalendarYearPublished;
import cn.shuangsuiji.disclosure.application.port.in.CalendarAdoption;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Official holiday schedules published by planning-service: adopted once each by the reports' calendar. */
@Component
class CalendarEventsListener {

    static final String CONSUMER = "disclosure-calendar";

    private static final Logger log = LoggerFactory.getLogger(CalendarEventsListener.class);

    private final IdempotentConsumer consumer;
    private final CalendarAdoption adoption;

    CalendarEventsListener(IdempotentConsumer consumer, CalendarAdoption adoption) {
        this.consumer = consumer;
        this.adoption = adoption;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = Topics.PLANNING_CALENDAR)
    void onCalendar(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (event instanceof CalendarYearPublished published) {
                adoption.apply(published);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }
}
