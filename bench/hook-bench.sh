#!/usr/bin/env bash
# Claude Code hot path benchmark: the exact hook and statusLine commands `agentpool setup claude` writes, whole
# process, real payloads on stdin, side by side with a bare python3 JSON load in the same hyperfine run, and with the
# command form setup wrote before branch perf-rt (the full JDK, Serial GC, a dynamic archive made here in scratch).
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
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"   # the interpreter itself, not a pyenv shim

cat > "$WORK/subagent-start.json" <<'J'
{"session_id":"8f1c0d7e-5b1a-4c3e-9d2f-1a2b3c4d5e6f","transcript_path":"/home/u/.claude/projects/-home-u-app/8f1c0d7e.jsonl","cwd":"/home/u/app","permission_mode":"default","hook_event_name":"SubagentStart","agent_id":"a4d2c8f1e0b3a297","agent_type":"Explore"}
J
cat > "$WORK/statusline.json" <<'J'
{"cwd":"/home/u/app","session_id":"8f1c0d7e-5b1a-4c3e-9d2f-1a2b3c4d5e6f","session_name":"my-session","transcript_path":"/home/u/.claude/projects/-home-u-app/8f1c0d7e.jsonl","model":{"id":"claude-opus-4-1","display_name":"Opus"},"workspace":{"current_dir":"/home/u/app","project_dir":"/home/u/app","added_dirs":[],"git_worktree":"feat","repo":{"host":"github.com","owner":"o","name":"r"}},"version":"2.1.240","output_style":{"name":"default"},"cost":{"total_cost_usd":0.0123,"total_duration_ms":45000,"total_api_duration_ms":2300,"total_lines_added":156,"total_lines_removed":23},"context_window":{"total_input_tokens":15500,"total_output_tokens":1200,"context_window_size":200000,"used_percentage":8,"remaining_percentage":92,"current_usage":{"input_tokens":8500,"output_tokens":1200,"cache_creation_input_tokens":5000,"cache_read_input_tokens":2000}},"exceeds_200k_tokens":false,"fast_mode":false,"effort":{"level":"high"},"thinking":{"enabled":true},"rate_limits":{"five_hour":{"used_percentage":23.5,"resets_at":1738425600}},"vim":{"mode":"NORMAL"}}
J

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
echo "hook:       $HOOK_CMD"
echo "statusline: $STATUS_CMD"
echo "before:     $OLD_CMD hook|statusline"
echo "full JDK:   $FULL_HOOK"
echo "python3:    $PYTHON"
hyperfine -N 2>/dev/null >/dev/null || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# The repeated SubagentStart above changes nothing after its first run (same agent_id: no file is rewritten); a
# SubagentStart of a new agent every run (--prepare writes the payload before each timed run of every command)
# measures a hook that really writes: the activity and counter files, temp + fsync + rename under the file lock.
NEW_AGENT="sed \"s/a4d2c8f1e0b3a297/n\$(date +%N)/\" $WORK/subagent-start.json > $WORK/subagent-new.json"
sh -c "$NEW_AGENT"
hyperfine --warmup 5 --runs "$RUNS" --export-json "$WORK/result.json" --prepare "$NEW_AGENT" \
  -n "hook SubagentStart" "$HOOK_CMD < $WORK/subagent-start.json" \
  -n "hook SubagentStart, new agent" "$HOOK_CMD < $WORK/subagent-new.json" \
  -n "statusline" "$STATUS_CMD < $WORK/statusline.json" \
  -n "before perf-rt: hook SubagentStart" "$OLD_CMD hook < $WORK/subagent-start.json" \
  -n "before perf-rt: statusline" "$OLD_CMD statusline < $WORK/statusline.json" \
  -n "no hot-path runtime: hook on full JDK" "$FULL_HOOK < $WORK/subagent-start.json" \
  -n "python3 json.load (reference)" "$PYTHON -c 'import json,sys; json.load(sys.stdin)' < $WORK/statusline.json" \
  -n "JVM start only (floor)" "$JVM_ONLY" \
  >/dev/null

python3 - "$WORK/result.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
ref = next(r for r in res if r["command"].startswith("python3"))["median"]
print(f"{'command':36} {'median ms':>10} {'mean ms':>9} {'stddev':>7} {'x python3':>9} {'user+sys ms':>12}")
for r in res:
    cpu = (r['user'] + r['system']) * 1000  # mean CPU time per run (hyperfine)
    print(f"{r['command']:36} {r['median']*1000:10.1f} {r['mean']*1000:9.1f} {r['stddev']*1000:7.1f} {r['median']/ref:9.2f} {cpu:12.1f}")
PY

echo
echo "classes loaded (statusline, -Xlog:class+load, same flags):"
CL_CMD="${STATUS_CMD/ -Xlog:disable -Xlog:all=warning:stderr/ -Xlog:class+load:file=$WORK/classes.txt}"
sh -c "$CL_CMD < $WORK/statusline.json" >/dev/null
echo "  total $(wc -l < "$WORK/classes.txt"), from the CDS archive $(grep -c 'shared objects file' "$WORK/classes.txt" || true)"
CL_CMD="${HOOK_CMD/ -Xlog:disable -Xlog:all=warning:stderr/ -Xlog:class+load:file=$WORK/classes-hook.txt}"
sh -c "$CL_CMD < $WORK/subagent-start.json" >/dev/null
echo "classes loaded (hook): total $(wc -l < "$WORK/classes-hook.txt"), from the CDS archive $(grep -c 'shared objects file' "$WORK/classes-hook.txt" || true)"
