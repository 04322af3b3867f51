"""Hostile inputs through the command line, as a user would give them: a page nested 100,000
deep, lines of 10^6 characters, broken and mislabelled feeds, an entity bomb, control
characters, right-to-left marks, lone surrogates, numbers like 1e309 and "9" * 400.

Each input must end as a stored document or as one error line that names it (what is wrong,
what to do), never a traceback. The commands run in a subprocess under a time limit, as a
guard against a hang (generous: this is no speed test), and their peak memory is measured,
as a guard against an input that blows it up.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from ceasefire.store import Ledger

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
MILLION = 1_000_000
NO_SPACES = "x" * MILLION
# One line of words, no full stop: a sentence 10^6 characters long.
WORDS = (REPORT.rstrip(".") + ", and ") * (MILLION // (len(REPORT) + 5))
HANG_GUARD_S = 300  # each run takes ~10-30 s here
MEMORY_GUARD_MB = 2000


def rss(items: str, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (f'{declaration}<rss version="2.0"><channel><title>Example Wire</title>'
            f"<link>https://wire.example.org/</link>{items}</channel></rss>")


def item(text: str, slug: str, title: str = "Drones") -> str:
    link = f"https://wire.example.org/{slug}"
    return (f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
            f"<description>{text}</description></item>")


# "Billion laughs": 10^9 "lol"s if expanded (feedparser drops the DTD, so it never is).
LAUGHS = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
ENTITY_BOMB = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"
               + rss(item(f"{REPORT} &lol9;", "bomb"), declaration=""))
FULL_FEED = rss(item(REPORT, "cut-1") + item(f"{REPORT} Two people were hurt in Sumy.", "cut-2"))
HTML = "<html><body><article><p>{}</p></article></body></html>"

# file name -> (its bytes, what each document in it must become: "stored", or a phrase of
# the one-line error that names it)
CASES: dict[str, tuple[bytes, list[str]]] = {
    "deep.html": (("<html><body>" + "<div>" * 100_000 + f"<p>{REPORT}</p>" + "</div>" * 100_000
                   + "</body></html>").encode(), ["nested more than 256 elements deep"]),
    "no-spaces-page.html": (HTML.format(f"{REPORT}</p><p>{NO_SPACES}").encode(), ["stored"]),
    "words-page.html": (HTML.format(WORDS).encode(), ["stored"]),
    "no-spaces-text.txt": (f"{REPORT}\n{NO_SPACES}".encode(), ["stored"]),
    "words-text.txt": (WORDS.encode(), ["stored"]),
    "no-spaces-doc.json": (json.dumps({"text": f"{REPORT} {NO_SPACES}"}).encode(), ["stored"]),
    "words-doc.json": (json.dumps({"text": WORDS}).encode(), ["stored"]),
    "lines.jsonl": ((json.dumps({"id": "long-a", "text": f"{REPORT} {NO_SPACES}"}) + "\n"
                     + json.dumps({"id": "long-b", "text": WORDS}) + "\n").encode(),
                    ["stored", "stored"]),
    "cut-mid-item.xml": (FULL_FEED[:FULL_FEED.index("Two people")].encode(),
                         ["stored", "item has only a headline"]),
    "cut-in-a-tag.xml": (FULL_FEED[:FULL_FEED.index("<description>") + 5].encode(),
                         ["item has only a headline"]),
    "declared-utf16.xml": (rss(item(REPORT, "utf16"), '<?xml version="1.0" encoding="utf-16"?>')
                           .encode(), ["is not an RSS or Atom feed"]),
    "declared-latin1.xml": (rss(item(REPORT + " Київ", "latin1"),
                                '<?xml version="1.0" encoding="iso-8859-1"?>').encode(),
                            ["stored"]),
    # feedparser falls back to windows-1252: stored, the Cyrillic garbled (not the English)
    "cp1251-as-utf8.xml": (rss(item(REPORT + " Київ", "cp1251")).encode("cp1251"),
                           ["stored"]),
    "entity-bomb.xml": (ENTITY_BOMB.encode(), ["stored"]),
    "no-text.xml": (rss(item("", "none") + "<item><title>Talks resume</title></item><item></item>")
                    .encode(), ["item has only a headline"] * 3),
    "surrogate-reference.xml": (rss(item(f"{REPORT} &#xD800;", "half")).encode(),
                                ["a character reference to a lone surrogate"]),
    "controls-text.txt": (f"{REPORT}\x01\x07\x1b[0m \u200f\u202e\u2066 {REPORT}".encode(),
                     ["stored"]),
    "nul-doc.json": (json.dumps({"text": f"{REPORT}\u0000{REPORT}"}).encode(),
                     ['field "text" holds a NUL character']),
    "controls-doc.json": (json.dumps({"text": f"{REPORT}\u0001\u200f\u202b{REPORT}",
                                  "title": "Drones\u0007 \u202eover Sumy"}).encode(),
                      ["stored"]),
    "surrogate.json": (f'{{"text": "{REPORT} \\ud800"}}'.encode(),
                       ['field "text" holds a lone surrogate']),
    "surrogate-id.jsonl": (f'{{"id": "a\\udc00", "text": "{REPORT}"}}\n'.encode(),
                           ['field "id" holds a lone surrogate']),
    "numbers.txt": (f"1e309 drones and {'9' * 400} missiles were launched at Ukraine "
                    f"overnight, the air force said on Tuesday. {REPORT}".encode(), ["stored"]),
    "numbers.jsonl": ((f'{{"id": "n1", "text": "{REPORT}", "x": 1e309}}\n'
                       f'{{"id": {"9" * 400}, "text": "{REPORT}"}}\n'
                       f'{{"id": {"9" * 5000}, "text": "{REPORT}"}}\n'
                       '{"text": 1e309}\n{"text": NaN}\n').encode(),
                      ["stored", "cannot name an output file", "more than 4300 digits",
                       'field "text" is a number', 'field "text" is a number']),
}


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    peak_mb: float


def run_cli(*args: str, cwd: Path) -> Run:
    """``ceasefire ARGS`` in a subprocess, killed past HANG_GUARD_S; with its peak memory."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "ceasefire", *args], cwd=cwd,
                                   stdout=stdout, stderr=stderr)
        guard = threading.Timer(HANG_GUARD_S, process.kill)
        guard.start()
        _, status, usage = os.wait4(process.pid, 0)
        guard.cancel()
    code = os.waitstatus_to_exitcode(status)
    assert code != -signal.SIGKILL, f"ceasefire {' '.join(args)}: killed after {HANG_GUARD_S} s"
    return Run(code, out.read_text(), err.read_text(), usage.ru_maxrss / 1024)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    return folder


STORED = sum(expected.count("stored") for _, expected in CASES.values())


def assert_each_refusal_is_one_line(run: Run) -> None:
    """No traceback; each input refused with the error lines CASES expects, in its order."""
    assert "Traceback" not in run.stderr and run.code == 0, run.stderr[-3000:]
    assert run.peak_mb < MEMORY_GUARD_MB, run.peak_mb
    refused: dict[str, list[str]] = {name: [] for name in CASES}
    for line in run.stderr.splitlines():
        if line.startswith("error: "):  # error: FILE[ item N|:LINE]: problem. fix
            where = line.removeprefix("error: ").split(": ", 1)[0]
            refused[Path(where.split(" item ")[0].split(":")[0]).name].append(line)
    for name, (_, expected) in CASES.items():
        problems = [want for want in expected if want != "stored"]
        assert len(refused[name]) == len(problems), (name, refused[name])
        for line, problem in zip(refused[name], problems, strict=True):
            assert problem in line, (name, line)


def test_hostile_inputs_are_stored_or_refused_in_one_line(ledger_url: str, inputs: Path,
                                                          tmp_path: Path) -> None:
    run = run_cli("ingest", str(inputs), "--db", ledger_url, cwd=tmp_path)
    assert_each_refusal_is_one_line(run)
    with Ledger.open(ledger_url, read_only=True) as ledger:
        assert len(ledger.documents()) == STORED  # most as near-copies of the first: one text
    stored, copies = re.search(r"(\d+) stored, (?:(\d+) cop)?", run.stderr).groups()  # type: ignore[union-attr]
    assert int(stored) + int(copies or 0) == STORED


def test_hostile_inputs_through_extract(inputs: Path, tmp_path: Path) -> None:
    run = run_cli("extract", str(inputs), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert_each_refusal_is_one_line(run)
    assert len(list((tmp_path / "out").glob("*.json"))) == STORED
