#!/usr/bin/env bash
# Installed package vs source checkout, side by side in ONE hyperfine run: the exact hook and statusLine commands
# `agentpool setup claude` writes from each (installed: /opt/agentpool/bin/agentpool …; checkout: java … -cp
# target/agentpool.jar …), whole process, real payloads on stdin, plus the bare python3 JSON load as reference.
# Usage: bench/installed-bench.sh [runs] [package root, default /opt/agentpool]
#   needs hyperfine, python3, an installed package (or an unpacked one whose lib/cds/train.sh has run) and a
#   packaged checkout (./mvnw -DskipTests package → target/agentpool.jar + target/agentpool-cli.jsa).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-40}"
ROOT="${2:-/opt/agentpool}"
[ -x "$ROOT/bin/agentpool" ] || { echo "no $ROOT/bin/agentpool: install the .deb first" >&2; exit 1; }
[ -f target/agentpool.jar ] || { echo "build first: ./mvnw -B -o -DskipTests package" >&2; exit 1; }
[ -f "$ROOT/lib/app/agentpool-cli.jsa" ] || echo "note: $ROOT has no CDS archive yet (run $ROOT/lib/cds/train.sh)" >&2

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export AGENTPOOL_HOME="$WORK/state"   # scratch state dir for every command
export CLAUDE_PID=$$                  # this script stands in for the Claude Code process

"$ROOT/bin/agentpool" setup claude --project "$WORK/installed" >/dev/null
java -jar target/agentpool.jar setup claude --project "$WORK/checkout" >/dev/null
read_cmd() { # settings.json, hook|statusline
  python3 - "$1" "$2" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(s["statusLine"]["command"] if sys.argv[2] == "statusline" else s["hooks"]["SubagentStart"][0]["hooks"][0]["command"])
PY
}
I_HOOK="$(read_cmd "$WORK/installed/.claude/settings.json" hook)"
I_STATUS="$(read_cmd "$WORK/installed/.claude/settings.json" statusline)"
C_HOOK="$(read_cmd "$WORK/checkout/.claude/settings.json" hook)"
C_STATUS="$(read_cmd "$WORK/checkout/.claude/settings.json" statusline)"
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
cp packaging/cds/hook-3-subagent-start.json "$WORK/hook.json"
cp packaging/cds/statusline.json "$WORK/statusline.json"

printf 'installed hook:       %s\ninstalled statusline: %s\ncheckout hook:        %s\ncheckout statusline:  %s\n' \
  "$I_HOOK" "$I_STATUS" "$C_HOOK" "$C_STATUS"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 5 --runs "$RUNS" --export-json "$WORK/result.json" \
  -n "installed statusline" "$I_STATUS < $WORK/statusline.json" \
  -n "checkout statusline" "$C_STATUS < $WORK/statusline.json" \
  -n "installed hook SubagentStart" "$I_HOOK < $WORK/hook.json" \
  -n "checkout hook SubagentStart" "$C_HOOK < $WORK/hook.json" \
  -n "python3 json.load (reference)" "$PYTHON -c 'import json,sys; json.load(sys.stdin)' < $WORK/statusline.json" \
  >/dev/null
python3 - "$WORK/result.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
ref = next(r for r in res if r["command"].startswith("python3"))["median"]
print(f"{'command':32} {'median ms':>10} {'mean ms':>9} {'stddev':>7} {'x python3':>9} {'user+sys ms':>12}")
for r in res:
    cpu = (r['user'] + r['system']) * 1000  # mean CPU time per run (hyperfine)
    print(f"{r['command']:32} {r['median']*1000:10.1f} {r['mean']*1000:9.1f} {r['stddev']*1000:7.1f} {r['median']/ref:9.2f} {cpu:12.1f}")
PY
echo "statusline output (installed): $(sh -c "$I_STATUS < $WORK/statusline.json")"
