package cn.shuangsuiji.disclosure.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered.RegisteredEntity;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entities of a bulk import become public entities, each once, without overwriting newer facts. */
class ProjectRegistryFactsTest {

    private final Map<String, PublicEntity> saved = new HashMap<>();
    private final Map<String, String> creditClasses = new HashMap<>();
    private final ProjectRegistryFacts facts = new ProjectRegistryFacts(unused(PublicDirectory.class), new Entities(),
            event -> {
                throw new AssertionError("entities are not published to the public feed: " + event);
            });

    @Test
    void entitiesRegisteredByAnImportGetTheirPublicNameAndCreditCode() {
        EntitiesRegistered event = new EntitiesRegistered(UUID.randomUUID(), Instant.now(), "imp-1", 1, List.of(
                new RegisteredEntity("e1", "曲阳县某某商贸有限公司", "91130634MA0000000X", "130634", "ENTERPRISE",
                        "OPERATING", "B"),
                new RegisteredEntity("e2", "张三", null, "130634", "INDIVIDUAL_BUSINESS", "OPERATING", "A")));

        facts.apply(event);
        facts.apply(event);

        assertThat(saved).hasSize(2);
        assertThat(saved.get("e1")).isEqualTo(new PublicEntity("e1", "曲阳县某某商贸有限公司", "91130634MA0000000X",
                "130634", "ENTERPRISE", "OPERATING"));
        assertThat(creditClasses).containsEntry("e1", "B").containsEntry("e2", "A");
        assertThat(saved.get("e2").uscc()).isNull();
    }

    @Test
    void aLaterChangeThatArrivedFirstIsNotOverwritten() {
        facts.apply(new EntityChanged(UUID.randomUUID(), Instant.now(), "e1", "新名称有限公司", "91130634MA0000000X",
                "130634", null, "ENTERPRISE", "CANCELLED", "C", false, false, List.of(), List.of("qy-amr"), 2));

        facts.apply(new EntitiesRegistered(UUID.randomUUID(), Instant.now(), "imp-1", 1, List.of(
                new RegisteredEntity("e1", "旧名称有限公司", "91130634MA0000000X", "130634", "ENTERPRISE", "OPERATING",
                        "B"))));

        assertThat(saved.get("e1").name()).isEqualTo("新名称有限公司");
        assertThat(saved.get("e1").status()).isEqualTo("CANCELLED");
        assertThat(creditClasses).containsEntry("e1", "C");
    }

    private final class Entities implements EntityDirectory {
        @Override
        public Optional<PublicEntity> find(String entityId) {
            return Optional.ofNullable(saved.get(entityId));
        }

        @Override
        public void save(PublicEntity entity, String creditClass) {
            saved.put(entity.entityId(), entity);
            creditClasses.put(entity.entityId(), creditClass);
        }

        @Override
        public Map<String, Map<String, Long>> population() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> regions(Collection<String> entityIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PublicEntity> search(String uscc, String name, boolean contains, String afterId, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
