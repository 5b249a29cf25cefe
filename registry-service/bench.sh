#!/usr/bin/env bash
# Import benchmark: generates N valid entities (default 1,000,000) as CSV, imports them into the real MongoDB
# through the bulk-import code path, confirms a snapshot and prints rows/s, snapshot time and bytes/entity.
# Needs a MongoDB replica set and Kafka: SSJ_MONGO_URI / SSJ_KAFKA_BOOTSTRAP (or IT_MONGO_URI / IT_KAFKA_BOOTSTRAP).
# It builds what it needs itself (the registry and the modules it depends on, resolved from the reactor: nothing has
# to be installed into ~/.m2 first).
# Options after N: --keep (keep the database), --database=<name> (confirm a kept database again, no import),
# --confirmations=<k>. MONGOD_PID=<pid> adds mongod's CPU time to each confirmation's line. BENCH_JVM_OPTS replaces the
# JVM options (e.g. the platform's registry options: -Xmx2g -XX:+UseSerialGC and the C2 thresholds of platform.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
export SSJ_MONGO_URI="${SSJ_MONGO_URI:-${IT_MONGO_URI:-mongodb://127.0.0.1:27017/?replicaSet=rs0}}"
export SSJ_KAFKA_BOOTSTRAP="${SSJ_KAFKA_BOOTSTRAP:-${IT_KAFKA_BOOTSTRAP:-127.0.0.1:9092}}"
./mvnw -B -q -ntp -pl registry-service -am compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# shellcheck disable=SC2086 # BENCH_JVM_OPTS is a list of options
exec java ${BENCH_JVM_OPTS:--Xmx1g -XX:+UseParallelGC} -cp "registry-service/target/classes:$(cat registry-service/target/bench.classpath)" \
  cn.shuangsuiji.registry.bench.ImportBenchmark "$ROWS" "${@:2}"
