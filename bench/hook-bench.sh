#!/usr/bin/env bash
# Claude Code hot path benchmark: the exact hook and statusLine commands `agentpool setup claude` writes, whole
# process, real payloads on stdin, side by side in one hyperfine run with the issue's reference (a bare python3 JSON
# load of the same payload: as the issue writes it, `python3` from PATH, and the interpreter binary itself), with the
# command form setup wrote before branch perf-rt (the full JDK, Serial GC, a dynamic archive made here in scratch),
# and with the same JVM doing nothing. Every timed run starts from the same state: a realistic directory (below).
# The whole run is done twice, the second time with the commands in reverse order, so a drift of the machine during
# a run shows instead of favouring whichever command comes first.
# Usage: bench/hook-bench.sh [runs]   (needs hyperfine, python3 and a packaged target/agentpool.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-40}"
JAR="$PWD/target/agentpool.jar"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o package -DskipTests" >&2; exit 1; }
[ -f target/agentpool-cli.jsa ] || echo "note: no target/agentpool-cli.jsa (AppCDS archive): the JVM starts slower" >&2
[ -x target/hotpath-runtime/bin/java ] || echo "note: no target/hotpath-runtime: setup writes the full JDK's java" >&2

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export AGENTPOOL_HOME="$WORK/state"   # the written commands use the default state dir: point it somewhere scratch
export CLAUDE_PID=$$                  # like Claude Code v2.1.214+: this script stands in for the Claude process

# The commands setup writes, taken from the settings file it writes (a scratch project, so ~/.claude is untouched).
java -jar "$JAR" setup claude --project "$WORK/project" >/dev/null
read_cmd() {
  python3 - "$WORK/project/.claude/settings.json" "$1" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(s["statusLine"]["command"] if sys.argv[2] == "statusline" else s["hooks"]["SubagentStart"][0]["hooks"][0]["command"])
PY
}
HOOK_CMD="$(read_cmd hook)"
STATUS_CMD="$(read_cmd statusline)"
# The issue's reference, `python3 -c 'import json,sys; json.load(sys.stdin)'`, run as the issue writes it (python3
# from PATH: on the team VM a pyenv shim, a bash script that finds and execs the interpreter) and as the interpreter
# binary itself (what the shim ends in); Debian's own python3 too when there is one, for scale.
PY_ON_PATH="$(command -v python3)"
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
SYSTEM_PYTHON=/usr/bin/python3

cp bench/payloads/subagent-start.json bench/payloads/statusline.json "$WORK"   # real v2.1.240 payloads

# The same JVM and flags doing nothing but start and stop: what no Java hot path can beat.
JVM_ONLY="${HOOK_CMD%% -cp *} -version 2>/dev/null"

# Before perf-rt: the full JDK with Serial GC and a dynamic archive (-XX:ArchiveClassesAtExit on top of the JDK's
# default one) from the same training; kept here, not in the build, only to show the difference in the same run.
FULL_JAVA="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/bin/java"
OLD_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:disable -Xlog:all=warning:stderr"
"$FULL_JAVA" -XX:ArchiveClassesAtExit="$WORK/before.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
  -Xlog:disable -Xlog:all=error:stderr -cp "$JAR" dev.agentpool.CdsTraining >/dev/null
OLD_CMD="$FULL_JAVA -XX:SharedArchiveFile=$WORK/before.jsa $OLD_FLAGS -cp $JAR dev.agentpool.Main"
# What setup writes when the checkout has no hot-path runtime: the full JDK with the same options and its own static
# archive, dumped like packaging/HotPathRuntime.java does (the options after the archive flag, minus -Xshare/-Xlog).
HOT_OPTS="$(sed -e '/^#/d' -e '/^$/d' -e '/^-Xshare:/d' -e '/^-Xlog/d' src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options | paste -sd' ' -)"
"$FULL_JAVA" -XX:DumpLoadedClassList="$WORK/full.classlist" $HOT_OPTS -Xlog:disable -cp "$JAR" dev.agentpool.CdsTraining >/dev/null
"$FULL_JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/full.classlist" -XX:SharedArchiveFile="$WORK/full.jsa" $HOT_OPTS \
  -Xlog:disable -cp "$JAR" >/dev/null
FULL_HOOK="$FULL_JAVA -XX:SharedArchiveFile=$WORK/full.jsa ${HOOK_CMD#* -XX:SharedArchiveFile=* }"

# The state every command meets, built with the real hook: what a user with four Claude Code windows has.
# - the legacy fixture (5 instances and 145 agents written by the Python tools; their processes are gone here);
# - three other live windows, each a stand-in process (cat on a pipe from this script: it ends with the script)
#   with 3 running subagents;
# - this window (CLAUDE_PID=$$) with 3 running subagents, among them the one the repeated SubagentStart names.
# The statusline then prints "Agents: 3/12 (4) | …". The hook for a new agent stops the previous new agent before
# each timed run (--prepare, through the same hook), so the count never drifts upward during the run.
FIXTURE="${FIXTURE:-../shared/fixtures/legacy-state-dir}"
mkdir -p "$AGENTPOOL_HOME"
if [ -d "$FIXTURE" ]; then cp -R "$FIXTURE/." "$AGENTPOOL_HOME"; else echo "note: no $FIXTURE: no legacy instances" >&2; fi
chmod -R u+w "$AGENTPOOL_HOME"; chmod 700 "$AGENTPOOL_HOME"
session_start() {
  printf '{"session_id":"s-%s","transcript_path":"/home/u/.claude/projects/-home-u-app/s.jsonl","cwd":"/home/u/app","hook_event_name":"SessionStart","source":"startup","model":"claude-opus-4-1"}' "$1"
}
subagent() {   # event agent_id
  sed -e "s/a4d2c8f1e0b3a297/$2/" -e "s/\"SubagentStart\"/\"$1\"/" "$WORK/subagent-start.json"
}
mkfifo "$WORK/stand-ins"
exec 9<>"$WORK/stand-ins"   # this script holds the pipe open; the stand-ins read it and end when it closes
STAND_INS=()
for w in 1 2 3; do
  cat "$WORK/stand-ins" >/dev/null 9>&- &
  pid=$!; STAND_INS+=("$pid")
  session_start "w$w" | CLAUDE_PID=$pid sh -c "$HOOK_CMD"
  for a in 1 2 3; do subagent SubagentStart "w${w}a$a" | CLAUDE_PID=$pid sh -c "$HOOK_CMD"; done
done
# KEEP_STATE=DIR keeps a copy of the state directory as the run left it (to see what the commands met).
trap 'kill "${STAND_INS[@]}" 2>/dev/null; [ -z "${KEEP_STATE:-}" ] || cp -R "$AGENTPOOL_HOME" "$KEEP_STATE"; rm -rf "$WORK"' EXIT
session_start main | sh -c "$HOOK_CMD"
for a in a4d2c8f1e0b3a297 m2 m3; do subagent SubagentStart "$a" | sh -c "$HOOK_CMD"; done
echo "state:      $(sh -c "$STATUS_CMD < $WORK/statusline.json")"

echo "hook:       $HOOK_CMD"
echo "statusline: $STATUS_CMD"
echo "before:     $OLD_CMD hook|statusline"
echo "full JDK:   $FULL_HOOK"
echo "python3:    $PY_ON_PATH (on PATH$(head -c 2 "$PY_ON_PATH" | grep -q '#!' && echo ': a script, execs the interpreter')); interpreter $PYTHON"
# A SubagentStart of a new agent before every timed run of that row (its own --prepare; the other rows prepare
# nothing): the previous new agent stops first, through the same hook, so this window keeps its 3 (+1) subagents and
# remembers one more stopped id per run, as a window does whose subagents come and go.
cat > "$WORK/prepare.sh" <<PREPARE
if [ -f "$WORK/new-id" ]; then
  sed -e "s/a4d2c8f1e0b3a297/\$(cat "$WORK/new-id")/" -e 's/"SubagentStart"/"SubagentStop"/' "$WORK/subagent-start.json" | $HOOK_CMD
fi
echo "n\$(date +%N)" > "$WORK/new-id"
sed "s/a4d2c8f1e0b3a297/\$(cat "$WORK/new-id")/" "$WORK/subagent-start.json" > "$WORK/subagent-new.json"
PREPARE
NEW_AGENT="sh $WORK/prepare.sh"
sh -c "$NEW_AGENT"
NAMES=(); CMDS=(); PREPS=()
row() { NAMES+=("$1"); CMDS+=("$2"); PREPS+=("${3:-true}"); }
row "hook SubagentStart (repeated)" "$HOOK_CMD < $WORK/subagent-start.json"
row "hook SubagentStart, new agent" "$HOOK_CMD < $WORK/subagent-new.json" "$NEW_AGENT"
row "statusline" "$STATUS_CMD < $WORK/statusline.json"
# The same state plus 50 leftover instances (dead pids, 4 files each: what a machine collects when nobody runs the
# cleanup), for the statusline, which adds up the live ones (needs the test classes: ./mvnw package compiles them).
if [ -f target/test-classes/dev/agentpool/bench/BenchStateDir.class ]; then
  cp -R "$AGENTPOOL_HOME" "$WORK/state-leftovers"
  java -cp target/test-classes dev.agentpool.bench.BenchStateDir "$WORK/state-leftovers" 50
  row "statusline, 50 more leftovers" "AGENTPOOL_HOME=$WORK/state-leftovers $STATUS_CMD < $WORK/statusline.json"
fi
row "before perf-rt: hook (repeated)" "$OLD_CMD hook < $WORK/subagent-start.json"
row "before perf-rt: statusline" "$OLD_CMD statusline < $WORK/statusline.json"
row "no hot-path runtime: hook, full JDK" "$FULL_HOOK < $WORK/subagent-start.json"
row "python3 one-liner, python3 on PATH" "python3 -c 'import json,sys; json.load(sys.stdin)' < $WORK/statusline.json"
row "python3 one-liner, interpreter" "$PYTHON -c 'import json,sys; json.load(sys.stdin)' < $WORK/statusline.json"
if [ -x "$SYSTEM_PYTHON" ] && [ "$(readlink -f "$SYSTEM_PYTHON")" != "$(readlink -f "$PYTHON")" ]; then
  row "python3 one-liner, $SYSTEM_PYTHON" "$SYSTEM_PYTHON -c 'import json,sys; json.load(sys.stdin)' < $WORK/statusline.json"
fi
row "JVM start only (floor)" "$JVM_ONLY"

run_pass() {   # $1: result file, rest: row indexes in the order to run them
  local out="$1"; shift
  local args=() preps=()
  for i in "$@"; do args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); preps+=(--prepare "${PREPS[$i]}"); done
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine --warmup 5 --runs "$RUNS" --export-json "$out" "${preps[@]}" "${args[@]}" >/dev/null
}
FORWARD=(); for i in "${!NAMES[@]}"; do FORWARD+=("$i"); done
BACKWARD=(); for ((i = ${#NAMES[@]} - 1; i >= 0; i--)); do BACKWARD+=("$i"); done
run_pass "$WORK/pass1.json" "${FORWARD[@]}"
run_pass "$WORK/pass2.json" "${BACKWARD[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$WORK/pass1.json" "$WORK/pass2.json" <<'PY'
import json, sys
passes = [{r["command"]: r for r in json.load(open(f))["results"]} for f in sys.argv[1:]]
names = list(passes[0])
def ref(p, key):
    return next(r for n, r in p.items() if n.startswith("python3 one-liner, " + key))["median"]
print("medians in ms (pass 1 forward / pass 2 reverse order); x = median / the reference's median in the same pass;")
print("PATH = the issue's command as written (python3 from PATH), interp = the interpreter binary itself")
print(f"{'command':40} {'median ms':>13} {'x PATH':>11} {'x interp':>11} {'user+sys ms':>13}")
for n in names:
    a, b = passes[0][n], passes[1][n]
    med = f"{a['median']*1000:.1f} / {b['median']*1000:.1f}"
    xp = f"{a['median']/ref(passes[0], 'python3 on PATH'):.2f} / {b['median']/ref(passes[1], 'python3 on PATH'):.2f}"
    xi = f"{a['median']/ref(passes[0], 'interpreter'):.2f} / {b['median']/ref(passes[1], 'interpreter'):.2f}"
    cpu = f"{(a['user']+a['system'])*1000:.1f} / {(b['user']+b['system'])*1000:.1f}"
    print(f"{n:40} {med:>13} {xp:>11} {xi:>11} {cpu:>13}")
PY

echo
echo "classes loaded (statusline, -Xlog:class+load, same flags):"
CL_CMD="${STATUS_CMD/ -Xlog:disable -Xlog:all=warning:stderr/ -Xlog:class+load:file=$WORK/classes.txt}"
sh -c "$CL_CMD < $WORK/statusline.json" >/dev/null
echo "  total $(wc -l < "$WORK/classes.txt"), from the CDS archive $(grep -c 'shared objects file' "$WORK/classes.txt" || true)"
CL_CMD="${HOOK_CMD/ -Xlog:disable -Xlog:all=warning:stderr/ -Xlog:class+load:file=$WORK/classes-hook.txt}"
sh -c "$CL_CMD < $WORK/subagent-start.json" >/dev/null
echo "classes loaded (hook): total $(wc -l < "$WORK/classes-hook.txt"), from the CDS archive $(grep -c 'shared objects file' "$WORK/classes-hook.txt" || true)"
