package cn.shuangsuiji.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * 架构规则 — the rules every service keeps, checked by ArchUnit: hexagonal layering, a domain free of Spring,
 * MongoDB and Kafka, no service depending on another service's code, Kafka listeners only in the messaging
 * adapter.
 */
public final class ArchitectureRules {

    /** Base packages of the services; a service may not use another's. */
    public static final List<String> SERVICE_PACKAGES = List.of(
            "cn.shuangsuiji.registry", "cn.shuangsuiji.planning", "cn.shuangsuiji.draw",
            "cn.shuangsuiji.inspection", "cn.shuangsuiji.disclosure", "cn.shuangsuiji.gateway",
            "cn.shuangsuiji.identity");

    private ArchitectureRules() {
    }

    /** Imports the production classes of a service. */
    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Every rule for a hexagonal service with the given base package. */
    public static List<ArchRule> forService(String basePackage) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                        "jakarta.servlet..", "jakarta.persistence..")
                .as("the domain of " + basePackage + " is plain Java: no Spring, MongoDB, Kafka or Jackson"));
        rules.add(noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".application..",
                        basePackage + ".adapter..", basePackage + ".config..")
                .as("the domain of " + basePackage + " depends on nothing outside it"));
        rules.add(noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".adapter..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "org.springframework.data.mongodb..",
                        "org.springframework.kafka..", "org.springframework.web..", "jakarta.servlet..")
                .as("the application layer of " + basePackage + " uses ports, not adapters or infrastructure"));
        rules.add(noClasses().that().resideInAPackage(basePackage + ".adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".adapter.out..")
                .as("incoming adapters of " + basePackage + " go through the application layer"));
        rules.add(methods().that().areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
                .should().beDeclaredInClassesThat().resideInAPackage(basePackage + ".adapter.in.messaging..")
                .as("Kafka listeners of " + basePackage + " live in adapter.in.messaging"));
        List<String> others = SERVICE_PACKAGES.stream().filter(p -> !p.equals(basePackage))
                .map(p -> p + "..").toList();
        rules.add(noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .as(basePackage + " does not depend on another service's code"));
        return rules;
    }

    /**
     * Checks every rule, failing with all violations. A service that has no classes in a layer yet passes that
     * layer's rule (empty layers are allowed), but the service itself must have classes.
     */
    public static void check(String basePackage) {
        JavaClasses classes = importService(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found in " + basePackage);
        }
        for (ArchRule rule : forService(basePackage)) {
            rule.allowEmptyShould(true).check(classes);
        }
    }
}
