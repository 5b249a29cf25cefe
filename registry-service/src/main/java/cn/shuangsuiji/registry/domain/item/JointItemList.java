package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 联合抽查事项清单 — a cross-department item list combining published items of several departments for joint
 * inspections (rules.md §1, §2; S1 4, 6, 12: 进一次门、查多项事). Published as a whole and not edited afterwards.
 *
 * @param id           its id
 * @param name         e.g. 曲阳县市场监管、公安、文旅部门联合抽查事项清单
 * @param initiator    发起部门, one of the participants
 * @param participants 参与部门 (including the initiator), at least two
 * @param entries      the items, each pinned to its published version
 * @param publishedAt  when it was published
 */
public record JointItemList(JointItemListId id, String name, DepartmentId initiator, List<DepartmentId> participants,
                            List<JointItemEntry> entries, Instant publishedAt) {

    public JointItemList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ItemContent.invalid("name", "JOINT_LIST_NAME_INVALID", "联合清单名称不能为空且不超过 200 字");
        }
        name = name.strip();
        participants = List.copyOf(new LinkedHashSet<>(participants));
        entries = List.copyOf(entries);
    }

    /**
     * Publishes a joint list (S1 6). Every item must be currently published and brought by a participating
     * department that owns or has claimed it; at least two departments take part and each brings at least one
     * item; the initiator is a participant; no item appears twice.
     *
     * @param items the chosen items, each with the department that brings it
     */
    public static JointItemList publish(JointItemListId id, String name, DepartmentId initiator,
                                        List<DepartmentId> participants, List<Contribution> items, Instant now) {
        Set<DepartmentId> departments = new LinkedHashSet<>(participants);
        departments.add(initiator);
        if (departments.size() < 2) {
            throw ItemContent.invalid("participants", "JOINT_LIST_TOO_FEW_DEPARTMENTS", "联合清单至少需要两个部门参与");
        }
        if (items.isEmpty()) {
            throw ItemContent.invalid("items", "JOINT_LIST_EMPTY", "联合清单至少需要一个事项");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<JointItemEntry> entries = new ArrayList<>();
        Set<InspectionItemId> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Contribution c = items.get(i);
            String field = "items[" + i + "]";
            InspectionItem item = c.item();
            if (!seen.add(item.id())) {
                problems.add(new FieldProblem(field, "JOINT_LIST_ITEM_DUPLICATE", "事项 " + item.id() + " 重复"));
                continue;
            }
            if (!departments.contains(c.department())) {
                problems.add(new FieldProblem(field, "JOINT_LIST_DEPARTMENT_NOT_PARTICIPATING",
                        "部门 " + c.department() + " 不是参与部门"));
                continue;
            }
            if (!item.owner().equals(c.department()) && !item.isClaimedBy(c.department())) {
                problems.add(new FieldProblem(field, "JOINT_LIST_ITEM_NOT_OF_DEPARTMENT",
                        "事项 " + item.id() + " 既不属于也未被 " + c.department() + " 认领"));
                continue;
            }
            if (item.published().isEmpty()) {
                problems.add(new FieldProblem(field, "JOINT_LIST_ITEM_NOT_PUBLISHED",
                        "事项 " + item.id() + " 没有已公布的版本"));
                continue;
            }
            ItemVersion version = item.published().get();
            entries.add(new JointItemEntry(item.id(), version.number(), c.department(),
                    version.content().checkProject()));
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems.get(0).code(), "联合清单中有 " + problems.size() + " 个事项不符合要求",
                    problems);
        }
        Set<DepartmentId> bringing = new HashSet<>();
        entries.forEach(e -> bringing.add(e.department()));
        List<FieldProblem> idle = departments.stream().filter(d -> !bringing.contains(d))
                .map(d -> new FieldProblem("participants", "JOINT_LIST_DEPARTMENT_WITHOUT_ITEMS",
                        "参与部门 " + d + " 没有提供事项")).toList();
        if (!idle.isEmpty()) {
            throw DomainProblem.invalid("JOINT_LIST_DEPARTMENT_WITHOUT_ITEMS", "每个参与部门至少提供一个事项", idle);
        }
        return new JointItemList(id, name, initiator, List.copyOf(departments), entries, now);
    }

    /**
     * An item a department brings into a joint list.
     *
     * @param department the participating department
     * @param item       the item (current state)
     */
    public record Contribution(DepartmentId department, InspectionItem item) {

        public Contribution {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(item, "item");
        }
    }
}
