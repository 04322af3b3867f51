"""Exports of the ledger: CSV, JSON, JSON Lines, Parquet, GeoJSON and ACLED-like columns.

Rows come from ``views`` (and ``acled``); this module only writes them. Parquet is written by
DuckDB (already the embedded store), so no Arrow dependency is needed, with a fixed schema.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from ceasefire import acled
from ceasefire.model import Position, StrikeEvent
from ceasefire.views import Row, best

FORMATS = ("csv", "json", "jsonl", "parquet", "geojson", "acled", "acled-parquet")
ACLED_COLUMNS = tuple(acled.COLUMNS)

# The Parquet types of the event rows (``views.EVENT_ROW_COLUMNS``): fixed, whatever the data.
EVENT_TYPES: dict[str, str] = {
    "event": "VARCHAR", "date": "DATE", "attacker": "VARCHAR", "target_country": "VARCHAR",
    "weapons": "VARCHAR", "places": "VARCHAR", "target_types": "VARCHAR",
    "launched": "DOUBLE", "intercepted": "DOUBLE", "killed": "DOUBLE", "injured": "DOUBLE",
    "claimants": "VARCHAR", "sources": "INTEGER"}


# OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a formula,
# and outlets, titles and sentences are third-party text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A cell that is only a number ("-3", "-1.5e3") is read as that number, never as a formula.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` as a spreadsheet should show it: a text cell that starts like a formula gets an
    apostrophe in front (OWASP's rule), so it is read as text; numbers stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) \
            and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class CsvWriter(csv.DictWriter):
    """The one CSV writer of the product (exports, CLI output, API answers): rows of dicts,
    every cell through ``safe_cell``."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow(_safe_row(rowdict))

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        super().writerows(map(_safe_row, rowdicts))


def _safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: safe_cell(value) for name, value in row.items()}


def write_rows(rows: Sequence[Row], fmt: str, out: TextIO, columns: Sequence[str] = ()
               ) -> None:
    """CSV, JSON or JSON Lines of flat rows to a text stream. A CSV's header is the rows'
    keys, or ``columns`` when there is no row."""
    if fmt == "csv":
        writer = CsvWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        raise ValueError(f"not a row format: {fmt}")


def write_parquet(rows: Sequence[Row], path: Path, types: Mapping[str, str] | None = None
                  ) -> None:
    """Rows to a Parquet file through DuckDB, with the columns and SQL types of ``types`` (the
    event rows' by default): the same schema whatever the data, and for no row at all."""
    import duckdb

    types = types or EVENT_TYPES
    columns = ", ".join(f'"{name}" {kind}' for name, kind in types.items())
    con = duckdb.connect()
    try:
        con.execute(f"CREATE TABLE out ({columns})")
        if rows:
            marks = ", ".join("?" for _ in types)
            con.executemany(f"INSERT INTO out VALUES ({marks})",
                            [[row.get(name) for name in types] for row in rows])
        con.execute(f"COPY out TO '{_sql_path(path)}' (FORMAT PARQUET)")
    finally:
        con.close()


# A GeoJSON feature's properties, then its point: the columns of the places as CSV.
GEOJSON_COLUMNS = ["event", "date", "attacker", "place", "admin1", "country", "kind",
                   "target_types", "launched", "intercepted", "killed", "injured", "hit", "lon",
                   "lat"]


def geojson(events: Iterable[StrikeEvent]) -> dict[str, Any]:
    """A FeatureCollection with one point per place of each event that has coordinates."""
    features = []
    for event in events:
        figures = {m: best(event, m) for m in ("launched", "intercepted", "killed", "injured")}
        hit = _reports_a_hit(event, figures)  # once an event, not once a place
        for place in event.places:
            if place.lat is None or place.lon is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "event": event.id, "date": event.date.isoformat() if event.date else None,
                    "attacker": event.attacker, "place": place.name, "admin1": place.admin1,
                    "country": place.country, "kind": place.kind,
                    "target_types": event.target_types, **figures, "hit": hit,
                },
            })
    return {"type": "FeatureCollection", "features": features}


PLACE_COLUMNS = ["place", "admin1", "country", "kind", "events", "hits", "attackers", "first",
                 "last", "killed", "lon", "lat"]


def geojson_per_place(events: Iterable[StrikeEvent]) -> dict[str, Any]:
    """``geojson``'s points summed per place (a name at one point): what a map draws of many
    events, a hundredth of the size on a large ledger. Each feature has its ``events`` and,
    of them, the ``hits`` (events that report a hit: 0 means weapons were only downed there),
    the ``attackers`` ("?": not named), the ``first`` and ``last`` dates and the sum of the
    events' best ``killed``. The collection's ``regions`` counts per region (admin1) the events
    that report a hit at one of its places, each once (an event hits many places of a
    region)."""
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    regions: dict[str, set[str]] = {}
    for feature in geojson(events)["features"]:
        p = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        place = places.setdefault((p["place"], lon, lat), {
            "place": p["place"], "admin1": p["admin1"], "country": p["country"],
            "kind": p["kind"], "ids": set(), "hits": 0, "attackers": set(), "dates": set(),
            "killed": 0.0})
        if p["event"] in place["ids"]:
            continue  # an event that names a place twice
        place["ids"].add(p["event"])
        place["hits"] += p["hit"]
        place["attackers"].add(p["attacker"] or "?")
        place["dates"].update([p["date"]] if p["date"] else [])
        place["killed"] += p["killed"] or 0
        if p["hit"] and p["admin1"]:
            regions.setdefault(p["admin1"], set()).add(p["event"])
    return {"type": "FeatureCollection",
            "features": [_place_feature(key, place) for key, place in places.items()],
            "regions": {name: len(ids) for name, ids in sorted(regions.items())}}


def _place_feature(key: tuple[str, float, float], place: dict[str, Any]) -> dict[str, Any]:
    _, lon, lat = key
    dates = sorted(place["dates"])
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "place": place["place"], "admin1": place["admin1"], "country": place["country"],
                "kind": place["kind"], "events": len(place["ids"]), "hits": place["hits"],
                "attackers": sorted(place["attackers"]),
                "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                "killed": place["killed"]}}


def _reports_a_hit(event: StrikeEvent, figures: dict[str, float | None]) -> bool:
    """False when the event's only figures are weapons launched or intercepted (no "hit"
    figure, no one killed or injured, no target): its places are where weapons were downed,
    which a map keeps apart from the places hit. A strike reported with no figure at all
    stays a place hit."""
    downed = figures["launched"] is not None or figures["intercepted"] is not None
    return bool(best(event, "hit") or figures["killed"] or figures["injured"]
                or event.target_types or not downed)


def acled_rows(events: Iterable[StrikeEvent], positions: Iterable[Position] = (),
               exchanges: Iterable[Any] = (), talks: Iterable[Any] = ()) -> list[Row]:
    """ACLED's 31 columns in ACLED's order (``ceasefire.acled``): a row per event and place
    hit, then truce positions, exchanges and talks as Strategic developments / Agreement."""
    return acled.in_order([*acled.strike_rows(events), *acled.position_rows(positions),
                           *acled.exchange_rows(exchanges), *acled.talks_rows(talks)])


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def rows_as_text(rows: Sequence[Row], fmt: str, columns: Sequence[str] = ()) -> str:
    buffer = io.StringIO()
    write_rows(rows, fmt, buffer, columns)
    return buffer.getvalue()
