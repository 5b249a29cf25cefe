package cn.shuangsuiji.gateway.upstreams;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * 负载均衡 — every {@code lb://<service>} route picks one of the service's static instances
 * ({@link UpstreamProperties}) round robin; with more than one instance, instances whose readiness is not UP are
 * left out (checked every {@code spring.cloud.loadbalancer.health-check.interval}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpstreamProperties.class)
@LoadBalancerClients(defaultConfiguration = UpstreamInstances.class)
class UpstreamLoadBalancing {
}
