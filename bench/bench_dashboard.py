"""How fast the dashboard's home page draws on a ledger, in Chromium over loopback (issue 16's
bar: first paint under 1 s on the 100,000-article ledger).

    .venv/bin/python bench/bench_dashboard.py LEDGER [--loads 5] [--size laptop|phone]

Serves LEDGER with `ceasefire serve` on 127.0.0.1 (one process, read-only, as a user runs
it), opens the home page LOADS times in Debian's Chromium (Playwright), each time in a new
browser context (nothing cached by the browser), and prints for each load, then the medians:

- **first paint**: the first contentful paint (``performance.getEntriesByType('paint')``);
- **ready**: when ``body[data-state=ready]`` is set (app.js sets it once the home page's
  timeline, map, events and agreements are drawn), from the start of the navigation;
- **bytes**: everything transferred, page, files and API answers (``transferSize``: as sent,
  compressed where it was);
- **slowest API call**: the longest ``/api/…`` request the page made, and its path (in the
  medians' row: the call most often the slowest).

The first load finds the server's answer cache (``serve/cache.py``) empty and the ledger not
yet opened; the later ones are answered from that cache, as the second analyst of the morning
would be: the first load is also printed apart from the medians.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = os.environ.get("CEASEFIRE_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = {"laptop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}
READY_TIMEOUT_MS = 300_000  # a cold first load of a large ledger can take minutes
# Runs before the page's own scripts (an init script: the page's CSP does not apply to it):
# the moment app.js marks the page drawn, as performance.now() (ms from navigation start).
WATCH_READY = """
new MutationObserver((changes, observer) => {
  if (document.body && document.body.dataset.state === "ready") {
    window.__readyAt = performance.now();
    observer.disconnect();
  }
}).observe(document, {subtree: true, attributes: true,
                   attributeFilter: ["data-state"]});
"""
MEASURE = """() => {
  const paint = performance.getEntriesByType("paint")
    .find((entry) => entry.name === "first-contentful-paint");
  const navigation = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const calls = resources.filter((entry) => new URL(entry.name).pathname.startsWith("/api/"));
  const slowest = calls.reduce((worst, entry) =>
    !worst || entry.duration > worst.duration ? entry : worst, null);
  return {paint: paint ? paint.startTime : null, ready: window.__readyAt,
          bytes: navigation.transferSize + resources.reduce((sum, e) => sum + e.transferSize, 0),
          slowest: slowest ? {url: slowest.name, ms: slowest.duration} : null,
          calls: calls.map((e) => ({url: e.name, ms: e.duration, bytes: e.transferSize}))};
}"""


@dataclass(frozen=True)
class Load:
    paint_ms: float
    ready_ms: float
    bytes: int
    slowest_ms: float
    slowest_call: str
    calls: tuple[tuple[str, float, int], ...] = ()  # every API call: path, ms, bytes sent

    def row(self, label: str) -> str:
        return (f"{label:<8} {self.paint_ms:>9.0f} {self.ready_ms:>9.0f} "
                f"{self.bytes / 1024:>10.0f} {self.slowest_ms:>10.0f}  {self.slowest_call}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ledger", type=Path, help="the ledger to serve (a DuckDB file)")
    parser.add_argument("--loads", type=int, default=5, help="page loads measured (default 5)")
    parser.add_argument("--size", choices=SIZES, default="laptop",
                        help="the window: laptop 1440×900 (default) or phone 390×844")
    args = parser.parse_args()
    if not args.ledger.is_file():
        sys.exit(f"no ledger at {args.ledger}")
    print(f"ledger {args.ledger} ({args.ledger.stat().st_size / 2**20:.0f} MB), "
          f"{args.loads} loads at {args.size} size, Chromium {CHROMIUM}")
    with serving(args.ledger) as url, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        print(f"{'load':<8} {'paint ms':>9} {'ready ms':>9} {'KiB sent':>10} "
              f"{'API ms':>10}  slowest API call")
        loads = []
        for number in range(1, args.loads + 1):
            loads.append(load_once(browser, url, SIZES[args.size]))
            print(loads[-1].row(f"#{number}"), flush=True)
        browser.close()
    print(median(loads).row("median"))
    if len(loads) > 1:
        print(median(loads[1:]).row("warm"), "(median of the loads after the first)")
    print(f"\nthe API calls of load #{len(loads)}:")
    for path, ms, sent in sorted(loads[-1].calls, key=lambda call: -call[1]):
        print(f"  {ms:>8.0f} ms {sent / 1024:>9.0f} KiB  {path}")


def load_once(browser: Browser, url: str, viewport: dict[str, int]) -> Load:
    context = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.add_init_script(WATCH_READY)
        page.goto(url + "/")
        page.wait_for_function("() => window.__readyAt !== undefined", timeout=READY_TIMEOUT_MS)
        found = page.evaluate(MEASURE)
    finally:
        context.close()
    slowest = found["slowest"] or {"url": "", "ms": 0.0}
    calls = tuple((_path(c["url"]), c["ms"], c["bytes"]) for c in found["calls"])
    return Load(found["paint"] or float("nan"), found["ready"], found["bytes"], slowest["ms"],
                _path(slowest["url"]), calls)


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def median(loads: list[Load]) -> Load:
    slowest = statistics.mode(load.slowest_call for load in loads)  # the most often slowest
    return Load(statistics.median(load.paint_ms for load in loads),
                statistics.median(load.ready_ms for load in loads),
                int(statistics.median(load.bytes for load in loads)),
                statistics.median(load.slowest_ms for load in loads), slowest)


@contextmanager
def serving(ledger: Path, seconds: float = 600) -> Iterator[str]:
    """`ceasefire serve` on ``ledger``; its URL once it answers. It is asked only for a file,
    never the ledger, so that the first page load is the first to read it."""
    port = _free_port()
    command = Path(sys.executable).with_name("ceasefire")
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen([command, "serve", "--db", str(ledger), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait(url + "/static/favicon.svg", server, log, seconds)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait(url: str, server: subprocess.Popen[bytes], log: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)  # type: ignore[attr-defined]
            sys.exit(f"ceasefire serve exited: {log.read().decode()}")  # type: ignore[attr-defined]
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"ceasefire serve did not answer at {url} in {seconds:.0f} s")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    main()
