#!/usr/bin/env bash
# One demo draw of the demo joint task, end to end through the gateway with REAL access tokens of the demo users
# (identity-service, authorization-code + PKCE flow via deploy/token.sh), verified by the standalone verifier.
# Called by `deploy/platform.sh up` once every service is healthy (services run with --ssj.demo.enabled=true,
# which also enables the DEMO beacon — not a public beacon: anyone can sign any round).
#
#   0. signs in the demo users of the initiating department (qy-amr): 抽取操作员 operator, 见证人 witness, and the
#      联席办 joint office that reads the audit trail at the end
#   1. waits (polling, with a deadline) until draw-service knows the demo joint plan demo-<year>-joint-qy and
#      confirmed entity/inspector snapshots of qy-amr, qy-psb and qy-cult (the registry demo confirms them)
#   2. the operator commits a draw of the joint task naming a DEMO beacon round a few seconds in the future, one
#      named public source and the witness's commitment (the witness is named by their token subject)
#   3. the witness reveals their secret with their own token before the round time; once the round time has passed
#      the operator fetches the round's DEMO signature and executes with the source value
#      (the qy-amr item of the task needs 特种设备 expertise: every team gets an expert drawn from qy-amr's expert
#      library, shown through the gateway; the verifier recomputes it from the bundle)
#   4. downloads the bundle to .data/demo-draw-bundle.json and runs `java -jar verifier/target/ssj-verifier.jar verify`
#   5. the joint office reads the draw's audit trail: who did what, from the verified tokens
# Exits non-zero with the reason if any step fails (a 401/403 ends the run at once, with the problem).
#
# Environment: SSJ_GATEWAY_URL (http://127.0.0.1:8080), SSJ_ISSUER (identity-service, http://127.0.0.1:8086),
# SSJ_DEMO_OPERATOR / SSJ_DEMO_WITNESS / SSJ_DEMO_AUDITOR (qy-amr-operator / qy-amr-witness / qy-joint),
# SSJ_DEMO_PASSWORD (the demo password ssj-demo-2026 — local use only).
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
export SSJ_ISSUER=${SSJ_ISSUER:-http://127.0.0.1:8086}
OPERATOR=${SSJ_DEMO_OPERATOR:-qy-amr-operator}
WITNESS=${SSJ_DEMO_WITNESS:-qy-amr-witness}
AUDITOR=${SSJ_DEMO_AUDITOR:-qy-joint}
PASSWORD=${SSJ_DEMO_PASSWORD:-ssj-demo-2026}
TOKEN_MAX_AGE=${SSJ_DEMO_TOKEN_MAX_AGE:-600}

log() { echo "[demo-draw] $*"; }
fail() { echo "[demo-draw] FAILED: $*" >&2; exit 1; }
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR
command -v jq > /dev/null || fail "jq is required"
command -v java > /dev/null || fail "java is required"
[[ -f verifier/target/ssj-verifier.jar ]] || fail "verifier/target/ssj-verifier.jar missing (build: ./mvnw -B -q package -DskipTests -pl verifier -am)"
mkdir -p "$DATA"

declare -A TOKENS TOKEN_AT
# sign_in USER... — (re)fetch the users' access tokens when missing or older than TOKEN_MAX_AGE seconds; runs in
# the main shell (never inside $(...)) so the tokens are kept
sign_in() {
  local user
  for user in "$@"; do
    if [[ -z ${TOKENS[$user]:-} ]] || (( SECONDS - TOKEN_AT[$user] > TOKEN_MAX_AGE )); then
      TOKENS[$user]=$(deploy/token.sh "$user" "$PASSWORD") \
        || fail "no token for $user from $SSJ_ISSUER (is identity-service up with --ssj.identity.demo.enabled=true?)"
      TOKEN_AT[$user]=$SECONDS
    fi
  done
}
token() { [[ -n ${TOKENS[$1]:-} ]] || fail "no token for $1 (sign_in first)"; printf '%s' "${TOKENS[$1]}"; }

# claim TOKEN NAME — a claim of a JWT's payload (for display and for naming the witness; not a verification)
claim() {
  local payload
  payload=$(cut -d. -f2 <<< "$1" | tr '_-' '/+')
  while (( ${#payload} % 4 )); do payload+="="; done
  base64 -d <<< "$payload" 2> /dev/null | jq -r --arg n "$2" '.[$n] // empty | if type == "array" then join(",") else . end'
}

# call USER METHOD URL [JSON] — as USER (Bearer token); prints the body; on an HTTP error prints the problem+json
# and fails (401/403 end the run at once: the demo users' rights are wrong, waiting will not help)
# followed USER ANSWER — a commit or execution answers the draw, or (on a loaded machine, after the draw-service's
# synchronous bound) 202 with a job (issue 12): then the job is polled until it ends and the draw it names is printed.
followed() {
  local user=$1 answer=$2 job state i
  if [[ $(jq -r '.jobPath // empty' <<< "$answer") == "" ]]; then
    printf '%s' "$answer"
    return
  fi
  for i in $(seq 1200); do
    job=$(call "$user" GET "$GATEWAY$(jq -r .jobPath <<< "$answer")") || return 1
    state=$(jq -r .state <<< "$job")
    [[ $state == QUEUED || $state == RUNNING ]] || break
    sleep 0.5
  done
  if [[ $state != COMPLETED ]]; then
    echo "[demo-draw] job $(jq -r .id <<< "$job") ended $state: $(jq -r '.failureCode + " " + .failureDetail' <<< "$job")" >&2
    return 1
  fi
  call "$user" GET "$GATEWAY$(jq -r .drawPath <<< "$job")"
}

call() {
  local user=$1 method=$2 url=$3 body=${4:-} out status auth
  auth="Authorization: Bearer $(token "$user")"
  out=$(mktemp)
  if [[ -n $body ]]; then
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json' \
      -H "$auth" --data "$body" "$url") || { rm -f "$out"; fail "$method $url: no answer"; }
  else
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H "$auth" "$url") \
      || { rm -f "$out"; fail "$method $url: no answer"; }
  fi
  if (( status >= 300 )); then
    echo "[demo-draw] $method $url as $user -> HTTP $status" >&2; cat "$out" >&2; echo >&2; rm -f "$out"
    if (( status == 401 || status == 403 )); then fail "$user may not $method $url"; fi
    return 1
  fi
  cat "$out"; rm -f "$out"
}

# try USER URL — GET as USER while waiting: the body on 200, nothing otherwise; a 401/403 is written to $DENIED
# (the caller runs in a subshell) and ends the wait
DENIED=$(mktemp)
try() {
  local out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $(token "$1")" "$2" 2> /dev/null) || status=000
  case $status in
    200) cat "$out" ;;
    401|403) { echo "GET $2 as $1 -> HTTP $status"; cat "$out"; } > "$DENIED" ;;
  esac
  rm -f "$out"
}

# newest confirmed snapshot id of KIND for DEPARTMENT, or empty
snapshot_of() {
  try "$OPERATOR" "$API/snapshots?kind=$1&departmentId=$2" | jq -r '.[0].snapshotId // empty' 2> /dev/null || true
}

log "signing in $OPERATOR, $WITNESS and $AUDITOR at $SSJ_ISSUER"
sign_in "$OPERATOR" "$WITNESS" "$AUDITOR"
for user in "$OPERATOR" "$WITNESS" "$AUDITOR"; do
  t=$(token "$user")
  log "  $user: sub $(claim "$t" sub), roles $(claim "$t" roles), department $(claim "$t" department)"
done
WITNESS_ID=$(claim "$(token "$WITNESS")" sub)
[[ -n $WITNESS_ID ]] || fail "the witness token has no subject"

deadline=$((SECONDS + TIMEOUT))
log "waiting (up to ${TIMEOUT} s) for plan $PLAN and confirmed snapshots of ${DEPARTMENTS[*]}"
while :; do
  missing=()
  plan_json=$(try "$OPERATOR" "$API/plans/$PLAN")
  [[ -n $plan_json ]] || missing+=("plan $PLAN")
  entity_ids=(); inspector_ids=()
  for d in "${DEPARTMENTS[@]}"; do
    e=$(snapshot_of ENTITIES "$d"); i=$(snapshot_of INSPECTORS "$d")
    [[ -n $e ]] && entity_ids+=("$e") || missing+=("entity snapshot of $d")
    [[ -n $i ]] && inspector_ids+=("$i") || missing+=("inspector snapshot of $d")
  done
  [[ ! -s $DENIED ]] || { cat "$DENIED" >&2; echo >&2; fail "the operator may not read what the draw needs"; }
  (( ${#missing[@]} == 0 )) && break
  (( SECONDS < deadline )) || fail "still missing after ${TIMEOUT} s: ${missing[*]}"
  sleep 2
  sign_in "$OPERATOR"
done
rm -f "$DENIED"
sign_in "$OPERATOR" "$WITNESS" "$AUDITOR"
TASK=$(jq -r '.tasks[0].taskId' <<< "$plan_json")
[[ -n $TASK && $TASK != null ]] || fail "plan $PLAN has no task"
log "plan $PLAN task $TASK; entity snapshots ${entity_ids[*]}; inspector snapshots ${inspector_ids[*]}"

NOW=$(date +%s)
# ~20 s ahead: commit, reveal and source value must all land before the round time, even on a busy machine
ROUND=$(( (NOW + 20 - GENESIS) / PERIOD + 2 ))
ROUND_TIME=$(( GENESIS + (ROUND - 1) * PERIOD ))
SECRET=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
COMMITMENT=$(printf '%s' "$SECRET" | sha256sum | cut -d' ' -f1)
SOURCE_VALUE="$(( RANDOM % 10 )) $(( RANDOM % 10 )) $(( RANDOM % 10 ))"
commit_body=$(jq -n --arg plan "$PLAN" --arg task "$TASK" --argjson round "$ROUND" --arg c "$COMMITMENT" \
  --argjson ents "$(printf '%s\n' "${entity_ids[@]}" | jq -R . | jq -s .)" \
  --argjson ins "$(printf '%s\n' "${inspector_ids[@]}" | jq -R . | jq -s .)" \
  '{planId: $plan, taskId: $task, beaconNetwork: "ssj-demo", beaconRound: $round,
    targetSnapshotIds: $ents, inspectorSnapshotIds: $ins,
    sources: [{name: "演示随机源", description: "three digits announced after the commitment (demo)", format: "INTEGER_LIST:3"}],
    witnessCommitments: [{witness: $w, commitment: $c}]}' --arg w "$WITNESS_ID")
draw=$(call "$OPERATOR" POST "$API" "$commit_body") || fail "commit refused"
draw=$(followed "$OPERATOR" "$draw") || fail "commit refused"
DRAW_ID=$(jq -r .id <<< "$draw")
log "committed $DRAW_ID: commitment $(jq -r .commitmentHash <<< "$draw"), DEMO beacon round $ROUND" \
  "($(date -u -d @"$ROUND_TIME" +%H:%M:%SZ)), $(jq -r .candidateCount <<< "$draw") candidates," \
  "$(jq -r .exclusionCount <<< "$draw") excluded"

reveal_body=$(jq -n --arg r "$SECRET" '{reveal: $r}')   # the witness is the token's subject
call "$WITNESS" POST "$API/$DRAW_ID/reveals" "$reveal_body" > /dev/null || fail "witness reveal refused"
log "witness $WITNESS_ID revealed with their own token before the round time"
source_body=$(jq -n --arg v "$SOURCE_VALUE" '{source: "演示随机源", value: $v}')
call "$OPERATOR" POST "$API/$DRAW_ID/sources" "$source_body" > /dev/null || fail "source value refused"
log "source value \"$SOURCE_VALUE\" entered before the round time (logged as SOURCE: the beacon is the last input)"
while (( $(date +%s) < ROUND_TIME )); do sleep 1; done
sign_in "$OPERATOR"
SIGNATURE=$(call "$OPERATOR" GET "$API/demo-beacon/$ROUND" | jq -r .signature) || fail "no DEMO signature"
execute_body=$(jq -n --arg s "$SIGNATURE" --argjson round "$ROUND" '{round: $round, signature: $s}')
result=$(call "$OPERATOR" POST "$API/$DRAW_ID/execute" "$execute_body") || fail "execute refused"
result=$(followed "$OPERATOR" "$result") || fail "execute refused"
[[ $(jq -r .state <<< "$result") == EXECUTED ]] || fail "draw state $(jq -r .state <<< "$result"): $(jq -c '{status, failureCode}' <<< "$result")"
log "executed: $(jq -r '.targets | length' <<< "$result") targets, seed $(jq -r .seed <<< "$result")"
jq -r '.strata[] | "[demo-draw]   stratum \(.stratum): eligible \(.eligible), drawn \(.quota)\(if .shortfall then " (smaller than quota: all drawn)" else "" end)"' <<< "$result"
jq -r '.targets[:3][] | "[demo-draw]   \(.entityId) key \(.key) leader \(.leaderId) team \(.memberIds | join(","))"' <<< "$result"
# the qy-amr item of the joint task needs 特种设备 expertise (S0 9): every team has a drawn expert, not a member
EXPERTS=$(jq '[.targets[] | (.experts // []) | length] | add // 0' <<< "$result")
(( EXPERTS > 0 )) || fail "the demo task's item needs 特种设备 expertise but no expert was drawn"
log "experts drawn from qy-amr's expert library (not team members): $EXPERTS"
jq -r '.targets[:3][] | "[demo-draw]   \(.entityId) expert(s) \((.experts // []) | map("\(.expertId) \(.field) \(.mode)") | join(", "))"' <<< "$result"

call "$OPERATOR" GET "$API/$DRAW_ID/bundle" > "$BUNDLE" || fail "bundle download failed"
log "bundle saved to $BUNDLE ($(wc -c < "$BUNDLE") bytes); verifying with the standalone verifier:"
trap - ERR
set +e
java -jar verifier/target/ssj-verifier.jar verify "$BUNDLE"
rc=$?
set -e
(( rc == 0 )) || fail "the verifier rejected the bundle (exit $rc)"
# the bundle's entries against the platform's transparency log (docs/draw-protocol.md §16)
sign_in "$OPERATOR"
call "$OPERATOR" GET "$API/log/checkpoint" > "$DATA/demo-draw-checkpoint.txt" || fail "no draw log checkpoint"
call "$OPERATOR" GET "$API/log/key" > "$DATA/draw-log.vkey" || fail "no draw log key"
set +e
java -jar verifier/target/ssj-verifier.jar inclusion "$BUNDLE" "$DATA/demo-draw-checkpoint.txt" --key "$DATA/draw-log.vkey"
rc=$?
set -e
(( rc == 0 )) || fail "the bundle's log entries are not in the signed draw log (exit $rc)"
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR
sign_in "$AUDITOR"
audit=$(call "$AUDITOR" GET "$API/audit?aggregateId=$DRAW_ID&limit=50") || fail "audit trail of $DRAW_ID unreadable"
log "audit trail of $DRAW_ID as read by $AUDITOR ($(jq '.entries | length' <<< "$audit") entries, newest first):"
jq -r '.entries[] | "[demo-draw]   \(.at) \(.action) by \(.subject) (\((.roles // []) | join(","))) via \(.clientId // "-")"' <<< "$audit"
log "OK: draw $DRAW_ID verified (DEMO beacon: reproducible, but not unpredictable)"
