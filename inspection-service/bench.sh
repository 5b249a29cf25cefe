#!/usr/bin/env bash
# Result-recording benchmark: starts inspection-service in-process on the real MongoDB and Kafka (tokens signed by a
# local JWK set), records N results with items over HTTP by C concurrent clients (draft + submit each) and prints
# results/s, p50/p99 per request and the time from a submission's answer to its InspectionResultRecorded on Kafka.
# Needs SSJ_MONGO_URI / SSJ_KAFKA_BOOTSTRAP (or IT_MONGO_URI / IT_KAFKA_BOOTSTRAP, e.g. from deploy/infra.sh env).
#   inspection-service/bench.sh [results=10000] [clients=8]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl inspection-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="inspection-service/target/test-classes:inspection-service/target/classes:$(cat inspection-service/target/bench.classpath)"
exec java -Xmx512m -cp "$CP" cn.shuangsuiji.inspection.bench.InspectionBenchmark "${1:-10000}" "${2:-8}"
