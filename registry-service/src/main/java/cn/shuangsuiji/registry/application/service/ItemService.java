package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.registry.application.port.in.ClaimItemCommand;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.DraftItemCommand;
import cn.shuangsuiji.registry.application.port.in.EditItemDraftCommand;
import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.application.port.in.ItemUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishItemCommand;
import cn.shuangsuiji.registry.application.port.in.ReviseItemCommand;
import cn.shuangsuiji.registry.application.port.in.WithdrawItemCommand;
import cn.shuangsuiji.registry.application.port.out.ItemRepository;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.ItemVersion;
import cn.shuangsuiji.registry.domain.organisation.Department;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the inspection item lists; every state change and its event are stored in one transaction. */
@Service
class ItemService implements ItemUseCases {

    private final ItemRepository items;
    private final DepartmentUseCases departments;
    private final EventPublisher events;
    private final Clock clock;

    ItemService(ItemRepository items, DepartmentUseCases departments, EventPublisher events, Clock clock) {
        this.items = items;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public InspectionItem draft(DraftItemCommand command) {
        if (!departments.exists(command.owner())) {
            throw DomainProblem.invalid("ITEM_DEPARTMENT_UNKNOWN", "事项所属部门不存在：" + command.owner(),
                    List.of(new FieldProblem("departmentId", "ITEM_DEPARTMENT_UNKNOWN", "部门不存在")));
        }
        InspectionItemId id = command.id().orElseGet(() -> new InspectionItemId(
                "item-" + command.owner().value() + "-" + UUID.randomUUID().toString().substring(0, 8)));
        if (items.exists(id)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_EXISTS", "事项已存在", "事项标识已被使用：" + id);
        }
        return items.insert(InspectionItem.draft(id, command.owner(), command.content(), clock.instant()));
    }

    @Override
    @Transactional
    public InspectionItem editDraft(EditItemDraftCommand command) {
        InspectionItem item = load(command.itemId(), command.expectedRevision());
        return items.update(item.editDraft(command.version(), command.content()));
    }

    @Override
    @Transactional
    public InspectionItem revise(ReviseItemCommand command) {
        InspectionItem item = load(command.itemId(), command.expectedRevision());
        return items.update(item.reviseAsNewVersion(command.content(), clock.instant()));
    }

    @Override
    @Transactional
    public InspectionItem publish(PublishItemCommand command) {
        InspectionItem item = load(command.itemId(), command.expectedRevision());
        InspectionItem published = items.update(item.publish(command.version(), clock.instant()));
        events.publish(RegistryEventFactory.published(published, published.version(command.version())));
        return published;
    }

    @Override
    @Transactional
    public InspectionItem withdraw(WithdrawItemCommand command) {
        InspectionItem item = load(command.itemId(), command.expectedRevision());
        int number = item.published().map(ItemVersion::number).orElse(0);
        InspectionItem withdrawn = items.update(item.withdraw(command.reason(), clock.instant()));
        ItemVersion version = withdrawn.version(number);
        events.publish(new InspectionItemWithdrawn(UUID.randomUUID(), version.endedAt().orElseThrow(),
                withdrawn.id().value(), number, withdrawn.owner().value(), version.withdrawalReason().orElseThrow()));
        return withdrawn;
    }

    @Override
    @Transactional
    public InspectionItem claim(ClaimItemCommand command) {
        InspectionItem item = get(command.itemId());
        if (!departments.exists(command.claimant())) {
            throw DomainProblem.invalid("ITEM_CLAIMANT_UNKNOWN", "认领部门不存在：" + command.claimant(),
                    List.of(new FieldProblem("departmentId", "ITEM_CLAIMANT_UNKNOWN", "部门不存在")));
        }
        List<DepartmentId> above =
                departments.ancestors(command.claimant()).stream().map(Department::id).toList();
        InspectionItem claimed = items.update(item.claim(command.claimant(), above, clock.instant()));
        var claim = claimed.claims().get(claimed.claims().size() - 1);
        events.publish(new InspectionItemClaimed(UUID.randomUUID(), claim.claimedAt(), claimed.id().value(),
                claim.version(), claimed.owner().value(), claim.department().value()));
        return claimed;
    }

    @Override
    public InspectionItem get(InspectionItemId id) {
        return items.find(id).orElseThrow(() -> DomainProblem.notFound("ITEM_NOT_FOUND", "抽查事项", id.value()));
    }

    @Override
    public boolean exists(InspectionItemId id) {
        return items.exists(id);
    }

    @Override
    public List<InspectionItem> list(ItemListQuery query) {
        return items.page(query);
    }

    private InspectionItem load(InspectionItemId id, OptionalLong expectedRevision) {
        InspectionItem item = get(id);
        if (expectedRevision.isPresent() && expectedRevision.getAsLong() != item.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "ITEM_REVISION_MISMATCH", "事项已被他人修改",
                    "事项 " + id + " 当前修订号为 " + item.revision() + "，与 If-Match 给出的 "
                            + expectedRevision.getAsLong() + " 不符，请刷新后重试");
        }
        return item;
    }
}
