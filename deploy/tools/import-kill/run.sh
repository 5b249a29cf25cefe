#!/usr/bin/env bash
# Import killed mid-file (docs/reliability.md): starts registry-service from its exec jar, registers department
# qy-amr (platform admin) and uploads ROWS entities as its demo clerk (qy-amr-clerk),
# SIGKILLs the service once the job has counted some rows, restarts it, times until the job is INTERRUPTED, then
# re-imports the file: created + unchanged must equal ROWS and unchanged must equal what the interrupted job counted.
#
#   SSJ_DATA=... MONGO_PORT=... KAFKA_PORT=... SSJ_ISSUER=http://127.0.0.1:<identity port> REGISTRY_PORT=9581 \
#     ROWS=100000 deploy/tools/import-kill/run.sh
set -u
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$REPO"
DATA=${SSJ_DATA:-$REPO/.data}
P=${REGISTRY_PORT:-9581}
ROWS=${ROWS:-100000}
ISSUER=${SSJ_ISSUER:-http://127.0.0.1:8086}
WORK=$DATA/import-kill
DB=ssj_registry_import_kill_$RANDOM
mkdir -p "$WORK"
cp registry-service/target/registry-service-*-exec.jar "$WORK/registry.jar"
start() {
  java -Xmx512m -jar "$WORK/registry.jar" --server.port="$P" \
    --spring.mongodb.uri="mongodb://127.0.0.1:${MONGO_PORT:-27017}/$DB?replicaSet=rs0" \
    --spring.kafka.bootstrap-servers="127.0.0.1:${KAFKA_PORT:-9092}" --ssj.security.issuer-uri="$ISSUER" \
    --ssj.privacy.secret=import-kill-experiment-secret-0123456789 >> "$WORK/registry.log" 2>&1 &
  RP=$!
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$P/actuator/health/readiness" && break; sleep 0.5; done
}
now() { date +%s%3N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d.get('$1'))"; }
start
TOKEN=$(SSJ_ISSUER=$ISSUER deploy/token.sh admin)
AUTH="Authorization: Bearer $TOKEN"
CLERK="Authorization: Bearer $(SSJ_ISSUER=$ISSUER deploy/token.sh qy-amr-clerk)"
curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -X POST \
  -d '{"id":"qy-amr","name":"测试市场监管局","type":"MARKET_REGULATION","level":"COUNTY","regionCode":"130634"}' \
  "http://127.0.0.1:$P/api/registry/departments"
python3 - "$ROWS" > "$WORK/entities.csv" << 'PY'
import sys
C = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
print("名称,统一社会信用代码,行政区划代码,对象类型,登记状态,信用风险分类,监管部门")
for i in range(int(sys.argv[1])):
    f = "91130634MA%07d" % i
    c = 31 - sum(C.index(ch) * w for ch, w in zip(f, W)) % 31
    print("中断测试企业%d,%s%s,130634,企业,存续,%s,qy-amr" % (i, f, C[0 if c == 31 else c], "ABCD"[i % 4]))
PY
upload() {
  curl -s -H "$CLERK" -F "file=@$WORK/entities.csv;type=text/csv" -F kind=ENTITIES \
    "http://127.0.0.1:$P/api/registry/imports" | json id
}
job() { curl -s -H "$AUTH" "http://127.0.0.1:$P/api/registry/imports/$1"; }
JOB=$(upload)
echo "job $JOB started"
for _ in $(seq 1 600); do
  DONE=$(job "$JOB" | json rowsDone)
  [[ $DONE != None && $DONE -ge 10000 ]] && break
  sleep 0.1
done
KILLED=$(now)
kill -9 "$RP"
echo "SIGKILL with the job at rowsDone=$DONE"
start
echo "restarted after $(($(now) - KILLED)) ms"
for _ in $(seq 1 1200); do
  [[ $(job "$JOB" | json state) == INTERRUPTED ]] && break
  sleep 0.25
done
echo "INTERRUPTED $(($(now) - KILLED)) ms after the SIGKILL: $(job "$JOB")"
COUNTED=$(job "$JOB" | json created)
AGAIN=$(upload)
for _ in $(seq 1 1200); do
  S=$(job "$AGAIN" | json state)
  [[ $S == COMPLETED || $S == FAILED ]] && break
  sleep 0.25
done
R=$(job "$AGAIN")
echo "re-import: $R"
CREATED=$(echo "$R" | json created)
UNCHANGED=$(echo "$R" | json unchanged)
if [[ $((CREATED + UNCHANGED)) == "$ROWS" && $UNCHANGED == "$COUNTED" ]]; then
  echo "OK: the interrupted job counted exactly the $COUNTED records it wrote; the re-import created the other $CREATED"
else
  echo "MISMATCH: interrupted created=$COUNTED, re-import created=$CREATED unchanged=$UNCHANGED (rows $ROWS)"
fi
kill "$RP"
