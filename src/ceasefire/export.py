"""Exports of the ledger: CSV, JSON, JSON Lines, Parquet, GeoJSON and ACLED-like columns.

Rows come from ``views``; this module only writes them. Parquet is written by DuckDB (already
the embedded store), so no Arrow dependency is needed.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ceasefire.model import Place, StrikeEvent
from ceasefire.views import Row, best

FORMATS = ("csv", "json", "jsonl", "parquet", "geojson", "acled")

# ACLED's event typology for what the reader records: drones, missiles and bombs from the air
# are "Air/drone strike"; artillery and missiles fired from the ground "Shelling/artillery/
# missile attack".
_AIR = {"drone", "guided_bomb", "aircraft"}
_ACTORS = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine"}
_COUNTRIES = {"RU": "Russia", "UA": "Ukraine"}


def write_rows(rows: Sequence[Row], fmt: str, out: TextIO, columns: Sequence[str] = ()
               ) -> None:
    """CSV, JSON or JSON Lines of flat rows to a text stream. A CSV's header is the rows'
    keys, or ``columns`` when there is no row."""
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
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


def write_parquet(rows: Sequence[Row], path: Path) -> None:
    """Rows to a Parquet file through DuckDB (types inferred from the values)."""
    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "rows.jsonl"
        with staged.open("w", encoding="utf-8") as f:
            write_rows(rows, "jsonl", f)
        con = duckdb.connect()
        try:
            source = f"read_json_auto('{_sql_path(staged)}')" if rows else "(SELECT 1 AS empty)"
            con.execute(f"COPY (SELECT * FROM {source}) TO '{_sql_path(path)}' (FORMAT PARQUET)")
        finally:
            con.close()


# A GeoJSON feature's properties, then its point: the columns of the places as CSV.
GEOJSON_COLUMNS = ["event", "date", "attacker", "place", "admin1", "country", "target_types",
                   "launched", "killed", "injured", "lon", "lat"]


def geojson(events: Iterable[StrikeEvent]) -> dict[str, Any]:
    """A FeatureCollection with one point per place of each event that has coordinates."""
    features = []
    for event in events:
        figures = {m: best(event, m) for m in ("launched", "killed", "injured")}  # once an event
        for place in event.places:
            if place.lat is None or place.lon is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "event": event.id, "date": event.date.isoformat() if event.date else None,
                    "attacker": event.attacker, "place": place.name, "admin1": place.admin1,
                    "country": place.country, "target_types": event.target_types, **figures,
                },
            })
    return {"type": "FeatureCollection", "features": features}


def acled_rows(events: Iterable[StrikeEvent]) -> list[Row]:
    """One row per event and place, in ACLED's column names, plus our claim columns."""
    rows = []
    for event in events:
        places: list[Place | None] = list(event.places) or [None]
        for place in places:
            rows.append({
                "event_id_cnty": f"CFM-{event.id}",
                "event_date": event.date.isoformat() if event.date else None,
                "event_type": "Explosions/Remote violence",
                "sub_event_type": _sub_event_type(event),
                "actor1": _ACTORS.get(event.attacker or "", event.attacker),
                "actor2": f"Civilians ({_COUNTRIES[event.target_country]})"
                if event.target_country in _COUNTRIES else event.target_country,
                "country": _COUNTRIES.get(event.target_country or "", event.target_country),
                "admin1": place.admin1 if place else None,
                "location": place.name if place else None,
                "latitude": place.lat if place else None,
                "longitude": place.lon if place else None,
                "geo_precision": 1 if place and place.kind != "region" else 2 if place else 3,
                "source": "; ".join(sorted({s.outlet or s.document_id for s in event.sources})),
                "notes": _notes(event),
                "fatalities": int(best(event, "killed") or 0),
                **_claim_columns(event),
            })
    return rows


def _sub_event_type(event: StrikeEvent) -> str:
    if set(event.weapons) & _AIR or not event.weapons:
        return "Air/drone strike"
    return "Shelling/artillery/missile attack"


def _notes(event: StrikeEvent) -> str | None:
    sentence = next((s.evidence.sentence for s in event.sources if s.evidence), None)
    return sentence[:500] if sentence else None


def _claim_columns(event: StrikeEvent) -> Row:
    """low/best/high of each metric (all weapons) and who claims the figures."""
    out: Row = {}
    for metric in ("launched", "intercepted", "killed", "injured"):
        estimates = [e for e in event.estimates if e.metric == metric]
        out[f"{metric}_best"] = best(event, metric)
        out[f"{metric}_low"] = min((e.low for e in estimates if e.low is not None), default=None)
        out[f"{metric}_high"] = max((e.high for e in estimates if e.high is not None),
                                    default=None)
    out["claimants"] = "; ".join(sorted({c.claimant or "(outlet)" for c in event.claims}))
    return out


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def rows_as_text(rows: Sequence[Row], fmt: str, columns: Sequence[str] = ()) -> str:
    buffer = io.StringIO()
    write_rows(rows, fmt, buffer, columns)
    return buffer.getvalue()
