"""Re-fusing only the days new documents touch gives what a full fusion of the ledger gives."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.store import Ledger
from ceasefire.store.refresh import _around
from conftest import two_fresh_ledgers

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
runner = CliRunner()
NIGHTS = [  # (id, published, text): three runs of days with strikes, and a truce
    ("n1", "2025-06-02", "Russia launched 60 drones at Sumy overnight, the air force said."),
    ("n2", "2025-06-03", "Russian drones hit Sumy again overnight, killing one man, the regional "
                         "governor said. The air force said 40 of 52 drones were shot down."),
    ("n3", "2025-06-09", "Ukrainian drones struck an oil depot in Bryansk overnight, the governor "
                         "said."),
    ("n4", "2025-06-09", "Russia's defence ministry said it destroyed 31 Ukrainian drones over "
                         "the Bryansk region overnight."),
    ("n5", "2025-06-04", "Russia and Ukraine agreed on Wednesday to halt strikes on energy "
                         "infrastructure for 30 days, the White House said."),
    ("n6", "2025-06-03", "The air force said Russia launched 52 drones at Sumy overnight."),
]


def _state(path: str) -> tuple:
    with Ledger.open(path, read_only=True) as ledger:
        events = sorted((e.id, e.date, e.attacker, len(e.claims), tuple(
            (x.metric, x.weapon, x.low, x.best, x.high) for x in e.estimates))
            for e in ledger.events())
        positions = sorted((p.id, p.scope, p.status, len(p.sources)) for p in ledger.positions())
        terms = sorted((t.id, t.start, t.end) for t in ledger.terms())
        violations = sorted((v.kind, v.event_id, v.term_id) for v in ledger.violations())
    return events, positions, terms, violations


def _ingest(path: str, *folders: Path) -> None:
    for folder in folders:
        result = runner.invoke(app, ["ingest", str(folder), "--db", path])
        assert result.exit_code == 0, result.output


def _write(folder: Path, ids: list[str]) -> Path:
    folder.mkdir(parents=True)
    for doc_id, published, text in NIGHTS:
        if doc_id in ids:
            (folder / f"{doc_id}.json").write_text(json.dumps(
                {"id": doc_id, "published": published, "text": text}))
    return folder


def test_the_days_around_a_set_of_days() -> None:
    import datetime as dt
    d = dt.date(2025, 6, 1)
    assert _around({d, d + dt.timedelta(5)}, 1) == {
        d + dt.timedelta(n) for n in (-1, 0, 1, 4, 5, 6)}


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_documents_arriving_one_by_one_give_the_same_ledger_as_all_at_once(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    everything = _write(tmp_path / "all", [n[0] for n in NIGHTS])
    batches = [_write(tmp_path / f"b{i}", [doc_id]) for i, (doc_id, _, _) in enumerate(NIGHTS)]
    with two_fresh_ledgers(request, tmp_path, backend) as (at_once, one_by_one):
        _ingest(at_once, everything)
        _ingest(one_by_one, *batches)
        assert _state(one_by_one) == _state(at_once)
        assert _state(at_once)[0]  # there are events to compare


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the repo")
def test_seeds_then_dev_in_steps_equals_the_whole_corpus_at_once(tmp_path: Path) -> None:
    together = tmp_path / "together"
    shutil.copytree(CORPUS / "seeds", together / "seeds")
    shutil.copytree(CORPUS / "dev", together / "dev")
    at_once, in_steps = str(tmp_path / "once.duckdb"), str(tmp_path / "steps.duckdb")
    _ingest(at_once, together)
    _ingest(in_steps, CORPUS / "dev", CORPUS / "seeds")
    assert _state(in_steps) == _state(at_once)


def test_a_new_night_re_fuses_only_the_days_around_it(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import ceasefire.store.refresh as refresh

    path = str(tmp_path / "ledger.duckdb")
    _ingest(path, _write(tmp_path / "first", ["n1", "n2", "n6"]))
    windows: list[set] = []
    real = refresh._chunks
    monkeypatch.setattr(refresh, "_chunks", lambda ledger, days, *rest: windows.append(
        days) or real(ledger, days, *rest))
    _ingest(path, _write(tmp_path / "later", ["n3"]))
    assert [sorted(d.isoformat() for d in w) for w in windows] == [
        [f"2025-06-{day:02}" for day in range(6, 13)]]


CITIES = ("Sumy", "Kharkiv", "Odesa")


def _night(n: int) -> tuple[str, str, str]:
    """Night n of a month of attacks: every day has strikes, places recur on adjacent days."""
    day = f"2025-07-{n // 2 + 1:02}"
    city = CITIES[n % 3] if n % 4 else CITIES[(n + 1) % 3]
    return f"m{n}", day, (f"Russia launched {30 + n} drones at {city} overnight, the air force "
                          f"said. Drones also hit {CITIES[n % 2]}, the governor said.")


MONTH = [_night(n) for n in range(56)]  # 28 days, two reports a day, one chain of days
# strikes the reader cannot date (fused by the day they were reported), every few days
UNDATED = [(f"u{n}", f"2025-07-{day:02}", f"Russian drones struck {CITIES[n % 2]} in earlier "
            "attacks, the governor said.")
           for n, day in enumerate((1, 2, 3, 4, 4, 9, 10, 16, 17, 18, 25))]


def _month(folder: Path, nights: list[tuple[str, str, str]] = MONTH) -> Path:
    """A folder of ``nights``' reports (the whole month by default)."""
    folder.mkdir(parents=True)
    for doc_id, published, text in nights:
        (folder / f"{doc_id}.json").write_text(json.dumps(
            {"id": doc_id, "published": published, "text": text}))
    return folder


def test_a_month_of_daily_strikes_fused_in_steps_equals_all_at_once(tmp_path: Path) -> None:
    at_once, in_steps = str(tmp_path / "once.duckdb"), str(tmp_path / "steps.duckdb")
    _ingest(at_once, _month(tmp_path / "all", MONTH + UNDATED))
    whole = MONTH + UNDATED
    order = whole[::3] + whole[1::3] + whole[2::3]  # out of order, days filled in later
    _ingest(in_steps, *(_month(tmp_path / f"step{i}", order[i:i + 8])
                        for i in range(0, len(order), 8)))
    assert _state(in_steps) == _state(at_once)
    assert len(_state(at_once)[0]) > 20
    assert 4 < sum(e[1] is None for e in _state(at_once)[0]) < len(UNDATED)  # some joined


def _fused(pairs: object) -> tuple:
    from ceasefire.fuse import fuse

    fusion = fuse(pairs)  # type: ignore[arg-type]
    return fusion.events, fusion.positions, fusion.exchanges, fusion.talks


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the repo")
def test_slim_readings_fuse_exactly_as_whole_ones(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.duckdb")
    _ingest(path, CORPUS / "seeds", CORPUS / "dev", _write(tmp_path / "nights", ["n1", "n2"]))
    # the same id from two URLs: both current, and fusion keeps the one whose text sorts first
    for n, launched in enumerate((90, 40)):
        (tmp_path / f"twin{n}").mkdir()
        (tmp_path / f"twin{n}" / "twin.json").write_text(json.dumps({
            "id": "twin", "url": f"https://example.org/{n}", "published": "2025-06-03",
            "text": f"Russia launched {launched} drones at Sumy overnight, the air force said."}))
        _ingest(path, tmp_path / f"twin{n}")
    with Ledger.open(path, read_only=True) as ledger:
        whole, slim = list(ledger.readings()), list(ledger.readings(slim=True))
    assert _fused(slim) == _fused(whole)
    assert {d.id for d, _ in slim if d.text} == {"twin"}
    assert all(len(r.evidence) <= 1 for _, reading in slim
               for r in (*reading.strikes, *reading.agreements, *reading.exchanges,
                         *reading.talks))
    assert any(len(s.evidence) > 1 for _, reading in whole for s in reading.strikes)


def test_readings_of_some_kinds_hold_those_records_only(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.duckdb")
    _ingest(path, _write(tmp_path / "all", [n[0] for n in NIGHTS]))
    with Ledger.open(path, read_only=True) as ledger:
        whole = dict(ledger.readings())
        strikes = dict(ledger.readings(kinds=("strikes",)))
        others = dict(ledger.readings(kinds=("agreements", "exchanges", "talks")))
    assert [r.strikes for r in strikes.values()] == [r.strikes for r in whole.values()]
    assert [r.agreements for r in others.values()] == [r.agreements for r in whole.values()]
    assert not any(r.agreements or r.talks for r in strikes.values())
    assert not any(r.strikes for r in others.values())
    assert any(r.agreements for r in whole.values()) and any(r.strikes for r in whole.values())


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_a_fusion_by_small_chunks_of_days_equals_one_of_all_days_at_once(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ceasefire.store.refresh as refresh
    from ceasefire.fuse.strikes import Undated

    truce = ("truce", "2025-07-08", "Russia and Ukraine agreed on Tuesday to a full ceasefire "
             "for 30 days, the White House said.")
    folder = _month(tmp_path / "month", MONTH + UNDATED + [truce])
    with two_fresh_ledgers(request, tmp_path, backend) as (whole, chunked):
        _ingest(whole, folder)
        chunks: list[list] = []
        real = refresh._chunks
        monkeypatch.setattr(refresh, "_chunks", lambda *given: chunks.append(
            real(*given)) or chunks[-1])
        monkeypatch.setattr(refresh, "CHUNK_RECORDS", 3)  # a day or two a chunk
        monkeypatch.setattr(refresh, "VIOLATIONS_WRITTEN", 2)
        monkeypatch.setattr(refresh, "EVENTS_WRITTEN", 1)
        _ingest(chunked, folder)
        events, violations = _state(whole)[0], _state(whole)[3]
        assert _state(chunked) == _state(whole) and len(events) > 20 and len(violations) > 10
    [made] = chunks
    assert len(made) > 10 and all(len(days) <= 3 for days, _ in made)  # 3 records at most
    fused = [d for days, _ in made for d in days]
    assert sorted(d for d in fused if not isinstance(d, Undated)) == sorted(
        {e[1] for e in events if e[1] is not None})
    assert {d for d in fused if isinstance(d, Undated)} == {
        Undated(dt.date.fromisoformat(published)) for _, published, _ in UNDATED}


def test_events_of_any_two_halves_of_the_days_are_those_of_the_whole(tmp_path: Path) -> None:
    from ceasefire.fuse import fuse
    from ceasefire.fuse.strikes import event_day
    from ceasefire.store.refresh import _strike_fusion, _window

    path = str(tmp_path / "ledger.duckdb")
    _ingest(path, _write(tmp_path / "nights", [doc_id for doc_id, _, _ in NIGHTS]))
    _ingest(path, _month(tmp_path / "month"))
    with Ledger.open(path, read_only=True) as ledger:
        whole = fuse(ledger.readings(representatives=True, slim=True), ledger.copies()).events
        days = sorted({e.date for e in whole if e.date is not None})
        undated = {event_day(e) for e in whole if e.date is None}
        for split in range(1, len(days)):
            early, late = set(days[:split]), set(days[split:])
            halves = (_strike_fusion(ledger, *_window(early | undated)).events
                      + _strike_fusion(ledger, *_window(late)).events)
            assert sorted(halves, key=lambda e: e.id) == sorted(whole, key=lambda e: e.id), split


def test_a_replaced_report_re_fuses_the_days_of_its_old_and_new_strikes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new version that moves its strike to another day: the old day's event loses it,
    without fusing the whole ledger again; the same as ingesting the final versions at once."""
    import ceasefire.store.refresh as refresh

    month = _month(tmp_path / "month")
    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "m10.json").write_text(json.dumps({  # m10 told of 6 July; now of the 20th
        "id": "m10", "published": "2025-07-20",
        "text": "Russia launched 99 drones at Kherson overnight, the air force said."}))
    final = tmp_path / "final"
    shutil.copytree(month, final)
    shutil.copy(moved / "m10.json", final / "m10.json")
    in_steps, at_once = str(tmp_path / "steps.duckdb"), str(tmp_path / "once.duckdb")
    _ingest(in_steps, month)
    windows: list = []
    real = refresh._chunks
    monkeypatch.setattr(refresh, "_chunks", lambda ledger, days, *rest: windows.append(
        days) or real(ledger, days, *rest))
    _ingest(in_steps, moved)
    _ingest(at_once, final)
    assert _state(in_steps) == _state(at_once)
    [days] = windows[:1]
    assert days is not None and {d.day for d in days} >= {6, 20} and len(days) == 2 * 7
