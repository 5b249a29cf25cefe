#!/usr/bin/env bash
# Load benchmark of the gateway (issue 13): one run prints requests/s, p50, p99 and non-2xx answers for 50 and 200
# concurrent clients, through the gateway and directly to the disclosure service (GET /api/public/items?limit=20),
# then the latency of the gateway's 503 for a stopped service and how long the gateway needs to serve again after
# the service is back.
#
#   gateway/bench.sh            builds what it needs, starts MongoDB + Kafka (deploy/infra.sh, own data directory),
#                               the disclosure service and the gateway on loopback, measures, stops everything
#
# Settings (environment): SSJ_DATA (default <repo>/.data/bench), MONGO_PORT (28017), KAFKA_PORT (19092),
# KAFKA_CONTROLLER_PORT (19093), GATEWAY_PORT (18180), DISCLOSURE_PORT (18185), DURATION (seconds per run, 8), WARMUP (seconds, 10), JVM_FLAGS (default: as deploy/platform.sh),
# SKIP_BUILD=1 (use the jars in target/). Load generator: wrk (Debian package, installed here if missing).
# Loopback only; every wait is bounded. Anonymous callers are limited to 120 requests/min per IP: the gateway runs
# here with that limit raised (one IP is every client of a load test), everything else as configured.
set -Eeuo pipefail
export LC_ALL=C
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
export SSJ_DATA=${SSJ_DATA:-$REPO_DIR/.data/bench}
export MONGO_PORT=${MONGO_PORT:-28017} KAFKA_PORT=${KAFKA_PORT:-19092} KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
GATEWAY_PORT=${GATEWAY_PORT:-18180}
DISCLOSURE_PORT=${DISCLOSURE_PORT:-18185}
DURATION=${DURATION:-8}
PATH_UNDER_TEST=${PATH_UNDER_TEST:-/api/public/items?limit=20}
RUN=$SSJ_DATA/bench-run
mkdir -p "$RUN"

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] ERROR: $*" >&2; exit 1; }

# ------------------------------------------------------------------ load generator
if ! command -v wrk > /dev/null; then
  log "installing wrk from Debian"
  apt-get update -qq > /dev/null && apt-get install -y -qq wrk > /dev/null || die "could not install wrk"
fi

# ------------------------------------------------------------------ build
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "building gateway and disclosure-service (./mvnw package -DskipTests)"
  ./mvnw -B -q -ntp package -DskipTests -pl gateway,disclosure-service -am
fi
GATEWAY_JAR=$(ls gateway/target/gateway-*-exec.jar | head -n 1)
DISCLOSURE_JAR=$(ls disclosure-service/target/disclosure-service-*-exec.jar | head -n 1)
cp -f "$GATEWAY_JAR" "$RUN/gateway.jar"
cp -f "$DISCLOSURE_JAR" "$RUN/disclosure.jar"

# ------------------------------------------------------------------ processes (stopped on any exit)
INFRA_STARTED=0
PIDS=()
DISCLOSURE_PID=""
cleanup() {
  local pid
  for pid in "${PIDS[@]}" $DISCLOSURE_PID; do
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${PIDS[@]}" $DISCLOSURE_PID; do
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2> /dev/null || true
  done
  if ((INFRA_STARTED)); then deploy/infra.sh stop > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT

for port in "$GATEWAY_PORT" "$DISCLOSURE_PORT"; do
  ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" || die "port $port is in use; set GATEWAY_PORT/DISCLOSURE_PORT"
done
if ! deploy/infra.sh status > /dev/null 2>&1; then
  INFRA_STARTED=1
  deploy/infra.sh start > "$RUN/infra.log" 2>&1 || { cat "$RUN/infra.log" >&2; die "infra did not start"; }
fi

start_disclosure() {
  setsid java -Xmx256m $JVM_FLAGS -jar "$RUN/disclosure.jar" --server.port="$DISCLOSURE_PORT" \
    --spring.mongodb.uri="mongodb://127.0.0.1:$MONGO_PORT/?replicaSet=rs0" \
    --spring.kafka.bootstrap-servers="127.0.0.1:$KAFKA_PORT" --ssj.demo.enabled=true \
    --ssj.disclosure.data-dir="$SSJ_DATA/disclosure" \
    >> "$RUN/disclosure.log" 2>&1 < /dev/null &
  DISCLOSURE_PID=$!
}
wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null --max-time 2 "$1"; do
    ((SECONDS < deadline)) || die "$1 did not answer within $2 s (logs in $RUN)"
    sleep 0.25
  done
}

# the JVM flags deploy/platform.sh gives both (C1 only: on 2 shared cores the C2 compiler needed minutes of load
# before the gateway's code ran compiled; the earlier 5 s warm-up measured a gateway still compiling)
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}
# CPU seconds (user + system) a process has used so far
cpu_of() { awk -v tk="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / tk}' "/proc/$1/stat"; }
log "starting disclosure-service on 127.0.0.1:$DISCLOSURE_PORT and the gateway on 127.0.0.1:$GATEWAY_PORT"
start_disclosure
setsid java -Xmx256m $JVM_FLAGS -jar "$RUN/gateway.jar" --server.port="$GATEWAY_PORT" \
  --server.address=127.0.0.1 --DISCLOSURE_URL="http://127.0.0.1:$DISCLOSURE_PORT" \
  --ssj.gateway.rate-limit.anonymous.requests=100000000 \
  > "$RUN/gateway.log" 2>&1 < /dev/null &
PIDS+=($!)
GATEWAY_PID=$!
wait_for "http://127.0.0.1:$DISCLOSURE_PORT$PATH_UNDER_TEST" 180
wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health" 180

# ------------------------------------------------------------------ measurements
RESULTS=()
# run label url clients seconds -> one result line
run() {
  local label=$1 url=$2 clients=$3 seconds=$4 out requests rps p50 p99 non2xx errors pid cpu0 cpu
  # CPU per request of the process that answers (the gateway, or the service when called directly): independent of
  # how loaded the machine is, unlike requests/s
  pid=$GATEWAY_PID
  [[ $url == *":$DISCLOSURE_PORT"* ]] && pid=$DISCLOSURE_PID
  cpu0=$(cpu_of "$pid" 2> /dev/null || echo 0)
  out=$(wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s --latency "$url" 2>&1)
  requests=$(awk '/ requests in / {print $1}' <<< "$out")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<< "$out")
  errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<< "$out")
  cpu=$(awk -v a="$cpu0" -v b="$(cpu_of "$pid" 2> /dev/null || echo "$cpu0")" -v n="${requests:-0}" \
    'BEGIN {if (n > 0 && b > a) printf "%.2f", (b - a) * 1000 / n; else print "-"}')
  # "completed" = answers received within the run: 0 means nothing came back in time (then 0 non-2xx says nothing)
  RESULTS+=("$(printf '%-40s %7s %9s %9s %9s %9s %8s %6s %9s' "$label" "$clients" "${requests:-?}" "${rps:-?}" \
    "${p50:-?}" "${p99:-?}" "${non2xx:-0}" "${errors:-0}" "$cpu")")
  log "${RESULTS[-1]}"
}

log "warming up (JIT) for ${WARMUP:-10} s each"
wrk -t2 -c20 -d"${WARMUP:-10}s" "http://127.0.0.1:$DISCLOSURE_PORT$PATH_UNDER_TEST" > /dev/null 2>&1
wrk -t2 -c20 -d"${WARMUP:-10}s" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" > /dev/null 2>&1

for clients in 50 200; do
  run "gateway  GET $PATH_UNDER_TEST" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$clients" "$DURATION"
  run "direct   GET $PATH_UNDER_TEST" "http://127.0.0.1:$DISCLOSURE_PORT$PATH_UNDER_TEST" "$clients" "$DURATION"
done

log "stopping disclosure-service: the gateway must answer a fast 503"
kill "$DISCLOSURE_PID"
for _ in $(seq 100); do kill -0 "$DISCLOSURE_PID" 2> /dev/null || break; sleep 0.2; done
kill -9 "$DISCLOSURE_PID" 2> /dev/null || true
DISCLOSURE_PID=""
CODES=""
TIMES=""
for _ in $(seq 30); do
  read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 20 \
    "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")
  CODES+="$code "
  TIMES+="$t"$'\n'
done
STOPPED_LATENCY=$(sort -n <<< "$TIMES" | awk 'NF {a[n++] = $1} END {printf "p50 %.1f ms, max %.1f ms", a[int(n / 2)] * 1000, a[n - 1] * 1000}')
STOPPED_CODES=$(tr ' ' '\n' <<< "$CODES" | awk 'NF' | sort | uniq -c | awk '{printf "%s x %s  ", $1, $2}')
run "gateway, service stopped" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" 50 3

log "starting disclosure-service again: how long until the gateway serves it"
start_disclosure
wait_for "http://127.0.0.1:$DISCLOSURE_PORT$PATH_UNDER_TEST" 180
UP_AT=$EPOCHREALTIME
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST") == 200 ]]; do
  (($(awk -v a="$EPOCHREALTIME" -v b="$UP_AT" 'BEGIN {print (a - b > 60)}'))) && die "gateway still refuses 60 s after the service came back"
  sleep 0.05
done
RECOVERY=$(awk -v a="$EPOCHREALTIME" -v b="$UP_AT" 'BEGIN {printf "%.2f s", a - b}')

echo
echo "gateway/bench.sh — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %7s %9s %9s %9s %9s %8s %6s %9s\n' "target" "clients" "completed" "req/s" "p50" "p99" "non-2xx" \
  "sockerr" "CPU-ms/req"
echo "(sockerr: socket errors incl. timeouts; CPU-ms/req: CPU of the answering process — gateway or service — per request)"
printf '%s\n' "${RESULTS[@]}"
echo "stopped service through the gateway: $STOPPED_CODES($STOPPED_LATENCY, 30 sequential requests)"
echo "service back: gateway serves it again $RECOVERY after the service first answered directly"
