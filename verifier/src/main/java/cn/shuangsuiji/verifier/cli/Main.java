package cn.shuangsuiji.verifier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.shuangsuiji.verifier.EntityCheck;
import cn.shuangsuiji.verifier.VerificationReport;
import cn.shuangsuiji.verifier.bundle.Bundle;
import cn.shuangsuiji.verifier.bundle.BundleCodec;
import cn.shuangsuiji.verifier.bundle.BundleVerifier;
import cn.shuangsuiji.verifier.bundle.SampleDraw;
import cn.shuangsuiji.verifier.rfc3797.Rfc3797;

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
