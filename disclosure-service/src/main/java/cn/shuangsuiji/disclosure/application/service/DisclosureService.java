package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.disclosure.application.port.in.PublicQueries;
import cn.shuangsuiji.disclosure.application.port.in.RegistryFactsProjection;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.disclosure.domain.PublicItem;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
import org.springframework.stereotype.Service;

/** Keeps the public views and answers public queries. Called inside the consumer's transaction. */
@Service
class DisclosureService implements RegistryFactsProjection, PublicQueries {

    private final PublicDirectory directory;

    DisclosureService(PublicDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void apply(IntegrationEvent event) {
        if (event instanceof DepartmentRegistered e) {
            long revision = directory.findDepartment(e.departmentId()).map(PublicDepartment::revision).orElse(0L) + 1;
            directory.saveDepartment(new PublicDepartment(e.departmentId(), e.name(), e.type(), e.level(),
                    e.regionCode(), e.parentId(), revision, e.occurredAt()));
        } else if (event instanceof InspectionItemPublished e) {
            directory.saveItem(new PublicItem(e.itemId(), e.version(), e.departmentId(), e.checkProject(),
                    e.subItems(), e.legalBasis(), e.method(), e.objectType(), e.category(), e.defaultRatio(),
                    e.defaultFrequency(), false, e.occurredAt()));
        } else if (event instanceof InspectionItemWithdrawn e) {
            directory.findItem(e.itemId(), e.version()).ifPresent(item -> directory.saveItem(item.withdraw()));
        }
    }

    @Override
    public List<PublicDepartment> departments() {
        return directory.departments();
    }

    @Override
    public PublicDepartment department(String id) {
        return directory.findDepartment(id).orElseThrow(() -> DomainProblem.notFound("DEPARTMENT_NOT_FOUND", "部门", id));
    }

    @Override
    public List<PublicItem> items(String departmentId, String after, int limit) {
        return directory.items(departmentId, after, limit);
    }
}
