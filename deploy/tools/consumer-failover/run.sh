#!/usr/bin/env bash
# Consumer failover experiment (docs/reliability.md): two plain Kafka consumers (the platform's client version) in
# one group on a new 6-partition topic; SIGKILL the first, print the time until the second holds all partitions.
#
#   deploy/tools/consumer-failover/run.sh SESSION_TIMEOUT_MS HEARTBEAT_MS [BOOTSTRAP]
#
# Needs a running broker (deploy/infra.sh start) and the kafka-clients 4.2.1 and slf4j-api jars in ~/.m2 (any build
# of the project resolves them). Logs go to $TMPDIR.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")"
M2=$HOME/.m2/repository
CP=$M2/org/apache/kafka/kafka-clients/4.2.1/kafka-clients-4.2.1.jar:$(ls "$M2"/org/slf4j/slf4j-api/2.*/slf4j-api-2.*.jar | head -1)
B=${3:-127.0.0.1:${KAFKA_PORT:-9092}}
T=failover-$1-$RANDOM
LOGS=${TMPDIR:-/tmp}
java -cp "$CP" Member.java "$B" create "$T" 2> /dev/null
java -cp "$CP" Member.java "$B" member "$T" "$1" "$2" A > "$LOGS/a-$T.log" 2> /dev/null &
PA=$!
sleep 1
java -cp "$CP" Member.java "$B" member "$T" "$1" "$2" B > "$LOGS/b-$T.log" 2> /dev/null &
PB=$!
last() { tail -1 "$LOGS/$1-$T.log" 2> /dev/null | awk -v f="$2" '{print $f}'; }
for _ in $(seq 1 120); do
  [[ $(last a 3) == 3 && $(last b 3) == 3 ]] && break
  sleep 0.5
done
sleep 2
KILLED=$(date +%s%3N)
kill -9 "$PA"
for _ in $(seq 1 400); do
  [[ $(last b 3) == 6 ]] && break
  sleep 0.25
done
echo "session=$1 heartbeat=$2: the survivor held all partitions $(($(last b 2) - KILLED)) ms after SIGKILL of the other"
kill "$PB"
