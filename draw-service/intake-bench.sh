#!/usr/bin/env bash
# Snapshot intake benchmark (issue 12): an N-entity registry snapshot (default 1,000,000) streamed into the columnar
# candidate table, the draw prepared, committed and its frozen inputs written, with each phase's time, the heap's
# peak and a memory-bound check (exit 2 above 64 B/entity + 96 MB). Runs with the draw-service's former heap
# (-Xmx768m, which the object-per-record path ran out of at 10^6; add --objects to see it) unless BENCH_HEAP is set.
#
#   draw-service/intake-bench.sh [N] [--objects]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl draw-service -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test.classpath > /dev/null
exec java -Xmx"${BENCH_HEAP:-768m}" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
  -cp "draw-service/target/test-classes:draw-service/target/classes:$(cat draw-service/target/test.classpath)" \
  cn.shuangsuiji.draw.domain.draw.SnapshotIntakeBench "${1:-1000000}" "${@:2}"
