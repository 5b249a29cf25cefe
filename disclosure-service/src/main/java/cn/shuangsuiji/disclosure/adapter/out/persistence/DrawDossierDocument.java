package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A draw dossier: query fields beside the dossier as JSON. */
@Document("draw_dossiers")
record DrawDossierDocument(@Id String id, @Indexed String planId, @Indexed List<String> departmentIds, int year,
                           String committedOn, @Indexed boolean pendingRelease, String publicFrom, String bundleFrom,
                           @Indexed boolean bundlePending, String json) {
}
