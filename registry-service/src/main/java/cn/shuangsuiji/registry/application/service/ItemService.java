package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.InspectionItemClaimed;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ClaimItemCommand;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.DraftItemCommand;
import cn.shuangsuiji.registry.application.port.in.EditItemDraftCommand;
import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.application.port.in.ItemUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishItemCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
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
    private final AuditTrail audit;
    private final Clock clock;

    ItemService(ItemRepository items, DepartmentUseCases departments, EventPublisher events, AuditTrail audit,
                Clock clock) {
        this.audit = audit;
        this.items = items;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public InspectionItem draft(DraftItemCommand command, Actor actor) {
        RegistryRights.requireClerkOf(actor, command.owner().value());
        if (!departments.exists(command.owner())) {
            throw DomainProblem.invalid("ITEM_DEPARTMENT_UNKNOWN", "事项所属部门不存在：" + command.owner(),
                    List.of(new FieldProblem("departmentId", "ITEM_DEPARTMENT_UNKNOWN", "部门不存在")));
        }
        InspectionItemId id = command.id().orElseGet(() -> new InspectionItemId(
                "item-" + command.owner().value() + "-" + UUID.randomUUID().toString().substring(0, 8)));
        if (items.exists(id)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_EXISTS", "事项已存在", "事项标识已被使用：" + id);
        }
        InspectionItem drafted = items.insert(InspectionItem.draft(id, command.owner(), command.content(),
                clock.instant()));
        return audited(actor, "item.draft", null, drafted);
    }

    @Override
    @Transactional
    public InspectionItem editDraft(EditItemDraftCommand command, Actor actor) {
        InspectionItem item = load(command.itemId(), command.expectedRevision(), actor);
        return audited(actor, "item.edit-draft", item, items.update(item.editDraft(command.version(),
                command.content())));
    }

    @Override
    @Transactional
    public InspectionItem revise(ReviseItemCommand command, Actor actor) {
        InspectionItem item = load(command.itemId(), command.expectedRevision(), actor);
        return audited(actor, "item.revise", item, items.update(item.reviseAsNewVersion(command.content(),
                clock.instant())));
    }

    @Override
    @Transactional
    public InspectionItem publish(PublishItemCommand command, Actor actor) {
        InspectionItem item = load(command.itemId(), command.expectedRevision(), actor);
        InspectionItem published = items.update(item.publish(command.version(), clock.instant()));
        events.publish(RegistryEventFactory.published(published, published.version(command.version())));
        return audited(actor, "item.publish", item, published);
    }

    @Override
    @Transactional
    public InspectionItem withdraw(WithdrawItemCommand command, Actor actor) {
        InspectionItem item = load(command.itemId(), command.expectedRevision(), actor);
        int number = item.published().map(ItemVersion::number).orElse(0);
        InspectionItem withdrawn = items.update(item.withdraw(command.reason(), clock.instant()));
        ItemVersion version = withdrawn.version(number);
        events.publish(new InspectionItemWithdrawn(UUID.randomUUID(), version.endedAt().orElseThrow(),
                withdrawn.id().value(), number, withdrawn.owner().value(), version.withdrawalReason().orElseThrow()));
        return audited(actor, "item.withdraw", item, withdrawn);
    }

    @Override
    @Transactional
    public InspectionItem claim(ClaimItemCommand command, Actor actor) {
        RegistryRights.requireClerkOf(actor, command.claimant().value());
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
        audit.record(actor, "item.claim", "InspectionItem", claimed.id().value(), claim.department().value(),
                trail(item), trail(claimed));
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

    private InspectionItem audited(Actor actor, String action, InspectionItem before, InspectionItem after) {
        audit.record(actor, action, "InspectionItem", after.id().value(), after.owner().value(),
                before == null ? null : trail(before), trail(after));
        return after;
    }

    /** What the audit trail keeps of an item: owner, revision, versions with their status. */
    private static java.util.Map<String, Object> trail(InspectionItem item) {
        return java.util.Map.of("id", item.id().value(), "owner", item.owner().value(), "revision", item.revision(),
                "versions", item.versions().stream().map(v -> v.number() + ":" + v.status().name()).toList(),
                "claims", item.claims().stream().map(c -> c.department().value()).toList());
    }

    private InspectionItem load(InspectionItemId id, OptionalLong expectedRevision, Actor actor) {
        InspectionItem item = get(id);
        RegistryRights.requireClerkOf(actor, item.owner().value());
        if (expectedRevision.isPresent() && expectedRevision.getAsLong() != item.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "ITEM_REVISION_MISMATCH", "事项已被他人修改",
                    "事项 " + id + " 当前修订号为 " + item.revision() + "，与 If-Match 给出的 "
                            + expectedRevision.getAsLong() + " 不符，请刷新后重试");
        }
        return item;
    }
}
