#!/usr/bin/env bash
# Regenerates assets/basemap/peninsula.geojson and assets/basemap/eastasia.geojson
# from GSHHG 2.3.7 (shorelines, WDBII rivers and borders) as packaged by Debian
# (gmt + gmt-gshhg-high). Usage, from anywhere:   assets/gen/gen.sh
# Deterministic: running it twice gives byte-identical files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/assets/basemap"
GO="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"

die() { echo "gen.sh: $*" >&2; exit 1; }

command -v gmt >/dev/null 2>&1 ||
  die "gmt not found. Install it with: apt-get install gmt gmt-gshhg-high"
[ -x "$GO" ] || die "go not found (set GO=/path/to/go)"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# Run gmt inside the temp dir (it writes gmt.history into the working
# directory) and pin the text output format so the dumps are reproducible.
cd "$TMP"
gmt() { command gmt "$@" --FORMAT_FLOAT_OUT=%.12g --IO_SEGMENT_MARKER='>' --GMT_HISTORY=false; }
# gmt-gshhg-high provides the high resolution binned GSHHG files.
gmt coast -R126/127/37/38 -Dh -W -M >/dev/null 2>&1 ||
  die "GSHHG high-resolution data missing. Install it with: apt-get install gmt-gshhg-high"

# --- peninsula: 112-142E x 28-47N, GSHHG high resolution
R=-R112/142/28/47
# land: level 1 (land/islands) of at least 3 km^2; lakes: level 2, no river-lakes, >= 20 km^2
gmt coast $R -Dh -W -M -A3/1/1        > "$TMP/pen_land.txt"
gmt coast $R -Dh -W -M -A20/2/2+l     > "$TMP/pen_lakes.txt"
# all WDBII rivers (unnamed); the generator picks the seven main stems
gmt coast $R -Dh -Ia -M               > "$TMP/pen_rivers.txt"
# national borders
gmt coast $R -Dh -N1 -M               > "$TMP/pen_borders.txt"

# --- eastasia: 60-180E x 0-65N, GSHHG intermediate resolution
R=-R60/180/0/65
gmt coast $R -Di -W -M -A50/1/1       > "$TMP/ea_land.txt"
gmt coast $R -Di -W -M -A300/2/2+l    > "$TMP/ea_lakes.txt"
gmt coast $R -Di -N1 -M               > "$TMP/ea_borders.txt"

mkdir -p "$OUT"
cd "$ROOT"
"$GO" run ./assets/gen/basemap -dumps "$TMP" -out "$OUT"
