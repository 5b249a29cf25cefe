package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * 修改专家信息 — replace an expert's details and declared relations. A phone left out (empty) or sent back masked,
 * relations left out (null) or sent back masked keep the stored values; clearing them is a separate action.
 */
public record UpdateExpertCommand(ExpertId id, String name, String organisation, List<String> specialties,
                                  Set<TagCode> tags, Optional<String> phone, List<DeclaredRelation> relations,
                                  OptionalLong expectedRevision) {

    public UpdateExpertCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        relations = relations == null ? null : List.copyOf(relations);
    }
}
