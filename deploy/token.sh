#!/usr/bin/env bash
# Prints an access token of a platform user, obtained the way a browser would: the OAuth 2.1 authorization-code
# flow with PKCE of the public client ssj-web against identity-service (login form with CSRF token, cookies,
# code captured from the redirect, code exchanged with the code_verifier).
#
#   deploy/token.sh <username> [password]       password defaults to the demo password ssj-demo-2026
#   TOKEN=$(deploy/token.sh qy-amr-clerk) && curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/...
#
# Environment: SSJ_ISSUER (default http://127.0.0.1:8086), SSJ_CLIENT_ID (ssj-web),
# SSJ_REDIRECT_URI (http://127.0.0.1/callback — must be registered for the client; it is never called).
# TOKEN_FIELD=refresh_token|id_token prints that field instead; TOKEN_FIELD=json prints the whole response.
set -Eeuo pipefail
ISSUER=${SSJ_ISSUER:-http://127.0.0.1:8086}
CLIENT_ID=${SSJ_CLIENT_ID:-ssj-web}
REDIRECT_URI=${SSJ_REDIRECT_URI:-http://127.0.0.1/callback}
FIELD=${TOKEN_FIELD:-access_token}

fail() { echo "[token] $*" >&2; exit 1; }
[[ $# -ge 1 && $# -le 2 ]] || fail "usage: deploy/token.sh <username> [password]"
USERNAME=$1
PASSWORD=${2:-ssj-demo-2026}
command -v curl > /dev/null || fail "curl is required"
command -v openssl > /dev/null || fail "openssl is required"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR=$WORK/cookies

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
urlencode() { # value
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) printf -v c '%%%02X' "'$c"; out+=$c ;; esac
  done
  printf '%s' "$out"
}
# location HEADERS_FILE — the Location header of a response, without the trailing CR
location() { grep -i '^location:' "$1" | tail -n 1 | sed -e 's/^[Ll]ocation:[[:space:]]*//' -e 's/\r$//'; }
absolute() { [[ $1 == http* ]] && printf '%s' "$1" || printf '%s%s' "$ISSUER" "$1"; }

VERIFIER=$(openssl rand 48 | b64url)
CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -sha256 -binary | b64url)
STATE=$(openssl rand 12 | b64url)
AUTHORIZE="$ISSUER/oauth2/authorize?response_type=code&client_id=$(urlencode "$CLIENT_ID")&redirect_uri=$(urlencode "$REDIRECT_URI")&scope=openid%20profile&state=$STATE&code_challenge=$CHALLENGE&code_challenge_method=S256"

# 1. authorize without a session: redirected to the login form
curl -s -o /dev/null -D "$WORK/h1" -c "$JAR" -b "$JAR" "$AUTHORIZE" || fail "identity-service at $ISSUER does not answer"
LOGIN=$(location "$WORK/h1")
[[ -n $LOGIN ]] || fail "authorize did not redirect to the login form (see $ISSUER/.well-known/openid-configuration)"
# 2. the login form, with its CSRF token
curl -s -o "$WORK/login.html" -c "$JAR" -b "$JAR" "$(absolute "$LOGIN")"
CSRF=$(grep -o '<input[^>]*name="_csrf"[^>]*>' "$WORK/login.html" | grep -o 'value="[^"]*"' | head -n 1 | cut -d'"' -f2)
[[ -n $CSRF ]] || fail "no CSRF token in the login form"
# 3. post the credentials; a good login redirects back to the authorize endpoint
curl -s -o /dev/null -D "$WORK/h3" -c "$JAR" -b "$JAR" \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" \
  "$ISSUER/login"
NEXT=$(location "$WORK/h3")
[[ -n $NEXT && $NEXT != *"/login?error"* ]] || fail "login refused for $USERNAME (wrong password, unknown or disabled user)"
# 4. follow to the authorize endpoint; it redirects to the redirect URI with the code (not followed)
curl -s -o /dev/null -D "$WORK/h4" -c "$JAR" -b "$JAR" "$(absolute "$NEXT")"
CALLBACK=$(location "$WORK/h4")
[[ $CALLBACK == "$REDIRECT_URI"* ]] || fail "authorize did not redirect to $REDIRECT_URI (got: ${CALLBACK:-nothing})"
[[ $CALLBACK != *"error="* ]] || fail "authorize refused: $CALLBACK"
CODE=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<< "$CALLBACK")
[[ -n $CODE ]] || fail "no code in $CALLBACK"
# 5. exchange the code with the PKCE verifier
curl -s -o "$WORK/token.json" -w '%{http_code}' "$ISSUER/oauth2/token" \
  --data-urlencode grant_type=authorization_code --data-urlencode "code=$CODE" \
  --data-urlencode "redirect_uri=$REDIRECT_URI" --data-urlencode "client_id=$CLIENT_ID" \
  --data-urlencode "code_verifier=$VERIFIER" > "$WORK/status"
[[ $(<"$WORK/status") == 200 ]] || fail "token endpoint answered $(<"$WORK/status"): $(<"$WORK/token.json")"
if [[ $FIELD == json ]]; then
  cat "$WORK/token.json"; echo
else
  TOKEN=$(grep -o "\"$FIELD\":\"[^\"]*\"" "$WORK/token.json" | cut -d'"' -f4)
  [[ -n $TOKEN ]] || fail "no $FIELD in the token response"
  printf '%s\n' "$TOKEN"
fi
