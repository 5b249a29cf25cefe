package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** 登记专家 — register an expert in a department's expert library. */
public record RegisterExpertCommand(ExpertId id, String name, String organisation, DepartmentId department,
                                    List<String> specialties, Set<TagCode> tags, Optional<String> phone,
                                    List<DeclaredRelation> relations) {

    public RegisterExpertCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(phone, "phone");
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
