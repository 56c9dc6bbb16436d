#!/bin/sh
# Creates the AppCDS archive of the CLI hot path (hook, statusline) for THIS installation:
#   <root>/lib/app/agentpool-cli.jsa, used by the launcher through -XX:SharedArchiveFile=$APPDIR/agentpool-cli.jsa.
# JDK 17 only accepts an archive whose class path is exactly the one it was dumped with, so it is made where the
# package is installed (postinst), not at build time. Safe to rerun: `sudo /opt/agentpool/lib/cds/train.sh`.
# Training runs the real commands on the payloads next to this script, with HOME and the XDG dirs in a temp dir
# (nobody's real state is touched), records the loaded classes, then dumps one static archive from their union.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APPDIR=$ROOT/lib/app
JAVA=$ROOT/lib/runtime/bin/java
ARCHIVE=$APPDIR/agentpool-cli.jsa
CDS=$ROOT/lib/cds
# The launcher's JVM options shape the dump (G1, so its heap objects and module graph are mapped at start); -Xshare
# and logging are this script's own (the one option with a '*' is a logging option, so $OPTS never globs).
OPTS=$(sed -e '/^#/d' -e '/^$/d' -e '/^-Xshare:/d' -e '/^-Xlog/d' "$CDS/hot-path-jvm.options" | paste -sd' ' -)
CP=$(sed -n 's/^app\.classpath=//p' "$APPDIR/agentpool.cfg" | sed "s#\$APPDIR#$APPDIR#g" | paste -sd: -)
[ -n "$CP" ] || { echo "train.sh: no app.classpath in $APPDIR/agentpool.cfg" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache" AGENTPOOL_HOME="$tmp/state" CLAUDE_PID=$$
mkdir -p "$HOME"
n=0
record() { # stdin, args...: one JVM, its loaded classes into its own list
  input=$1; shift
  n=$((n + 1))
  "$JAVA" -XX:DumpLoadedClassList="$tmp/$n.classlist" $OPTS -Xlog:disable -cp "$CP" "$@" <"$input" >/dev/null 2>&1 || true
}
# Every hook event and both statusline formats in one JVM (the app's own training driver), then the real
# entry point once per command with a payload on stdin, and the picocli path (--version).
record /dev/null dev.agentpool.claude.HotPathTraining
record "$CDS/hook-3-subagent-start.json" dev.agentpool.Main hook
record "$CDS/statusline.json" dev.agentpool.Main statusline
record /dev/null dev.agentpool.Main --version
# ids are per process: drop them, keep each line once (lambda/invoker lines stay as they are).
cat "$tmp"/*.classlist | sed 's/ id: [0-9][0-9]*$//' | awk '!seen[$0]++' >"$tmp/all.classlist"
rm -f "$ARCHIVE"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$tmp/all.classlist" -XX:SharedArchiveFile="$ARCHIVE.tmp" $OPTS \
  -Xlog:disable -cp "$CP" >/dev/null 2>&1 || { rm -f "$ARCHIVE.tmp"; exit 1; }
chmod 644 "$ARCHIVE.tmp"
mv -f "$ARCHIVE.tmp" "$ARCHIVE"
