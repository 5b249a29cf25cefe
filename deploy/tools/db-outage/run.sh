#!/usr/bin/env bash
# Database outage experiment (docs/reliability.md): starts registry-service from its built exec jar against the
# infra of deploy/infra.sh, SIGKILLs mongod, times readiness, health, an authenticated read and a write, restarts
# mongod (deploy/infra.sh start) and times readiness coming back.
#
#   SSJ_DATA=... MONGO_PORT=... KAFKA_PORT=... KAFKA_CONTROLLER_PORT=... SSJ_ISSUER=http://127.0.0.1:<identity port> \
#     REGISTRY_PORT=9581 deploy/tools/db-outage/run.sh
#
# Needs: ./mvnw -pl registry-service -am package, deploy/infra.sh start, deploy/identity.sh start (same env).
# Kills the mongod of THAT infra: use a private one.
set -u
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$REPO"
DATA=${SSJ_DATA:-$REPO/.data}
P=${REGISTRY_PORT:-9581}
MONGO_PORT=${MONGO_PORT:-27017}
ISSUER=${SSJ_ISSUER:-http://127.0.0.1:8086}
WORK=$DATA/db-outage
mkdir -p "$WORK"
cp registry-service/target/registry-service-*-exec.jar "$WORK/registry.jar"
java -Xmx384m -jar "$WORK/registry.jar" --server.port="$P" \
  --spring.mongodb.uri="mongodb://127.0.0.1:$MONGO_PORT/ssj_registry_db_outage?replicaSet=rs0" \
  --spring.kafka.bootstrap-servers="127.0.0.1:${KAFKA_PORT:-9092}" --ssj.security.issuer-uri="$ISSUER" \
  --ssj.privacy.secret=db-outage-experiment-secret-0123456789 > "$WORK/registry.log" 2>&1 &
RP=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$P/actuator/health/readiness" && break; sleep 0.5; done
TOKEN=$(SSJ_ISSUER=$ISSUER deploy/token.sh admin)
t() {
  local what=$1
  shift
  curl -s -o "$WORK/body" -w "$what: %{http_code} in %{time_total}s" "$@"
  echo "  $(head -c 160 "$WORK/body")"
}
probe() {
  t readiness "http://127.0.0.1:$P/actuator/health/readiness"
  t health "http://127.0.0.1:$P/actuator/health"
  t read -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$P/api/registry/departments"
}
echo "== MongoDB up"
probe
echo "== kill -9 mongod"
kill -9 "$(cat "$DATA/run/mongod.pid")"
sleep 1
probe
t write -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -X POST \
  -d '{"id":"db-outage","name":"测试","type":"MARKET_REGULATION","level":"COUNTY","regionCode":"130634"}' \
  "http://127.0.0.1:$P/api/registry/departments"
echo "== restart mongod"
deploy/infra.sh start > "$WORK/infra-restart.log" 2>&1
UP=$(date +%s%3N)
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$P/actuator/health/readiness" && break; sleep 0.1; done
echo "readiness UP $(($(date +%s%3N) - UP)) ms after deploy/infra.sh start returned (mongod primary)"
t read -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$P/api/registry/departments"
kill "$RP"
