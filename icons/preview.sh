#!/usr/bin/env bash
# Contact sheet of the generated icons on a light and a dark panel, magnified 4x with nearest-neighbour so each
# pixel is visible: docs/screenshots/icons.png. Needs ImageMagick (montage, convert). Run from the repo root.
set -euo pipefail
res=src/main/resources/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
row() { # background, output
  local bg=$1 out=$2 files=()
  for c in green yellow red grey; do for s in 16 22 24 32 48; do files+=("$res/tray/$c-$s.png"); done; done
  for s in 16 24 32 48 64; do files+=("$res/app/agentpool-$s.png"); done
  montage "${files[@]}" -background "$bg" -geometry '52x52>+4+4' -gravity center -tile 5x "$tmp/$out"
}
row '#F2F2F2' light.png
row '#2B2B2B' dark.png
convert "$tmp/light.png" "$tmp/dark.png" +append +repage -filter point -resize 300% "$tmp/sheet.png"
convert "$res/app/agentpool-256.png" -background '#F2F2F2' -gravity center -extent 272x272 "$tmp/big-light.png"
convert "$res/app/agentpool-256.png" -background '#2B2B2B' -gravity center -extent 272x272 "$tmp/big-dark.png"
convert "$tmp/big-light.png" "$tmp/big-dark.png" +append "$tmp/big.png"
convert "$tmp/sheet.png" "$tmp/big.png" -background '#808080' -gravity center -append +repage -depth 8 docs/screenshots/icons.png
echo docs/screenshots/icons.png
