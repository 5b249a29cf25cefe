package cn.shuangsuiji.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyEventTypeIsARecordWithAUniqueNameAndAKnownTopic() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("DEAD_LETTER_SUFFIX")) {
                topics.add((String) field.get(null));
            }
        }
        EventCatalog catalog = EventCatalog.all();
        assertThat(catalog.names()).isNotEmpty();
        for (String name : catalog.names()) {
            Class<? extends IntegrationEvent> type = catalog.find(name).orElseThrow();
            assertThat(type.isRecord()).as(name + " is a record").isTrue();
            assertThat(topics).as(name + " uses a declared topic").contains(EventTypes.of(type).topic());
            assertThat(name).as("type names are namespaced").startsWith("ssj.");
        }
    }

    @Test
    void findsTypesByNameAndRejectsDuplicates() {
        assertThat(EventCatalog.all().find("ssj.registry.DepartmentRegistered")).contains(DepartmentRegistered.class);
        assertThat(EventCatalog.all().find("ssj.nothing")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.of(List.of(DepartmentRegistered.class, DepartmentRegistered.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("used twice");
    }

    @Test
    void deadLetterTopicsHaveASuffix() {
        assertThat(Topics.deadLetterOf(Topics.PLANNING_PLANS)).isEqualTo("ssj.planning.plans.v1.dlt");
    }
}
