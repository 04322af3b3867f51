"""Reports of one night in three languages, ingested together (issue 17): the Ukrainian Air
Force's own report, the Russian Ministry of Defence's and an English article quoting the Air
Force give one event per attack, the claims side by side, and the English article is a
further source of the Air Force's claim, not a claim of its own. Texts invented for the test."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.store import Ledger

AIR_FORCE = ("У ніч на 15 жовтня противник атакував Україну 112 ударними БпЛА типу Shahed та "
             "двома балістичними ракетами «Іскандер-М».\nСтаном на 08:30 збито/подавлено 97 "
             "ворожих БпЛА.\nЗафіксовано влучання 15 ударних БпЛА на 6 локаціях.\n"
             "Повітряні Сили ЗСУ")
MINISTRY = ("Дежурными средствами ПВО в течение ночи перехвачены и уничтожены 41 украинский "
            "беспилотный летательный аппарат самолетного типа, сообщило Минобороны России.")
WIRE = ("Russia launched 112 drones and two ballistic missiles at Ukraine overnight, Ukraine's "
        "Air Force said on Wednesday. Air defences shot down or suppressed 97 of the drones, "
        "the Air Force said.")


def write(folder: Path, name: str, text: str, language: str | None) -> None:
    document = {"id": name, "source": name, "published": "2025-10-15", "text": text}
    if language:
        document["language"] = language
    (folder / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False), "utf-8")


def test_three_languages_one_event_per_attack_and_one_claim_per_voice(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "air-force", AIR_FORCE, "uk")
    write(folder, "ministry", MINISTRY, None)  # told Russian by its letters
    write(folder, "wire", WIRE, None)
    db = tmp_path / "ledger.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Ledger.open(db, read_only=True) as ledger:
        events = {e.attacker: e for e in ledger.events()}
        languages = {d.name: d.language for d in ledger.documents()}
    assert languages == {"air-force": "uk", "ministry": "ru", "wire": "en"}
    assert set(events) == {"RU", "UA"}  # Russia's attack and Ukraine's: one event each
    russian_attack = events["RU"]
    launched = [c for c in russian_attack.claims if (c.metric, c.weapon) == ("launched", "drone")]
    assert {(c.claimant, c.value, c.source.document_id) for c in launched} == {
        ("Ukrainian Air Force", 112, "air-force"), ("Ukrainian Air Force", 112, "wire")}
    estimate = next(e for e in russian_attack.estimates
                    if (e.metric, e.weapon) == ("launched", "drone"))
    assert (estimate.best, estimate.claims) == (112, 1)  # one claim, two reports of it
    ukrainian_attack = events["UA"]
    assert {(c.claimant, c.metric, c.value) for c in ukrainian_attack.claims} == {
        ("Russian Ministry of Defence", "intercepted", 41)}
