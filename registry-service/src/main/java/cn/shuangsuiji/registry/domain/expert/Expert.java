package cn.shuangsuiji.registry.domain.expert;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 专家 — a member of the expert library, called in for items that need professional help (rules.md §1;
 * S3 一(一)). Declared relations and the phone number are personal data (rules.md §6).
 *
 * @param id           its id
 * @param name         the expert's name
 * @param organisation 工作单位
 * @param department   the department whose library keeps the expert
 * @param specialties  专业领域, e.g. 特种设备, 食品安全
 * @param tags         tags of the tag library
 * @param phone        contact phone
 * @param relations    declared relations for conflict-of-interest screening
 * @param registeredAt when registered
 * @param revision     optimistic-concurrency revision
 */
public record Expert(ExpertId id, String name, String organisation, DepartmentId department, List<String> specialties,
                     Set<TagCode> tags, Optional<String> phone, List<DeclaredRelation> relations, Instant registeredAt,
                     long revision) {

    public Expert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(registeredAt, "registeredAt");
        name = text(name, "name", "EXPERT_NAME_INVALID", "专家姓名", 50);
        organisation = text(organisation, "organisation", "EXPERT_ORGANISATION_INVALID", "工作单位", 100);
        specialties = specialties == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(specialties.stream().map(String::strip).filter(s -> !s.isEmpty())
                        .toList()));
        if (specialties.isEmpty()) {
            throw invalid("specialties", "EXPERT_SPECIALTIES_REQUIRED", "至少填写一个专业领域");
        }
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        phone = phone == null ? Optional.empty() : phone.map(String::strip).filter(p -> !p.isEmpty());
        phone.ifPresent(p -> {
            if (!p.matches("[0-9+*\\- ]{5,20}")) {
                throw invalid("phone", "EXPERT_PHONE_INVALID", "联系电话格式错误");
            }
        });
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** Registers an expert in a department's library. */
    public static Expert register(ExpertId id, String name, String organisation, DepartmentId department,
                                  List<String> specialties, Set<TagCode> tags, Optional<String> phone,
                                  List<DeclaredRelation> relations, Instant now) {
        return new Expert(id, name, organisation, department, specialties, tags, phone, relations, now, 0);
    }

    /** Replaces the expert's details (a new declaration of relations replaces the old one). */
    public Expert update(String newName, String newOrganisation, List<String> newSpecialties, Set<TagCode> newTags,
                         Optional<String> newPhone, List<DeclaredRelation> newRelations) {
        return new Expert(id, newName, newOrganisation, department, newSpecialties, newTags, newPhone, newRelations,
                registeredAt, revision);
    }

    /**
     * Whether the viewer may see personal data in clear: only the registry clerk or head of the department that
     * keeps the expert (rules.md §6; S0 4, 25).
     */
    public boolean personalDataVisibleTo(ExpertViewer viewer) {
        return viewer.administrator() && viewer.department().filter(department::equals).isPresent();
    }

    /** The expert as the viewer may see it: relations and phone masked unless {@link #personalDataVisibleTo}. */
    public Expert asSeenBy(ExpertViewer viewer) {
        if (personalDataVisibleTo(viewer)) {
            return this;
        }
        return new Expert(id, name, organisation, department, specialties, tags,
                phone.map(p -> DeclaredRelation.maskMiddle(p, 3, 4)),
                relations.stream().map(DeclaredRelation::masked).toList(), registeredAt, revision);
    }

    private static String text(String value, String field, String code, String label, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field, code, label + "不能为空且不超过 " + max + " 字");
        }
        return value.strip();
    }

    private static DomainProblem invalid(String field, String code, String message) {
        return DomainProblem.invalid(code, message, List.of(new FieldProblem(field, code, message)));
    }
}
