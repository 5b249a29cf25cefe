package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.ExpertViewer;
import java.util.List;

/**
 * 专家库 — register, change and look up experts. Results are already masked for the viewer: personal data
 * (phone, declared relations) only in clear for an administrator of the expert's department.
 */
public interface ExpertUseCases {

    Expert register(RegisterExpertCommand command, ExpertViewer viewer);

    Expert update(UpdateExpertCommand command, ExpertViewer viewer);

    /** The expert as the viewer may see it, or a 404 problem {@code EXPERT_NOT_FOUND}. */
    Expert get(ExpertId id, ExpertViewer viewer);

    /** One keyset page, masked for anonymous viewers (list views never show relations). */
    List<Expert> list(ExpertQuery query);
}
