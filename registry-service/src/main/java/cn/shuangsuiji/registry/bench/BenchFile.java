package cn.shuangsuiji.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a generated entity file for an import through the API (deploy/bench-draw-e2e.sh):
 * {@code BenchFile <rows> <supervising department> <out.csv> [first index, default 10000000]}. Rows are
 * {@link BenchData}'s deterministic entities, all operating, supervised by the department.
 */
public final class BenchFile {

    private static final Logger log = LoggerFactory.getLogger(BenchFile.class);

    private BenchFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: BenchFile <rows> <department> <out.csv> [first]");
        }
        int rows = Integer.parseInt(args[0]);
        int first = args.length > 3 ? Integer.parseInt(args[3]) : 10_000_000;
        Path out = Path.of(args[2]);
        BenchData.writeEntities(out, first, rows, args[1]);
        log.info("{} rows from {}, {} MB: {}", rows, first, Files.size(out) >> 20, out);
    }
}
