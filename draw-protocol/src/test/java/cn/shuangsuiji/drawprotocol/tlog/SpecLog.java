package cn.shuangsuiji.drawprotocol.tlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;

/**
 * The example platform log of docs/draw-protocol.md §16.8: draw D-1 committed and abandoned, then draw D-2
 * committed, revealed, executed, confirmed and dispatched — 7 entries in log order — and the example keys
 * (RFC 8032 §7.1 TEST 1 for the log, TEST 2 for the witness).
 */
public final class SpecLog {
    public static final String ORIGIN = "shuangsuiji.example/draw-log";
    public static final String WITNESS = "witness.example/w1";
    public static final byte[] LOG_PRIVATE_KEY = HexFormat.of()
            .parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    public static final byte[] WITNESS_PRIVATE_KEY = HexFormat.of()
            .parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    public static final Instant CHECKPOINT_TIME = Instant.parse("2026-03-02T02:00:00Z");
    public static final long COSIGNATURE_TIME = Instant.parse("2026-03-02T02:00:05Z").getEpochSecond();

    private SpecLog() {
    }

    public static Hash32 repeated(int b) {
        byte[] x = new byte[32];
        Arrays.fill(x, (byte) b);
        return Hash32.of(x);
    }

    public static DrawLog drawOne() {
        return DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer-01",
                        Map.of("drawId", "D-1", "commitmentHash", repeated(0x11).hex()))
                .append(LogKind.ABANDON, "2026-03-02T01:05:00Z", "head-01",
                        Map.of("drawId", "D-1", "reason", "WRONG_QUOTA"));
    }

    public static DrawLog drawTwo() {
        return DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-02T01:06:00Z", "drawer-01",
                        Map.of("drawId", "D-2", "commitmentHash", repeated(0x22).hex()))
                .append(LogKind.WITNESS, "2026-03-02T01:07:00Z", "drawer-01",
                        Map.of("drawId", "D-2", "witness", "witness-1", "reveal", "secret-one"))
                .append(LogKind.EXECUTE, "2026-03-02T01:20:00Z", "drawer-01",
                        Map.of("drawId", "D-2", "beaconRound", "657413", "seed", repeated(0x33).hex(),
                                "resultHash", repeated(0x44).hex(), "status", "OK"))
                .append(LogKind.CONFIRM, "2026-03-02T01:21:00Z", "witness-01",
                        Map.of("drawId", "D-2", "role", "WITNESS", "by", "witness-01"))
                .append(LogKind.DISPATCH, "2026-03-02T01:30:00Z", "drawer-01",
                        Map.of("drawId", "D-2", "toUnit", "qy-amr", "note", ""));
    }

    /** The 7 entries in platform-log order. */
    public static List<LogEntry> entries() {
        List<LogEntry> all = new ArrayList<>(drawOne().entries());
        all.addAll(drawTwo().entries());
        return all;
    }

    public static TransparencyLog log(List<LogEntry> entries) {
        TransparencyLog log = new TransparencyLog();
        entries.forEach(e -> log.appendLeafHash(LogLeaf.hash(e)));
        return log;
    }

    public static NoteSigner logKey() {
        return NoteSigner.ed25519(ORIGIN, LOG_PRIVATE_KEY);
    }

    public static NoteSigner witnessKey() {
        return NoteSigner.cosigner(WITNESS, WITNESS_PRIVATE_KEY);
    }
}
