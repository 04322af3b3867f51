"""Load on `ceasefire serve`: throughput and latency of the main endpoints, measured with wrk.

    .venv/bin/python bench/bench_serve.py [--db LEDGER] [--seconds 10] [--connections 16]

Starts `ceasefire serve` on 127.0.0.1 (one uvicorn process, as a user runs it) on the ledger
given, or on a new ledger of ../shared/corpus/seeds, then runs wrk (Debian's `wrk`) against
each endpoint for a bounded time, one after the other, and prints requests/s and the 50th,
90th and 99th percentile latencies. Every request must answer 200: wrk's count of non-2xx
answers and socket errors is printed and makes the run fail.
"""
from __future__ import annotations

import argparse
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
ENDPOINTS = ("/api/events?limit=100", "/api/timeline?limit=1000", "/api/events?place=Kyiv",
             "/api/places", "/api/terms", "/api/search?q=drones")
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the ledger to serve (default: a new one of the seeds)")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench_serve needs wrk: apt-get install wrk")
    command = Path(sys.executable).with_name("ceasefire")
    db = args.db or _seeds_ledger(command)
    port = _free_port()
    server = subprocess.Popen([command, "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = False
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base)
        print(f"ledger {db}; wrk -t{args.threads} -c{args.connections} -d{args.seconds}s, "
              "one endpoint at a time")
        print(f"{'endpoint':<28} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
              f"{'errors':>7}")
        for endpoint in ENDPOINTS:
            figures = _wrk(base + endpoint, args)
            failed |= figures["errors"] > 0
            print(f"{endpoint:<28} {figures['rps']:>8.0f} {figures['p50']:>8.1f} "
                  f"{figures['p90']:>8.1f} {figures['p99']:>8.1f} {figures['errors']:>7}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    if failed:
        sys.exit("some requests failed (non-2xx or socket errors)")


def _wrk(url: str, args: argparse.Namespace) -> dict[str, float]:
    result = subprocess.run(
        ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s",
         "--timeout", "5s", "--latency", url],
        capture_output=True, text=True, timeout=args.seconds + 30, check=True)
    out = result.stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}  # type: ignore[union-attr]
    for percent, name in (("50", "p50"), ("90", "p90"), ("99", "p99")):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\b", out, re.M).groups()  # type: ignore[union-attr]
        figures[name] = float(value) * _UNITS[unit]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                              r"timeout (\d+)", out)
    figures["errors"] = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)
    return figures


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
