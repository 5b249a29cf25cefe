package cn.shuangsuiji.verifier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.EntityCheck;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.drawprotocol.bundle.SampleDraw;
import cn.shuangsuiji.drawprotocol.rfc3797.Rfc3797;
import cn.shuangsuiji.drawprotocol.tlog.BundleProofs;
import cn.shuangsuiji.drawprotocol.tlog.Checkpoint;
import cn.shuangsuiji.drawprotocol.tlog.ConsistencyProof;
import cn.shuangsuiji.drawprotocol.tlog.NoteVerifierKey;
import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import cn.shuangsuiji.drawprotocol.tlog.SignedNote;
import cn.shuangsuiji.drawprotocol.tlog.TransparencyCheck;

/**
 * 独立核验工具 — the standalone verifier's command line. Exit codes: 0 verified/ok, 1 mismatch or not
 * selected-related failure, 2 usage or input error.
 */
public final class Main {
    private static final String USAGE = """
            usage:
              verify <bundle.json>                   recompute the whole draw; prints OK or each mismatch
              check-entity <bundle.json> <entityId>  eligibility, stratum, key, threshold, selected or not, proof
              rfc3797 <list-file> <sources-file> [count]
                                                     RFC 3797 selection (list: one entry per line; sources: one
                                                     source per line, numbers separated by spaces, # comments)
              demo <out.json>                        write a sample bundle drawn under the DEMO beacon
              checkpoint-verify <checkpoint> <public-key>...
                                                     verify a signed checkpoint (C2SP signed note); each key is
                                                     a verifier key (name+keyid+base64) or a file of them, one
                                                     per line: the log key and any witness keys — all must verify
              consistency <old-checkpoint> <new-checkpoint> <proof.json>
                                                     the newer checkpoint extends the older one (append-only)
              inclusion <bundle.json> <checkpoint> [--proof <consistency.json>] [--key <public-key>]
                                                     the bundle's log entries are in the transparency log and
                                                     its checkpoint is consistent with the one you kept
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "verify":
                    if (args.length != 2) {
                        break;
                    }
                    return verify(Path.of(args[1]), out);
                case "check-entity":
                    if (args.length != 3) {
                        break;
                    }
                    return checkEntity(Path.of(args[1]), args[2], out);
                case "rfc3797":
                    if (args.length != 3 && args.length != 4) {
                        break;
                    }
                    return rfc3797(Path.of(args[1]), Path.of(args[2]), args.length == 4 ? args[3] : null, out);
                case "checkpoint-verify":
                    if (args.length < 3) {
                        break;
                    }
                    return checkpointVerify(Path.of(args[1]), List.of(args).subList(2, args.length), out);
                case "consistency":
                    if (args.length != 4) {
                        break;
                    }
                    return consistency(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), out);
                case "inclusion":
                    if (args.length < 3) {
                        break;
                    }
                    return inclusion(args, out);
                case "demo":
                    if (args.length != 2) {
                        break;
                    }
                    BundleCodec.write(SampleDraw.bundle(), Path.of(args[1]));
                    out.println("wrote " + args[1] + " (DEMO beacon — not a public beacon)");
                    return 0;
                default:
                    break;
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        err.print(USAGE);
        return 2;
    }

    private static int verify(Path file, PrintStream out) throws IOException {
        Bundle b = BundleCodec.read(file);
        VerificationReport r = new BundleVerifier().verify(b);
        for (String note : r.notes()) {
            out.println("checked: " + note);
        }
        for (String w : r.warnings()) {
            out.println("WARNING: " + w);
        }
        if (r.ok()) {
            out.println("OK");
            return 0;
        }
        for (String e : r.errors()) {
            out.println("MISMATCH: " + e);
        }
        out.println("FAILED: " + r.errors().size() + " mismatch(es)");
        return 1;
    }

    private static int checkpointVerify(Path file, List<String> keyArgs, PrintStream out) throws IOException {
        SignedNote note = SignedNote.parse(Files.readString(file, StandardCharsets.UTF_8));
        Checkpoint c = Checkpoint.of(note);
        printCheckpoint(c, out);
        List<NoteVerifierKey> keys = new ArrayList<>();
        for (String k : keyArgs) {
            keys.addAll(keys(k));
        }
        List<String> errors = new ArrayList<>();
        boolean logKey = false;
        for (NoteVerifierKey k : keys) {
            String who = (k.isCosigner() ? "cosignature of witness " : "signature of log key ") + k.name();
            switch (note.verify(k)) {
                case VERIFIED -> {
                    logKey |= !k.isCosigner();
                    String at = "";
                    if (k.isCosigner()) {
                        long t = note.signatures().stream().filter(k::matches).mapToLong(k::cosignatureTime).max()
                                .orElse(-1);
                        at = " at " + Instant.ofEpochSecond(t);
                    }
                    out.println("checked: " + who + " verifies" + at);
                }
                case FAILED -> errors.add(who + " does not verify: reject this checkpoint");
                case ABSENT -> errors.add("no " + who + " on this checkpoint");
            }
        }
        if (!logKey && errors.isEmpty()) {
            errors.add("no log key (type 0x01) given: a checkpoint is trusted only with the platform's signature");
        }
        return finish(new VerificationReport(errors, List.of(), List.of()), out);
    }

    private static void printCheckpoint(Checkpoint c, PrintStream out) {
        out.println("checkpoint: origin " + c.origin() + ", tree size " + c.treeSize() + ", root " + c.rootHash()
                + c.time().map(t -> ", time " + t).orElse(""));
    }

    /** A verifier key, or a file of them (one per line, # comments). */
    private static List<NoteVerifierKey> keys(String arg) throws IOException {
        Path p = Path.of(arg);
        if (!arg.contains("+") || Files.isRegularFile(p)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("not a verifier key (name+keyid+base64) nor a file: " + arg);
            }
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(NoteVerifierKey::parse).toList();
        }
        return List.of(NoteVerifierKey.parse(arg));
    }

    /** A signed checkpoint note, or a bare checkpoint body. */
    private static Checkpoint readCheckpoint(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.contains("\n\n") ? Checkpoint.of(SignedNote.parse(text)) : Checkpoint.parse(text);
    }

    private static int consistency(Path oldFile, Path newFile, Path proofFile, PrintStream out) throws IOException {
        Checkpoint older = readCheckpoint(oldFile);
        Checkpoint newer = readCheckpoint(newFile);
        printCheckpoint(older, out);
        printCheckpoint(newer, out);
        ConsistencyProof proof = ProofJson.consistency(Files.readString(proofFile, StandardCharsets.UTF_8));
        VerificationReport r = TransparencyCheck.consistency(older, newer, proof);
        out.println("note: signatures are not checked by this command — run checkpoint-verify on both");
        return finish(r, out);
    }

    private static int inclusion(String[] args, PrintStream out) throws IOException {
        Path bundleFile = Path.of(args[1]);
        Path checkpointFile = Path.of(args[2]);
        ConsistencyProof proof = null;
        NoteVerifierKey key = null;
        for (int i = 3; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--proof" -> proof = ProofJson.consistency(Files.readString(Path.of(args[++i]),
                        StandardCharsets.UTF_8));
                case "--key" -> {
                    List<NoteVerifierKey> ks = keys(args[++i]);
                    key = ks.stream().filter(k -> !k.isCosigner()).findFirst().orElseThrow(
                            () -> new IllegalArgumentException("--key: no log key (type 0x01) given"));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Checkpoint kept = readCheckpoint(checkpointFile);
        printCheckpoint(kept, out);
        VerificationReport r = BundleProofs.check(BundleCodec.read(bundleFile), kept, proof, key);
        return finish(r, out);
    }

    /** Prints a report; "OK" only when nothing failed. */
    private static int finish(VerificationReport r, PrintStream out) {
        for (String note : r.notes()) {
            out.println("checked: " + note);
        }
        for (String w : r.warnings()) {
            out.println("WARNING: " + w);
        }
        if (r.ok()) {
            out.println("OK");
            return 0;
        }
        for (String e : r.errors()) {
            out.println("FAILED: " + e);
        }
        out.println("FAILED: " + r.errors().size() + " problem(s)");
        return 1;
    }

    private static int checkEntity(Path file, String entityId, PrintStream out) throws IOException {
        EntityCheck c = BundleVerifier.checkEntity(BundleCodec.read(file), entityId);
        out.println("entity:     " + c.entityId());
        out.println("in snapshot: " + yes(c.inSnapshot()));
        out.println("eligible:   " + yes(c.eligible()));
        out.println("stratum:    " + c.stratum());
        out.println("key:        " + c.key());
        out.println("threshold:  " + c.threshold());
        out.println("selected:   " + yes(c.selected()));
        out.println("target now: " + yes(c.activeNow()));
        out.println("proof:");
        for (String line : c.proof()) {
            out.println("  " + line);
        }
        return 0;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static int rfc3797(Path listFile, Path sourcesFile, String countArg, PrintStream out) throws IOException {
        List<String> pool = Files.readAllLines(listFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<List<BigInteger>> sources = Rfc3797.parseSources(Files.readAllLines(sourcesFile, StandardCharsets.UTF_8));
        int count = countArg == null ? pool.size() : Integer.parseInt(countArg);
        String key = Rfc3797.keyString(sources);
        out.println("key string: " + key);
        out.println("pool size:  " + pool.size());
        out.println("index  MD5                               div  position  entry");
        for (Rfc3797.Pick p : Rfc3797.select(pool.size(), key, count)) {
            out.printf("%5d  %s  %3d  %8d  %s%n", p.index() + 1, p.md5Hex(), p.divisor(), p.position(),
                    pool.get(p.position() - 1));
        }
        return 0;
    }
}
