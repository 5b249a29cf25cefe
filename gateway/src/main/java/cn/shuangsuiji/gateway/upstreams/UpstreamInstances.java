package cn.shuangsuiji.gateway.upstreams;

import java.net.URI;
import java.util.List;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The instance list of one service, in that service's load-balancer context (deliberately not a
 * {@code @Configuration}: component scanning must not put it into the main context, where no service is named).
 * One instance: the list as configured (a stopped service answers the route's 503 fallback as before). Several: only
 * the instances whose health check answers 2xx, so a killed or database-less instance stops getting requests — or
 * all of them while none does ({@link FailOpen}).
 */
class UpstreamInstances {

    @Bean
    ServiceInstanceListSupplier upstreamInstanceListSupplier(ConfigurableApplicationContext context,
                                                             Environment environment, UpstreamProperties upstreams) {
        String service = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        ServiceInstance[] instances = instances(service, upstreams.instancesOf(service));
        ServiceInstanceListSupplier configured = ServiceInstanceListSuppliers.from(service, instances);
        if (instances.length < 2) {
            return configured;
        }
        ServiceInstanceListSupplier healthy = ServiceInstanceListSupplier.builder().withBase(configured)
                .withHealthChecks(WebClient.create()).build(context);
        return new FailOpen(healthy, List.of(instances));
    }

    /**
     * The healthy instances, or all of them when none passed its last check: a check counts as failed when readiness
     * takes longer than the check interval, which a loaded but working instance may (seen in the fault run: both
     * instances of inspection-service left out while one answered). Sent anyway, a request to a dead instance fails
     * fast (connection refused: the route's 503), and one whose database is down answers its own 503 problem.
     */
    static final class FailOpen implements ServiceInstanceListSupplier {

        private final ServiceInstanceListSupplier healthy;
        private final List<ServiceInstance> all;

        FailOpen(ServiceInstanceListSupplier healthy, List<ServiceInstance> all) {
            this.healthy = healthy;
            this.all = all;
        }

        @Override
        public String getServiceId() {
            return healthy.getServiceId();
        }

        @Override
        public reactor.core.publisher.Flux<List<ServiceInstance>> get() {
            return healthy.get().map(instances -> instances.isEmpty() ? all : instances);
        }
    }

    static ServiceInstance[] instances(String service, List<URI> urls) {
        ServiceInstance[] instances = new ServiceInstance[urls.size()];
        for (int i = 0; i < urls.size(); i++) {
            URI url = urls.get(i);
            boolean secure = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : secure ? 443 : 80;
            instances[i] = new DefaultServiceInstance(service + "-" + url.getHost() + "-" + port, service,
                    url.getHost(), port, secure);
        }
        return instances;
    }
}
