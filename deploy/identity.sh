#!/usr/bin/env bash
# identity-service (the platform's local OIDC provider) as a background process for tests and local runs.
# It runs from a COPY of the exec jar in $SSJ_DATA/identity, so a later build that rewrites
# identity-service/target/*.jar cannot disturb the running process.
#
#   deploy/identity.sh start    copy the jar, start on 127.0.0.1:$IDENTITY_PORT, wait for the discovery document
#   deploy/identity.sh stop     stop it (by PID, checked against the command line)
#   deploy/identity.sh status   running or stopped; exit 0 if it answers, 3 if not
#   deploy/identity.sh env      print 'export IT_ISSUER_URI=...' for the integration tests
#
# Build the jar first: ./mvnw -B -q -ntp -pl identity-service -am package -DskipTests
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
DATA=${SSJ_DATA:-$REPO_DIR/.data}
IDENTITY_PORT=${IDENTITY_PORT:-8086}
MONGO_PORT=${MONGO_PORT:-27017}
IDENTITY_DB=${IDENTITY_DB:-ssj_identity}
IDENTITY_DEMO=${IDENTITY_DEMO:-true}
IDENTITY_HEAP=${IDENTITY_HEAP:-256m}
IDENTITY_START_TIMEOUT=${IDENTITY_START_TIMEOUT:-120}
HOME_DIR=$DATA/identity
JAR=$HOME_DIR/identity-service.jar
PID_FILE=$DATA/run/identity-service-$IDENTITY_PORT.pid
LOG=$DATA/logs/identity-service-$IDENTITY_PORT.log
ISSUER=http://127.0.0.1:$IDENTITY_PORT
MARKER=identity-service.jar

log() { echo "[identity] $*"; }
die() { echo "[identity] ERROR: $*" >&2; exit 1; }

# alive PID — the process exists, is not a zombie and runs our jar
alive() {
  local pid=$1
  [[ -n $pid && -d /proc/$pid ]] || return 1
  [[ $(awk '{print $3}' "/proc/$pid/stat" 2> /dev/null || echo Z) != Z ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -qF "$MARKER"
}
current_pid() { cat "$PID_FILE" 2> /dev/null || true; }
answers() { curl -sf -o /dev/null --max-time 2 "$ISSUER/.well-known/openid-configuration"; }

do_start() {
  local pid
  pid=$(current_pid)
  if alive "$pid"; then
    log "already running (pid $pid, $ISSUER)"
    return 0
  fi
  if answers; then
    die "port $IDENTITY_PORT already answers but not from a process started here; stop it or set IDENTITY_PORT"
  fi
  local built
  built=$(ls "$REPO_DIR"/identity-service/target/identity-service-*-exec.jar 2> /dev/null | head -n 1)
  [[ -n $built ]] || die "no identity-service exec jar; build: ./mvnw -B -q -ntp -pl identity-service -am package -DskipTests"
  mkdir -p "$HOME_DIR" "$DATA/run" "$DATA/logs"
  cp -f "$built" "$JAR.tmp" && mv -f "$JAR.tmp" "$JAR"
  log "starting on $ISSUER (database $IDENTITY_DB on mongo port $MONGO_PORT, demo users $IDENTITY_DEMO, log $LOG)"
  # setsid: own session, so signals aimed at the caller's process group do not reach it.
  setsid nohup java -Xmx"$IDENTITY_HEAP" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 -jar "$JAR" \
    --server.port="$IDENTITY_PORT" \
    --ssj.identity.issuer="$ISSUER" \
    --spring.mongodb.uri="mongodb://127.0.0.1:$MONGO_PORT/?replicaSet=rs0" \
    --spring.mongodb.database="$IDENTITY_DB" \
    --ssj.identity.keys-dir="$DATA/identity-keys" \
    --ssj.identity.demo.enabled="$IDENTITY_DEMO" \
    >> "$LOG" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$PID_FILE"
  local deadline=$((SECONDS + IDENTITY_START_TIMEOUT))
  until answers; do
    if ! alive "$pid"; then
      tail -n 40 "$LOG" >&2
      die "identity-service (pid $pid) exited during start-up"
    fi
    if ((SECONDS > deadline)); then
      tail -n 40 "$LOG" >&2
      die "identity-service (pid $pid) not up after $IDENTITY_START_TIMEOUT s; it is still running: 'deploy/identity.sh stop'"
    fi
    sleep 0.5
  done
  log "up (pid $pid): $ISSUER/.well-known/openid-configuration"
}

do_stop() {
  local pid
  pid=$(current_pid)
  if ! alive "$pid"; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  kill -TERM "$pid" 2> /dev/null || true
  local deadline=$((SECONDS + 20))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if alive "$pid"; then
    log "still running after 20 s; sending SIGKILL to $pid"
    kill -KILL "$pid" 2> /dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

do_status() {
  local pid
  pid=$(current_pid)
  if alive "$pid" && answers; then
    log "running (pid $pid, $ISSUER)"
  elif alive "$pid"; then
    log "not answering (pid $pid alive, $ISSUER)"
    return 3
  else
    log "stopped"
    return 3
  fi
}

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status || exit $? ;;
  env) echo "export IT_ISSUER_URI=$ISSUER" ;;
  *)
    echo "usage: deploy/identity.sh start|stop|status|env   (IDENTITY_PORT=$IDENTITY_PORT, SSJ_DATA=$DATA)" >&2
    exit 2
    ;;
esac
