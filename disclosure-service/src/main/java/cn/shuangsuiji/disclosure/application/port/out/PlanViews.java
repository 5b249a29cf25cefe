package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.disclosure.application.port.in.PlanFilter;
import cn.shuangsuiji.disclosure.domain.PlanDossier;
import java.util.List;
import java.util.Optional;

/** Stores plan dossiers; only their published announcements are ever listed. */
public interface PlanViews {

    Optional<PlanDossier> find(String planId);

    void save(PlanDossier dossier);

    /** Published plans after the given plan id, in plan id order. */
    List<PublicPlan> published(PlanFilter filter, String afterId, int limit);

    /** Every published plan, in plan id order (open data). */
    List<PublicPlan> allPublished();
}
