#!/usr/bin/env bash
# How the hook and statusline scale with what a state directory collects over a day: stopped subagent ids this
# window remembers (0 / 40 / 480) and leftover instances of closed windows (0 / 50 / 200; dead pids, 4 files each,
# nobody ran the cleanup). The exact commands `setup claude` writes (taken from the settings it writes in scratch),
# real v2.1.240 payloads, each run on a fresh copy of its state (so a run cannot change what the next one meets),
# interleaved run by run in random order with the python3 one-liner, so a load burst hits all rows alike.
#
# Usage: bench/window-state-bench.sh [runs]          (default 25; needs ./mvnw -B -o -DskipTests package)
#        BASELINE_CHECKOUT=/path/to/old/checkout adds the same rows run by that checkout's build (its runtime,
#        archive and options; build it there first), against the same states.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-25}"
[ -f target/agentpool.jar ] && [ -f target/test-classes/dev/agentpool/bench/BenchStateDir.class ] \
  || { echo "build first: ./mvnw -B -o -DskipTests package" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export CLAUDE_PID=$$   # this script stands in for the Claude Code process, as in hook-bench.sh

command_of() {   # checkout → the hook command `setup claude` writes there, without its last word ("hook")
  local project="$WORK/project-$(basename "$1")-$RANDOM"
  java -jar "$1/target/agentpool.jar" setup claude --project "$project" >/dev/null
  python3 - "$project/.claude/settings.json" <<'PY'
import json, sys
command = json.load(open(sys.argv[1]))["hooks"]["SubagentStart"][0]["hooks"][0]["command"]
print(command.rsplit(" ", 1)[0])
PY
}
NEW="$(command_of "$PWD")"
cp bench/payloads/subagent-start.json bench/payloads/statusline.json "$WORK"   # real v2.1.240 payloads

# This window: SessionStart and 3 running subagents through the real hook, then N stopped ids written into its
# activity file, stopped within the last 4 minutes (both builds keep them), as the hook writes them.
window() {   # dir stopped-ids
  local dir="$1" n="$2"
  mkdir -p "$dir"; chmod 700 "$dir"
  sed 's/"SubagentStart"/"SessionStart"/' "$WORK/subagent-start.json" | AGENTPOOL_HOME="$dir" sh -c "$NEW hook"
  for a in a4d2c8f1e0b3a297 m2 m3; do
    sed "s/a4d2c8f1e0b3a297/$a/" "$WORK/subagent-start.json" | AGENTPOOL_HOME="$dir" sh -c "$NEW hook"
  done
  python3 - "$dir" "$n" <<'PY'
import datetime, glob, json, sys
path = glob.glob(sys.argv[1] + "/claude_activity_*.json")[0]
n = int(sys.argv[2])
record = json.load(open(path))
now = datetime.datetime.now(datetime.timezone.utc)
record["recently_stopped"] = {
    f"s{i:015x}": (now - datetime.timedelta(seconds=(n - i) * 0.5)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z"
    for i in range(n)}
json.dump(record, open(path, "w"), indent=2)
PY
}
for n in 0 40 480; do window "$WORK/stopped-$n" "$n"; done
for n in 50 200; do
  cp -R "$WORK/stopped-0" "$WORK/leftovers-$n"
  java -cp target/test-classes dev.agentpool.bench.BenchStateDir "$WORK/leftovers-$n" "$n"
done
echo "statusline with 200 leftovers: $(AGENTPOOL_HOME="$WORK/leftovers-200" sh -c "$NEW statusline" < "$WORK/statusline.json")"

# python3 as the issue writes it is resolved here, before python3 runs: a pyenv shim puts the interpreter's own
# directory first on PATH for the process it starts.
python3 - "$WORK" "$RUNS" "$NEW" "${BASELINE_CHECKOUT:+$(command_of "$(realpath "$BASELINE_CHECKOUT")")}" \
  "$(command -v python3)" <<'PY'
import os, random, resource, shlex, shutil, statistics, subprocess, sys, time
work, runs, new, old, on_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
builds = [("", new)] + ([("baseline ", old)] if old else [])
states = [("stopped-0", "0 stopped ids"), ("stopped-40", "40 stopped ids"), ("stopped-480", "480 stopped ids"),
          ("leftovers-50", "50 leftover instances"), ("leftovers-200", "200 leftover instances")]
rows = []
for label, cmd in builds:
    for state, what in states:
        if state.startswith("stopped"):
            rows.append((f"{label}hook repeated, {what}", shlex.split(cmd) + ["hook"], "subagent-start.json", state))
        rows.append((f"{label}statusline, {what}", shlex.split(cmd) + ["statusline"], "statusline.json", state))
python = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True).stdout.strip()
rows.append(("python3 one-liner, python3 on PATH", [on_path, "-c", "import json,sys; json.load(sys.stdin)"], "statusline.json", None))
rows.append(("python3 one-liner, interpreter", [python, "-c", "import json,sys; json.load(sys.stdin)"], "statusline.json", None))
wall = {r[0]: [] for r in rows}; cpu = {r[0]: [] for r in rows}
for round_ in range(runs + 2):   # two warm-up rounds
    order = list(rows); random.shuffle(order)
    for name, argv, payload, state in order:
        env = dict(os.environ)
        if state:
            copy = os.path.join(work, "run")
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(os.path.join(work, state), copy, symlinks=True)
            env["AGENTPOOL_HOME"] = copy
        with open(os.path.join(work, payload), "rb") as stdin:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, env=env, check=True)
            dt = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if round_ >= 2:
            wall[name].append(dt * 1000)
            cpu[name].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
path_ref = statistics.median(wall["python3 one-liner, python3 on PATH"])
interp_ref = statistics.median(wall["python3 one-liner, interpreter"])
print(f"{runs} interleaved rounds; load average now {os.getloadavg()[0]:.2f}")
print(f"| command | median ms | × python3 on PATH | × interpreter | CPU ms |")
print(f"|---|---:|---:|---:|---:|")
for name, *_ in rows:
    m = statistics.median(wall[name])
    print(f"| {name} | {m:.1f} | {m / path_ref:.2f} | {m / interp_ref:.2f} | {statistics.median(cpu[name]):.1f} |")
PY
