#!/usr/bin/env bash
# monitor-bench.sh: idle CPU and RSS of the running monitor watching N live instances, and the time from a file
# change to the UI showing it. Usage: bench/monitor-bench.sh [INSTANCES=100] [IDLE_SECONDS=60] [TRIALS=10]; JAR=PATH runs another build;
# HEARTBEATS=1 rewrites one lock every 30/N s (the heartbeats of N live instances) during the whole run
# GDK_GL=disable by default, as the launchers set it (GTK loads no OpenGL stack); GDK_GL= (empty) measures without it.
# Needs: ./mvnw -o package (target/agentpool.jar + target/lib), target/test-classes (BenchStateDir), Xvfb.
# Runs the real app (java -jar target/agentpool.jar --dir DIR --no-tray) on a private Xvfb display with
# -Dagentpool.ui.traceRender=true, which logs "agentpool-render <epoch ms> live-agents=..." each time a scan
# reached the window (ViewModels updated; the next pulse paints, ≤ 1 frame later).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100} idle=${2:-60} trials=${3:-10} warmup=${4:-30}
jar=${JAR:-target/agentpool.jar} # JAR=/copy/of/target/agentpool.jar runs another build (e.g. a baseline) side by side
[ -f "$jar" ] && [ -d target/test-classes/dev/agentpool/bench ] || { echo "build first: ./mvnw -B -o package -DskipTests (and test-compile)" >&2; exit 2; }
work=$(mktemp -d /tmp/monitor-bench.XXXXXX); chmod 700 "$work"; dir=$work/state; log=$work/monitor.log
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# N instances, all owned by one long-lived process so they are live (legacy locks: pid alive + fresh heartbeat)
sleep 100000 & holder=$!; pids+=($holder)
java -cp target/test-classes dev.agentpool.bench.BenchStateDir "$dir" "$n"
sed -i -E "s/\"pid\": [0-9]+/\"pid\": $holder/" "$dir"/instances/*.lock

display=":$(( 500 + RANDOM % 300 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
# shellcheck disable=SC2086
DISPLAY=$display GDK_GL=${GDK_GL-disable} java ${JAVA_OPTS:-} -Dagentpool.ui.traceRender=true -jar "$jar" --dir "$dir" --no-tray 2>"$log" &
app=$!; pids+=($app)

wait_for() { # wait_for REGEX SECONDS → prints the first matching line
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    line=$(grep -E "$1" "$log" | head -1 || true)
    [ -n "$line" ] && { echo "$line"; return 0; }
    sleep 0.05
  done
  echo "timed out waiting for /$1/ in $log" >&2; tail -20 "$log" >&2; return 1
}
first=$(wait_for "agentpool-render .* instances=$n" 120)
live=$(sed -E 's/.*live-agents=([0-9]+).*/\1/' <<<"$first")
echo "monitor pid $app ($jar, JAVA_OPTS='${JAVA_OPTS:-}', GDK_GL='${GDK_GL-disable}'): first scan on screen, $n instances, $live live agents; load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${HEARTBEATS:-0}" = 1 ]; then
  # what 100 real instances do: each rewrites its lock's heartbeat every 30 s (temp + rename, as the hook does),
  # i.e. n/30 writes a second spread over the instances; none of them changes what the window shows
  (locks=("$dir"/instances/*.lock); gap=$(awk -v n="$n" 'BEGIN {printf "%.3f", 30 / n}'); i=0
   while true; do
     f=${locks[$(( i % ${#locks[@]} ))]}; i=$(( i + 1 )); tmp=${f%/*}/.${f##*/}.$(printf '%016x' "$i").tmp
     sed -E "s/\"last_heartbeat\": \"[^\"]*\"/\"last_heartbeat\": \"$(date +%Y-%m-%dT%H:%M:%S.%N)\"/" "$f" > "$tmp" && mv "$tmp" "$f"
     sleep "$gap"
   done) & pids+=($!)
  echo "heartbeats: one lock rewritten every $(awk -v n="$n" 'BEGIN {printf "%.0f", 30000 / n}') ms"
fi
sleep "$warmup" # let start-up work (class loading, JIT) settle
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
threads() { # per-thread utime+stime ticks: "tid name ticks"
  for t in /proc/$app/task/*; do
    awk -v tid="${t##*/}" '{ match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2); gsub(/ /, "_", name);
      n = split(substr($0, RSTART + RLENGTH + 1), f, " "); print tid, name, f[12] + f[13] }' "$t/stat" 2>/dev/null || true
  done
}
threads >"$work/threads0"
t0=$(ticks); s0=$(date +%s.%N); maxrss=0
for _ in $(seq 1 "$idle"); do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status"); [ "$rss" -gt "$maxrss" ] && maxrss=$rss
  sleep 1
done
t1=$(ticks); s1=$(date +%s.%N)
cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s0="$s0" -v s1="$s1" 'BEGIN {printf "%.2f", (b-a)/hz/(s1-s0)*100}')
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")
threads >"$work/threads1"
echo "per thread (% of one core, top 8):"
awk -v hz="$hz" -v secs="$(awk -v a="$s0" -v b="$s1" 'BEGIN {print b - a}')" \
  'NR == FNR { before[$1] = $3; next } { d = $3 - before[$1]; if (d > 0) printf "  %6.2f %%  %s\n", d / hz / secs * 100, $2 }' \
  "$work/threads0" "$work/threads1" | sort -rn | head -8
echo "idle over ${idle} s: CPU ${cpu} % of one core; RSS max ${maxrss} kB ($(( maxrss / 1024 )) MB), peak (VmHWM) $(( hwm / 1024 )) MB"

# change → screen: bump one instance's counter file; wait for a render whose live total shows it
files=("$dir"/agent_usage_counter_*.txt)
lat=()
for i in $(seq 1 "$trials"); do
  f=${files[$(( (i * 7) % ${#files[@]} ))]}
  old=$(cat "$f"); new=$(( old + 1000 + i ))
  expect=$(( live - old + new ))
  sleep 0.5
  before=$(grep -c agentpool-render "$log" || true)
  start=$(date +%s%3N)
  printf '%s' "$new" > "$f.tmp" && mv "$f.tmp" "$f"
  line=$(wait_for "agentpool-render [0-9]+ live-agents=$expect " 10)
  shown=$(awk '{print $2}' <<<"$line")
  lat+=($(( shown - start )))
  live=$expect
done
sorted=$(printf '%s\n' "${lat[@]}" | sort -n)
median=$(sed -n "$(( (trials + 1) / 2 ))p" <<<"$sorted"); max=$(tail -1 <<<"$sorted")
echo "change → screen over $trials writes: median ${median} ms, max ${max} ms (all: ${lat[*]})"
