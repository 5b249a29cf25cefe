#!/usr/bin/env bash
# Draw benchmark: builds a synthetic N-entity snapshot (default 10,000,000) with 4 credit strata and exclusions,
# then prints the warm draw time, a bare SHA-256 pass over the same ids in the same run and their ratio, memory
# per entity, and the standalone verifier's time on the same draw. The draw-service draws with exactly this engine
# (cn.shuangsuiji.drawprotocol.DrawEngine), so the figures are the service's draw cost without MongoDB/HTTP.
#
#   draw-service/bench.sh [N]        (build first: ./mvnw -B -q package -DskipTests -pl draw-protocol -am)
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(ls "$REPO_DIR"/draw-protocol/target/draw-protocol-*.jar 2> /dev/null | grep -v sources | head -n 1)
[[ -n $JAR ]] || { echo "draw-protocol jar missing: ./mvnw -B -q package -DskipTests -pl draw-protocol -am" >&2; exit 1; }
exec java -Xmx${BENCH_HEAP:-1500m} -cp "$JAR" cn.shuangsuiji.drawprotocol.bench.DrawBench "${1:-10000000}"
