package cn.shuangsuiji.registry.config;

import cn.shuangsuiji.registry.domain.snapshot.RegistryPolicy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registry policy and the background executor of import jobs. */
@Configuration
class RegistryConfiguration {

    /** The policy minimum registry size (S2 15), {@code ssj.registry.min-inspectors}, default 4. */
    @Bean
    RegistryPolicy registryPolicy(@Value("${ssj.registry.min-inspectors:4}") int minInspectors) {
        return new RegistryPolicy(minInspectors);
    }

    /** Import jobs run one at a time in the background: the machine has two cores. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService registryImportExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "registry-import");
            t.setDaemon(true);
            return t;
        });
    }
}
