#!/usr/bin/env bash
# The whole platform locally, with demo data: real MongoDB + Kafka (deploy/infra.sh), the identity provider
# (identity-service, with the demo users), the five services and the gateway, each a JVM in the background with a
# heap limit, PIDs in .data/run, logs in .data/logs. Every service and the gateway trust the identity-service as
# token issuer (ssj.security.issuer-uri); the demo draw runs with real tokens of the demo users.
#
#   deploy/platform.sh up       install + start infra, build (if needed), start everything, load demo data
#   deploy/platform.sh down     stop the services and the gateway by PID, then the infra
#   deploy/platform.sh status   one line per process
#   deploy/platform.sh up --rebuild   force a fresh build first
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
DATA=${SSJ_DATA:-$REPO_DIR/.data}
RUN_DIR=$DATA/run
LOG_DIR=$DATA/logs
mkdir -p "$RUN_DIR" "$LOG_DIR"

# name:port:heap — start order matters: producers of demo data before their consumers is not required
# (events wait in Kafka), but the gateway goes last.
SERVICES=(
  "identity-service:8086:256m"
  "registry-service:8081:512m"
  "planning-service:8082:256m"
  "draw-service:8083:768m"
  "inspection-service:8084:256m"
  "disclosure-service:8085:256m"
  "gateway:8080:256m"
)

ISSUER=${SSJ_ISSUER:-http://127.0.0.1:8086}

log() { echo "[platform] $*"; }

pid_alive() {
  local pid=$1
  [[ -n $pid && -d /proc/$pid ]] || return 1
  local state
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo Z)
  [[ $state != Z ]]
}

jar_of() {
  ls "$REPO_DIR/$1"/target/"$1"-*-exec.jar 2>/dev/null | head -n 1
}

build() {
  log "building (./mvnw package -DskipTests)"
  MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m -XX:+UseSerialGC} ./mvnw -B -q -ntp package -DskipTests
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
  local extra=(--ssj.security.issuer-uri="$ISSUER")
  if [[ $name == identity-service ]]; then
    # demo users (password ssj-demo-2026) and the demo-only test admin client: local use only
    extra=(--ssj.identity.issuer="$ISSUER" --ssj.identity.demo.enabled=true)
  fi
  SSJ_DATA=$DATA nohup java -Xmx"$heap" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" \
    --server.port="$port" \
    --spring.mongodb.uri="mongodb://127.0.0.1:${MONGO_PORT:-27017}/?replicaSet=rs0" \
    --spring.kafka.bootstrap-servers="127.0.0.1:${KAFKA_PORT:-9092}" \
    --ssj.demo.enabled=true \
    "${extra[@]}" \
    >> "$LOG_DIR/$name.log" 2>&1 &
  echo $! > "$pid_file"
  log "$name starting (pid $!, port $port, log $LOG_DIR/$name.log)"
}

wait_healthy() {
  local name=$1 port=$2 deadline=$((SECONDS + 180))
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    if ! pid_alive "$(cat "$RUN_DIR/$name.pid")"; then
      log "ERROR: $name exited; last lines of its log:"; tail -n 30 "$LOG_DIR/$name.log" >&2; exit 1
    fi
    if (( SECONDS > deadline )); then
      log "ERROR: $name not healthy after 180 s"; tail -n 30 "$LOG_DIR/$name.log" >&2; exit 1
    fi
    sleep 0.5
  done
  log "$name healthy on port $port"
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

case ${1:-} in
  up)
    MONGO_CACHE_GB=${MONGO_CACHE_GB:-1} deploy/infra.sh start
    if [[ ${2:-} == --rebuild ]] || [[ -z $(jar_of gateway) ]] || [[ -z $(jar_of registry-service) ]] \
        || [[ -z $(jar_of identity-service) ]]; then
      build
    fi
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      start_one "$name" "$port" "$heap"
    done
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port heap <<< "$entry"
      wait_healthy "$name" "$port"
    done
    if [[ -x deploy/demo-draw.sh ]]; then
      SSJ_ISSUER=$ISSUER deploy/demo-draw.sh
    fi
    YEAR=$(date +%Y)
    cat <<URLS
[platform] up. Everything goes through the gateway, with an access token from the identity-service
[platform] ($ISSUER; demo users' password ssj-demo-2026 — local use only). One command per demo role:
[platform]   名录管理员 REGISTRY_CLERK  curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-clerk)" http://127.0.0.1:8080/api/registry/entities
[platform]   计划编制 PLANNER           curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-planner)" http://127.0.0.1:8080/api/planning/plans
[platform]   负责人 DEPARTMENT_HEAD     curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-head)" http://127.0.0.1:8080/api/planning/audit
[platform]   抽取操作员 DRAW_OPERATOR   curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-operator)" http://127.0.0.1:8080/api/draws/plans/demo-$YEAR-joint-qy
[platform]   见证人 WITNESS             curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-witness)" http://127.0.0.1:8080/api/draws/dispatches/overdue
[platform]   执法检查人员 INSPECTOR     curl -H "Authorization: Bearer \$(deploy/token.sh qy-amr-inspector)" http://127.0.0.1:8080/api/inspections
[platform]   联席办 JOINT_OFFICE        curl -H "Authorization: Bearer \$(deploy/token.sh qy-joint)" http://127.0.0.1:8080/api/draws/audit
[platform]   平台管理员 PLATFORM_ADMIN  curl -H "Authorization: Bearer \$(deploy/token.sh admin)" http://127.0.0.1:8080/services/draw/actuator/health
[platform]   服务账户 SERVICE (client credentials, one curl):
[platform]     curl -s -u ssj-services:ssj-services-demo-secret -d grant_type=client_credentials $ISSUER/oauth2/token
[platform]   (other departments: bd-amr, qy-psb, qy-eco, qy-cult, qy-emg with the same suffixes; deploy/token.sh <user> prints a token)
[platform]   identity (OIDC)  $ISSUER/.well-known/openid-configuration
[platform]   gateway          http://127.0.0.1:8080
[platform]   Swagger UI       http://127.0.0.1:8080/swagger-ui.html   (all services; documents are public)
[platform]   health (status)  http://127.0.0.1:8080/services/<registry|planning|draw|inspection|disclosure>/actuator/health
[platform]   registry API     http://127.0.0.1:8080/api/registry/departments
[platform]   planning API     http://127.0.0.1:8080/api/planning/plans
[platform]   draw API         http://127.0.0.1:8080/api/draws
[platform]   inspections API  http://127.0.0.1:8080/api/inspections
[platform]   public (公示)     http://127.0.0.1:8080/api/public/departments   (no token needed)
[platform] stop with: deploy/platform.sh down
URLS
    ;;
  down)
    for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do
      IFS=: read -r name port heap <<< "${SERVICES[$i]}"
      stop_one "$name"
    done
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
  *)
    echo "usage: deploy/platform.sh up [--rebuild] | down | status" >&2
    exit 2
    ;;
esac
