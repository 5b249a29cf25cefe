package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKitUseCase;
import cn.shuangsuiji.disclosure.application.port.out.BundleSource;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.VerifierArtifact;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 验证工具包 (B8) — the verifier jar from the file the deployment names, and each draw's bundle from the draw-service's
 * HTTP API once the bundle is public: the draw was executed, its targets are public and its inspection window is over
 * (the bundle names each target's inspectors, which are never public before the inspection ends).
 */
@Service
class ServeVerificationKit implements VerificationKitUseCase {

    static final String KIT = "/api/public/open-data/kit";
    static final String JAR = KIT + "/ssj-verifier.jar";

    private final DrawViews draws;
    private final BundleSource bundles;
    private final VerifierArtifact verifier;
    private final Clock clock;

    ServeVerificationKit(DrawViews draws, BundleSource bundles, VerifierArtifact verifier, Clock clock) {
        this.draws = draws;
        this.bundles = bundles;
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public VerificationKit kit() {
        LocalDate today = PublicCalendar.today(clock);
        List<VerificationKit.Bundle> list = draws.all().stream().filter(d -> d.bundlePublicOn(today))
                .map(d -> new VerificationKit.Bundle(d.full().drawId(), DrawDossier.bundleUrl(d.full().drawId()),
                        d.withholding().bundleFrom()))
                .toList();
        VerificationKit.Verifier jar = verifier.describe()
                .map(j -> new VerificationKit.Verifier(j.file(), JAR, j.sha256(), j.size())).orElse(null);
        return new VerificationKit(jar, list, "/api/public/draw-log/checkpoints",
                "java -jar ssj-verifier.jar verify <bundle.json>; inclusion <bundle.json> <kept checkpoint> "
                        + "(docs/draw-protocol.md §16.6)");
    }

    @Override
    public byte[] verifierJar() {
        return verifier.content().orElseThrow(() -> DomainProblem.notFound("KIT_VERIFIER_NOT_FOUND", "验证工具",
                "ssj-verifier.jar"));
    }

    @Override
    public byte[] bundle(String drawId) {
        DrawDossier dossier = draws.find(drawId)
                .orElseThrow(() -> DomainProblem.notFound("DRAW_NOT_FOUND", "抽查任务", drawId));
        LocalDate today = PublicCalendar.today(clock);
        if (!dossier.bundlePublicOn(today)) {
            LocalDate from = dossier.withholding().bundleFrom();
            throw new DomainProblem(ProblemKind.NOT_FOUND, "DRAW_BUNDLE_NOT_PUBLIC", "抽取证据包尚未公开",
                    "抽查任务 " + drawId + " 的证据包" + (dossier.full().bundleUrl() == null ? "不存在（尚未执行）"
                            : from == null ? "尚未公开（检查期限未知）" : "自 " + from + " 起公开（检查结束后）"));
        }
        return bundles.bundle(drawId, version(dossier)).orElseThrow(() -> DomainProblem.notFound(
                "DRAW_BUNDLE_NOT_FOUND", "抽取证据包", drawId));
    }

    /** A bundle changes with each post-draw action and with an abandonment: what the dossier shows of them. */
    private static String version(DrawDossier d) {
        return d.full().status() + ":" + d.full().substitutions().size() + ":" + d.full().replacements().size();
    }
}
