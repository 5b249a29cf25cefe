package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The spec vectors of docs/draw-protocol.md §14.1 (the example draw: each record type, odd-sized trees, the
 * commitment in every revision, an OK result, teams), reproduced; the commitment with both trailers is also
 * encoded here by an independent byte writer from §4.2 alone. {@link #everyHashedStructureHasAVector} ties the
 * code's domain tags and §14.2's table of hashed structures together.
 */
class ExampleDrawVectorsTest {

    static final Map<String, String> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("0000000a73736a2e7461726765740000001239313133303633344d413030303030303034000000014100000006313330363031",
                "039f21b80d21f6f806edc9b45b82a5d5016b41ebf5d92a97e51016f7efdcdacd");
        RECORDS.put("0000000d73736a2e6578636c7573696f6e0000001239313133303633344d4130303030303030320000000c414e4e55414c5f4c"
                + "494d4954", "54a29663c0b0c40a41dd4126a82b3fc9809edd6ad31b4d2a4c5d1acafd9c18d2");
        RECORDS.put("0000000d73736a2e696e73706563746f720000000553432d30330000000651592d414d520100000002000000034c494300"
                + "0000045155414c00000006313330363031", "24ddb2f68d03d2ab122bfd4e221876aeb25927e200cf25efcab22863e91ebd8f");
        RECORDS.put("0000000d73736a2e696e73706563746f720000000553432d30320000000651592d414d520000000001000000034c494300"
                + "000000", "8f3b8a9a4781c2bde5fd7e1ec5f523f73068962a3fbd9f2233af2d54961f49ba");
        RECORDS.put("0000000c73736a2e636f6e666c6963740000000553432d30310000001239313133303633344d413030303030303031000000"
                + "114445434c415245445f52454c4154494f4e", "de6c021baf4765fc9ecf44ca41ba07ab039984512897e386c4a26e1045c86f03");
    }

    static final String TARGETS_ROOT = "0d36bf36593d7b74c44a19a1f0b7dfbb3313a2d67b12d71f5e3d8887d8684308";
    static final String ELIGIBILITY_ROOT = "54a29663c0b0c40a41dd4126a82b3fc9809edd6ad31b4d2a4c5d1acafd9c18d2";
    static final String INSPECTORS_ROOT = "b7fecc4389e7e5de72954cc82f0050c53096ae0fc720423348285c9da39d80db";
    static final String CONFLICTS_ROOT = "de6c021baf4765fc9ecf44ca41ba07ab039984512897e386c4a26e1045c86f03";
    static final String COMMITMENT = "912dbb6effd33ade238e38559d560afea26d790d936a80adfb71b87f7ce630b1";
    static final String COMMITMENT_RULE = "68a4ef9068544d37b980bbe9c92d75f10df3ee04f38e6b384a6287cc7a380af1";
    static final String COMMITMENT_PINNED = "8ead903e47e31573ef0ee977380f1ac0946e0cecf2e79ecb22df4bb73b3d401f";
    static final String COMMITMENT_BOTH = "31a6410ca20262a17f6551db456a89e5fc0f5dc682f9745b0b148f164d780011";
    static final String SEED = "837cd84dce260f765d6689ce1236124ac425e233905b12d5daa174ef5a3103d9";
    static final String RESULT = "bcf6d7ad0e7eab29c4fb31d46ab8847444e997c83eefc16f33eae2539c8649d0";
    static final String TEAM_1 = "ce7040fbe15b42d5c42c3fcd6dca1a8259de0dae19ff8b9503ae147df4a94cc3";
    // §14
    static final String RANDOMNESS = "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587";
    static final String SEED_14 = "482f6126f69f6fb893df5397fa380032b6ac1181a62bfc94989a729c07971bd8";
    static final String KT_14 = "af4679bba2e61b89347a3617adc953b623bb2566cd12ef39fd8eb4fd1d276f6c";
    static final String KI_14 = "a4c6dfc71bd21ecc2ff3cc0cb1d9155c126cec3c48ba4c3a92eca782321b2147";
    static final String TARGET_KEY_14 = "1cad8683a2498fdc";
    static final String INSPECTOR_KEY_14 = "77c291ec0d9217dd";
    static final String TEAM_2 = "d95df86015e6231748c2d5b97073358dc86646e4ebb84baf9f6962452dee744b";

    @Test
    void eachRecordTypeAndOddSizedTrees() {
        CandidateTable t = SpecExample.targets();
        InspectorPool p = SpecExample.inspectors();
        List<String> encoded = new java.util.ArrayList<>();
        encoded.add(hex(out -> t.encodeTarget(t.indexOf("91130634MA00000004"), out)));
        encoded.add(hex(out -> t.encodeExclusion(t.excludedRows()[0], out)));
        encoded.add(hex(out -> p.all().stream().filter(i -> i.id().value().equals("SC-03")).findFirst().orElseThrow()
                .encode(out)));
        encoded.add(hex(out -> p.all().stream().filter(i -> i.id().value().equals("SC-02")).findFirst().orElseThrow()
                .encode(out)));
        encoded.add(hex(out -> SpecExample.conflicts().all().get(0).encode(out)));
        assertThat(encoded).containsExactlyElementsOf(RECORDS.keySet());
        for (Map.Entry<String, String> r : RECORDS.entrySet()) {
            assertThat(Merkle.leaf(HexFormat.of().parseHex(r.getKey())).hex()).isEqualTo(r.getValue());
        }
        assertThat(t.targetsRoot().hex()).isEqualTo(TARGETS_ROOT);
        assertThat(t.eligibilityRoot().hex()).isEqualTo(ELIGIBILITY_ROOT);
        assertThat(p.root().hex()).isEqualTo(INSPECTORS_ROOT);
        assertThat(SpecExample.conflicts().root().hex()).isEqualTo(CONFLICTS_ROOT);
        // five leaves: ((0,1),(2,3)) then the fifth promoted to the top
        List<Hash32> leaves = Stream.of("91110108MA01ABCD2X", "91130634MA00000001", "91130634MA00000002",
                "91130634MA00000003", "91130634MA00000004").map(id -> Merkle.leaf(HexFormat.of().parseHex(
                        hex(out -> t.encodeTarget(t.indexOf(id), out))))).toList();
        Hash32 byHand = Merkle.node(Merkle.node(Merkle.node(leaves.get(0), leaves.get(1)),
                Merkle.node(leaves.get(2), leaves.get(3))), leaves.get(4));
        assertThat(byHand.hex()).isEqualTo(TARGETS_ROOT);
    }

    /** §14: the seed, the two derived keys and the rank keys of a target and of an inspector for it. */
    @Test
    void theSeedAndRankKeysOfSection14() {
        BeaconReading beacon = new BeaconReading(SpecExample.ROUND, SpecExample.SIGNATURE);
        assertThat(beacon.randomness().hex()).isEqualTo(RANDOMNESS);
        DrawSeed seed = DrawSeed.derive(Hash32.fromHex("11".repeat(32)), beacon.randomness(),
                List.of("3 9 14 21 27 30 / 12"), List.of("secret-one"));
        assertThat(seed.seed().hex()).isEqualTo(SEED_14);
        assertThat(seed.targetKey().hex()).isEqualTo(KT_14);
        assertThat(seed.inspectorKey().hex()).isEqualTo(KI_14);
        assertThat(String.format("%016x", RankKeys.target(seed, "91110108MA01ABCD2X"))).isEqualTo(TARGET_KEY_14);
        assertThat(String.format("%016x", RankKeys.inspector(seed, "91110108MA01ABCD2X", "SC-01")))
                .isEqualTo(INSPECTOR_KEY_14);
    }

    @Test
    void theCommitmentInEveryRevision() throws Exception {
        assertThat(SpecExample.commitment(null, null).hash().hex()).isEqualTo(COMMITMENT);
        assertThat(SpecExample.commitment(ReplacementRule.APPROVAL_ONLY, null).hash().hex()).isEqualTo(COMMITMENT_RULE);
        assertThat(SpecExample.commitment(null, "INTEGER_LIST").hash().hex()).isEqualTo(COMMITMENT_PINNED);
        assertThat(SpecExample.commitment(ReplacementRule.APPROVAL_ONLY, "INTEGER_LIST").hash().hex())
                .isEqualTo(COMMITMENT_BOTH);
        assertThat(stranger(true, true)).isEqualTo(COMMITMENT_BOTH);
        assertThat(stranger(false, true)).isEqualTo(COMMITMENT_PINNED);
        assertThat(stranger(false, false)).isEqualTo(COMMITMENT);
    }

    @Test
    void anOkResultAndItsTeams() {
        DrawResult r = new DrawEngine().draw(SpecExample.pinnedInputs(), SpecExample.seedInputs());
        assertThat(r.status()).isEqualTo(DrawStatus.OK);
        assertThat(r.seed().hex()).isEqualTo(SEED);
        assertThat(r.hash().hex()).isEqualTo(RESULT);
        assertThat(r.selected()).extracting(s -> s.id().value() + " " + s.keyHex())
                .containsExactly("91110108MA01ABCD2X 379597afe421fc78", "91130634MA00000001 9e36d9aa582038f0");
        assertThat(r.teams()).extracting(team -> team.target().value() + " " + team.leader().value() + " "
                + team.members().stream().map(InspectorId::value).toList() + " " + DrawLog.teamHash(team).hex())
                .containsExactly("91110108MA01ABCD2X SC-03 [GA-01, SC-03] " + TEAM_1,
                        "91130634MA00000001 SC-03 [GA-02, SC-03] " + TEAM_2);
    }

    @Test
    void everyValueAppearsInTheSpec() throws IOException {
        String spec = spec();
        String s14 = spec.substring(spec.indexOf("## 14. Test vectors"), spec.indexOf("### 14.1"));
        for (String v : List.of(RANDOMNESS, SEED_14, KT_14, KI_14, TARGET_KEY_14, INSPECTOR_KEY_14)) {
            assertThat(s14).as("§14 contains %s", v).contains(v);
        }
        String section = spec.substring(spec.indexOf("### 14.1 Example draw"), spec.indexOf("### 14.2"));
        List<String> values = new java.util.ArrayList<>(List.of(TARGETS_ROOT, ELIGIBILITY_ROOT, INSPECTORS_ROOT,
                CONFLICTS_ROOT, COMMITMENT, COMMITMENT_RULE, COMMITMENT_PINNED, COMMITMENT_BOTH, SEED, RESULT, TEAM_1,
                TEAM_2, "379597afe421fc78", "9e36d9aa582038f0"));
        RECORDS.forEach((record, leaf) -> {
            values.add(record);
            values.add(leaf);
        });
        for (String v : values) {
            assertThat(section).as("§14.1 contains %s", v).contains(v);
        }
    }

    /**
     * §14.2: every domain tag the draw-protocol code writes under a hash has a row in the table of hashed
     * structures, and every row names a vector that a test of this module or registry-service reproduces.
     */
    @Test
    void everyHashedStructureHasAVector() throws IOException {
        String spec = spec();
        String table = spec.substring(spec.indexOf("### 14.2"), spec.indexOf("## 15."));
        TreeSet<String> inCode = new TreeSet<>();
        Pattern tag = Pattern.compile("\"(ssj\\.[a-z0-9.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = tag.matcher(Files.readString(f));
                while (m.find()) {
                    inCode.add(m.group(1));
                }
            }
        }
        assertThat(inCode).as("domain tags in the code").contains("ssj.commitment", "ssj.result", "ssj.target");
        for (String t : inCode) {
            assertThat(table).as("§14.2 lists the hashed structure tagged %s", t).contains("`" + t + "`");
        }
        Map<String, Supplier<String>> reproduced = new LinkedHashMap<>();
        reproduced.put("target record", () -> RECORDS.keySet().iterator().next());
        reproduced.put("exclusion record", () -> TARGETS_ROOT);
        reproduced.put("inspector record", () -> INSPECTORS_ROOT);
        reproduced.put("conflict pair record", () -> CONFLICTS_ROOT);
        reproduced.put("snapshot Merkle tree, odd sizes", () -> TARGETS_ROOT);
        reproduced.put("registry entity record", () -> "SnapshotInteropTest");
        reproduced.put("registry inspector record", () -> "SnapshotInteropTest");
        reproduced.put("commitment (no trailer, 1.1, 1.3, both)", () -> COMMITMENT_BOTH);
        reproduced.put("seed and rank keys", () -> SEED_14);
        reproduced.put("result, OK", () -> RESULT);
        reproduced.put("result, FAILED", () -> FailureEncodingTest.SpecVector.FAILED_RESULT_HASH);
        reproduced.put("team", () -> TEAM_1);
        reproduced.put("draw log entry (hash chain)", () -> "71228ad75de0bbb1eae7bd9d06a05e192b1bb840b824b4b33ffe713ec442faeb");
        reproduced.put("transparency log leaf, tree, inclusion and consistency proofs", () -> "SpecVectorsTest");
        reproduced.put("signed and cosigned checkpoint", () -> "SpecVectorsTest");
        reproduced.put("expert record", () -> ExpertDrawTest.EXPERT_RECORD);
        reproduced.put("expert conflict pair record", () -> ExpertDrawTest.EXPERT_CONFLICT_RECORD);
        reproduced.put("commitment with the expert trailer (1.4)", () -> ExpertDrawTest.COMMITMENT_EXPERTS);
        reproduced.put("result with drawn experts (1.4), expert keys", () -> ExpertDrawTest.RESULT_EXPERTS);
        List<String> rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| structure"))
                .map(l -> l.substring(2, l.indexOf(" |")).trim()).toList();
        assertThat(rows).as("the structures of §14.2, each with a reproduced vector")
                .containsExactlyInAnyOrderElementsOf(reproduced.keySet());
        reproduced.values().forEach(v -> assertThat(v.get()).isNotBlank());
    }

    // ------------------------------------------------------------------ an independent writer of §4.2

    private static String stranger(boolean rule, boolean formats) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (String s : List.of("ssj.commitment", "ssj-draw-v1", "D-1", "P-1/T-1", "130634", "3",
                "2023-09-15T10:00:00Z", "QY-AMR")) {
            str(o, s);
        }
        u32(o, 2);
        str(o, "QY-AMR");
        str(o, "QY-GAJ");
        u32(o, 2);
        str(o, "QY-AMR");
        str(o, "LIC");
        str(o, "QY-GAJ");
        str(o, "FIRE");
        u32(o, 1);
        str(o, "A");
        str(o, "COUNT");
        str(o, "2");
        u32(o, 2);
        u32(o, 1);
        u32(o, 5);
        o.write(0);
        u32(o, 1);
        o.writeBytes(hex(TARGETS_ROOT));
        u64(o, 5);
        o.writeBytes(hex(ELIGIBILITY_ROOT));
        u64(o, 1);
        o.writeBytes(hex(INSPECTORS_ROOT));
        u64(o, 5);
        o.writeBytes(hex(CONFLICTS_ROOT));
        u64(o, 1);
        str(o, "drand-quicknet");
        o.writeBytes(hex(DrandQuicknet.CHAIN_HASH));
        byte[] key = hex(DrandQuicknet.PUBLIC_KEY);
        u32(o, key.length);
        o.writeBytes(key);
        u64(o, 1692803367L);
        u64(o, 3);
        u64(o, 657413);
        u32(o, 1);
        str(o, "福彩3D");
        str(o, "2023年第248期");
        u32(o, 1);
        str(o, "witness-1");
        o.writeBytes(MessageDigest.getInstance("SHA-256").digest("secret-one".getBytes(StandardCharsets.UTF_8)));
        if (rule) {
            str(o, "replacementRule");
            str(o, "APPROVAL_ONLY");
        }
        if (formats) {
            str(o, "sourceFormats");
            u32(o, 1);
            str(o, "INTEGER_LIST");
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(o.toByteArray()));
    }

    private static void str(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(out, b.length);
        out.writeBytes(b);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
    }

    private static void u64(ByteArrayOutputStream out, long v) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
    }

    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    private static String hex(java.util.function.Consumer<Canonical> write) {
        Canonical out = new Canonical();
        write.accept(out);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    static String spec() throws IOException {
        return Files.readString(Path.of("..", "docs", "draw-protocol.md"), StandardCharsets.UTF_8).replace("\r", "");
    }
}
