package cn.shuangsuiji.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.shuangsuiji.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theGatewayUsesNoServiceCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ArchitectureRules.SERVICE_PACKAGES.stream()
                        .filter(p -> !p.endsWith("gateway")).map(p -> p + "..").toArray(String[]::new))
                .check(ArchitectureRules.importService("cn.shuangsuiji.gateway"));
    }
}
