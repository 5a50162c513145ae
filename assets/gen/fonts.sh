#!/usr/bin/env bash
# Regenerates assets/fonts/: Noto Sans CJK KR and SC, Regular and Bold,
# taken out of Debian's fonts-noto-cjk collections (.ttc; Fyne loads single
# fonts) and subset to the characters the app writes plus the common ones
# of each script (assets/gen/fonts.py says which). Run it after changing
# the translation table, the place names or the stories; the font test
# (internal/fonts) fails when a character is missing.
#
# Needs Debian's python3-fonttools and fonts-noto-cjk, only here: building
# and testing the app need neither.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${PYTHON:-/usr/bin/python3}"
for f in /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc; do
	[ -r "$f" ] || { echo "fonts.sh: $f is missing: apt-get install fonts-noto-cjk" >&2; exit 1; }
done
"$PY" -c 'import fontTools' 2>/dev/null || { echo "fonts.sh: $PY lacks fontTools: apt-get install python3-fonttools" >&2; exit 1; }
"$PY" "$ROOT/assets/gen/fonts.py" "$ROOT"
