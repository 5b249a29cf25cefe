package cn.shuangsuiji.inspection.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.inspection.InspectionItSupport;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.DeadlineKind;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.FollowUp;
import cn.shuangsuiji.inspection.domain.record.FollowUpKind;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.ResultCategory;
import cn.shuangsuiji.inspection.domain.record.SignatureKind;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs {@code deploy/demo-inspections.sh} against the service over HTTP with signed tokens (a stub in place of
 * deploy/token.sh) on four open records of the demo inspector, and checks what it recorded: 责令改正 with a refusal
 * to sign and follow-up, unreachable with evidence, a signed-off correction, a record left overdue.
 */
@RequiresRealInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoScriptIT {

    static RSAKey key;
    static HttpServer jwks;
    static String issuer;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry properties) throws Exception {
        InspectionItSupport.register(properties);
        key = new RSAKeyGenerator(2048).keyID("demo-it").generate();
        byte[] set = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/oauth2/jwks", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, set.length);
                exchange.getResponseBody().write(set);
            }
        });
        jwks.start();
        issuer = "http://127.0.0.1:" + jwks.getAddress().getPort();
        properties.add("ssj.security.issuer-uri", () -> issuer);
        properties.add("ssj.demo.enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    InspectionRecords records;
    @Autowired
    ReferenceData reference;
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void theDemoScriptRecordsTheDemoResults() throws Exception {
        assumeTrue(new File("/usr/bin/jq").canExecute() || new File("/usr/local/bin/jq").canExecute(), "jq");
        String inspector = "ins-demo-" + UUID.randomUUID().toString().substring(0, 6);
        reference.saveItem(new ItemDefinition("demo-amr", 1, "qy-amr", "营业执照检查", List.of("营业执照悬挂", "公示信息"),
                "条例", "ON_SITE", null));
        reference.saveItem(new ItemDefinition("demo-psb", 1, "qy-psb", "治安检查", List.of("登记簿"), "条例", "ON_SITE",
                null));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String drawId = "demo-draw-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            InspectionRecord record = InspectionRecord.open(InspectionId.of(drawId, "e" + i), drawId, "plan", "task",
                    "e" + i, "演示企业" + i, null, "qy-amr", "130634", today, PolicyTerms.DEFAULT, inspector,
                    List.of(new TeamMember(inspector, "qy-amr"), new TeamMember("ins-other", "qy-amr"),
                            new TeamMember("ins-psb", "qy-psb")),
                    // a joint record (two departments): every write of the script needs If-Match
                    List.of(new ItemRef("demo-amr", 1, "qy-amr"), new ItemRef("demo-psb", 1, "qy-psb")), null,
                    Who.system("test"),
                    Instant.now().plusMillis(i));
            records.insert(record);
            ids.add(record.id().value());
        }

        Path dir = Files.createTempDirectory("demo-tokens");
        write(dir.resolve("qy-amr-inspector"), token("qy-amr-inspector", "INSPECTOR", "qy-amr", inspector));
        write(dir.resolve("qy-amr-head"), token("qy-amr-head", "DEPARTMENT_HEAD", "qy-amr", null));
        write(dir.resolve("admin"), token("admin", "PLATFORM_ADMIN", null, null));
        Path stub = dir.resolve("token.sh");
        Files.writeString(stub, "#!/usr/bin/env bash\ncat \"" + dir + "/$1\"\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));

        Path repo = Path.of("..").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/demo-inspections.sh").directory(repo.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("SSJ_GATEWAY_URL", "http://127.0.0.1:" + port,
                "SSJ_TOKEN_CMD", stub.toString(), "SSJ_DEMO_INSPECTIONS_TIMEOUT", "30"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        // my tasks are newest first: the script took them in that order
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        List<InspectionRecord> taken = newestFirst.stream()
                .map(id -> records.find(new InspectionId(id)).orElseThrow()).toList();
        DepartmentPart a = taken.get(0).partOf("qy-amr").orElseThrow();
        assertThat(a.current().category()).isEqualTo(ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED);
        assertThat(a.current().form().signature().kind()).isEqualTo(SignatureKind.REFUSED);
        assertThat(a.followUps()).extracting(FollowUp::kind).containsExactly(FollowUpKind.RECTIFICATION_ORDERED,
                FollowUpKind.RECHECKED);
        InspectionRecord b = taken.get(1);
        assertThat(b.partOf("qy-amr").orElseThrow().current().category())
                .isEqualTo(ResultCategory.UNREACHABLE_AT_REGISTERED_ADDRESS);
        assertThat(b.attachments()).singleElement().satisfies(att -> assertThat(att.mimeType()).isEqualTo("image/jpeg"));
        DepartmentPart c = taken.get(2).partOf("qy-amr").orElseThrow();
        assertThat(c.versions()).hasSize(2);
        assertThat(c.current().signedOffBy()).isEqualTo("qy-amr-head");
        assertThat(taken.get(3).partOf("qy-amr").orElseThrow().overdue()).extracting(f -> f.kind())
                .contains(DeadlineKind.RESULT_ENTRY);
        assertThat(output).contains("OK: demo results recorded");
    }

    private static void write(Path file, String content) throws Exception {
        Files.writeString(file, content);
    }

    private static String token(String subject, String role, String department, String inspectorId) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .audience("ssj-platform").expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .issueTime(new Date()).claim("roles", List.of(role)).claim("name", subject);
        if (department != null) {
            claims.claim("department", department);
        }
        if (inspectorId != null) {
            claims.claim("inspector_id", inspectorId);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
