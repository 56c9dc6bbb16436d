#!/usr/bin/env bash
# Aggregator benchmark: whole process (`aggregate --all --json`, start to printed JSON) as plain `java -jar`, with
# C1 only, and as the recommended command (bin/agentpool: hot-path runtime, AppCDS archive, C1, G1), against the
# C floor (bench/floor.c: open + read every file, nothing else) and the Java read floor (JavaReadFloor: the same
# plus an lstat per file in a fresh JVM, 2 threads, no decoding), interleaved run by run so all see the same machine
# load, plus the in-process harness (AggregatorBench). Prints a Markdown table.
#
# Usage: bench/aggregate-bench.sh [ROUNDS] [N...]     (default: 7 rounds; N = 10 100 1000 10000)
#        BASELINE_JAR=/path/to/old/agentpool.jar adds a "baseline" column (an older build, same lib/ next to it).
#        BASELINE_CHECKOUT=/path/to/old/checkout adds a "baseline recommended" column: that checkout's own
#        bin/agentpool (its runtime, AppCDS archive and flags; build it there first).
#        EXTRA_FLAGS="-Xmn384m ..." adds a "recommended+extra" column (recommended plus those JVM flags), to try a flag
#        against the recommended command in the same run.
#        INPROC=0 skips the in-process harness.
#        JAVA=/path/to/bin/java runs the floor, recommended, extra and baseline-recommended commands on another runtime
#        (e.g. a jlink'd java.base-only image); JSA= / BASELINE_JSA= / EXTRA_JSA= then name archives made for it (a
#        dynamic archive only loads on the runtime whose base archive it extends). Defaults: `java` and each
#        checkout's target/agentpool-cli.jsa.
# Needs: ./mvnw -B -o package -DskipTests (target/agentpool.jar, target/agentpool-cli.jsa, target/test-classes),
#        gcc, python3, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}; shift || true
SIZES=${*:-10 100 1000 10000}
DATA=${BENCH_DIR:-/tmp/agentpool-bench}
JAR=target/agentpool.jar
JSA=${JSA:-$PWD/target/agentpool-cli.jsa}
EXTRA_JSA=${EXTRA_JSA:-$JSA}
# the recommended command: what bin/agentpool runs (the hot-path runtime when built, its archive, the one option list)
if [ -z "${JAVA:-}" ]; then JAVA=$PWD/target/hotpath-runtime/bin/java; [ -x "$JAVA" ] || JAVA=java; fi
mapfile -t OPTIONS < <(sed -e '/^#/d' -e '/^$/d' src/main/resources/dev/agentpool/claude/setup/hot-path-jvm.options)
RECOMMENDED=("$JAVA" "-XX:SharedArchiveFile=$JSA" "${OPTIONS[@]}" -jar "$JAR")
TIMES=$(mktemp); trap 'rm -f "$TIMES"' EXIT

[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o package -DskipTests" >&2; exit 1; }
gcc -O2 -o target/floor bench/floor.c
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
for n in $SIZES; do
  if [ ! -d "$DATA/n$n/instances" ]; then
    java -cp target/test-classes dev.agentpool.bench.BenchStateDir "$DATA/n$n" "$n"
  fi
done
[ -f "$JSA" ] || { echo "no $JSA: the package phase makes it (packaging/HotPathRuntime.java)" >&2; exit 1; }

# "wall_ms/cpu_ms" of one run; CPU (user + sys of the process and its threads) is steadier than wall time on a
# loaded machine, and shows how much work each variant really does.
ms() {
  local t0 t1 cpu
  t0=$(date +%s%N)
  /usr/bin/time -o "$TIMES" -f "%U %S" "$@" >/dev/null 2>&1 || true
  cpu=$(tail -1 "$TIMES" | awk '{printf "%d", ($1 + $2) * 1000}')
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 ))/$cpu"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# median wall / median cpu of a list of "wall/cpu" pairs
medians() { local l=$1; echo "$(echo "$l" | tr ' ' '\n' | cut -d/ -f1 | median)/$(echo "$l" | tr ' ' '\n' | cut -s -d/ -f2 | median)"; }

VARIANTS=("floor" "java-floor")
[ -n "${BASELINE_JAR:-}" ] && VARIANTS+=("baseline")
[ -n "${BASELINE_CHECKOUT:-}" ] && VARIANTS+=("baseline-rec")
VARIANTS+=("java" "java-c1" "recommended")
[ -n "${EXTRA_FLAGS:-}" ] && VARIANTS+=("extra")
run_variant() {
  local v=$1 dir=$2
  case $v in
    floor) ms target/floor "$dir" ;;
    # the same listing + lstat + read of every file in a fresh JVM with the recommended flags (default CDS archive,
    # C1, serial GC), 2 threads, no decoding: what the platform costs before any of our code runs
    java-floor) ms "$JAVA" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
        -cp target/test-classes dev.agentpool.bench.JavaReadFloor "$dir" ;;
    java) ms java -jar $JAR aggregate --all --json --dir "$dir" ;;
    java-c1) ms java -XX:TieredStopAtLevel=1 -jar $JAR aggregate --all --json --dir "$dir" ;;
    baseline) ms java -jar "$BASELINE_JAR" aggregate --all --json --dir "$dir" ;;
    recommended) ms "${RECOMMENDED[@]}" aggregate --all --json --dir "$dir" ;;
    # that checkout's own bin/agentpool (its runtime, archive and flags); with BASELINE_JSA, its jar on $JAVA instead
    baseline-rec) if [ -n "${BASELINE_JSA:-}" ]; then
        ms "$JAVA" "-XX:SharedArchiveFile=$BASELINE_JSA" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
          -XX:-UsePerfData -jar "$BASELINE_CHECKOUT/target/agentpool.jar" aggregate --all --json --dir "$dir"
      else
        ms "$BASELINE_CHECKOUT/bin/agentpool" aggregate --all --json --dir "$dir"
      fi ;;
    # shellcheck disable=SC2086 # EXTRA_FLAGS is a list of flags
    extra) ms "$JAVA" "-XX:SharedArchiveFile=$EXTRA_JSA" "${RECOMMENDED[@]:2:${#RECOMMENDED[@]}-4}" $EXTRA_FLAGS -jar "$JAR" \
        aggregate --all --json --dir "$dir" ;;
  esac
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1) ($JAVA)"
echo "rounds: $ROUNDS (interleaved); each cell: median wall ms / median CPU ms (user+sys); ratios = recommended / floor"
echo "recommended: ${RECOMMENDED[*]} aggregate --all --json --dir DIR"
echo
head="| instances | files | floor (C) | Java read floor |"; rule="|---:|---:|---:|---:|"
[ -n "${BASELINE_JAR:-}" ] && { head="$head baseline java -jar |"; rule="$rule---:|"; }
[ -n "${BASELINE_CHECKOUT:-}" ] && { head="$head baseline recommended |"; rule="$rule---:|"; }
extra_head=""; extra_rule=""
[ -n "${EXTRA_FLAGS:-}" ] && { extra_head=" recommended $EXTRA_FLAGS |"; extra_rule="---:|"; }
echo "$head java -jar | java C1 | recommended |$extra_head wall/floor | CPU/floor | in-process scan (2 threads) |"
echo "$rule---:|---:|---:|$extra_rule---:|---:|---:|"
for n in $SIZES; do
  dir="$DATA/n$n"
  # metric files count only while their mtime is within 300 s: touch them so a reused directory is the same
  # workload as a fresh one (full legacy breakdowns), not a cheaper one with every file too old to count
  find "$dir" -type f -exec touch -c {} +
  declare -A times=()
  for v in "${VARIANTS[@]}"; do times[$v]=""; run_variant "$v" "$dir" >/dev/null; done   # warm the page cache
  for ((r = 0; r < ROUNDS; r++)); do
    for v in "${VARIANTS[@]}"; do times[$v]="${times[$v]} $(run_variant "$v" "$dir")"; done
  done
  declare -A med=()
  for v in "${VARIANTS[@]}"; do med[$v]=$(medians "${times[$v]}"); done
  inproc=-
  if [ "${INPROC:-1}" != 0 ]; then
    inproc=$(java -cp target/classes:target/test-classes dev.agentpool.bench.AggregatorBench "$dir" 9 2 | sed 's/.*median=\([0-9.]*\).*/\1/')
  fi
  files=$(( $(ls "$dir" | wc -l) - 1 + $(ls "$dir/instances" | wc -l) ))
  rw=$(python3 -c "print(f'{${med[recommended]%/*} / max(1, ${med[floor]%/*}):.1f}')")
  # /usr/bin/time counts CPU in 10 ms steps: below 20 ms the floor's CPU is too coarse for a ratio
  rc=$(python3 -c "f = ${med[floor]#*/}; print(f'{${med[recommended]#*/} / f:.1f}' if f >= 20 else 'n/a')")
  row="| $n | $files | ${med[floor]} | ${med[java-floor]} |"
  [ -n "${BASELINE_JAR:-}" ] && row="$row ${med[baseline]} |"
  [ -n "${BASELINE_CHECKOUT:-}" ] && row="$row ${med[baseline-rec]} |"
  extra_cell=""
  [ -n "${EXTRA_FLAGS:-}" ] && extra_cell=" ${med[extra]} |"
  echo "$row ${med[java]} | ${med[java-c1]} | ${med[recommended]} |$extra_cell $rw | $rc | $inproc |"
  echo "  (load after $n: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  unset times med
done
