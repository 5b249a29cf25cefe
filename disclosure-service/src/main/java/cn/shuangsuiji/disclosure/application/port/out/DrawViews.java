package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.application.port.in.DrawFilter;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores draw dossiers. */
public interface DrawViews {

    Optional<DrawDossier> find(String drawId);

    void save(DrawDossier dossier);

    /** Dossiers after the given draw id, in draw id order. */
    List<DrawDossier> page(DrawFilter filter, String afterId, int limit);

    /** Dossiers whose targets are withheld, not yet released, and public from the given day or earlier. */
    List<DrawDossier> dueForRelease(LocalDate day);

    /** Dossiers of executed draws whose bundle is public from the given day or earlier but not announced yet. */
    List<DrawDossier> bundlesDue(LocalDate day);

    /** Dossiers whose withholding waits for their plan task to be known. */
    List<DrawDossier> undecided();

    /** Every dossier in draw id order (open data). */
    List<DrawDossier> all();
}
