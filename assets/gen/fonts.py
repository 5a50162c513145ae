"""Cuts the app's Korean and Chinese fonts out of Debian's Noto Sans CJK.

Fyne loads one font file per style, while Debian's fonts-noto-cjk ships
TrueType collections (.ttc) that hold every region's font. This takes Noto
Sans CJK KR and SC, Regular and Bold, out of the collections and subsets
each to the characters the app writes plus the common ones of its script:

  - every character of the translation table (internal/i18n/table.tsv),
    of the place names (assets/places/labels.geojson, geodata/data), of
    the stories (assets/stories/*.json, when there are any) and of the Go
    sources (the dates' words in geodata, for instance);
  - Korean: the 2,350 Hangul syllables of KS X 1001 (EUC-KR);
  - Chinese: the 3,755 hanzi of GB 2312 level 1, the common characters;
  - both: printable ASCII, Latin-1, general punctuation, arrows, CJK
    punctuation and full-width forms.

Run through assets/gen/fonts.sh; it needs Debian's python3-fonttools and
fonts-noto-cjk, which only regenerating the fonts needs (not the build).
"""

import glob
import json
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCES = {
    "Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
# Each output font: the family in the collection, the file it becomes, and
# the common characters of its script.
FAMILIES = {
    "kr": "Noto Sans CJK KR",
    "sc": "Noto Sans CJK SC",
}


def gb2312_level1():
    """The hanzi of GB 2312 level 1: rows 16 to 55 (bytes 0xB0A1-0xD7F9)."""
    out = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the five unassigned cells at the end of row 55
    return out


def ksx1001_hangul():
    """The 2,350 Hangul syllables of KS X 1001: rows 16 to 40 of EUC-KR."""
    out = set()
    for hi in range(0xB0, 0xC9):
        for lo in range(0xA1, 0xFF):
            out.add(bytes([hi, lo]).decode("euc_kr"))
    return out


def ranges(*pairs):
    out = set()
    for a, b in pairs:
        out.update(chr(c) for c in range(a, b + 1))
    return out


COMMON = ranges(
    (0x20, 0x7E),      # ASCII
    (0xA0, 0xFF),      # Latin-1
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203A),  # per mille, primes, guillemets
    (0x2190, 0x2193),  # arrows
    (0x3000, 0x3011),  # CJK punctuation and brackets
    (0xFF01, 0xFF5E),  # full-width forms
) | set("·×°№")


def strings_of(value):
    """Every string in a decoded JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)


def used_chars(root):
    """The characters of the app's texts, as listed in the docstring."""
    chars = set()
    files = [os.path.join(root, "internal/i18n/table.tsv")]
    jsons = [os.path.join(root, "assets/places/labels.geojson")]
    jsons += sorted(glob.glob(os.path.join(root, "geodata/data/*.geojson")))
    jsons += sorted(glob.glob(os.path.join(root, "assets/stories/*.json")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            chars.update(f.read())
    for path in jsons:
        with open(path, encoding="utf-8") as f:
            for s in strings_of(json.load(f)):
                chars.update(s)
    for d in ("app", "maps", "timeline", "geodata", "internal"):
        for path in glob.glob(os.path.join(root, d, "**/*.go"), recursive=True):
            if path.endswith("_test.go"):
                continue
            with open(path, encoding="utf-8") as f:
                chars.update(c for c in f.read() if ord(c) > 0x7F)
    return {c for c in chars if ord(c) >= 0x20}


def face_index(collection, family):
    for i, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == family:
            return i
    sys.exit(f"fonts.py: {family} is not in the collection")


def main():
    root = sys.argv[1]
    out_dir = os.path.join(root, "assets/fonts")
    os.makedirs(out_dir, exist_ok=True)
    used = used_chars(root)
    common = {"kr": ksx1001_hangul(), "sc": gb2312_level1()}
    for weight, path in SOURCES.items():
        collection = TTCollection(path)
        for key, family in FAMILIES.items():
            chars = sorted(used | COMMON | common[key])
            opts = subset.Options()
            opts.font_number = face_index(collection, family)
            opts.hinting = False  # Fyne's rasteriser does not hint
            opts.name_IDs = ["*"]
            opts.name_languages = ["*"]
            opts.notdef_outline = True
            opts.layout_features = ["*"]
            font = subset.load_font(path, opts)
            font.recalcTimestamp = False  # the same input gives the same file
            sub = subset.Subsetter(opts)
            sub.populate(unicodes=[ord(c) for c in chars])
            sub.subset(font)
            name = f"NotoSansCJK{key}-{weight}.subset.otf"
            dest = os.path.join(out_dir, name)
            subset.save_font(font, dest, opts)
            print(f"{name}: {len(chars)} characters, {os.path.getsize(dest)} bytes")


if __name__ == "__main__":
    main()
