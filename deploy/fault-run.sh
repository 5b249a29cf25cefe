#!/usr/bin/env bash
# The fault run (issue 14 item 2; not part of CI; loopback only; bounded in time): records N inspection results through
# the gateway with real tokens while it SIGKILLs and restarts, one at a time on a schedule it prints, every platform
# process (both instances of inspection and disclosure, draw, registry, planning, gateway, identity), the Kafka broker
# and MongoDB; then checks and prints the invariants and the figures. Exit code 0 only if every invariant holds.
#
#   SSJ_INSTANCES=2 deploy/platform.sh up      # first: the platform, with two instances of inspection and disclosure
#   SSJ_INSTANCES=2 deploy/fault-run.sh [results=10000] [clients=12]
#
# Use the same environment as for platform.sh (SSJ_PORT_BASE, SSJ_DATA, MONGO_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT,
# SSJ_INSTANCES): the run restarts processes with `deploy/platform.sh kill|start NAME` and `deploy/infra.sh start`.
# Set-up, load, checks: system-tests/src/test/java/cn/shuangsuiji/systemtests/faults/FaultRun.java (compiled here with
# javac; external libraries resolved by deploy/tools/fault-run/pom.xml). Optional: FAULT_GAP_SECONDS (20, pause between
# a recovery and the next fault), FAULT_SCHEDULE (comma-separated targets), FAULT_WORK (.data/fault-run).
# Figures and the invariants are documented in docs/reliability.md ("The fault run").
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
export SSJ_DATA=${SSJ_DATA:-$REPO_DIR/.data}
BASE=${SSJ_PORT_BASE:-8080}
INSTANCES=${SSJ_INSTANCES:-1}
log() { echo "[fault-run] $*"; }
fail() { echo "[fault-run] FAILED: $*" >&2; exit 1; }

[[ -f verifier/target/ssj-verifier.jar ]] || fail "verifier/target/ssj-verifier.jar missing: run deploy/platform.sh up first"
[[ -d test-support/target/classes && -d contracts/target/classes ]] || fail "modules not built: run deploy/platform.sh up first"
curl -sf "http://127.0.0.1:$BASE/actuator/health" > /dev/null || fail "no gateway on port $BASE: run deploy/platform.sh up first (same environment)"
if (( INSTANCES == 2 )); then
  for port in $((BASE + 14)) $((BASE + 15)); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null || fail "second instance on port $port not up: SSJ_INSTANCES=2 deploy/platform.sh up"
  done
  DISCLOSURE_URLS=http://127.0.0.1:$((BASE + 5)),http://127.0.0.1:$((BASE + 15))
  SCHEDULE=inspection-service,disclosure-service,draw-service,registry-service,planning-service,gateway,identity-service,kafka,mongodb,inspection-service-2,disclosure-service-2
else
  DISCLOSURE_URLS=http://127.0.0.1:$((BASE + 5))
  SCHEDULE=inspection-service,disclosure-service,draw-service,registry-service,planning-service,gateway,identity-service,kafka,mongodb
fi

OUT=$SSJ_DATA/fault-run
mkdir -p "$OUT/classes"
CP_FILE=$OUT/classpath.txt
if [[ ! -s $CP_FILE || deploy/tools/fault-run/pom.xml -nt $CP_FILE ]]; then
  log "resolving the run's libraries (deploy/tools/fault-run/pom.xml)"
  ./mvnw -B -q -ntp -f deploy/tools/fault-run/pom.xml dependency:build-classpath -Dmdep.outputFile="$CP_FILE" > /dev/null
fi
CP="$(cat "$CP_FILE"):$REPO_DIR/contracts/target/classes:$REPO_DIR/test-support/target/classes"
javac -nowarn -d "$OUT/classes" -cp "$CP" system-tests/src/test/java/cn/shuangsuiji/systemtests/faults/*.java

export SSJ_GATEWAY_URL=http://127.0.0.1:$BASE
export SSJ_ISSUER=http://127.0.0.1:$((BASE + 6))
export FAULT_MONGO_URI="mongodb://127.0.0.1:${MONGO_PORT:-27017}/?replicaSet=rs0"
export FAULT_KAFKA_BOOTSTRAP=127.0.0.1:${KAFKA_PORT:-9092}
export FAULT_DISCLOSURE_URLS=$DISCLOSURE_URLS
export FAULT_REPO=$REPO_DIR
export FAULT_RESULTS=${1:-${FAULT_RESULTS:-10000}}
export FAULT_CLIENTS=${2:-${FAULT_CLIENTS:-12}}
export FAULT_SCHEDULE=${FAULT_SCHEDULE:-$SCHEDULE}
export FAULT_WORK=${FAULT_WORK:-$OUT}
# a restart under load may take minutes on a shared machine
export SSJ_START_TIMEOUT=${SSJ_START_TIMEOUT:-600}
log "$(date -u +%FT%TZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rc=0
java -Xmx512m -cp "$OUT/classes:$CP" cn.shuangsuiji.systemtests.faults.FaultRun || rc=$?
# The restarts' own account (deploy/platform.sh start, in the run's commands.log): seconds from the start to healthy,
# the CPU seconds the new process had used by then (apart from how busy the machine was) and the load average.
RUN_WORK=$(ls -td "$FAULT_WORK"/run-*/ 2> /dev/null | head -n 1 || true)
if [[ -n $RUN_WORK && -f $RUN_WORK/commands.log ]]; then
  log "restarts as deploy/platform.sh saw them (start → healthy, CPU used by the new process, load average):"
  grep -E 'healthy on port|not healthy|exited' "$RUN_WORK/commands.log" | sed 's/^\[platform\] /[fault-run]   /' || true
fi
exit "$rc"
