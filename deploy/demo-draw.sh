#!/usr/bin/env bash
# One demo draw of the demo joint task, end to end through the gateway, verified by the standalone verifier.
# Called by `deploy/platform.sh up` once every service is healthy (services run with --ssj.demo.enabled=true,
# which also enables the DEMO beacon — not a public beacon: anyone can sign any round).
#
#   1. waits (polling, with a deadline) until draw-service knows the demo joint plan demo-<year>-joint-qy and
#      confirmed entity/inspector snapshots of qy-amr, qy-psb and qy-cult (the registry demo confirms them)
#   2. commits a draw of the joint task naming a DEMO beacon round a few seconds in the future, one named public
#      source and one witness commitment
#   3. the witness reveals their secret before the round time; once the round time has passed: fetches the round's
#      DEMO signature and executes with the source value
#   4. downloads the bundle to .data/demo-draw-bundle.json and runs `java -jar verifier/target/ssj-verifier.jar verify`
# Every call carries a real access token of a demo user from identity-service (deploy/token.sh, issuer SSJ_ISSUER):
# qy-amr-operator (抽取操作员 of the initiating department) commits and executes, qy-amr-witness (见证人) is named in
# the commitment by its user name and reveals as itself.
# Exits non-zero with the reason if any step fails.
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
GATEWAY=${SSJ_GATEWAY_URL:-http://127.0.0.1:8080}
API=$GATEWAY/api/draws
DATA=${SSJ_DATA:-$REPO_DIR/.data}
BUNDLE=$DATA/demo-draw-bundle.json
TIMEOUT=${SSJ_DEMO_DRAW_TIMEOUT:-240}
YEAR=${SSJ_DEMO_YEAR:-$(date +%Y)}
PLAN=demo-$YEAR-joint-qy
DEPARTMENTS=(qy-amr qy-psb qy-cult)
GENESIS=1692803367
PERIOD=3

log() { echo "[demo-draw] $*"; }
fail() { echo "[demo-draw] FAILED: $*" >&2; exit 1; }
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR
command -v jq > /dev/null || fail "jq is required"
command -v java > /dev/null || fail "java is required"
[[ -f verifier/target/ssj-verifier.jar ]] || fail "verifier/target/ssj-verifier.jar missing (build: ./mvnw -B -q package -DskipTests -pl verifier)"
mkdir -p "$DATA"
OPERATOR=${SSJ_DEMO_OPERATOR:-qy-amr-operator}
WITNESS=${SSJ_DEMO_WITNESS:-qy-amr-witness}
OPERATOR_TOKEN=$(deploy/token.sh "$OPERATOR") || fail "no token for $OPERATOR (is identity-service up at ${SSJ_ISSUER:-http://127.0.0.1:8086}?)"
WITNESS_TOKEN=$(deploy/token.sh "$WITNESS") || fail "no token for $WITNESS"
TOKEN=$OPERATOR_TOKEN

# call METHOD URL [JSON] — as $TOKEN; prints the body; on an HTTP error prints the problem+json and fails
call() {
  local method=$1 url=$2 body=${3:-} out status
  out=$(mktemp)
  if [[ -n $body ]]; then
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" --data "$body" "$url") || { rm -f "$out"; fail "$method $url: no answer"; }
  else
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$url") \
      || { rm -f "$out"; fail "$method $url: no answer"; }
  fi
  if (( status >= 300 )); then
    echo "[demo-draw] $method $url -> HTTP $status" >&2; cat "$out" >&2; echo >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

# newest confirmed snapshot id of KIND for DEPARTMENT, or empty
snapshot_of() {
  curl -sf -H "Authorization: Bearer $TOKEN" "$API/snapshots?kind=$1&departmentId=$2" 2> /dev/null | jq -r '.[0].snapshotId // empty' 2> /dev/null || true
}

deadline=$((SECONDS + TIMEOUT))
log "waiting (up to ${TIMEOUT} s) for plan $PLAN and confirmed snapshots of ${DEPARTMENTS[*]}"
while :; do
  missing=()
  plan_json=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/plans/$PLAN" 2> /dev/null || true)
  [[ -n $plan_json ]] || missing+=("plan $PLAN")
  entity_ids=(); inspector_ids=()
  for d in "${DEPARTMENTS[@]}"; do
    e=$(snapshot_of ENTITIES "$d"); i=$(snapshot_of INSPECTORS "$d")
    [[ -n $e ]] && entity_ids+=("$e") || missing+=("entity snapshot of $d")
    [[ -n $i ]] && inspector_ids+=("$i") || missing+=("inspector snapshot of $d")
  done
  (( ${#missing[@]} == 0 )) && break
  (( SECONDS < deadline )) || fail "still missing after ${TIMEOUT} s: ${missing[*]}"
  sleep 2
done
TASK=$(jq -r '.tasks[0].taskId' <<< "$plan_json")
[[ -n $TASK && $TASK != null ]] || fail "plan $PLAN has no task"
log "plan $PLAN task $TASK; entity snapshots ${entity_ids[*]}; inspector snapshots ${inspector_ids[*]}"

NOW=$(date +%s)
ROUND=$(( (NOW + 6 - GENESIS) / PERIOD + 2 ))
ROUND_TIME=$(( GENESIS + (ROUND - 1) * PERIOD ))
SECRET=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
COMMITMENT=$(printf '%s' "$SECRET" | sha256sum | cut -d' ' -f1)
SOURCE_VALUE="$(( RANDOM % 10 )) $(( RANDOM % 10 )) $(( RANDOM % 10 ))"
commit_body=$(jq -n --arg plan "$PLAN" --arg task "$TASK" --argjson round "$ROUND" --arg c "$COMMITMENT" --arg w "$WITNESS" \
  --argjson ents "$(printf '%s\n' "${entity_ids[@]}" | jq -R . | jq -s .)" \
  --argjson ins "$(printf '%s\n' "${inspector_ids[@]}" | jq -R . | jq -s .)" \
  '{planId: $plan, taskId: $task, beaconNetwork: "ssj-demo", beaconRound: $round,
    targetSnapshotIds: $ents, inspectorSnapshotIds: $ins,
    sources: [{name: "演示随机源", description: "three digits announced after the commitment (demo)", format: "INTEGER_LIST:3"}],
    witnessCommitments: [{witness: $w, commitment: $c}]}')
draw=$(call POST "$API" "$commit_body") || fail "commit refused"
DRAW_ID=$(jq -r .id <<< "$draw")
log "committed $DRAW_ID: commitment $(jq -r .commitmentHash <<< "$draw"), DEMO beacon round $ROUND" \
  "($(date -u -d @"$ROUND_TIME" +%H:%M:%SZ)), $(jq -r .candidateCount <<< "$draw") candidates," \
  "$(jq -r .exclusionCount <<< "$draw") excluded"

reveal_body=$(jq -n --arg r "$SECRET" '{reveal: $r}')
TOKEN=$WITNESS_TOKEN call POST "$API/$DRAW_ID/reveals" "$reveal_body" > /dev/null || fail "witness reveal refused"
log "witness $WITNESS revealed before the round time (logged as WITNESS)"
source_body=$(jq -n --arg v "$SOURCE_VALUE" '{source: "演示随机源", value: $v}')
call POST "$API/$DRAW_ID/sources" "$source_body" > /dev/null || fail "source value refused"
log "source value \"$SOURCE_VALUE\" entered before the round time (logged as SOURCE: the beacon is the last input)"
while (( $(date +%s) < ROUND_TIME )); do sleep 1; done
SIGNATURE=$(call GET "$API/demo-beacon/$ROUND" | jq -r .signature) || fail "no DEMO signature"
execute_body=$(jq -n --arg s "$SIGNATURE" --argjson round "$ROUND" '{round: $round, signature: $s}')
result=$(call POST "$API/$DRAW_ID/execute" "$execute_body") || fail "execute refused"
[[ $(jq -r .state <<< "$result") == EXECUTED ]] || fail "draw state $(jq -r .state <<< "$result"): $(jq -c '{status, failureCode}' <<< "$result")"
log "executed: $(jq -r '.targets | length' <<< "$result") targets, seed $(jq -r .seed <<< "$result")"
jq -r '.strata[] | "[demo-draw]   stratum \(.stratum): eligible \(.eligible), drawn \(.quota)\(if .shortfall then " (smaller than quota: all drawn)" else "" end)"' <<< "$result"
jq -r '.targets[:3][] | "[demo-draw]   \(.entityId) key \(.key) leader \(.leaderId) team \(.memberIds | join(","))"' <<< "$result"

call GET "$API/$DRAW_ID/bundle" > "$BUNDLE" || fail "bundle download failed"
log "bundle saved to $BUNDLE ($(wc -c < "$BUNDLE") bytes); verifying with the standalone verifier:"
trap - ERR
set +e
java -jar verifier/target/ssj-verifier.jar verify "$BUNDLE"
rc=$?
set -e
(( rc == 0 )) || fail "the verifier rejected the bundle (exit $rc)"
# the bundle's entries against the platform's transparency log (docs/draw-protocol.md §16)
call GET "$API/log/checkpoint" > "$DATA/demo-draw-checkpoint.txt" || fail "no draw log checkpoint"
call GET "$API/log/key" > "$DATA/draw-log.vkey" || fail "no draw log key"
set +e
java -jar verifier/target/ssj-verifier.jar inclusion "$BUNDLE" "$DATA/demo-draw-checkpoint.txt" --key "$DATA/draw-log.vkey"
rc=$?
set -e
(( rc == 0 )) || fail "the bundle's log entries are not in the signed draw log (exit $rc)"
log "OK: draw $DRAW_ID verified (DEMO beacon: reproducible, but not unpredictable)"
