#!/usr/bin/env bash
# Runs every test of the platform: unit tests, ArchUnit rules and the integration tests against a real MongoDB
# and a real Kafka broker that this script installs (if needed), starts on its own ports and data folder, and
# stops again at the end. Extra arguments go to Maven (e.g. -pl registry-service -am).
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

stop_infra() { deploy/infra.sh stop || true; }
trap stop_infra EXIT

echo "[test] starting real MongoDB and Kafka for the integration tests"
deploy/infra.sh start
eval "$(deploy/infra.sh env)"
export IT_MONGO_URI IT_KAFKA_BOOTSTRAP
echo "[test] IT_MONGO_URI=$IT_MONGO_URI IT_KAFKA_BOOTSTRAP=$IT_KAFKA_BOOTSTRAP IT_REQUIRED=${IT_REQUIRED:-false}"

export MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m -XX:+UseSerialGC}
./mvnw -B -ntp verify "$@"
