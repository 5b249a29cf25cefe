package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A plan dossier: query fields of the published announcement beside the dossier as JSON. */
@Document("plan_dossiers")
record PlanDossierDocument(@Id String id, @Indexed boolean published, @Indexed List<String> departmentIds,
                           Integer year, String kind, String periodStart, String periodEnd, String json) {
}
