package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.CreateTagCommand;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.in.UpdateTagCommand;
import cn.shuangsuiji.registry.application.port.out.TagRepository;
import cn.shuangsuiji.registry.domain.tag.Tag;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the hierarchical tag library (分类标注). */
@Service
class TagService implements TagUseCases {

    /** Guards against a corrupt chain. */
    private static final int MAX_DEPTH = 32;

    private final TagRepository tags;
    private final AuditTrail audit;
    private final Clock clock;

    TagService(TagRepository tags, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.tags = tags;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Tag create(CreateTagCommand command, Actor actor) {
        actor.require(Role.REGISTRY_CLERK, Role.PLATFORM_ADMIN);
        if (tags.exists(command.code())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "TAG_CODE_EXISTS", "标签编码已存在",
                    "标签编码已被使用：" + command.code());
        }
        command.parent().ifPresent(this::requireParent);
        Tag tag = Tag.create(command.code(), command.name(), command.parent(), command.targets(), clock.instant());
        tags.insert(tag);
        audit.record(actor, "tag.create", "Tag", tag.code().value(), null, null, trail(tag));
        return tag;
    }

    private static java.util.Map<String, Object> trail(Tag tag) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("code", tag.code().value());
        view.put("name", tag.name());
        view.put("parent", tag.parent().map(p -> p.value()).orElse(null));
        view.put("targets", tag.targets().stream().map(Enum::name).sorted().toList());
        view.put("revision", tag.revision());
        return view;
    }

    @Override
    @Transactional
    public Tag update(UpdateTagCommand command, Actor actor) {
        actor.require(Role.REGISTRY_CLERK, Role.PLATFORM_ADMIN);
        Tag tag = get(command.code());
        if (command.expectedRevision().isPresent() && command.expectedRevision().getAsLong() != tag.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "TAG_REVISION_MISMATCH", "标签已被他人修改",
                    "标签 " + tag.code() + " 当前修订号为 " + tag.revision() + "，请刷新后重试");
        }
        command.parent().ifPresent(this::requireParent);
        List<TagCode> ancestors = command.parent().map(this::ancestorsOf).orElse(List.of());
        Tag updated = tags.update(tag.moveUnder(command.parent(), ancestors).describe(command.name(),
                command.targets()));
        audit.record(actor, "tag.update", "Tag", tag.code().value(), null, trail(tag), trail(updated));
        return updated;
    }

    @Override
    public Tag get(TagCode code) {
        return tags.find(code).orElseThrow(() -> DomainProblem.notFound("TAG_NOT_FOUND", "标签", code.value()));
    }

    @Override
    public List<Tag> children(Optional<TagCode> parent, Optional<TagTarget> target) {
        parent.ifPresent(this::get);
        return tags.findByParent(parent).stream().filter(t -> target.map(t::appliesTo).orElse(true)).toList();
    }

    @Override
    public List<Tag> path(TagCode code) {
        List<Tag> path = new ArrayList<>();
        Optional<TagCode> next = Optional.of(code);
        while (next.isPresent() && path.size() < MAX_DEPTH) {
            Tag tag = get(next.get());
            path.add(0, tag);
            next = tag.parent();
        }
        return List.copyOf(path);
    }

    @Override
    public void requireApplicable(Collection<TagCode> codes, TagTarget target, String field) {
        if (codes.isEmpty()) {
            return;
        }
        Map<TagCode, Tag> found = tags.findAll(codes).stream()
                .collect(Collectors.toMap(Tag::code, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        for (TagCode code : codes) {
            Tag tag = found.get(code);
            if (tag == null) {
                problems.add(new FieldProblem(field, "TAG_UNKNOWN", "标签不存在：" + code));
            } else if (!tag.appliesTo(target)) {
                problems.add(new FieldProblem(field, "TAG_NOT_APPLICABLE",
                        "标签 " + code + " 不适用于" + target.chineseName()));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems.get(0).code(), "有 " + problems.size() + " 个标签无效", problems);
        }
    }

    private void requireParent(TagCode parent) {
        if (!tags.exists(parent)) {
            throw DomainProblem.invalid("TAG_PARENT_NOT_FOUND", "上级标签不存在：" + parent,
                    List.of(new FieldProblem("parent", "TAG_PARENT_NOT_FOUND", "上级标签不存在")));
        }
    }

    /** Everything above the given tag, nearest first. */
    private List<TagCode> ancestorsOf(TagCode start) {
        List<TagCode> chain = new ArrayList<>();
        Optional<TagCode> next = tags.find(start).flatMap(Tag::parent);
        while (next.isPresent() && chain.size() < MAX_DEPTH) {
            chain.add(next.get());
            next = tags.find(next.get()).flatMap(Tag::parent);
        }
        return chain;
    }
}
