#!/usr/bin/env bash
# Reproduces docs/screenshots/*.png: the real monitor (target/agentpool.jar) on a private Xvfb display with a tray
# host (trayer), watching a state directory that holds the legacy fixture's 5 stale instances plus the live windows
# of `agentpool demo`. Same tools as ../shared/tools/xshot (Xvfb, trayer, xdotool, imagemagick, libgtk-3-0).
#   bench/screenshots.sh [OUT_DIR]        (build first: ./mvnw -B -o -q package -DskipTests)
# Waits are generous because the shots must work on a loaded 2-core machine; WAIT=seconds scales the first one.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
fixture=${FIXTURE:-../../shared/fixtures/legacy-state-dir}
[ -d "$fixture" ] || fixture=src/test/resources/legacy-state-dir
jar=target/agentpool.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -o -q package -DskipTests" >&2; exit 2; }
for t in Xvfb trayer xdotool import; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
mkdir -p "$out"
work=$(mktemp -d); state=$work/state; mkdir -m 700 "$state"
cp -r "$fixture"/. "$state"/          # fresh mtimes: the legacy metric files count as current, their locks are stale
# The settings window is only shown, never saved: the user's autostart folder is not touched.
dn=":$(( 50 + RANDOM % 400 ))"; pids=(); jpids=()
# Java first (an X server that vanishes under a running JavaFX/AWT app can crash it), then the X side.
stop() {
  for p in "${jpids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${jpids[@]}"; do wait "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true; rm -rf "$work"
}
trap stop EXIT
Xvfb "$dn" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=$dn
trayer --edge top --align right --widthtype pixel --width 200 --height 28 --SetDockType true \
  --transparent false --tint 0x808080 >/dev/null 2>&1 & pids+=($!)
java -jar "$jar" demo --dir "$state" --instances 4 >"$work/demo.log" 2>&1 & jpids+=($!)
java -Dprism.order=sw -jar "$jar" --dir "$state" >"$work/app.log" 2>&1 & app=$!; jpids+=($app)

wait_for_window() {  # name-regex, seconds
  local deadline=$((SECONDS + $2))
  until xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "no window '$1' after $2 s; app log:" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  xdotool search --onlyvisible --name "$1" | tail -1
}
shot_root() { import -window root "$@"; }
wait_rendered() {  # x y w h seconds [min colours]: until the area shows more than a blank window or empty panel
  local deadline=$((SECONDS + $5))
  until [ "$(import -window root -crop "${3}x${4}+${1}+${2}" png:- | identify -format %k - 2>/dev/null || echo 0)" -gt "${6:-50}" ]; do
    [ $SECONDS -lt $deadline ] || { echo "nothing drawn at $1,$2 after $5 s" >&2; return 1; }
    sleep 2
  done
}

main=$(wait_for_window '^Agent Pool Monitor — ' "${WAIT:-120}")
sleep "${SETTLE:-20}"   # first scans, demo windows registering, icon install; nothing to poll for from outside
xdotool windowmove "$main" 40 60 windowsize "$main" 1100 640
wait_rendered 40 60 1100 640 120
sleep 5
shot_root -crop 1180x720+0+40 "$out/main-window.png"
echo "wrote $out/main-window.png"

# Tray: the icon sits in trayer's panel at the top right (about 14 px from the right and top edges).
xdotool mousemove 1266 14
sleep 6
shot_root -crop 560x120+720+0 "$out/tray-tooltip.png"
echo "wrote $out/tray-tooltip.png"
xdotool click 3              # right click opens our AWT menu
sleep 4
xdotool mousemove 1150 52    # onto the first instance entry (the tooltip goes away)
sleep 3
shot_root -crop 560x300+720+0 "$out/tray-menu.png"
echo "wrote $out/tray-menu.png"

# Cleanup confirmation: the main window's "Clean up all…" button (right, above the stale list; window at 40,60).
xdotool key Escape; sleep 2
xdotool mousemove 1068 414 click 1
wait_for_window '^Clean up stale instances$' 60 >/dev/null
sleep 5
shot_root "$out/cleanup-confirmation.png"
echo "wrote $out/cleanup-confirmation.png"
xdotool key Escape           # cancel: nothing is deleted
sleep 3

# Details: the first instance entry of the tray menu opens its details window.
xdotool mousemove 1266 14 click 3
sleep 4
xdotool mousemove 1150 52 click 1
wait_for_window ' — Agent Pool Monitor$' 60 >/dev/null
sleep 5
shot_root "$out/details.png"
echo "wrote $out/details.png"

# No tray: a second display without a tray host. The monitor says so once (popup in the window) and runs as a
# window; when trayer starts later, the icon is added at the next check (every 30 s).
# End the first monitor (SIGTERM; Quit from the tray menu was checked by hand: exit code 0) before the second.
kill "$app"; wait "$app" 2>/dev/null || true
dn2=":$(( 500 + RANDOM % 400 ))"
Xvfb "$dn2" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=$dn2
java -Dprism.order=sw -jar "$jar" --dir "$state" >"$work/app2.log" 2>&1 & jpids+=($!)
main=$(wait_for_window '^Agent Pool Monitor — ' "${WAIT:-120}")
xdotool windowmove "$main" 40 60 windowsize "$main" 1100 640
wait_rendered 40 60 1100 640 120
sleep 10   # the first scan and the "no tray" popup
shot_root "$out/no-tray.png"
echo "wrote $out/no-tray.png"
trayer --edge top --align right --widthtype pixel --width 200 --height 28 --SetDockType true \
  --transparent false --tint 0x808080 >/dev/null 2>&1 & pids+=($!)
wait_rendered 1080 0 200 28 60 8   # the monitor looks for a tray every 30 s; then the icon and a balloon appear
sleep 3
shot_root -crop 760x220+520+0 "$out/tray-appears-later.png"
echo "wrote $out/tray-appears-later.png"

# Settings: a monitor on an empty directory has a menu of known shape ("No live instances"): Settings… is the
# entry at y≈119, and the narrow menu hangs from the icon's right edge.
kill "${jpids[-1]}"; wait "${jpids[-1]}" 2>/dev/null || true
mkdir -m 700 "$work/empty"
java -Dprism.order=sw -jar "$jar" --dir "$work/empty" >"$work/app3.log" 2>&1 & jpids+=($!)
wait_for_window '^Agent Pool Monitor — ' "${WAIT:-120}" >/dev/null
wait_rendered 1080 0 200 28 60 8
sleep 3
xdotool mousemove 1266 14 click 3; sleep 4
xdotool mousemove 1100 119 click 1
settings=$(wait_for_window 'Settings$' 60)
xdotool windowmove "$settings" 300 80
wait_rendered 300 80 500 400 60
sleep 3
geom=$(xdotool getwindowgeometry "$settings" | awk '/Geometry/ {print $2}')
shot_root -crop "${geom}+300+80" "$out/settings.png"
echo "wrote $out/settings.png"
