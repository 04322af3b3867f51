"""Load on `ceasefire serve`: throughput and latency of the main endpoints, measured with wrk.

    .venv/bin/python bench/bench_serve.py [--db LEDGER] [--seconds 10] [--connections 16]
                                          [--only cached|uncached] [--workers 1]

Starts `ceasefire serve` on 127.0.0.1 (one uvicorn process, as a user runs it, or
``--workers N``) on the ledger given, or on a new ledger of ../shared/corpus/seeds, then runs
wrk (Debian's `wrk`) against each scenario for a bounded time, one after the other, and prints
requests/s, the 50th, 90th and 99th percentile latencies, and the server's CPU milliseconds
per request (from /proc, its worker processes included): other work on a shared machine
changes the rates and latencies far more than that. Every request must answer 200: wrk's
count of non-2xx answers and socket errors is printed and makes the run fail.

Two kinds of scenario:

- **cached**: one URL asked again and again, as a dashboard's first page is; after the first
  request the server's answer cache (``serve/cache.py``) answers it.
- **uncached**: a different URL for each request (wrk runs a Lua script with a list of them):
  pages at random offsets, random filters (dates, side, place), random event pages, drawn
  with a fixed seed from the ledger's own dates, places and events (read before the server
  starts). Each URL also carries its own number, ``&n=…``, a parameter the API ignores, so
  that no answer comes from the answer cache even where the ledger offers few different
  questions (the seeds). The columns ``requests`` and ``URLs`` say how many were sent and how
  many URLs the list holds: while requests ≤ URLs, no URL was asked twice.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ceasefire.store import Ledger

ROOT = Path(__file__).parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CACHED = ("/api/events?limit=100", "/api/timeline?limit=1000", "/api/events?place=Kyiv",
          "/api/places", "/api/terms", "/api/search?q=drones")
URLS_PER_SCENARIO = 20_000  # more than a 10-second run sends at a few thousand requests/s
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


@dataclass(frozen=True)
class Facts:
    """What the random URLs are drawn from: the ledger's own values."""

    events: int
    days: list[str]
    places: list[str]
    ids: list[str]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the ledger to serve (default: a new one of the seeds)")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per scenario")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1,
                        help="ceasefire serve's processes (more than one: read-only)")
    parser.add_argument("--only", choices=("cached", "uncached"), help="one kind of scenario")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench_serve needs wrk: apt-get install wrk")
    command = Path(sys.executable).with_name("ceasefire")
    db = args.db or _seeds_ledger(command)
    scenarios = _scenarios(_facts(db), args.only)
    port = _free_port()
    workers = ["--workers", str(args.workers)] if args.workers != 1 else []
    server = subprocess.Popen([command, "serve", "--db", db, "--port", str(port), *workers],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = False
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base)
        print(f"ledger {db}; {args.workers} server process(es); wrk -t{args.threads} "
              f"-c{args.connections} -d{args.seconds}s, one scenario at a time; load average "
              f"{os.getloadavg()[0]:.2f} at start")
        print(f"{'scenario':<44} {'req/s':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} "
              f"{'errors':>6} {'requests':>8} {'URLs':>6} {'CPU ms':>6}")
        with tempfile.TemporaryDirectory(prefix="ceasefire-bench-serve-") as scripts:
            for name, urls in scenarios:
                cpu = _cpu_seconds(server.pid)
                figures = _wrk(base, urls, Path(scripts), args)
                cpu = _cpu_seconds(server.pid) - cpu
                failed |= figures["errors"] > 0 or figures["requests"] == 0
                print(f"{name:<44} {figures['rps']:>7.0f} {figures['p50']:>7.1f} "
                      f"{figures['p90']:>7.1f} {figures['p99']:>7.1f} {figures['errors']:>6} "
                      f"{figures['requests']:>8.0f} {len(urls):>6} "
                      f"{1000 * cpu / max(figures['requests'], 1):>6.1f}", flush=True)
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # still busy with requests wrk gave up on
            server.kill()
            server.wait()
    if failed:
        sys.exit("some requests failed (non-2xx or socket errors), or none was answered in "
                 "time (0 requests: each took longer than the run)")


# --- what to ask ----------------------------------------------------------------------------

def _facts(db: str) -> Facts:
    with Ledger.open(db, read_only=True) as ledger:
        days = [d.isoformat() for (d,) in ledger.query(
            "SELECT DISTINCT date FROM events WHERE date IS NOT NULL ORDER BY date")]
        places = [name for (name,) in ledger.query(
            "SELECT name FROM event_places GROUP BY name ORDER BY count(*) DESC, name LIMIT 40")]
        ids = [key for (key,) in ledger.query("SELECT id FROM events ORDER BY id")]
    if not days or not places:
        sys.exit(f"{db} holds no dated event with a place: nothing to ask for")
    return Facts(len(ids), days, places, ids)


def _scenarios(facts: Facts, only: str | None) -> list[tuple[str, list[str]]]:
    """(name, URLs): one URL for a cached scenario, a list of different ones for the others."""
    cached = [(f"cached {url}", [url]) for url in CACHED]
    rng = random.Random(6)

    def many(make: Callable[[], str]) -> list[str]:
        urls = (make() for _ in range(URLS_PER_SCENARIO))
        return [f"{url}{'&' if '?' in url else '?'}n={n}" for n, url in enumerate(urls)]

    def span() -> tuple[str, str]:
        first, last = sorted(rng.sample(range(len(facts.days)), 2))
        return facts.days[first], facts.days[last]

    def query(path: str, **params: object) -> str:
        return f"{path}?{urllib.parse.urlencode(params)}"

    def events_at_offset() -> str:
        return query("/api/events", limit=100, offset=rng.randrange(max(facts.events, 1)))

    def filtered_events() -> str:
        since, until = span()
        return query("/api/events", since=since, until=until, attacker=rng.choice(["RU", "UA"]),
                     place=rng.choice(facts.places), limit=100, offset=rng.randrange(3) * 100)

    def filtered_timeline() -> str:
        since, until = span()
        return query("/api/timeline", since=since, until=until,
                     **({"place": rng.choice(facts.places)} if rng.random() < 0.5 else {}))

    def place_map() -> str:
        since, until = span()
        return query("/api/places", place=rng.choice(facts.places), since=since, until=until)

    def event_page() -> str:
        return f"/api/events/{rng.choice(facts.ids)}"

    uncached = [
        ("uncached /api/events?offset=random", many(events_at_offset)),
        ("uncached /api/events?since&until&side&place", many(filtered_events)),
        ("uncached /api/timeline?since&until[&place]", many(filtered_timeline)),
        ("uncached /api/places?place&since&until", many(place_map)),
        ("uncached /api/events/{random id}", many(event_page)),
    ]
    return {"cached": cached, "uncached": uncached}.get(only or "", cached + uncached)


# --- wrk ------------------------------------------------------------------------------------

def _wrk(base: str, urls: list[str], scripts: Path, args: argparse.Namespace
         ) -> dict[str, float]:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s",
               "--timeout", "5s", "--latency"]
    if len(urls) > 1:
        script = scripts / f"urls-{len(list(scripts.iterdir()))}.lua"
        script.write_text(_lua(urls, args.threads))
        command += ["-s", str(script)]
    result = subprocess.run([*command, base + urls[0]], capture_output=True, text=True,
                            timeout=args.seconds + 30, check=True)
    out = result.stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
               "requests": float(re.search(r"(\d+) requests in", out).group(1))}  # type: ignore[union-attr]
    for percent, name in (("50", "p50"), ("90", "p90"), ("99", "p99")):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\b", out, re.M).groups()  # type: ignore[union-attr]
        figures[name] = float(value) * _UNITS[unit]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                              r"timeout (\d+)", out)
    figures["errors"] = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)
    return figures


def _lua(urls: list[str], threads: int) -> str:
    """A wrk script: thread n asks URLs n, n + threads, n + 2 threads, … of the list."""
    listed = ",\n".join(f'  "{url}"' for url in urls)  # our URLs: percent-encoded, no quotes
    return f"""local urls = {{
{listed}
}}
local count = 0
function setup(thread)
  thread:set("first", count)
  count = count + 1
end
local at = nil
function request()
  at = at or first
  local url = urls[(at % #urls) + 1]
  at = at + {threads}
  return wrk.format(nil, url)
end
"""


# --- the server -----------------------------------------------------------------------------

def _cpu_seconds(pid: int) -> float:
    """CPU time (user and system) of the server and its worker processes so far, from /proc:
    per request, what the server costs whatever else runs on the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # itself, or its child
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _seeds_ledger(command: Path) -> str:
    if not SEEDS.is_dir():
        sys.exit(f"no --db given and no seed corpus at {SEEDS}")
    db = str(Path(tempfile.mkdtemp(prefix="ceasefire-bench-serve-")) / "seeds.duckdb")
    subprocess.run([command, "ingest", SEEDS, "--db", db], check=True, capture_output=True)
    return db


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/api/events?limit=1", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"ceasefire serve did not answer at {base}")


if __name__ == "__main__":
    main()
