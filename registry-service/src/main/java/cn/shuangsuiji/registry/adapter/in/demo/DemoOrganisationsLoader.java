package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterDepartmentCommand;
import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 演示部门 — registers the demo departments of 保定市 / 曲阳县 with fixed ids (see {@code DEMO.md}) when
 * {@code ssj.demo.enabled=true}; departments that already exist are skipped, so it can run at every start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoOrganisationsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationsLoader.class);

    /** Parents come before their children. */
    static final List<RegisterDepartmentCommand> DEPARTMENTS = List.of(
            department("bd-amr", "保定市市场监督管理局", DepartmentType.MARKET_REGULATION, AdministrativeLevel.CITY,
                    "130600", null),
            department("qy-amr", "曲阳县市场监督管理局", DepartmentType.MARKET_REGULATION, AdministrativeLevel.COUNTY,
                    "130634", "bd-amr"),
            department("qy-psb", "曲阳县公安局", DepartmentType.PUBLIC_SECURITY, AdministrativeLevel.COUNTY,
                    "130634", null),
            department("qy-eco", "保定市生态环境局曲阳县分局", DepartmentType.ECOLOGY_ENVIRONMENT,
                    AdministrativeLevel.COUNTY, "130634", null),
            department("qy-cult", "曲阳县文化广电和旅游局", DepartmentType.CULTURE_TOURISM, AdministrativeLevel.COUNTY,
                    "130634", null),
            department("qy-emg", "曲阳县应急管理局", DepartmentType.EMERGENCY_MANAGEMENT, AdministrativeLevel.COUNTY,
                    "130634", null));

    private final DepartmentUseCases departments;
    private final DemoStartupRetry retry;

    DemoOrganisationsLoader(DepartmentUseCases departments, DemoStartupRetry retry) {
        this.departments = departments;
        this.retry = retry;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = retry.get("demo departments", this::registerMissing);
        log.info("Demo departments: {} registered, {} already present", created, DEPARTMENTS.size() - created);
    }

    private int registerMissing() {
        int created = 0;
        for (RegisterDepartmentCommand command : DEPARTMENTS) {
            if (!departments.exists(command.id())) {
                departments.register(command, Actor.system("demo"));
                created++;
            }
        }
        return created;
    }

    private static RegisterDepartmentCommand department(String id, String name, DepartmentType type,
                                                        AdministrativeLevel level, String region, String parent) {
        return new RegisterDepartmentCommand(new DepartmentId(id), name, type, level, new RegionCode(region),
                Optional.ofNullable(parent).map(DepartmentId::new));
    }
}
