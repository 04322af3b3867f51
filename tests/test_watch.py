"""`ceasefire watch`: each poll ingests a feed's new items and prints what is new."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.cli_watch import parse_every
from local_site import Site

runner = CliRunner()
ITEM = """<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>
<pubDate>{date} 09:00:00 +0000</pubDate><description>{text}</description></item>"""
FIRST = ("Wed, 02 Jul 2025", "Russia launched 48 drones at Ukraine overnight, and air defences "
         "shot down 40 of them, Ukraine's air force said. A drone hit a house in Poltava.")
SECOND = ("Sat, 05 Jul 2025", "Ukrainian drones struck an oil refinery in Saratov overnight, "
          "the regional governor said, and a fire broke out at the plant.")
TRUCE = ("Tue, 01 Jul 2025", "Russia and Ukraine agreed to halt strikes on energy "
         "infrastructure for 30 days from July 1, the White House said on Tuesday.")


def _feed(site: Site, *items: tuple[str, str]) -> None:
    body = "".join(ITEM.format(title=f"Report {i}", link=site.url(f"/r{i}"), guid=f"r{i}",
                               date=date, text=text) for i, (date, text) in enumerate(items))
    site.put("/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire'
                          f"</title>{body}</channel></rss>", content_type="application/rss+xml")


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        yield served


def _poll(site: Site, db: Path) -> str:
    result = runner.invoke(app, ["watch", site.url("/feed.xml"), "--db", str(db), "--once",
                                 "--allow-private"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_each_poll_prints_only_the_new_events_and_violations(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    _feed(site, TRUCE, FIRST)
    first = _poll(site, db)
    assert "new event 2025-07-02 RU strike on Poltava" in first
    assert "launched 48" in first and "intercepted 40" in first

    assert _poll(site, db) == ""  # nothing new in the feed, nothing printed

    _feed(site, TRUCE, FIRST, SECOND)
    third = _poll(site, db)
    assert "Poltava" not in third
    assert "new event 2025-07-05 UA strike on Saratov" in third
    assert "new alleged violation: 2025-07-05" in third and "energy" in third


@pytest.mark.parametrize(("given", "seconds"), [("10m", 600), ("30s", 30), ("1h", 3600),
                                                ("45", 45), ("1.5m", 90)])
def test_durations(given: str, seconds: float) -> None:
    assert parse_every(given) == seconds


@pytest.mark.parametrize("given", ["soon", "5s", "-1m", ""])
def test_a_bad_or_too_short_duration_is_refused(given: str) -> None:
    with pytest.raises(typer.BadParameter):
        parse_every(given)
