package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.JointItemListPublished;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.JointItemListUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishJointItemListCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.ItemRepository;
import cn.shuangsuiji.registry.application.port.out.JointItemListRepository;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.JointItemList;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes joint item lists (联合抽查事项清单) from published items of several departments. */
@Service
class JointItemListService implements JointItemListUseCases {

    private final JointItemListRepository lists;
    private final ItemRepository items;
    private final DepartmentUseCases departments;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    JointItemListService(JointItemListRepository lists, ItemRepository items, DepartmentUseCases departments,
                         EventPublisher events, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.lists = lists;
        this.items = items;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public JointItemList publish(PublishJointItemListCommand command, Actor actor) {
        if (!actor.has(Role.JOINT_OFFICE)) {
            RegistryRights.requireClerkOf(actor, command.initiator().value());
        }
        if (lists.exists(command.id())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "JOINT_LIST_EXISTS", "联合清单已存在",
                    "联合清单标识已被使用：" + command.id());
        }
        Set<DepartmentId> all = new LinkedHashSet<>(command.participants());
        all.add(command.initiator());
        List<FieldProblem> problems = new ArrayList<>();
        all.stream().filter(d -> !departments.exists(d)).forEach(d -> problems.add(
                new FieldProblem("participants", "JOINT_LIST_DEPARTMENT_UNKNOWN", "部门不存在：" + d)));
        List<JointItemList.Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            PublishJointItemListCommand.Item wanted = command.items().get(i);
            InspectionItem item = items.find(wanted.itemId()).orElse(null);
            if (item == null) {
                problems.add(new FieldProblem("items[" + i + "]", "JOINT_LIST_ITEM_UNKNOWN",
                        "事项不存在：" + wanted.itemId()));
            } else {
                contributions.add(new JointItemList.Contribution(wanted.department(), item));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems.get(0).code(), "联合清单中有 " + problems.size() + " 处引用无效",
                    problems);
        }
        JointItemList list = JointItemList.publish(command.id(), command.name(), command.initiator(),
                command.participants(), contributions, clock.instant());
        lists.insert(list);
        events.publish(new JointItemListPublished(UUID.randomUUID(), list.publishedAt(), list.id().value(),
                list.name(), list.initiator().value(), list.participants().stream().map(DepartmentId::value).toList(),
                list.entries().stream().map(e -> new JointItemListPublished.Entry(e.itemId().value(), e.version(),
                        e.department().value(), e.checkProject())).toList()));
        audit.record(actor, "joint-item-list.publish", "JointItemList", list.id().value(), list.initiator().value(),
                null, java.util.Map.of("name", list.name(), "participants", list.participants().stream()
                        .map(DepartmentId::value).toList(), "entries", list.entries().size()));
        return list;
    }

    @Override
    public JointItemList get(JointItemListId id) {
        return lists.find(id).orElseThrow(() -> DomainProblem.notFound("JOINT_LIST_NOT_FOUND", "联合清单", id.value()));
    }

    @Override
    public boolean exists(JointItemListId id) {
        return lists.exists(id);
    }

    @Override
    public List<JointItemList> list() {
        return lists.findAll();
    }
}
