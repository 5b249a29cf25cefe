package cn.shuangsuiji.registry.config;

import cn.shuangsuiji.registry.domain.credit.CreditPolicy;
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

    /**
     * Jurisdictions whose risk rules may lower a class below the imported one,
     * {@code ssj.registry.credit.lowering-allowed} (comma-separated six-digit codes), default none.
     */
    @Bean
    CreditPolicy creditPolicy(@Value("${ssj.registry.credit.lowering-allowed:}") java.util.List<String> allowed) {
        return new CreditPolicy(allowed.stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** Import jobs run one at a time in the background: the machine has two cores. */
    /** Snapshot confirmation jobs: two at a time, beside (not behind) the imports. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService registrySnapshotExecutor() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "registry-snapshot-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService registryImportExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "registry-import");
            t.setDaemon(true);
            return t;
        });
    }
}
