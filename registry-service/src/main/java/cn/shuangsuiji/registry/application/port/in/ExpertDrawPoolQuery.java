package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;

/**
 * 专家抽取池 — a department's expert library as a draw needs it (docs/draw-protocol.md §8a): ids, fields of expertise
 * (专业领域) and keyed relation keys for 回避 screening — never a name, phone or ID number. Only for the platform's
 * services (draw-service with its service token).
 */
public interface ExpertDrawPoolQuery {

    List<Entry> drawPool(DepartmentId department, Actor actor);

    /**
     * @param id           the expert's id
     * @param departmentId the department keeping the expert
     * @param active       available for draws
     * @param specialties  fields of expertise
     * @param relationKeys party keys (keyed hashes) of the declared relatives' ID numbers and organisations' USCCs
     */
    record Entry(String id, String departmentId, boolean active, List<String> specialties, List<String> relationKeys) {
    }
}
