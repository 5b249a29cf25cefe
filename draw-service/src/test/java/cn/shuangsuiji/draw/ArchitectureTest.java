package cn.shuangsuiji.draw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import cn.shuangsuiji.testsupport.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    /** More collaborators than this means a class holds several use cases (style: one use case per class). */
    static final int MAX_COLLABORATORS = 7;

    @Test
    void keepsTheHexagonalRules() {
        ArchitectureRules.check("cn.shuangsuiji.draw");
    }

    @Test
    void applicationServicesHoldOneUseCaseEach() {
        classes().that().resideInAPackage("cn.shuangsuiji.draw.application.service..")
                .and().areAnnotatedWith("org.springframework.stereotype.Service")
                .or().areAnnotatedWith("org.springframework.stereotype.Component")
                .should(haveAtMostCollaborators(MAX_COLLABORATORS))
                .as("application services of draw-service take at most " + MAX_COLLABORATORS + " collaborators")
                .check(ArchitectureRules.importService("cn.shuangsuiji.draw.application"));
    }

    private static ArchCondition<JavaClass> haveAtMostCollaborators(int max) {
        return new ArchCondition<>("have at most " + max + " constructor parameters") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaConstructor c : type.getConstructors()) {
                    int n = c.getRawParameterTypes().size();
                    if (n > max) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " takes " + n
                                + " collaborators (at most " + max + ")"));
                    }
                }
            }
        };
    }
}
