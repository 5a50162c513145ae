#!/usr/bin/env bash
# Regenerates assets/icon.png: the peninsula and the 38th parallel, cut from
# the app's own headless render. Needs ImageMagick's convert.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
go build -tags migrated_fynedo -o "$TMP/korea1950" .
"$TMP/korea1950" render -date 1950-06-25 -size 1280x800 -layers land,rivers,parallel -o "$TMP/map.png"
convert "$TMP/map.png" -crop 540x540+370+80 +repage -resize 256x256 -strip assets/icon.png
