package cn.shuangsuiji.inspection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.TopicProbe;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Shared set-up of the integration tests: real servers, a database and a consumer group of their own, tokens. */
public final class InspectionItSupport {

    public static final String DATABASE = RealInfra.uniqueDatabase("inspection_it");
    public static final String GROUP = "inspection-it-" + UUID.randomUUID();

    private InspectionItSupport() {
    }

    public static void register(DynamicPropertyRegistry properties) {
        RealInfra.register(properties, DATABASE);
        properties.add("spring.kafka.consumer.group-id", () -> GROUP);
        properties.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
        properties.add("ssj.inspection.attachments.max-bytes", () -> "300000");
        properties.add("ssj.kafka.retries", () -> "1");
    }

    /** A token of a user with roles in a department, as the identity provider issues it. */
    public static JwtRequestPostProcessor token(String subject, String department, String inspectorId,
                                                String jurisdiction, String... roles) {
        return jwt().jwt(j -> {
            j.subject(subject).claim("roles", List.of(roles)).claim("name", subject)
                    .claim("aud", List.of("ssj-platform"));
            if (department != null) {
                j.claim("department", department);
            }
            if (inspectorId != null) {
                j.claim("inspector_id", inspectorId);
            }
            if (jurisdiction != null) {
                j.claim("jurisdiction", jurisdiction);
            }
        }).authorities(Arrays.stream(roles).map(r -> (org.springframework.security.core.GrantedAuthority)
                new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }

    /** Publishes events as their producer's outbox does. */
    public static void publish(EventCodec codec, IntegrationEvent... events) {
        for (IntegrationEvent e : events) {
            TopicProbe.send(e.topic(), e.aggregateId(), codec.encode(e),
                    Map.of("ce_type", e.eventType(), "ce_id", e.eventId().toString()));
        }
    }
}
