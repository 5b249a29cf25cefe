package cn.shuangsuiji.draw.domain.snapshot;

import java.util.List;

/**
 * 专家库记录 — an expert of a department's expert library (专家库) as the registry gives it to draws: the id, the
 * department, the fields of expertise (专业领域) and keyed relation keys (回避, the same keyed hashes as the inspectors'
 * — never a name, phone or ID number).
 */
public record ExpertRecord(String id, String departmentId, boolean active, List<String> specialties,
                           List<String> relationKeys) {

    public ExpertRecord {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        relationKeys = relationKeys == null ? List.of() : List.copyOf(relationKeys);
    }
}
