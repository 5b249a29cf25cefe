#!/usr/bin/env bash
# Demo inspection results for part of the demo draw, through the gateway with real tokens (identity-service).
# Call after deploy/demo-draw.sh (the lead's `deploy/platform.sh up` can run it as its last step).
#
#   1. gets tokens of qy-amr-inspector, qy-amr-head and admin (deploy/token.sh, demo password)
#   2. waits (polling, with a deadline) until the AMR demo inspector has tasks from the demo draw ("my tasks")
#   3. on the first four open records of those tasks, as the AMR part (the inspector's own department):
#      a. 责令改正 with a refusal to sign, submitted, then a rectification deadline and a re-check (follow-up)
#      b. unreachable at the registered address, with a photo uploaded as evidence (SHA-256 kept on the record)
#      c. 未发现问题, submitted, then corrected: proposed by the inspector, signed off by the head (version 2)
#      d. notice and on-site check only — left open, so it becomes overdue
#   4. runs the overdue scan "as of" 30 days ahead (demo only) and prints the department's overdue list
# Tokens come from deploy/token.sh (or SSJ_TOKEN_CMD <user>). Every write carries an Idempotency-Key, so re-running a
# step never applies it twice, and If-Match with the record's current ETag (a joint record refuses writes without it).
# Exits non-zero with the reason if any step fails.
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
GATEWAY=${SSJ_GATEWAY_URL:-http://127.0.0.1:8080}
API=$GATEWAY/api/inspections
TIMEOUT=${SSJ_DEMO_INSPECTIONS_TIMEOUT:-180}
DEPT=qy-amr
RUN=${SSJ_DEMO_RUN:-$(date +%s)}

log() { echo "[demo-inspections] $*"; }
fail() { echo "[demo-inspections] FAILED: $*" >&2; exit 1; }
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR
command -v jq > /dev/null || fail "jq is required"
TOKEN_CMD=${SSJ_TOKEN_CMD:-deploy/token.sh}
[[ -x $TOKEN_CMD ]] || fail "$TOKEN_CMD missing (identity-service, issue 8)"

INSPECTOR=$("$TOKEN_CMD" "$DEPT-inspector") || fail "no token for $DEPT-inspector"
HEAD=$("$TOKEN_CMD" "$DEPT-head") || fail "no token for $DEPT-head"
ADMIN=$("$TOKEN_CMD" admin) || fail "no token for admin"

# call TOKEN METHOD URL [JSON] [KEY] [ETAG] — prints the body; on an HTTP error prints the problem+json and fails
call() {
  local token=$1 method=$2 url=$3 body=${4:-} key=${5:-} etag=${6:-} out status args
  out=$(mktemp)
  args=(-sS -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token")
  [[ -n $key ]] && args+=(-H "Idempotency-Key: $key")
  [[ -n $etag ]] && args+=(-H "If-Match: $etag")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data "$body")
  status=$(curl "${args[@]}" "$url") || { rm -f "$out"; fail "$method $url: no answer"; }
  if (( status >= 300 )); then
    echo "[demo-inspections] $method $url -> HTTP $status" >&2; cat "$out" >&2; echo >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}
# etag TOKEN RECORD — the record's current ETag (a joint record takes writes only with If-Match: 428 without it)
etag() {
  curl -sS -o /dev/null -D - -H "Authorization: Bearer $1" "$API/$2" | tr -d '\r' \
    | awk 'tolower($1) == "etag:" {print $2}'
}
# step NAME RECORD METHOD PATH [JSON] [TOKEN] — a write with an Idempotency-Key derived from the run, record and
# step, and If-Match with the ETag just read (a retried step replays its stored answer, whatever the ETag)
step() {
  local name=$1 record=$2 method=$3 path=$4 body=${5:-'{}'} token=${6:-$INSPECTOR}
  call "$token" "$method" "$API/$record$path" "$body" "demo-$RUN-$record-$name" "$(etag "$token" "$record")" \
    > /dev/null || fail "$name on $record refused"
}

deadline=$((SECONDS + TIMEOUT))
log "waiting (up to ${TIMEOUT} s) for the demo draw's records of $DEPT-inspector"
while :; do
  tasks=$(call "$INSPECTOR" GET "$API/my-tasks?limit=50" 2> /dev/null || echo '[]')
  count=$(jq '[.[] | select(.parts[] | .departmentId == "'$DEPT'" and .status == "PENDING")] | length' <<< "$tasks")
  (( count >= 4 )) && break
  (( SECONDS < deadline )) || fail "only $count open records of $DEPT-inspector after ${TIMEOUT} s"
  sleep 2
done
mapfile -t RECORDS < <(jq -r '[.[] | select(.parts[] | .departmentId == "'$DEPT'" and .status == "PENDING")][:4][].id' <<< "$tasks")
log "records: ${RECORDS[*]}"
TODAY=$(TZ=Asia/Shanghai date +%F)
NOW=$(date -u +%FT%TZ)

# results BODY for a record: every sub-item of the AMR part's items answered with its first allowed option
results() { # record category measures signature
  local record_json
  record_json=$(call "$INSPECTOR" GET "$API/$1") || fail "cannot read $1"
  jq --arg dept "$DEPT" --arg cat "$2" --argjson measures "$3" --argjson sig "$4" '
    {items: [.parts[] | select(.departmentId == $dept) | .items[]
             | . as $item
             | {itemId, subItems: [($item.subItems // [])[] as $s
                 | {subItem: $s, option: ((([$item.subItemOptions // [] | .[] | select(.subItem == $s)][0].options)
                                           // $item.options // ["NORMAL"])[0])}]}],
     category: $cat, measures: $measures, signature: $sig, notes: "演示数据"}' <<< "$record_json"
}
present() { # record — the whole team was on site
  call "$INSPECTOR" GET "$API/$1" | jq -c '[.team[].inspectorId]'
}
checked() { # record
  step notice "$1" POST "/parts/$DEPT/notice" "$(jq -n --arg t "$NOW" '{announced: true, noticeTime: $t, channel: "电话"}')"
  step on-site "$1" POST "/parts/$DEPT/on-site-check" \
    "$(jq -n --arg d "$TODAY" --argjson p "$(present "$1")" '{date: $d, inspectorsPresent: $p, credentialsShown: true}')"
}

# a. 责令改正, refusal to sign, follow-up
A=${RECORDS[0]}
checked "$A"
step draft "$A" PUT "/parts/$DEPT/draft" "$(results "$A" PROBLEM_FOUND_CORRECTION_ORDERED \
  '[{"kind":"ORDER_CORRECTION","note":"责令十个工作日内改正"},{"kind":"ON_SITE_TRANSCRIPT","note":""}]' \
  '{"kind":"REFUSED","explanation":"经营者拒绝在检查记录上签字，已现场录像并由两名执法人员注明","witness":""}')"
step submit "$A" POST "/parts/$DEPT/submit"
step rectification "$A" POST "/parts/$DEPT/follow-ups" \
  "$(jq -n --arg d "$TODAY" --arg due "$(TZ=Asia/Shanghai date -d '+14 days' +%F)" '{kind: "RECTIFICATION_ORDERED", date: $d, dueDate: $due}')"
step recheck "$A" POST "/parts/$DEPT/follow-ups" \
  "$(jq -n --arg d "$TODAY" '{kind: "RECHECKED", date: $d, outcome: "RECTIFIED", note: "复查已改正"}')"
log "a. $A: 发现问题已责令改正, refusal to sign explained, rectification + re-check recorded"

# b. unreachable with evidence
B=${RECORDS[1]}
photo=$(mktemp)
{ printf '\xff\xd8\xff\xe0'; head -c 4096 /dev/urandom; } > "$photo"
attachment=$(curl -sS -f -X POST -H "Authorization: Bearer $INSPECTOR" -H "Idempotency-Key: demo-$RUN-$B-photo" \
  -H 'Content-Type: application/octet-stream' --data-binary @"$photo" "$API/$B/attachments?name=%E7%99%BB%E8%AE%B0%E4%BD%8F%E6%89%80.jpg&capturedAt=$NOW") \
  || fail "photo upload refused"
rm -f "$photo"
step unreachable "$B" POST "/parts/$DEPT/unreachable" \
  "$(jq -n --arg d "$TODAY" --arg a "$(jq -r .attachmentId <<< "$attachment")" '{date: $d, evidence: [$a], explanation: "登记住所已空置，电话无人接听"}')"
log "b. $B: 通过登记的住所无法联系, evidence sha256 $(jq -r .sha256 <<< "$attachment")"
# S1 21: unreachable at the registered address → 列入经营异常名录; the registry's credit feedback moves the entity to
# class D (the default risk rule) for the next snapshot and draw
step abnormal-list "$B" POST "/parts/$DEPT/follow-ups" "$(jq -n --arg d "$TODAY" '{kind: "ABNORMAL_LIST", date: $d}')"
ENTITY_B=$(call "$INSPECTOR" GET "$API/$B" | jq -r .entityId)
credit='' answered=''
probe=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $INSPECTOR" \
  "$GATEWAY/api/registry/entities/$ENTITY_B/credit" || true)
# 200 or 404 ENTITY_NOT_FOUND-like answers come from a registry; anything else (no route, no registry) skips the check
[[ $probe == 200 || $probe == 503 ]] || [[ $probe == 404 && -n $(curl -s -H "Authorization: Bearer $INSPECTOR" \
  "$GATEWAY/api/registry/entities/$ENTITY_B/credit" | grep -o ENTITY_NOT_FOUND) ]] || answered=no
for _ in $(seq 1 60); do
  [[ $answered == no ]] && break
  credit=$(call "$INSPECTOR" GET "$GATEWAY/api/registry/entities/$ENTITY_B/credit" 2> /dev/null || true)
  [[ -n $credit ]] && answered=yes
  [[ $(jq -r '.effectiveCreditClass // empty' <<< "$credit" 2> /dev/null) == D ]] && break
  sleep 1
done
if [[ $answered != yes ]]; then
  # no registry behind this gateway (the inspection-service's own demo test runs without one)
  log "b. $ENTITY_B: 列入经营异常名录 recorded (no registry answered, credit class not checked)"
else
  [[ $(jq -r '.effectiveCreditClass // empty' <<< "$credit" 2> /dev/null) == D ]] \
    || fail "the registry did not move $ENTITY_B to class D after its abnormal-list listing"
  log "b. $ENTITY_B: 列入经营异常名录 → credit class $(jq -r .importedCreditClass <<< "$credit") → D for the next draw" \
    "($GATEWAY/api/registry/entities/$ENTITY_B/credit)"
fi

# c. a correction signed off by the head
C=${RECORDS[2]}
checked "$C"
step draft "$C" PUT "/parts/$DEPT/draft" "$(results "$C" NO_PROBLEM_FOUND '[]' '{"kind":"SIGNED"}')"
step submit "$C" POST "/parts/$DEPT/submit"
step correction "$C" POST "/parts/$DEPT/corrections" \
  "$(jq -n --argjson f "$(results "$C" PROBLEM_FOUND_FOLLOW_UP_PENDING '[]' '{"kind":"SIGNED"}')" '{form: $f, reason: "复核发现录入时选错结果类别"}')"
step sign-off "$C" POST "/parts/$DEPT/corrections/sign-off" '{}' "$HEAD"
log "c. $C: 未发现问题 corrected to 发现问题待后续处理 (version 2, signed off by $DEPT-head)"

# d. checked but never entered: overdue
D=${RECORDS[3]}
checked "$D"
AS_OF=$(TZ=Asia/Shanghai date -d '+30 days' +%F)
scan=$(call "$ADMIN" POST "$API/overdue/scan?asOf=$AS_OF") || fail "overdue scan refused"
log "d. $D: checked, results never entered; scan as of $AS_OF found $(jq -r .missedDeadlines <<< "$scan") missed deadlines"
call "$HEAD" GET "$API/overdue?departmentId=$DEPT" \
  | jq -r '.[] | "[demo-inspections]   overdue \(.id) \(.entityId): \([.parts[] | select(.overdue | length > 0) | "\(.departmentId) \(.overdue | join("+"))"] | join(", "))"'
log "OK: demo results recorded for ${#RECORDS[@]} records of the demo draw"
