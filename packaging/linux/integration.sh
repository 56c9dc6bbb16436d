#!/bin/sh
# Desktop and shell integration of the installed package, run by the maintainer scripts (deb postinst/prerm,
# rpm %post/%preun): `integration.sh install` / `integration.sh remove`.
#   - /usr/bin/agentpool -> <root>/bin/agentpool (only replaces a symlink of ours, never a user's file)
#   - the desktop entry and hicolor icons (xdg-desktop-menu/xdg-icon-resource when present, else a plain copy)
#   - the AppCDS archive of the CLI hot path (lib/cds/train.sh; JDK 17 wants it made at the final location)
# It never touches users' data or settings: those live in each user's state directory, not under <root>.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LINK=/usr/bin/agentpool
DESKTOP=agentpool.desktop
SIZES="16 24 32 48 64 128 256 512"

ours() { [ -L "$LINK" ] && [ "$(readlink "$LINK")" = "$ROOT/bin/agentpool" ]; }

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
}

install_desktop() {
  if command -v xdg-desktop-menu >/dev/null 2>&1 && command -v xdg-icon-resource >/dev/null 2>&1; then
    for s in $SIZES; do
      xdg-icon-resource install --noupdate --novendor --context apps --size "$s" \
        "$ROOT/lib/desktop/icons/hicolor/${s}x${s}/apps/agentpool.png" agentpool || true
    done
    xdg-icon-resource forceupdate || true
    xdg-desktop-menu install --novendor "$ROOT/lib/desktop/$DESKTOP" && return 0
  fi
  mkdir -p /usr/share/applications
  cp "$ROOT/lib/desktop/$DESKTOP" "/usr/share/applications/$DESKTOP"
  for s in $SIZES; do
    mkdir -p "/usr/share/icons/hicolor/${s}x${s}/apps"
    cp "$ROOT/lib/desktop/icons/hicolor/${s}x${s}/apps/agentpool.png" "/usr/share/icons/hicolor/${s}x${s}/apps/agentpool.png"
  done
  refresh_caches
}

remove_desktop() {
  if command -v xdg-desktop-menu >/dev/null 2>&1 && command -v xdg-icon-resource >/dev/null 2>&1; then
    xdg-desktop-menu uninstall --novendor "$ROOT/lib/desktop/$DESKTOP" || true
    for s in $SIZES; do
      xdg-icon-resource uninstall --noupdate --context apps --size "$s" agentpool || true
    done
    xdg-icon-resource forceupdate || true
  fi
  # The plain-copy fallback: delete only files identical to ours.
  if cmp -s "$ROOT/lib/desktop/$DESKTOP" "/usr/share/applications/$DESKTOP"; then
    rm -f "/usr/share/applications/$DESKTOP"
  fi
  for s in $SIZES; do
    f="/usr/share/icons/hicolor/${s}x${s}/apps/agentpool.png"
    if cmp -s "$ROOT/lib/desktop/icons/hicolor/${s}x${s}/apps/agentpool.png" "$f"; then rm -f "$f"; fi
  done
  refresh_caches
}

case "${1:-}" in
  install)
    if [ ! -e "$LINK" ] || ours || { [ -L "$LINK" ] && [ ! -e "$LINK" ]; }; then
      ln -sfn "$ROOT/bin/agentpool" "$LINK"
    else
      echo "agentpool: $LINK exists and is not ours; left alone (use $ROOT/bin/agentpool)" >&2
    fi
    install_desktop
    "$ROOT/lib/cds/train.sh" || echo "agentpool: CDS archive not created; the CLI starts slower" >&2
    ;;
  remove)
    if ours; then rm -f "$LINK"; fi
    remove_desktop
    rm -f "$ROOT/lib/app/agentpool-cli.jsa"
    ;;
  *)
    echo "usage: $0 install|remove" >&2
    exit 2
    ;;
esac
exit 0
