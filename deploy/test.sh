#!/usr/bin/env bash
# Runs every test of the platform: unit tests, ArchUnit rules and the integration tests against a real MongoDB
# and a real Kafka broker that this script installs (if needed), starts on its own ports and data folder, and
# stops again at the end; plus a real identity-service (OIDC provider, demo users on) on port 9186 for the tests
# that need tokens (IT_ISSUER_URI). Extra arguments go to Maven (e.g. -pl registry-service -am).
#
#   deploy/test.sh                   all tests
#   IT_REQUIRED=true deploy/test.sh  as CI runs it: a missing server fails the run instead of skipping
set -Eeuo pipefail
REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"

# Test servers live apart from the ones 'deploy/platform.sh up' runs, so both can run at once.
export SSJ_DATA=${SSJ_TEST_DATA:-$REPO_DIR/.data/test}
export MONGO_PORT=${TEST_MONGO_PORT:-27217}
export KAFKA_PORT=${TEST_KAFKA_PORT:-9292}
export KAFKA_CONTROLLER_PORT=${TEST_KAFKA_CONTROLLER_PORT:-9293}
export IDENTITY_PORT=${TEST_IDENTITY_PORT:-9186}
export IDENTITY_DB=ssj_identity_test
export IDENTITY_DEMO=true

stop_all() {
  deploy/identity.sh stop || true
  deploy/infra.sh stop || true
}
trap stop_all EXIT

echo "[test] starting real MongoDB and Kafka for the integration tests"
deploy/infra.sh start
eval "$(deploy/infra.sh env)"
export IT_MONGO_URI IT_KAFKA_BOOTSTRAP

# The system test runs docs/walkthrough.md's commands as written (curl + jq): jq is a Debian package.
if ! command -v jq > /dev/null; then
  echo "[test] installing jq (apt-get)"
  apt-get update -qq > /dev/null && apt-get install -y -qq jq > /dev/null
fi

export MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m -XX:+UseSerialGC}
# The identity provider runs from a copy of its jar (deploy/identity.sh), so the 'verify' below may rebuild it.
echo "[test] building identity-service and starting it for the integration tests"
./mvnw -B -q -ntp -pl identity-service -am package -DskipTests
deploy/identity.sh start
eval "$(deploy/identity.sh env)"
export IT_ISSUER_URI
echo "[test] IT_MONGO_URI=$IT_MONGO_URI IT_KAFKA_BOOTSTRAP=$IT_KAFKA_BOOTSTRAP IT_ISSUER_URI=$IT_ISSUER_URI IT_REQUIRED=${IT_REQUIRED:-false}"

./mvnw -B -ntp verify "$@"
