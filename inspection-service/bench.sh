#!/usr/bin/env bash
# Result-recording benchmark through the gateway of a running platform (deploy/platform.sh up): records N results
# with items as the demo inspector (a real token from identity-service, deploy/token.sh), by C concurrent clients,
# each write with Idempotency-Key and If-Match, and prints results/s, p50/p99 per request, and the time from a
# submission's 2xx to its appearance in the disclosure service's public per-entity query through the gateway
# (p50/p99), with the load average. Set-up events for the N bench entities go to the platform's Kafka.
#
#   inspection-service/bench.sh [results=10000] [clients=8]
#
# Before the measured phase the same work runs on SSJ_BENCH_WARMUP (1000) further records, printed apart as
# "warm-up (not counted)": the JIT compiles the submission's and the consumers' paths first (SSJ_BENCH_WARMUP=0: none).
#
# Environment: SSJ_PORT_BASE (8080; gateway = base, identity = base+6) or SSJ_GATEWAY_URL / SSJ_ISSUER,
# KAFKA_PORT (9092) or SSJ_KAFKA_BOOTSTRAP, SSJ_TOKEN_CMD (deploy/token.sh), SSJ_BENCH_USER (qy-amr-inspector),
# SSJ_BENCH_WARMUP (1000), SSJ_DATA and MONGO_PORT as for platform.sh (CPU time per process and MongoDB
# operations per result).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${SSJ_PORT_BASE:-8080}
export SSJ_GATEWAY_URL=${SSJ_GATEWAY_URL:-http://127.0.0.1:$BASE}
export SSJ_ISSUER=${SSJ_ISSUER:-http://127.0.0.1:$((BASE + 6))}
export SSJ_KAFKA_BOOTSTRAP=${SSJ_KAFKA_BOOTSTRAP:-127.0.0.1:${KAFKA_PORT:-9092}}
export SSJ_TOKEN_CMD=${SSJ_TOKEN_CMD:-$PWD/deploy/token.sh}
# load-independent figures: CPU time of the platform's processes (their pid files) and MongoDB's operation counters
export SSJ_BENCH_RUN_DIR=${SSJ_BENCH_RUN_DIR:-${SSJ_DATA:-$PWD/.data}/run}
export SSJ_BENCH_MONGO_URI=${SSJ_BENCH_MONGO_URI:-mongodb://127.0.0.1:${MONGO_PORT:-27017}/?directConnection=true}
curl -fsS -o /dev/null "$SSJ_GATEWAY_URL/actuator/health" \
  || { echo "[bench] no gateway at $SSJ_GATEWAY_URL (deploy/platform.sh up first)" >&2; exit 1; }
./mvnw -B -q -ntp -pl inspection-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="inspection-service/target/test-classes:inspection-service/target/classes:$(cat inspection-service/target/bench.classpath)"
exec java -Xmx384m -XX:+UseSerialGC -cp "$CP" cn.shuangsuiji.inspection.bench.InspectionBenchmark "${1:-10000}" "${2:-8}"
