package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.out.RegionSource;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.region.Region;
import cn.shuangsuiji.registry.domain.region.RegionDirectory;
import java.util.List;
import org.springframework.stereotype.Service;

/** Serves the region directory, loaded once from its source (the data only changes with a release). */
@Service
class RegionService implements RegionQueries {

    private final RegionDirectory directory;

    RegionService(RegionSource source) {
        this.directory = RegionDirectory.of(source.load());
    }

    @Override
    public Region get(RegionCode code) {
        return directory.get(code);
    }

    @Override
    public List<Region> children(RegionCode code) {
        return directory.children(code);
    }

    @Override
    public List<Region> provinces() {
        return directory.provinces();
    }

    @Override
    public List<Region> path(RegionCode code) {
        return directory.path(code);
    }

    @Override
    public boolean exists(RegionCode code) {
        return directory.contains(code);
    }

    @Override
    public void requireKnown(RegionCode code, String field) {
        directory.requireKnown(code, field);
    }
}
