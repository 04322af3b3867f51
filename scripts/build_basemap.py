#!/usr/bin/env python
"""Rebuild the dashboard's base map, ``src/ceasefire/serve/static/countries.geo.json``.

Data: ``countries-50m.json`` of the npm package ``world-atlas@2.0.2`` (ISC licence; Natural
Earth 4.1.0 admin-0 countries at 1:50m, public domain), a TopoJSON file. Get it and run::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py /tmp/package/countries-50m.json

Only the standard library is needed. The output is GeoJSON, so the page draws it without a
TopoJSON decoder; to keep it small, each shared border (a TopoJSON arc) is simplified once
with Douglas-Peucker, so neighbours still meet, and coordinates are rounded to 0.01 degree
(about 1 km, finer than a dashboard map shows). One change of substance: Natural Earth 4.1.0
draws Crimea inside Russia's outline (its de facto view); the ledger's gazetteer (GeoNames)
puts Crimean places in Ukraine, so the polygon is moved to Ukraine to agree with it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ceasefire" / "serve" / "static" / "countries.geo.json"
TOLERANCE = 0.02  # degrees: points closer than this to the simplified line are dropped
DECIMALS = 2
SIMFEROPOL = (34.1108, 44.9572)  # lon, lat: a point inside Crimea, to find its polygon

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # outer ring, then holes


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    topology = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    arcs = [_rounded(_simplified(arc, TOLERANCE)) for arc in _decoded_arcs(topology)]
    countries = {g["properties"]["name"]: _polygons(g, arcs)
                 for g in topology["objects"]["countries"]["geometries"]}
    _move_crimea(countries)
    features = [_feature(name, polygons) for name, polygons in sorted(countries.items())
                if polygons]
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(features)} countries, "
          f"{OUT.stat().st_size:,} bytes")
    return 0


def _decoded_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Quantised, delta-encoded arcs -> absolute longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _simplified(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker, iterative; the two ends always stay (they join other arcs)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        far, distance = 0, 0.0
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > distance:
                far, distance = i, d
        if distance > tolerance:
            keep[far] = True
            stack += [(first, far), (far, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _distance(p: Point, a: Point, b: Point) -> float:
    """From ``p`` to the segment ``a``-``b``, in degrees (planar: fine at this scale)."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return float(((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5)


def _rounded(points: Ring) -> Ring:
    out: Ring = []
    for x, y in points:
        point = (round(x, DECIMALS), round(y, DECIMALS))
        if not out or out[-1] != point:
            out.append(point)
    return out


def _polygons(geometry: dict[str, Any], arcs: list[Ring]) -> list[Polygon]:
    """A country's polygons; rings that simplification made degenerate are dropped."""
    parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    polygons = []
    for part in parts:
        rings = [_ring(indices, arcs) for indices in part]
        if len(rings[0]) >= 4:  # the outer ring survived: keep it with its holes
            polygons.append([rings[0]] + [r for r in rings[1:] if len(r) >= 4])
    return polygons


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    points: Ring = []
    for index in indices:  # a negative index is the arc ~index walked backwards
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _move_crimea(countries: dict[str, list[Polygon]]) -> None:
    crimea = [p for p in countries["Russia"] if _inside(SIMFEROPOL, p[0])]
    if len(crimea) != 1:
        raise SystemExit("error: no single Russian polygon holds Crimea in this file; check "
                         "the input is world-atlas 2.0.2's countries-50m.json")
    countries["Russia"].remove(crimea[0])
    countries["Ukraine"].append(crimea[0])


def _inside(point: Point, ring: Ring) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _feature(name: str, polygons: list[Polygon]) -> dict[str, Any]:
    xs = [x for polygon in polygons for x, _ in polygon[0]]
    ys = [y for polygon in polygons for _, y in polygon[0]]
    return {"type": "Feature", "bbox": [min(xs), min(ys), max(xs), max(ys)],
            "properties": {"name": name},
            "geometry": {"type": "MultiPolygon",
                         "coordinates": [[[list(p) for p in ring] for ring in polygon]
                                         for polygon in polygons]}}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
