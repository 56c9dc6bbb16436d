#!/usr/bin/env bash
# Scrape latency of `agentpool serve` on a state directory of N instances (4 files each), answered from the cache
# (default: at most one scan per second) and uncached (--max-snapshot-age 0: a full scan on every scrape).
#   ./mvnw -B -o package -DskipTests && bench/metrics-endpoint.sh [N=1000] [REQUESTS=100]
# Uses a loop of curl (sequential scrapes, per-request time_total) and, when installed, wrk (8 connections, 10 s).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
REQUESTS=${2:-100}
work=$(mktemp -d)
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

java -cp target/test-classes dev.agentpool.bench.BenchStateDir "$work/state" "$N"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:target/lib/*" dev.agentpool.bench.MetricsEndpointProfile "$work/state"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port/metrics"

stats() { # reads seconds, prints median / p95 / mean in ms
  sort -n | awk '{a[NR]=$1; s+=$1} END {printf "median %.2f ms  p95 %.2f ms  mean %.2f ms  (n=%d)\n",
    a[int((NR+1)/2)]*1000, a[int(NR*0.95)]*1000, s/NR*1000, NR}'
}

for mode in cached uncached; do
  age=1; [ "$mode" = uncached ] && age=0
  java -jar target/agentpool.jar serve --dir "$work/state" --port "$port" --max-instances "$N" \
    --max-snapshot-age "$age" >"$work/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 200); do curl -sf -o /dev/null "$url" && break; sleep 0.1; done
  for _ in $(seq 1 50); do curl -s -o /dev/null "$url"; done   # JIT warm-up
  bytes=$(curl -s "$url" | wc -c)
  series=$(curl -s "$url" | grep -vc '^#')
  echo "== $mode ($N instances, $series samples, $bytes bytes per scrape)"
  for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | stats
  if command -v wrk >/dev/null 2>&1; then
    wrk -t2 -c8 -d10s --latency "$url" | grep -E 'Requests/sec|Latency|50%|99%'
  fi
  scans=$(curl -s "$url" | awk '/^agentpool_scans_total/ {print $2}')
  echo "scans done by the exporter: $scans"
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""
done
