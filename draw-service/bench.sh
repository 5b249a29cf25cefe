#!/usr/bin/env bash
# Draw benchmark: builds a synthetic N-entity snapshot (default 10,000,000) with 4 credit strata and exclusions,
# then prints the warm draw time, a bare SHA-256 pass over the same ids in the same run and their ratio, memory
# per entity, and the standalone verifier's time on the same draw. The draw-service draws with exactly this engine
# (cn.shuangsuiji.drawprotocol.DrawEngine), so the figures are the service's draw cost without MongoDB/HTTP.
#
# Several sizes in one run print a summary table (draw, floor, ratio, bytes/candidate, verifier, its floor, ratio):
#
#   draw-service/bench.sh [N ...]     e.g. draw-service/bench.sh 10000000 100000000
#   (build first: ./mvnw -B -q package -DskipTests -pl draw-protocol -am)
#
# Heap (BENCH_HEAP overrides): 1500m up to 3*10^7 candidates, 9g above. At 10^8 the build needs the unsorted
# columns (ids 1.8 GB + offsets 0.4 GB + stratum/area 0.3 GB), the sort's permutation and keys (1.2 GB), the sorted
# copy (2.7 GB) and the exclusions map (1 %, ~0.15 GB): ~6.6 GB; afterwards the table keeps ~26 B x 10^8 = 2.6 GB
# and the benchmark's packed ids for the bare pass 1.8 GB. It prints the heap's peak; 9 GiB fits the 24 GiB machine.
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(ls "$REPO_DIR"/draw-protocol/target/draw-protocol-*.jar 2> /dev/null | grep -v -e sources -e tests | head -n 1)
[[ -n $JAR ]] || { echo "draw-protocol jar missing: ./mvnw -B -q package -DskipTests -pl draw-protocol -am" >&2; exit 1; }
max=0
for n in "${@:-10000000}"; do (( n > max )) && max=$n; done
heap=${BENCH_HEAP:-$( (( max > 30000000 )) && echo 9g || echo 1500m )}
exec java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError -cp "$JAR" cn.shuangsuiji.drawprotocol.bench.DrawBench "${@:-10000000}"
