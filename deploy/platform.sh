#!/usr/bin/env bash
# The whole platform locally, with demo data: real MongoDB + Kafka (deploy/infra.sh), the five services and the
# gateway, plus identity-service (the local OIDC provider, demo users on), each a JVM in the background with a heap limit, PIDs in .data/run, logs in .data/logs.
#
#   deploy/platform.sh up       install + start infra, build (if needed), start everything, load demo data
#   deploy/platform.sh down     stop the services and the gateway by PID, then the infra
#   deploy/platform.sh status   one line per process
#   deploy/platform.sh up --rebuild   force a fresh build first
#   deploy/platform.sh kill NAME    SIGKILL one process (fault runs), e.g. inspection-service-2
#   deploy/platform.sh start NAME   start one stopped process again and wait until it is healthy
#
# Environment: SSJ_PORT_BASE (default 8080) moves every HTTP port: gateway = base, registry +1, planning +2,
# draw +3, inspection +4, disclosure +5, identity +6 — so several platforms (benchmarks, a second checkout) can run
# side by side with their own SSJ_DATA, MONGO_PORT and KAFKA_PORT.
# SSJ_INSTANCES=2 (default 1) also starts a second instance of inspection-service (port base + 14) and of
# disclosure-service (base + 15) on the same databases and topics, and the gateway spreads requests over both
# (INSPECTION_URLS / DISCLOSURE_URLS). Use the same SSJ_INSTANCES for every command. SSJ_START_TIMEOUT (180 s) bounds
# the wait for each process to become healthy (a loaded shared machine may need more). SSJ_CDS=0 starts every process
# from its exec jar without the class-data sharing archives that `up` makes once per build under $SSJ_DATA/cds.
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
DATA=${SSJ_DATA:-$REPO_DIR/.data}
RUN_DIR=$DATA/run
LOG_DIR=$DATA/logs
mkdir -p "$RUN_DIR" "$LOG_DIR"

# Heaps (issue 12): sized so a registry of 10^7 entities goes end to end on the 24 GiB machine.
#  - draw-service 3g: the candidate table is ~26 B/entity (260 MB at 10^7); building it needs the unsorted
#    columns, the sort's permutation (int) and keys (long) and the sorted copy at once (~3x, ~800 MB), the frozen
#    inputs are written and read back once (gzip, ~100 MB), plus the Spring baseline (~150 MB): 3 GiB leaves the
#    serial collector head-room. It keeps the last committed draws' inputs in memory (CommittedInputsCache).
#  - registry-service 2g: 512m carried the 10^6 confirmation of issue 12; 2g keeps proportional head-room for
#    10^7 (not yet measured end to end at 10^7).
#  - every JVM exits on OutOfMemoryError (-XX:+ExitOnOutOfMemoryError): a broken process dies (a supervisor
#    restarts it; `platform.sh status` shows it down) instead of answering UP; the draw-service runs the full JIT (C2: the draw is a SHA-256 loop).
#  All seven together reserve at most ~6.3 GiB. Override one with e.g. SSJ_HEAP_DRAW=4g.
# name:port:heap (a second instance is named <module>-2) — start order matters: the identity provider first (the others validate its tokens);
# producers of demo data before their consumers is not required (events wait in Kafka), but the gateway goes last.
BASE=${SSJ_PORT_BASE:-8080}
SERVICES=(
  "identity-service:$((BASE + 6)):256m"
  "registry-service:$((BASE + 1)):${SSJ_HEAP_REGISTRY:-2g}"
  "planning-service:$((BASE + 2)):256m"
  "draw-service:$((BASE + 3)):${SSJ_HEAP_DRAW:-3g}"
  "inspection-service:$((BASE + 4)):256m"
  "disclosure-service:$((BASE + 5)):256m"
  "gateway:$BASE:256m"
)
INSTANCES=${SSJ_INSTANCES:-1}
[[ $INSTANCES == 1 || $INSTANCES == 2 ]] || { echo "SSJ_INSTANCES must be 1 or 2" >&2; exit 2; }
if (( INSTANCES == 2 )); then
  # after the first instances (healthy before these start: the disclosure signing key is generated once), before the gateway
  SERVICES=("${SERVICES[@]:0:6}" "inspection-service-2:$((BASE + 14)):256m" "disclosure-service-2:$((BASE + 15)):256m"
    "${SERVICES[6]}")
fi
# How the processes find each other (read by the services' application.yml and by the demo scripts).
export REGISTRY_URL=http://127.0.0.1:$((BASE + 1)) PLANNING_URL=http://127.0.0.1:$((BASE + 2))
export DRAW_URL=http://127.0.0.1:$((BASE + 3)) INSPECTION_URL=http://127.0.0.1:$((BASE + 4))
export DISCLOSURE_URL=http://127.0.0.1:$((BASE + 5))
if (( INSTANCES == 2 )); then
  # every instance behind the gateway's lb:// routes (gateway/README.md)
  export INSPECTION_URLS=$INSPECTION_URL,http://127.0.0.1:$((BASE + 14))
  export DISCLOSURE_URLS=$DISCLOSURE_URL,http://127.0.0.1:$((BASE + 15))
else
  unset INSPECTION_URLS DISCLOSURE_URLS
fi
export SSJ_REGISTRY_BASE_URL=$REGISTRY_URL
export SSJ_ISSUER_URI=http://127.0.0.1:$((BASE + 6)) SSJ_ISSUER=http://127.0.0.1:$((BASE + 6))
export SSJ_GATEWAY_URL=http://127.0.0.1:$BASE
# The verification kit of open data serves the verifier CLI built by the verifier module (disclosure-service reads it).
export SSJ_DISCLOSURE_VERIFIER_JAR=$REPO_DIR/verifier/target/ssj-verifier.jar

log() { echo "[platform] $*"; }

pid_alive() {
  local pid=$1
  [[ -n $pid && -d /proc/$pid ]] || return 1
  local state
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo Z)
  [[ $state != Z ]]
}

# module of a process name: inspection-service-2 -> inspection-service
module_of() {
  echo "${1%-2}"
}

jar_of() {
  local module
  module=$(module_of "$1")
  ls "$REPO_DIR/$module"/target/"$module"-*-exec.jar 2>/dev/null | head -n 1
}

build() {
  log "building (./mvnw package -DskipTests)"
  MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m -XX:+UseSerialGC} ./mvnw -B -q -ntp package -DskipTests
}

# The command-line arguments of a process (APP_ARGS): the same for its start and for its class-data sharing training run.
app_args() {
  local name=$1 port=$2
  APP_ARGS=(--server.port="$port"
    --spring.mongodb.uri="mongodb://127.0.0.1:${MONGO_PORT:-27017}/?replicaSet=rs0"
    --spring.kafka.bootstrap-servers="127.0.0.1:${KAFKA_PORT:-9092}"
    --ssj.demo.enabled=true)
  if [[ $name == identity-service ]]; then
    # Demo users and the ssj-test-admin client (local only: the prod profile refuses them); keys kept under .data.
    APP_ARGS+=(--ssj.identity.demo.enabled=true --ssj.identity.issuer="http://127.0.0.1:$port"
      --ssj.identity.keys-dir="$DATA/identity-keys")
  fi
}

# Class-data sharing (CDS; docs/reliability.md, "Restart time"): most of a JVM start's CPU goes to loading and
# verifying classes read from the nested jars of the exec jar, which on a busy 2-core machine made a restart take
# minutes. `up` extracts each module's jar (Spring Boot's jarmode tools) and records the classes a start loads into
# an archive by a training run that stops as soon as the application context is refreshed
# (-XX:ArchiveClassesAtExit with -Dspring.context.exit=onRefresh: no port bound, no listener or relay started);
# every later start maps that archive (-XX:SharedArchiveFile). An archive is made again when its jar or the JDK
# changed; without a fitting one (training failed, SSJ_CDS=0) a process starts from its exec jar as before.
CDS_DIR=$DATA/cds
cds_stamp() {
  echo "$(stat -c '%s %Y' "$1") $(readlink -f "$(command -v java)")"
}

# the launch of a process (LAUNCH): its archive and extracted jar when they fit the exec jar, else the exec jar
cds_launch() {
  local jar=$1 dir=$CDS_DIR/$(module_of "$2")
  LAUNCH=(-jar "$jar")
  if [[ ${SSJ_CDS:-1} == 1 && -s $dir/app.jsa && $(cat "$dir/stamp" 2> /dev/null) == "$(cds_stamp "$jar")" ]]; then
    LAUNCH=(-XX:SharedArchiveFile="$dir/app.jsa" -jar "$dir/app/$(basename "$jar")")
  fi
}

cds_train() {
  local name=$1 port=$2 heap=$3 jar dir
  jar=$(jar_of "$name")
  dir=$CDS_DIR/$(module_of "$name")
  cds_launch "$jar" "$name"
  [[ ${SSJ_CDS:-1} == 1 && ${LAUNCH[0]} == -jar ]] || return 0
  rm -rf "$dir" && mkdir -p "$dir"
  app_args "$name" "$port"
  if java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" > "$dir/training.log" 2>&1 &&
    java -Xmx"$heap" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$dir/app.jsa" \
      -Dspring.context.exit=onRefresh -jar "$dir/app/$(basename "$jar")" "${APP_ARGS[@]}" >> "$dir/training.log" 2>&1 &&
    [[ -s $dir/app.jsa ]]; then
    cds_stamp "$jar" > "$dir/stamp"
    log "class-data sharing archive of $(module_of "$name") made"
  else
    log "no class-data sharing archive for $(module_of "$name") (see $dir/training.log): it starts from its jar"
  fi
}

start_one() {
  local name=$1 port=$2 heap=$3
  local pid_file=$RUN_DIR/$name.pid
  if [[ -f $pid_file ]] && pid_alive "$(cat "$pid_file")"; then
    log "$name already running (pid $(cat "$pid_file"))"
    return
  fi
  local jar
  jar=$(jar_of "$name")
  [[ -n $jar ]] || { log "ERROR: no runnable jar for $name; run with --rebuild"; exit 1; }
  app_args "$name" "$port"
  cds_launch "$jar" "$name"
  # JIT: quick start with the C1 compiler only, except the draw-service (full JIT: the draw's hashing wants C2) and
  # registry-service (a snapshot confirmation hashes every record and party key: SHA-256 and HMAC are intrinsics of C2
  # only — SnapshotContentCpuBench at 10^6: 18.5-19.1 CPU s with C1, 8.0 s with C2, of which party keys 7.2-7.8 s
  # against 1.35 s).
  # SSJ_JVM_OPTS replaces the JIT/GC options of every service (a benchmark wants the full JIT everywhere, e.g.
  # SSJ_JVM_OPTS=-XX:+UseSerialGC — see inspection-service/README.md).
  local jit=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
  [[ $name == draw-service || $name == registry-service ]] && jit=(-XX:+UseSerialGC)
  # ...but C2 only for code ten times hotter than by default: at start-up the C2 thread compiled Spring's warm code
  # and a start to a refreshed context cost 10 CPU s (47 s at load 60) instead of 3.5 s with C1 alone; a draw's loop
  # still reaches C2 within its first 400,000 iterations (docs/reliability.md, "Restart time").
  [[ $name == draw-service || $name == registry-service ]] && jit+=(-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
    -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
  # shellcheck disable=SC2206
  [[ -n ${SSJ_JVM_OPTS:-} ]] && jit=($SSJ_JVM_OPTS)
  nohup java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError "${jit[@]}" "${LAUNCH[@]}" \
    "${APP_ARGS[@]}" \
    >> "$LOG_DIR/$name.log" 2>&1 &
  echo $! > "$pid_file"
  local how=
  [[ ${LAUNCH[0]} == -jar ]] || how=", class-data sharing"
  log "$name starting (pid $!, port $port, log $LOG_DIR/$name.log$how)"
}

# CPU seconds (user + system) a process has used so far: a start's cost apart from how busy the machine is
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" 2> /dev/null || echo "?"
}

wait_healthy() {
  local name=$1 port=$2 deadline=$((SECONDS + ${SSJ_START_TIMEOUT:-180})) began=$SECONDS
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    if ! pid_alive "$(cat "$RUN_DIR/$name.pid")"; then
      log "ERROR: $name exited; last lines of its log:"; tail -n 30 "$LOG_DIR/$name.log" >&2; exit 1
    fi
    if (( SECONDS > deadline )); then
      log "ERROR: $name not healthy after ${SSJ_START_TIMEOUT:-180} s (SSJ_START_TIMEOUT)"; tail -n 30 "$LOG_DIR/$name.log" >&2; exit 1
    fi
    sleep 0.5
  done
  log "$name healthy on port $port ($((SECONDS - began)) s waited; the process has used $(cpu_seconds "$(cat "$RUN_DIR/$name.pid")") CPU s, load average $(cut -d' ' -f1 /proc/loadavg))"
}

stop_one() {
  local name=$1 pid_file=$RUN_DIR/$1.pid
  [[ -f $pid_file ]] || return 0
  local pid
  pid=$(cat "$pid_file")
  if pid_alive "$pid"; then
    kill "$pid" 2> /dev/null || true
    local deadline=$((SECONDS + 20))
    while pid_alive "$pid" && (( SECONDS < deadline )); do sleep 0.2; done
    pid_alive "$pid" && kill -9 "$pid" 2> /dev/null || true
    log "$name stopped (pid $pid)"
  fi
  rm -f "$pid_file"
}

# One command per demo role: deploy/token.sh runs the code + PKCE flow of ssj-web and prints the user's access token;
# the curl uses it through the gateway on something that role may read. Demo users and secrets: local use only.
print_token_commands() {
  local entry role name user path year
  year=$(date +%Y)
  echo "[platform] Demo users (password ssj-demo-2026, local use only) — one call per role, token by deploy/token.sh:"
  for entry in "REGISTRY_CLERK:名录管理员:qy-amr-clerk:/api/registry/entities" \
    "PLANNER:计划编制:qy-amr-planner:/api/planning/plans" \
    "DEPARTMENT_HEAD:负责人:qy-amr-head:/api/planning/audit" \
    "DRAW_OPERATOR:抽取操作员:qy-amr-operator:/api/draws/plans/demo-$year-joint-qy" \
    "WITNESS:见证人:qy-amr-witness:/api/draws/dispatches/overdue" \
    "INSPECTOR:执法检查人员:qy-amr-inspector:/api/inspections" \
    "JOINT_OFFICE:联席办:qy-joint:/api/draws/audit" \
    "PLATFORM_ADMIN:平台管理员:admin:/services/draw/actuator/health"; do
    IFS=: read -r role name user path <<< "$entry"
    printf '[platform]   %-16s %s\n[platform]     curl -H "Authorization: Bearer $(deploy/token.sh %s)" %s%s\n' \
      "$role" "$name" "$user" "$SSJ_GATEWAY_URL" "$path"
  done
  printf '[platform]   %-16s %s (client credentials)\n[platform]     curl -s -u ssj-services:ssj-services-demo-secret -d grant_type=client_credentials %s/oauth2/token\n' \
    SERVICE 服务账户 "$SSJ_ISSUER"
  echo "[platform]   (other departments: bd-amr, qy-psb, qy-eco, qy-cult, qy-emg in place of qy-amr; no token: /api/public/**)"
}

case ${1:-} in
  up)
    # 2 GB of WiredTiger cache: a registry of 10^6–10^7 entities and 10^6 public results stay workable (0.25 GB, the
    # test servers' size, thrashed); later restarts of this data directory keep it (deploy/infra.sh)
    MONGO_CACHE_GB=${MONGO_CACHE_GB:-2} deploy/infra.sh start
    if [[ ${2:-} == --rebuild ]] || [[ -z $(jar_of gateway) ]] || [[ -z $(jar_of registry-service) ]] ||
      [[ -z $(jar_of identity-service) ]]; then
      build
    fi
    # class-data sharing archives, made once per build (all at once: each training run is one start)
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      [[ $name == *-2 ]] || cds_train "$name" "$port" "$heap" &
    done
    wait
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      if [[ $name == *-2 ]]; then
        # the first instance is healthy before the second starts (one-time set-up such as the signing key)
        first=$(module_of "$name")
        for e in "${SERVICES[@]}"; do
          IFS=: read -r n p h <<< "$e"
          [[ $n == "$first" ]] && wait_healthy "$n" "$p"
        done
      fi
      start_one "$name" "$port" "$heap"
    done
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      wait_healthy "$name" "$port"
    done
    # The demo scripts read JSON with jq (a Debian package; installed here if this machine lacks it).
    if ! command -v jq > /dev/null; then
      log "installing jq (apt-get)"
      apt-get update -qq > /dev/null && apt-get install -y -qq jq > /dev/null
    fi
    # The demo draw and results are made once per data directory: a draw's result is final (S1 15: the task's one
    # round is used), so a second start over the same data shows the stored demo instead of drawing again.
    if [[ -f $DATA/demo-loaded ]]; then
      log "demo draw and results were made on an earlier start over $DATA (remove that directory for a new demo);"
      log "re-verifying the stored demo bundle with the standalone verifier"
      java -jar verifier/target/ssj-verifier.jar verify "$DATA/demo-draw-bundle.json" \
        || { log "the stored demo bundle does not verify"; exit 1; }
    else
      if [[ -x deploy/demo-draw.sh ]]; then
        # the demo draw runs with real tokens of the demo users (operator, witness, joint office)
        deploy/demo-draw.sh
      fi
      if [[ -x deploy/demo-inspections.sh ]]; then
        # results for part of the demo draw: refusal to sign + 责令改正 with follow-up, unreachable, a correction
        # signed off by the head, and a record left open to become overdue
        deploy/demo-inspections.sh
      fi
      date -u +%FT%TZ > "$DATA/demo-loaded"
    fi
    cat <<URLS
[platform] up. Everything goes through the gateway:
[platform]   gateway          $SSJ_GATEWAY_URL
[platform]   Swagger UI       $SSJ_GATEWAY_URL/swagger-ui.html   (all services)
[platform]   health (status)  $SSJ_GATEWAY_URL/services/<registry|planning|draw|inspection|disclosure>/actuator/health
[platform]   registry API     $SSJ_GATEWAY_URL/api/registry/departments
[platform]   planning API     $SSJ_GATEWAY_URL/api/planning/plans
[platform]   draw API         $SSJ_GATEWAY_URL/api/draws
[platform]   inspections API  $SSJ_GATEWAY_URL/api/inspections
[platform]   public (公示)     $SSJ_GATEWAY_URL/api/public/departments   (no token needed)
[platform]   identity (OIDC)  $SSJ_ISSUER/.well-known/openid-configuration   (issuer $SSJ_ISSUER)
[platform] stop with: deploy/platform.sh down
URLS
    print_token_commands
    ;;
  down)
    for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do
      IFS=: read -r name port heap <<< "${SERVICES[$i]}"
      stop_one "$name"
    done
    # second instances started with SSJ_INSTANCES=2, even when down is called without it
    stop_one inspection-service-2
    stop_one disclosure-service-2
    deploy/infra.sh stop
    ;;
  status)
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      pid=$(cat "$RUN_DIR/$name.pid" 2> /dev/null || true)
      if pid_alive "$pid"; then log "$name: running (pid $pid, port $port)"; else log "$name: stopped"; fi
    done
    deploy/infra.sh status || true
    ;;
  kill)
    # SIGKILL, as a crash would: no shutdown hook, no lease released, nothing flushed
    [[ -n ${2:-} ]] || { echo "usage: deploy/platform.sh kill NAME" >&2; exit 2; }
    pid=$(cat "$RUN_DIR/$2.pid" 2> /dev/null || true)
    if pid_alive "$pid"; then
      kill -9 "$pid"
      while pid_alive "$pid"; do sleep 0.05; done
      log "$2 killed (SIGKILL, pid $pid)"
    else
      log "$2 not running"
    fi
    rm -f "$RUN_DIR/$2.pid"
    ;;
  start)
    [[ -n ${2:-} ]] || { echo "usage: deploy/platform.sh start NAME" >&2; exit 2; }
    found=
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      if [[ $name == "$2" ]]; then
        found=1
        start_one "$name" "$port" "$heap"
        wait_healthy "$name" "$port"
      fi
    done
    [[ -n $found ]] || { echo "unknown process $2 (SSJ_INSTANCES=$INSTANCES)" >&2; exit 2; }
    ;;
  *)
    echo "usage: deploy/platform.sh up [--rebuild] | down | status | kill NAME | start NAME" >&2
    exit 2
    ;;
esac
