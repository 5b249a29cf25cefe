package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

/** 开放数据 — exports every public record and serves the signed releases. */
public interface OpenDataUseCase {

    /** Exports today's release now (daily schedule, or on demand). */
    OpenDataRelease exportNow();

    /** The days with a release, newest first. */
    List<LocalDate> days();

    /** A file of a release; 404 when unknown, 400 for a malformed name. */
    byte[] file(String day, String name);

    /** The public key verifying the manifests (PEM). */
    String publicKeyPem();
}
