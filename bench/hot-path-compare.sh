#!/usr/bin/env bash
# Before/after of the hook and statusline commands on the future hot-path runtime: a java.base-only jlink'd JDK 17
# with one static CDS archive per jar (made from the jar's own CdsTraining run), side by side in one hyperfine run,
# then the same commands interleaved run by run (a load burst then hits both jars alike), then class counts.
# Usage: bench/hot-path-compare.sh OLD.jar NEW.jar [runs]   (needs hyperfine, python3, JDK 17 with jlink)
# Work files go to $WORK (default /tmp/hot-path-compare); the jars are copied there, so rebuilding does not matter.
set -euo pipefail
OLD="$(realpath "$1")"; NEW="$(realpath "$2")"; RUNS="${3:-30}"
J17="${J17:-/usr/lib/jvm/java-17-openjdk-amd64/bin}"
PAYLOADS="$(cd "$(dirname "$0")" && pwd)/payloads"
WORK="${WORK:-/tmp/hot-path-compare}"
mkdir -p "$WORK"; cd "$WORK"
PY="$(python3 -c 'import sys; print(sys.executable)')"   # the interpreter itself, not a pyenv shim

if [ ! -x rt/bin/java ]; then
  "$J17/jlink" --add-modules java.base --strip-debug --no-man-pages --no-header-files --output rt
  rt/bin/java -Xshare:dump >/dev/null
fi
J="$WORK/rt/bin/java -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"

archive() { # name jar: copy, train, dump a static archive for exactly that class path
  cp "$2" "$1.jar"
  AGENTPOOL_HOME="$(mktemp -d)" rt/bin/java -XX:DumpLoadedClassList="$1.lst" -cp "$1.jar" dev.agentpool.CdsTraining \
    >/dev/null 2>&1
  rt/bin/java -Xshare:dump -XX:SharedClassListFile="$1.lst" -XX:SharedArchiveFile="$1.jsa" -cp "$1.jar" >/dev/null 2>&1
}
archive old "$OLD"
archive new "$NEW"

cp "$PAYLOADS"/subagent-start.json "$PAYLOADS"/statusline.json .   # v2.1.240 payloads, shared by the benches
export CLAUDE_PID=$$   # like Claude Code v2.1.214+: this script stands in for the Claude process

args=(); prep=""
for n in old new; do
  rm -rf "state-$n"; mkdir -p "state-$n"
  C="AGENTPOOL_HOME=$WORK/state-$n $J -XX:SharedArchiveFile=$WORK/$n.jsa -cp $WORK/$n.jar dev.agentpool.Main"
  sh -c "$C hook < subagent-start.json"   # registers the instance: the repeated event below changes nothing
  prep="$prep sed \"s/a4d2c8f1e0b3a297/n\$(date +%N)/\" subagent-start.json > new-$n.json;"
  args+=(-n "hook repeated, $n" "$C hook < subagent-start.json")
  args+=(-n "hook new agent, $n" "$C hook < new-$n.json")
  args+=(-n "statusline, $n" "$C statusline < statusline.json")
done
sh -c "$prep"
args+=(-n "python3 json.load" "$PY -c 'import json,sys; json.load(sys.stdin)' < statusline.json")
args+=(-n "JVM -version (floor)" "$J -XX:SharedArchiveFile=$WORK/new.jsa -version 2>/dev/null")
echo "load before: $(cat /proc/loadavg)"
hyperfine --warmup 3 --runs "$RUNS" --prepare "$prep" --export-json result.json "${args[@]}" >/dev/null 2>&1
echo "load after:  $(cat /proc/loadavg)"
for ((i = 1; i < ${#args[@]}; i += 3)); do echo "${args[$i]}"; done > names.txt
python3 - <<'PY'
import json
names = open("names.txt").read().splitlines()
print(f"{'hyperfine, one run':24} {'median ms':>9} {'mean ms':>8} {'user+sys ms':>11}")
for name, r in zip(names, json.load(open("result.json"))["results"]):
    print(f"{name:24} {r['median']*1000:9.1f} {r['mean']*1000:8.1f} {(r['user']+r['system'])*1000:11.1f}")
PY

# The same, interleaved: run 1 of every command, then run 2 of every command, ...; CPU from wait4.
WORK="$WORK" J="$J" PY="$PY" RUNS="$RUNS" python3 - <<'PY'
import os, statistics, time
W, J, PY, N = os.environ["WORK"], os.environ["J"].split(), os.environ["PY"], int(os.environ["RUNS"])
def run(argv, stdin, env):
    with open(stdin, "rb") as fi:
        t = time.perf_counter(); pid = os.fork()
        if pid == 0:
            os.dup2(fi.fileno(), 0); null = os.open("/dev/null", os.O_WRONLY); os.dup2(null, 1); os.dup2(null, 2)
            os.execve(argv[0], argv, env)
        _, _, ru = os.wait4(pid, 0)
    return (time.perf_counter() - t) * 1000, (ru.ru_utime + ru.ru_stime) * 1000
cmds = []
for n in ("old", "new"):
    env = dict(os.environ, AGENTPOOL_HOME=f"{W}/state-{n}")
    c = J + [f"-XX:SharedArchiveFile={W}/{n}.jsa", "-cp", f"{W}/{n}.jar", "dev.agentpool.Main"]
    cmds += [(f"hook repeated, {n}", c + ["hook"], f"{W}/subagent-start.json", env, False),
             (f"hook new agent, {n}", c + ["hook"], f"{W}/new-{n}.json", env, True),
             (f"statusline, {n}", c + ["statusline"], f"{W}/statusline.json", env, False)]
cmds += [("python3 json.load", [PY, "-c", "import json,sys; json.load(sys.stdin)"], f"{W}/statusline.json", dict(os.environ), False),
         ("JVM -version (floor)", J + [f"-XX:SharedArchiveFile={W}/new.jsa", "-version"], "/dev/null", dict(os.environ), False)]
start = open(f"{W}/subagent-start.json").read()
res = {c[0]: [] for c in cmds}
print("load before:", open("/proc/loadavg").read().strip())
for i in range(N + 3):
    for name, argv, stdin, env, new in cmds:
        if new:
            open(stdin, "w").write(start.replace("a4d2c8f1e0b3a297", f"n{os.getpid()}_{i}"))
        r = run(argv, stdin, env)
        if i >= 3:
            res[name].append(r)
print("load after: ", open("/proc/loadavg").read().strip())
print(f"{'interleaved':24} {'median ms':>9} {'mean ms':>8} {'CPU median':>10}")
for name, v in res.items():
    print(f"{name:24} {statistics.median(x[0] for x in v):9.1f} {statistics.mean(x[0] for x in v):8.1f} "
          f"{statistics.median(x[1] for x in v):10.1f}")
PY

echo "classes loaded (-Xlog:class+load): total / after dev.agentpool.Main / from the CDS archive"
for n in old new; do
  C="$J -XX:SharedArchiveFile=$WORK/$n.jsa -cp $WORK/$n.jar dev.agentpool.Main"
  count() { echo "  $n $1: $(wc -l < "$2") / $(awk '/dev.agentpool.Main /{x=1} x' "$2" | wc -l) / $(grep -c 'shared objects file' "$2")"; }
  AGENTPOOL_HOME="$WORK/state-$n" sh -c "$C hook < subagent-start.json"   # a fresh heartbeat: the next one writes nothing
  AGENTPOOL_HOME="$WORK/state-$n" sh -c "${C/-Xlog:disable/-Xlog:class+load:file=$WORK/c.txt} hook < subagent-start.json"
  count "hook repeated" c.txt
  sh -c "$prep"
  AGENTPOOL_HOME="$WORK/state-$n" sh -c "${C/-Xlog:disable/-Xlog:class+load:file=$WORK/c.txt} hook < new-$n.json"
  count "hook new agent" c.txt
  AGENTPOOL_HOME="$WORK/state-$n" sh -c "${C/-Xlog:disable/-Xlog:class+load:file=$WORK/c.txt} statusline < statusline.json" >/dev/null
  count "statusline" c.txt
done
