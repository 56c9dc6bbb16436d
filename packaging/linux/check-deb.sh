#!/usr/bin/env bash
# Checks the built .deb WITHOUT installing it into this machine's system (CI, after
# `./mvnw -Ppackage -DskipTests package`): metadata, file list, sizes, then the CLI launcher of the package
# unpacked into a temp dir (`dpkg-deb -x`): --version and an aggregate of the legacy fixture.
# Usage: packaging/linux/check-deb.sh [path/to/agentpool_*.deb]   (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."

deb=${1:-$(ls target/dist/agentpool_*.deb 2>/dev/null | head -1)}
[ -f "$deb" ] || { echo "check-deb: no .deb in target/dist (build it with ./mvnw -Ppackage -DskipTests package)" >&2; exit 1; }
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)
version=${version%-SNAPSHOT}
fixture=src/test/resources/legacy-state-dir
failures=0
ok()   { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

echo "check-deb: $deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is agentpool"                 test "$(field Package)" = agentpool
check "Version $(field Version) is $version-<release>" test "$(field Version | cut -d- -f1)" = "$version"
check "Depends has libgtk-3-0 ($(field Depends | tr -d '\n' | cut -c1-60)…)" \
  grep -Eq '(^|[ ,])libgtk-3-0([ ,(]|$)' <<<"$(field Depends)"
check "Architecture is amd64 or arm64"      grep -Eq '^(amd64|arm64)$' <<<"$(field Architecture)"

files=$(dpkg-deb -c "$deb" | awk '{print $NF}')
has() { grep -qx "./opt/agentpool/$1" <<<"$files"; }
for f in bin/agentpool bin/agentpool-monitor lib/runtime/bin/java lib/app/agentpool.jar lib/app/agentpool.cfg \
         lib/integration.sh lib/cds/train.sh lib/cds/statusline.json lib/desktop/agentpool.desktop; do
  check "file /opt/agentpool/$f" has "$f"
done
for s in 16 24 32 48 64 128 256 512; do
  check "icon ${s}x${s}" has "lib/desktop/icons/hicolor/${s}x${s}/apps/agentpool.png"
done
check "no JavaFX jars on the class path (they are modules in the runtime)" \
  bash -c '! grep -q "lib/app/lib/javafx-" <<<"$0"' "$files"
control=$(mktemp -d)
trap 'rm -rf "$control" "${tmp:-}"' EXIT
dpkg-deb -e "$deb" "$control"
check "postinst runs integration.sh install" grep -q "integration.sh install" "$control/postinst"
check "prerm runs integration.sh remove"     grep -q "integration.sh remove" "$control/prerm"
check "maintainer scripts never touch users' homes or state dirs" \
  bash -c '! grep -Eq "HOME|/home/|\.agentpool|XDG_" "$0"/postinst "$0"/prerm "$0"/postrm' "$control"

deb_bytes=$(stat -c %s "$deb")
check ".deb size $((deb_bytes / 1048576)) MiB <= 30 MB" test "$deb_bytes" -le 30000000

tmp=$(mktemp -d)
dpkg-deb -x "$deb" "$tmp"
root=$tmp/opt/agentpool
if command -v desktop-file-validate >/dev/null 2>&1; then
  check "desktop entry validates" desktop-file-validate "$root/lib/desktop/agentpool.desktop"
fi
check "desktop entry is 'Agent Pool Monitor' running the monitor launcher" \
  grep -qx "Name=Agent Pool Monitor" "$root/lib/desktop/agentpool.desktop"
grep -qx "Exec=env GDK_GL=disable /opt/agentpool/bin/agentpool-monitor" "$root/lib/desktop/agentpool.desktop" \
  && ok "desktop Exec is /opt/agentpool/bin/agentpool-monitor (GTK without OpenGL)" || fail "desktop Exec"

check "bin/agentpool is the script launcher (not jpackage's, which queries dpkg at every start)" \
  grep -q "exec \"\$ROOT/lib/runtime/bin/java\"" "$root/bin/agentpool"
out=$("$root/bin/agentpool" --version 2>&1) || true
check "unpacked 'agentpool --version' prints 'agentpool $version' (got: $out)" test "$out" = "agentpool $version"

# The hot path through the package's launcher: hook prints nothing, statusline one line, both exit 0, whatever
# the state of the CDS archive (the launcher's JVM options must keep the JVM's CDS notices off stdout).
hot_path() { # label, package root
  local label=$1 r=$2 out rc
  export AGENTPOOL_HOME=$tmp/hot-path-state CLAUDE_PID=$$
  out=$("$r/bin/agentpool" hook <"$r/lib/cds/hook-3-subagent-start.json" 2>/dev/null) && rc=0 || rc=$?
  check "$label: hook exits 0 with empty stdout (rc $rc, ${#out} bytes)" test "$rc:$out" = "0:"
  out=$("$r/bin/agentpool" statusline <"$r/lib/cds/statusline.json" 2>/dev/null) && rc=0 || rc=$?
  check "$label: statusline exits 0 with one 'Agents: ' line (rc $rc: $out)" \
    bash -c '[ "$0" = 0 ] && [ "$(wc -l <<<"$1")" = 1 ] && [[ "$1" == Agents:\ * ]]' "$rc" "$out"
  unset AGENTPOOL_HOME CLAUDE_PID
}
hot_path "no CDS archive" "$root"
# The install-time CDS training works here too (the archive matches the unpacked location).
check "CDS training creates lib/app/agentpool-cli.jsa" bash -c '"$0"/lib/cds/train.sh && test -s "$0"/lib/app/agentpool-cli.jsa' "$root"
hot_path "with the CDS archive" "$root"
# The launcher really maps it, heap objects and module graph included (only G1 does; see hot-path-jvm.options): a
# copy of the launcher with -Xshare:on (the JVM refuses to start without the archive) and the CDS log to a file.
sed 's|^  -cp |  -Xshare:on -Xlog:cds=info:file='"$tmp"'/cds.log -Xlog:class+load=info:file='"$tmp"'/classes.log -cp |' \
  "$root/bin/agentpool" >"$root/bin/agentpool-cds-check"
chmod +x "$root/bin/agentpool-cds-check"
out=$(AGENTPOOL_HOME=$tmp/hot-path-state CLAUDE_PID=$$ "$root/bin/agentpool-cds-check" statusline \
  <"$root/lib/cds/statusline.json" 2>/dev/null) && rc=0 || rc=$?
rm -f "$root/bin/agentpool-cds-check"
check "statusline starts with -Xshare:on (archive usable; rc $rc: $out)" \
  bash -c '[ "$0" = 0 ] && [[ "$1" == Agents:\ * ]]' "$rc" "$out"
check "… with the archived full module graph" grep -q "full module graph: enabled" "$tmp/cds.log"
check "… and the archived heap objects" bash -c '! grep -q "heap data is being ignored" "$0" && grep -q "map heap data" "$0"' "$tmp/cds.log"
unshared=$(grep -vc "shared objects file" "$tmp/classes.log" || true)
check "… every class of the statusline from the archive ($unshared not)" bash -c 'test -s "$0" && test "$1" = 0' "$tmp/classes.log" "$unshared"
installed_kb=$(du -sk "$root" | cut -f1)
check "installed size with the CDS archive $((installed_kb / 1024)) MiB <= 100 MB" test "$installed_kb" -le 97656

state=$tmp/legacy-state-dir
cp -r "$fixture" "$state"   # fresh modification times: the legacy metric files count while fresh
json=$("$root/bin/agentpool" aggregate --all --json --dir "$state" 2>"$tmp/aggregate.err") || true
number() { grep -o "\"$1\" *: *[0-9]*" <<<"$json" | head -1 | grep -o '[0-9]*$'; }
check "unpacked 'agentpool aggregate --all --json' on the legacy fixture: total_agents 145 (got: $(number total_agents))" \
  test "$(number total_agents)" = 145
check "… and instance_count 5 (got: $(number instance_count))" test "$(number instance_count)" = 5
[ -s "$tmp/aggregate.err" ] && sed 's/^/  stderr: /' "$tmp/aggregate.err" | head -5

# Moved after training: JDK 17 rejects the archive (class path changed); that must only cost speed.
mv "$tmp/opt/agentpool" "$tmp/moved-agentpool"
hot_path "moved install (mismatched CDS archive)" "$tmp/moved-agentpool"

if [ "$failures" -gt 0 ]; then
  echo "check-deb: $failures check(s) failed"
  exit 1
fi
echo "check-deb: all checks passed"
