package cn.shuangsuiji.platform.config;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.platform.audit.AuditController;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.events.EventCodec;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.events.OutboxLease;
import cn.shuangsuiji.platform.events.OutboxRelay;
import cn.shuangsuiji.platform.events.Outboxes;
import cn.shuangsuiji.platform.health.KafkaHealthIndicator;
import cn.shuangsuiji.platform.health.MongoPingHealthIndicator;
import cn.shuangsuiji.platform.messaging.DeadLetterErrorHandlerFactory;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import cn.shuangsuiji.platform.mongo.MongoSchemaInitializer;
import cn.shuangsuiji.platform.trace.TraceIdFilter;
import cn.shuangsuiji.platform.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the platform into every service: outbox, idempotent consumer, dead letters, health, problems, trace ids. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(PlatformProperties.class)
@EnableTransactionManagement
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec(EventCatalog.all());
    }

    @Bean
    @ConditionalOnMissingBean(PlatformTransactionManager.class)
    MongoTransactionManager transactionManager(MongoDatabaseFactory factory) {
        return new MongoTransactionManager(factory);
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Clock clock,
                            PlatformProperties properties, @Value("${server.port:8080}") int port) {
        PlatformProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(mongo, kafka, clock, outbox.pollInterval(), outbox.sendTimeout(), outbox.relayEnabled(),
                new OutboxLease(mongo, clock, outbox.leaseTtl(), OutboxLease.instanceId(port)), outbox.linger());
    }

    @Bean
    EventPublisher eventPublisher(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, Clock clock,
                                  @Value("${spring.application.name:service}") String applicationName) {
        return Outboxes.publisher(mongo, codec, relay, "/ssj/" + applicationName, clock);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(MongoTemplate mongo, TransactionTemplate transactions, EventCodec codec,
                                          Clock clock) {
        return new IdempotentConsumer(mongo, transactions, codec, clock);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, PlatformProperties properties) {
        return DeadLetterErrorHandlerFactory.create(kafka, properties.kafka().retryBackoff().toMillis(),
                properties.kafka().retries());
    }

    @Bean
    MongoSchemaInitializer mongoSchemaInitializer(MongoTemplate mongo, MongoMappingContext mappingContext) {
        return new MongoSchemaInitializer(mongo, mappingContext);
    }

    @Bean
    MongoPingHealthIndicator mongodbPingHealthIndicator(MongoTemplate mongo, PlatformProperties properties) {
        return new MongoPingHealthIndicator(mongo, properties.mongo().healthTimeout());
    }

    /** Short driver timeouts ({@code ssj.mongo.*}): a MongoDB outage fails a request in seconds, not 30 s. */
    @Bean
    MongoClientSettingsBuilderCustomizer platformMongoTimeouts(PlatformProperties properties) {
        return MongoTimeouts.customizer(properties.mongo());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafkaProperties) {
        return new KafkaHealthIndicator(kafkaProperties.buildAdminProperties(), Duration.ofSeconds(3));
    }

    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, Clock clock,
                          @Value("${spring.application.name:service}") String applicationName) {
        return new AuditTrail(mongo, clock, applicationName);
    }

    @Bean
    AuditController auditController(MongoTemplate mongo) {
        return new AuditController(mongo);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
