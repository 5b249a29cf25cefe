package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ItemUseCases;
import cn.shuangsuiji.registry.application.port.in.JointItemListUseCases;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Runs the organisation and item demo loaders in a test context without switching on {@code ssj.demo.enabled}
 * (which would also start the other, much larger demo loaders).
 */
public final class DemoItemsTestRunner {

    private DemoItemsTestRunner() {
    }

    /** Runs both loaders once; returns the number of generated demo items in the catalogue. */
    public static int run(ApplicationContext context) {
        DemoStartupRetry retry = new DemoStartupRetry(Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofSeconds(10));
        new DemoOrganisationsLoader(context.getBean(DepartmentUseCases.class), retry).run(null);
        new DemoItemsLoader(context.getBean(ItemUseCases.class), context.getBean(JointItemListUseCases.class),
                retry).run(null);
        return DemoItemsLoader.catalogue().size();
    }
}
