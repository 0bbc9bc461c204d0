#!/usr/bin/env bash
# A bounded soak against 127.0.0.1 only: starts the packaged service on a free port with a fresh temporary
# database and a throw-away CURATOR token, measures heap after a full GC, runs scripts/Soak.java (reads and
# authenticated writes, default 60 s x 16 clients), measures heap after a full GC again, and stops the service.
# Usage: scripts/soak.sh [SECONDS] [CLIENTS]     (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
CLIENTS=${2:-16}
JAR=$(ls target/adaptation-graph-*.jar | grep -v original | head -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '=+/')
HASH=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
LOG=$(mktemp /tmp/soak-service-XXXX.log)

java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --graph.embedded.ephemeral=true --graph.embedded.bolt-port=0 \
  --graph.security.tokens.soak.sha256="$HASH" --graph.security.tokens.soak.role=CURATOR >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "service failed to start, see $LOG"; exit 1; }
  sleep 1
done

heap() { jcmd "$PID" GC.run >/dev/null; sleep 1; jcmd "$PID" GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+'; }
rss() { ps -o rss= -p "$PID" | tr -d ' '; }
# Warm up (first executions plan their Cypher), then take the baseline.
java scripts/Soak.java "$PORT" "$TOKEN" 10 4 >/dev/null
BEFORE=$(heap)
echo "## Soak: ${SECONDS_TO_RUN} s, ${CLIENTS} clients, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo
java scripts/Soak.java "$PORT" "$TOKEN" "$SECONDS_TO_RUN" "$CLIENTS"
RSS_UNDER_LOAD=$(rss)
AFTER=$(heap)
echo "| heap used after full GC, before / after | $((BEFORE / 1024)) MB / $((AFTER / 1024)) MB |"
echo "| resident memory at the end of the load | $((RSS_UNDER_LOAD / 1024)) MB |"
