package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 开放数据 — exports every public record and serves the signed releases. */
public interface OpenDataUseCase {

    /**
     * Exports today's release now (on demand), replacing an earlier one of the day; 409
     * {@code OPEN_DATA_EXPORT_RUNNING} while another instance writes it.
     */
    OpenDataRelease exportNow();

    /**
     * The daily export: today's release, unless the day has one already or another instance is writing it (every
     * instance runs the schedule; one of them writes). Empty when this instance did not write.
     */
    Optional<OpenDataRelease> exportDaily();

    /** The days with a release, newest first. */
    List<LocalDate> days();

    /** A file of a release, as a stream; 404 when unknown, 400 for a malformed name. */
    OpenDataFile file(String day, String name);

    /** The public key verifying the manifests (PEM). */
    String publicKeyPem();
}
