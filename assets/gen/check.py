#!/usr/bin/env python3
"""Sanity checks for assets/basemap/*.geojson (run after gen.sh):
sizes, features per layer, vertex counts, bounds, ring closure/orientation,
no border vertex inside the inter-Korean box, river distances to known points."""
import json, math, os, sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "basemap")
KNOWN = {
 'Yalu':[(128.05,41.95),(128.18,41.40),(126.9,41.78),(126.29,41.15),(124.92,40.45),(124.39,40.10),(124.30,39.85)],
 'Tumen':[(128.3,42.0),(129.2,42.23),(129.75,42.45),(129.85,42.97),(130.0,42.95),(130.70,42.29)],
 'Han':[(127.93,36.99),(127.31,37.54),(126.98,37.52),(126.68,37.75),(126.52,37.75)],
 'Imjin':[(127.6,38.9),(127.07,38.10),(126.78,37.86),(126.68,37.75)],
 'Naktong':[(128.98,37.17),(128.73,36.56),(128.25,36.42),(128.40,35.99),(128.45,35.85),(128.47,35.38),(128.85,35.39),(128.95,35.08)],
 'Taedong':[(126.3,39.75),(126.2,39.25),(125.75,39.02),(125.40,38.72),(125.15,38.70)],
 'Chongchon':[(126.75,40.45),(126.28,40.17),(126.08,39.87),(125.92,39.70),(125.67,39.62),(125.60,39.60),(125.45,39.55)],
}
fail = []

def area(r):
    return sum(r[i][0]*r[i+1][1]-r[i+1][0]*r[i][1] for i in range(len(r)-1))/2

def seg_dist(p, a, b):
    c = math.cos(math.radians(p[1]))
    px, py = p[0]*c, p[1]; ax, ay = a[0]*c, a[1]; bx, by = b[0]*c, b[1]
    dx, dy = bx-ax, by-ay
    t = 0 if dx == dy == 0 else max(0, min(1, ((px-ax)*dx+(py-ay)*dy)/(dx*dx+dy*dy)))
    return math.hypot(px-ax-t*dx, py-ay-t*dy)

def lines_of(g):
    if g['type'] == 'LineString': return [g['coordinates']]
    if g['type'] == 'MultiLineString': return g['coordinates']
    return []

for name, river_expected in (("peninsula.geojson", True), ("eastasia.geojson", False)):
    path = os.path.join(BASE, name)
    raw = open(path, 'rb').read()
    fc = json.loads(raw)
    assert fc['type'] == 'FeatureCollection'
    layers, verts = {}, {}
    bb = [999, 999, -999, -999]
    for f in fc['features']:
        assert f['type'] == 'Feature'
        L = f['properties']['layer']
        layers[L] = layers.get(L, 0) + 1
        g = f['geometry']
        if L == 'land':
            polys = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
            for poly in polys:
                for i, r in enumerate(poly):
                    if r[0] != r[-1] or len(r) < 4: fail.append(f"{name}: unclosed ring")
                    a = area(r)
                    if (i == 0) != (a > 0): fail.append(f"{name}: bad orientation ring {i} area {a}")
                    verts[L] = verts.get(L, 0) + len(r)
                    for x, y in r: bb = [min(bb[0], x), min(bb[1], y), max(bb[2], x), max(bb[3], y)]
        else:
            for l in lines_of(g):
                if len(l) < 2: fail.append(f"{name}: short line")
                verts[L] = verts.get(L, 0) + len(l)
                for x, y in l:
                    bb = [min(bb[0], x), min(bb[1], y), max(bb[2], x), max(bb[3], y)]
                    if L == 'border' and 124 <= x <= 131 and 33 <= y <= 39.5:
                        fail.append(f"{name}: border vertex in inter-Korean box {x},{y}")
    print(f"{name}: {len(raw)} bytes, features {layers}, vertices {verts}, bbox {bb}")
    if b' ' in raw.replace(b'"traced from well-known places (approximate)"', b'').split(b'"source":')[0]:
        pass
    if river_expected:
        rv = {f['properties']['name']: f for f in fc['features'] if f['properties']['layer'] == 'river'}
        if sorted(rv) != sorted(KNOWN): fail.append(f"rivers: {sorted(rv)}")
        for n, pts in KNOWN.items():
            f = rv[n]; p = f['properties']
            lines = lines_of(f['geometry'])
            gaps = max([math.dist(l[i], l[i+1]) for l in lines for i in range(len(l)-1)])
            ds = [min(seg_dist(k, l[i], l[i+1]) for l in lines for i in range(len(l)-1)) for k in pts]
            print(f"  {n:9s} {p['name_ko']} {p['name_zh']} approx={p['approximate']} parts={len(lines)} "
                  f"pts={sum(map(len, lines))} longest-seg={gaps:.3f}° max-dist-known={max(ds):.3f}° "
                  f"[{' '.join('%.3f' % d for d in ds)}]")
    elif 'river' in layers:
        fail.append(f"{name}: unexpected rivers")
if fail:
    print("FAIL"); [print(" ", x) for x in fail[:20]]; sys.exit(1)
print("OK")
