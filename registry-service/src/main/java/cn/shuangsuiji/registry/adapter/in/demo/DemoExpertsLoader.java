package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ExpertUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterExpertCommand;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo expert library (专家库) of 曲阳县市场监督管理局: four experts of 特种设备 (and one also of 食品安全), so the demo
 * joint task, whose qy-amr item needs 特种设备 expertise ({@link DemoItemsLoader#EXPERT_ITEM_FIELD}), gets a drawn
 * expert on every team. Fictitious people; anything already present is skipped.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoExpertsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExpertsLoader.class);
    private static final Actor DEMO = Actor.system("demo");
    /** id, name, organisation, fields (comma separated). */
    private static final List<String[]> EXPERTS = List.of(
            new String[] {"exp-qy-amr-01", "刘工程师", "河北省特种设备监督检验研究院保定分院", "特种设备"},
            new String[] {"exp-qy-amr-02", "陈高级工程师", "保定市特种设备检测中心", "特种设备,压力容器"},
            new String[] {"exp-qy-amr-03", "周工程师", "曲阳县质量技术服务中心", "特种设备,食品安全"},
            new String[] {"exp-qy-amr-04", "孙教授", "河北农业大学", "特种设备"});

    private final ExpertUseCases experts;
    private final DemoStartupRetry retry;

    DemoExpertsLoader(ExpertUseCases experts, DemoStartupRetry retry) {
        this.experts = experts;
        this.retry = retry;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = retry.get("demo experts", this::registerMissing);
        log.info("Demo expert library of {}: {} experts registered", DemoItemsLoader.EXPERT_ITEM_DEPARTMENT, created);
    }

    private int registerMissing() {
        int created = 0;
        for (String[] e : EXPERTS) {
            try {
                experts.register(new RegisterExpertCommand(new ExpertId(e[0]), e[1], e[2],
                        new DepartmentId(DemoItemsLoader.EXPERT_ITEM_DEPARTMENT), List.of(e[3].split(",")), Set.of(),
                        Optional.empty(), List.of()), DEMO);
                created++;
            } catch (DomainProblem exists) {
                if (!"EXPERT_EXISTS".equals(exists.code())) {
                    throw exists;
                }
            }
        }
        return created;
    }
}
