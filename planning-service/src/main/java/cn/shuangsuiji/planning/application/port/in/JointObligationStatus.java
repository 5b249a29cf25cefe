package cn.shuangsuiji.planning.application.port.in;

import java.util.List;

/**
 * 联合抽查义务完成情况 — whether a department has initiated or joined the joint inspections its policy requires
 * this year [S1 9]. Counted: joint and temporary joint plans approved (or later) and not withdrawn.
 */
public record JointObligationStatus(String departmentId, String departmentName, String obligation,
                                    List<String> initiatedPlanIds, List<String> joinedPlanIds, boolean met,
                                    String message) {
}
