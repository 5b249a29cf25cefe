package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import java.util.List;

/**
 * 专家库 — register, change and look up experts. Results are already masked for the viewer: personal data
 * (phone, declared relations) only in clear for an administrator of the expert's department.
 */
public interface ExpertUseCases {

    Expert register(RegisterExpertCommand command, Actor actor);

    Expert update(UpdateExpertCommand command, Actor actor);

    /** Clears the phone or the declared relations (explicit and audited). */
    Expert clearPersonal(ExpertId id, java.util.OptionalLong expectedRevision, String field, Actor actor);

    /** The expert as the viewer may see it, or a 404 problem {@code EXPERT_NOT_FOUND}. */
    Expert get(ExpertId id, Actor actor);

    /** One keyset page, masked for anonymous viewers (list views never show relations). */
    List<Expert> list(ExpertQuery query, Actor actor);
}
