package cn.shuangsuiji.gateway.upstreams;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 服务实例 — the static instances of each service behind an {@code lb://<service>} route:
 * {@code ssj.gateway.upstreams.<service>} is a comma-separated list of base URLs (one by default; set e.g.
 * {@code INSPECTION_URLS=http://127.0.0.1:8084,http://127.0.0.1:8094} to spread requests over two instances).
 */
@ConfigurationProperties("ssj.gateway")
public class UpstreamProperties {

    private Map<String, List<URI>> upstreams = new LinkedHashMap<>();

    public Map<String, List<URI>> getUpstreams() {
        return upstreams;
    }

    public void setUpstreams(Map<String, List<URI>> upstreams) {
        this.upstreams = upstreams;
    }

    /** The instances of a service; fails for a service that has none configured (a route naming a typo). */
    public List<URI> instancesOf(String service) {
        List<URI> instances = upstreams.get(service);
        if (instances == null || instances.isEmpty()) {
            throw new IllegalStateException("no instances configured for ssj.gateway.upstreams." + service);
        }
        return instances;
    }
}
