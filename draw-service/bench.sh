#!/usr/bin/env bash
# Draw benchmark: builds a synthetic N-entity snapshot (default 10,000,000) with 4 credit strata and exclusions,
# then prints the draw against its floor (bare SHA-256 of the same ids through MessageDigest on the same 2 threads),
# bytes per candidate, what reading the selection (made as columns) as objects costs afterwards, and the standalone
# verifier against its floor (bare SHA-256 of the real-length Merkle
# leaves and nodes of both roots on the same 2 threads, plus the draw floor). The draw-service draws with exactly
# this engine (cn.shuangsuiji.drawprotocol.DrawEngine), so the figures are the service's draw cost without
# MongoDB/HTTP. Warm-up runs first, then paired runs (the run and its floor back to back, order alternating);
# medians of the measured runs, the median of the paired ratios, CPU-time ratios (steadier on a shared machine)
# and the load average before/after each size. Progress every 10 % of the generation, at each build phase and a
# heartbeat every 30 s; a run longer than BENCH_MAX_MINUTES (default 120) stops with what it reached (exit 2).
#
# Several sizes in one run end with a summary table:
#
#   ./mvnw -B -q package -DskipTests -pl draw-protocol -am
#   draw-service/bench.sh 10000000 100000000
#
# Heap (BENCH_HEAP overrides): 1500m up to 3*10^7 candidates, 9g above. At 10^8 (18-byte ids, so no offsets) the
# build holds the unsorted columns (ids 1.8 GB, stratum 0.1 GB, area 0.2 GB), the sort's permutation and keys
# (1.2 GB, the keys freed before the copy), the sorted copy (ids 1.8 GB + stratum, area, exclusion 0.3 GB) and the
# exclusions map (1 %, ~0.15 GB): ~5.6 GB at the peak; afterwards the table keeps 21 B x 10^8 = 2.1 GB and the
# benchmark's packed ids for the floor 1.8 GB. It prints the heap's peak; 9 GiB fits the 24 GiB machine.
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(ls "$REPO_DIR"/draw-protocol/target/draw-protocol-*.jar 2> /dev/null | grep -v -e sources -e tests | head -n 1)
[[ -n $JAR ]] || { echo "draw-protocol jar missing: ./mvnw -B -q package -DskipTests -pl draw-protocol -am" >&2; exit 1; }
max=0
for n in "${@:-10000000}"; do (( n > max )) && max=$n; done
heap=${BENCH_HEAP:-$( (( max > 30000000 )) && echo 9g || echo 1500m )}
exec java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError -XX:+UseTransparentHugePages -cp "$JAR" cn.shuangsuiji.drawprotocol.bench.DrawBench "${@:-10000000}"
