#!/usr/bin/env bash
# Load benchmark of the public results query by 统一社会信用代码, through the gateway and directly, in one run.
#
#   disclosure-service/bench.sh [N=1000000] [SECONDS=30] [CONNECTIONS=50] [RATE=1500]
#
# Needs the platform running (deploy/platform.sh up: gateway on GATEWAY_URL, disclosure-service on DISCLOSURE_URL,
# MongoDB on SSJ_MONGO_URI). Tops ssj_disclosure.public_results up to N records (ids bench-…, loaded straight into
# the view collection: the benchmark measures the read path), installs wrk from Debian if missing, then measures
# both URLs twice with wrk (2 threads, CONNECTIONS connections, SECONDS each, loopback only, a random credit code of
# the loaded set per request), printing rps, p50, p99 and errors (socket errors + non-2xx) and CPU-ms per request:
#  - saturation: every connection sends its next request as soon as the last one is answered (closed loop), so the
#    figures are the most the path serves and the latency at that throughput (mostly queueing: at saturation the mean
#    latency is CONNECTIONS / rps);
#  - fixed rate: the same connections, but together they send at most RATE requests per second (wrk's delay() hook,
#    paced per thread on the monotonic clock: a connection whose response is back waits for the next free slot of
#    1 / (RATE / 2) s; slots missed while every connection waits for a response are not made up later). This is
#    latency at a given throughput, the way load tests state it; "achieved" is below RATE only when the path cannot
#    keep up (then its latency is that of saturation). Latency is counted from each request's send.
# Target on a 2-core machine: through the gateway >= 1,000 rps, p99 <= 50 ms, 0 errors at 50 connections.
# The gateway limits anonymous callers per client (120/min): run the platform with
# SSJ_GATEWAY_RATELIMIT_ANONYMOUS_REQUESTS=100000000 (or SSJ_GATEWAY_RATELIMIT_ENABLED=false) for a benchmark, or
# every request past the limit is a 429 error. Prints the machine's conditions (cores, load average) with the
# figures: on a shared machine they are not its capacity.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
SECONDS_EACH="${2:-30}"
CONNECTIONS="${3:-50}"
RATE="${4:-1500}"
THREADS=2
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
DISCLOSURE_URL="${DISCLOSURE_URL:-http://127.0.0.1:8085}"
MONGO_URI="${SSJ_MONGO_URI:-${IT_MONGO_URI:-mongodb://127.0.0.1:27017/?replicaSet=rs0}}"
DATABASE="${DISCLOSURE_DATABASE:-ssj_disclosure}"
for url in "$GATEWAY_URL" "$DISCLOSURE_URL"; do
  case "$url" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "[bench] loopback only: $url" >&2; exit 2 ;;
  esac
done

# Debian's wrk (LuaJIT: the pacing below reads the clock through its FFI). Debian has no wrk2, vegeta or k6; its `hey`
# paces a fixed rate but asks for one URL only, where this benchmark draws a credit code per request.
if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk from Debian"
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q wrk >/dev/null
fi

conditions() { echo "[bench] conditions: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) ($1)"; }
conditions "before loading"
echo "[bench] loading up to $N public results into $DATABASE"
./mvnw -B -q -ntp -pl disclosure-service -am test-compile -DskipTests \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
SAMPLE=disclosure-service/target/bench-usccs.txt
java -Xmx512m -cp "disclosure-service/target/test-classes:$(cat disclosure-service/target/bench.classpath)" \
  cn.shuangsuiji.disclosure.bench.ResultLoad "$MONGO_URI" "$DATABASE" "$N" "$SAMPLE" | grep '^\[bench\]' || true
[[ -s "$SAMPLE" ]] || { echo "[bench] loading failed" >&2; exit 1; }

LUA=disclosure-service/target/bench.lua
cat >"$LUA" <<LUA
local codes = {}
for line in io.lines("$SAMPLE") do codes[#codes + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/public/results?uscc=" .. codes[math.random(#codes)] .. "&limit=10")
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d requests=%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests))
end
LUA
# the fixed-rate run: the same script plus a pacer (each wrk thread runs its own Lua state: RATE / THREADS each)
RATE_LUA=disclosure-service/target/bench-rate.lua
{ cat "$LUA"; cat <<LUA
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end
local interval_ms = 1000 / ($RATE / $THREADS)
local next_slot
-- called before every request of a connection (its first included): how long to wait, in ms, for the next slot
delay = function()
  local now = now_ms()
  if next_slot == nil or next_slot < now then next_slot = now end
  local wait = next_slot - now
  next_slot = next_slot + interval_ms
  return wait
end
LUA
} >"$RATE_LUA"

# CPU time per request of each process on the request's path (load-independent, unlike rps and latency on a shared
# machine): the JVMs and mongod by their listening ports, wrk from the shell's children times.
port_of() { local hostport=${1#*://}; hostport=${hostport%%/*}; echo "${hostport##*:}"; }
pid_on() { ss -Htlnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
ticks() { [[ -n $1 && -r /proc/$1/stat ]] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
MONGO_PORT_OF_URI=$(sed -E 's#^mongodb://([^/?,]*@)?[^/?,:]*:([0-9]+).*#\2#' <<<"$MONGO_URI")
# every disclosure-service instance behind the gateway counts (SSJ_INSTANCES=2 runs a second one on the port 10 above
# the first, which the gateway gives half the requests): DISCLOSURE_URLS lists them, comma-separated
DISCLOSURE_PORT=$(port_of "$DISCLOSURE_URL")
if [[ -z ${DISCLOSURE_URLS:-} ]]; then
  DISCLOSURE_URLS=$DISCLOSURE_URL
  [[ -n $(pid_on $((DISCLOSURE_PORT + 10))) ]] && DISCLOSURE_URLS+=",http://127.0.0.1:$((DISCLOSURE_PORT + 10))"
fi
DISCLOSURE_PIDS=()
IFS=, read -ra _urls <<<"$DISCLOSURE_URLS"
for u in "${_urls[@]}"; do DISCLOSURE_PIDS+=("$(pid_on "$(port_of "$u")")"); done
echo "[bench] disclosure-service instances counted: ${#DISCLOSURE_PIDS[@]} ($DISCLOSURE_URLS)"
PIDS=("$(pid_on "$(port_of "$GATEWAY_URL")")" "$(pid_on "$MONGO_PORT_OF_URI")" "${DISCLOSURE_PIDS[@]}")
HZ=$(getconf CLK_TCK)
seconds_of() { awk -v t="$1" 'BEGIN { split(t, a, "m"); sub("s", "", a[2]); print a[1] * 60 + a[2] }'; }

# run TARGET URL MODE: MODE saturation (as fast as the connections go, after a warm-up) or rate (RATE rps offered)
run() {
  local target=$1 url=$2 mode=$3 label script
  if [[ $mode == saturation ]]; then
    label="saturation  $target"; script=$LUA
    curl -fsS "$url/api/public/results?uscc=$(head -1 "$SAMPLE")" >/dev/null \
      || { echo "[bench] $target: $url does not answer" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( SECONDS_EACH < 10 ? SECONDS_EACH : 10 ))s" --timeout 2s -s "$LUA" "$url" \
      >/dev/null 2>&1 || true  # warm-up, discarded
  else
    label="fixed rate  $target"; script=$RATE_LUA
  fi
  local out line before=() after=() p
  for p in "${PIDS[@]}"; do before+=("$(ticks "$p")"); done
  out=$( (timeout $((SECONDS_EACH + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 2s -s "$script" "$url"
    times) )
  for p in "${PIDS[@]}"; do after+=("$(ticks "$p")"); done
  line=$(grep '^RESULT' <<<"$out")
  local figures=${line#RESULT }
  [[ $mode == saturation ]] || figures="offered=$RATE achieved_${figures}"
  printf '[bench] %-19s %s (load average %s)\n' "$label" "$figures" "$(cut -d' ' -f1 /proc/loadavg)"
  # the last line of `times`: user and system time of the subshell's children (wrk)
  local requests wrk_cpu
  requests=${line##*requests=}
  read -r wrk_user wrk_sys < <(tail -n 1 <<<"$out")
  wrk_cpu=$(awk -v u="$(seconds_of "$wrk_user")" -v s="$(seconds_of "$wrk_sys")" 'BEGIN { print (u + s) * 1000 }')
  local d=0 i
  for (( i = 2; i < ${#PIDS[@]}; i++ )); do d=$((d + after[i] - before[i])); done
  awk -v n="$requests" -v hz="$HZ" -v g=$((after[0] - before[0])) -v d="$d" \
    -v m=$((after[1] - before[1])) -v w="$wrk_cpu" -v label="$label" -v k=$(( ${#PIDS[@]} - 2 )) 'BEGIN { if (n > 0) printf \
    "[bench] %-19s CPU-ms per request: gateway %.3f, disclosure %.3f (%d instances), mongod %.3f, wrk %.3f, total %.3f\n", label,
    g * 1000 / hz / n, d * 1000 / hz / n, k, m * 1000 / hz / n, w / n, (g + d + m) * 1000 / hz / n + w / n }'
  if [[ $target == gateway && ${line#*errors=} != 0* ]] \
    && [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/api/public/results?uscc=$(head -1 "$SAMPLE")") == 429 ]]; then
    echo "[bench] the gateway answers 429: its per-client limit is on (SSJ_GATEWAY_RATELIMIT_ANONYMOUS_REQUESTS)" >&2
  fi
}
echo "[bench] results by USCC over $N records, $CONNECTIONS connections, ${SECONDS_EACH}s each run"
echo "[bench] saturation: each connection sends again as soon as it is answered (after a warm-up): the most rps, and the latency there"
echo "[bench] fixed rate: the connections together send at most $RATE rps (offered); achieved rps and latency at that load"
run direct "$DISCLOSURE_URL" saturation
run direct "$DISCLOSURE_URL" rate
run gateway "$GATEWAY_URL" saturation
run gateway "$GATEWAY_URL" rate
conditions "after the runs"
echo "[bench] (saturation is a closed loop: at $CONNECTIONS connections its mean latency is $CONNECTIONS / rps, queueing included)"
