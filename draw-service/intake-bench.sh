#!/usr/bin/env bash
# Snapshot intake benchmark (issue 12): an N-entity registry snapshot (default 1,000,000) streamed into the columnar
# candidate table, the draw prepared, committed and its frozen inputs written, with each phase's time and the live heap
# kept; each phase's process CPU time too (load-independent), after one JIT warm-up run, and the frozen copy read back
# and the execution's draw (issue 12 item 2). The memory bound is the heap it gets: 64 B/entity + 96 MB (157 MB at
# 10^6), with -XX:+ExitOnOutOfMemoryError
# (exit 3 when it does not fit). BENCH_HEAP overrides it, e.g. BENCH_HEAP=768m (the draw-service's former heap) with
# --objects shows the old object-per-record path at 10^6.
#
# --kept keeps the records when the snapshot is confirmed (SnapshotRows, as the draw-service does ahead of a commit) and
# times the commit replaying them.
#
#   draw-service/intake-bench.sh [N] [--objects | --kept]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl draw-service -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test.classpath > /dev/null
n=${1:-1000000}
exec java -Xmx"${BENCH_HEAP:-$(( n * 64 / 1048576 + 96 ))m}" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
  -cp "draw-service/target/test-classes:draw-service/target/classes:$(cat draw-service/target/test.classpath)" \
  cn.shuangsuiji.draw.domain.draw.SnapshotIntakeBench "$n" "${@:2}"
