#!/usr/bin/env bash
# Prints the time from server start to ready, and the server's memory once started.
#
# Uses the server and WAR that `mvn package` built (target/server, target/akademi-pendamping.war),
# on a copy of the server's configuration with a fresh data directory, so neither the run command's
# nor the tests' data is touched, on ports offset by 200 (8280 and 10190). Runs RUNS starts (default 3), each on a fresh
# embedded database: the first start also migrates the schema and creates the demo data.
#   usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
OFFSET=200
HTTP=$((8080 + OFFSET)); MGMT=$((9990 + OFFSET))
SERVER=target/server; WAR=target/akademi-pendamping.war
[ -x "$SERVER/bin/standalone.sh" ] && [ -f "$WAR" ] || { echo "Run 'mvn package' first" >&2; exit 1; }

now_ms() { date +%s%3N; }
printf '%-5s %-12s %-16s %-14s\n' run "ready (s)" "first page (s)" "RSS (MB)"
for run in $(seq 1 "$RUNS"); do
    base=$(mktemp -d)
    mkdir -p "$base/standalone/deployments"
    cp -r "$SERVER/standalone/configuration" "$base/standalone/"
    # wildfly:run records its deployment in standalone.xml; the copy deploys through the scanner only.
    sed -i '/<deployments>/,/<\/deployments>/d' "$base/standalone/configuration/standalone.xml"
    cp "$WAR" "$base/standalone/deployments/"
    start=$(now_ms)
    "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$base/standalone" \
        -Djboss.socket.binding.port-offset=$OFFSET >"$base/server.log" 2>&1 &
    launcher=$!
    ready=""
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$MGMT/health/ready" 2>/dev/null | grep -q 'akademi-pendamping.war" : "OK"'; then
            ready=$(now_ms); break
        fi
        sleep 0.2
    done
    [ -n "$ready" ] || { echo "server did not become ready; log: $base/server.log" >&2; kill $launcher; exit 1; }
    curl -sf -o /dev/null "http://127.0.0.1:$HTTP/"
    first=$(now_ms)
    pid=$(pgrep -f "jboss.server.base.dir=$base/standalone" | grep -v "^$launcher$" | tail -1)
    sleep 2
    rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
    printf '%-5s %-12s %-16s %-14s\n' "$run" "$(echo "scale=1; ($ready-$start)/1000" | bc)" \
        "$(echo "scale=1; ($first-$start)/1000" | bc)" "$rss"
    "$SERVER/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$MGMT --command=:shutdown >/dev/null 2>&1 || kill "$pid"
    wait $launcher 2>/dev/null || true
    rm -rf "$base"
done
