package cn.shuangsuiji.contracts.draw;

import java.util.List;

/**
 * 一企一表 — the joint inspection form of one target: its team and every participating department's items.
 *
 * @param entityId the target
 * @param leaderId the team leader, or null without teams
 * @param members  the members with their departments
 * @param items    the items to check, with the department that checks each
 */
public record InspectionForm(String entityId, String leaderId, List<FormMember> members, List<FormItem> items) {

    public InspectionForm {
        members = members == null ? List.of() : List.copyOf(members);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A team member and the department they belong to. */
    public record FormMember(String inspectorId, String departmentId) {
    }

    /** An item and the department that checks it. */
    public record FormItem(String departmentId, String itemId) {
    }
}
