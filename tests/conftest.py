"""Fixtures shared by the tests: the store tests run on DuckDB and on a real PostgreSQL server.

The PostgreSQL server is, in order of preference:

1. the one ``$CEASEFIRE_TEST_POSTGRES`` names (a URL; the tests create and drop a schema of
   their own in it, so the user needs CREATE on the database);
2. a throwaway server started here with the PostgreSQL binaries (``initdb``, ``pg_ctl``, from
   ``/usr/lib/postgresql/*/bin`` or the PATH) in a temporary folder on a free port, run as the
   ``postgres`` user when the tests run as root (PostgreSQL refuses to run as root);
3. none: the PostgreSQL half of the store tests is skipped, with the reason. When
   ``$CEASEFIRE_TEST_POSTGRES_REQUIRED`` is set (``.ci/run`` sets it) it fails instead.
"""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

POSTGRES_URL = "CEASEFIRE_TEST_POSTGRES"
POSTGRES_REQUIRED = "CEASEFIRE_TEST_POSTGRES_REQUIRED"


class NoServer(Exception):
    """Why no PostgreSQL server could be had."""


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the whole session (see the module's docstring)."""
    given = os.environ.get(POSTGRES_URL)
    if given:
        yield given
        return
    try:
        with _throwaway_server() as server:
            yield server.url
    except NoServer as why:
        message = f"PostgreSQL store tests need a server: {why}"
        if os.environ.get(POSTGRES_REQUIRED):
            pytest.fail(f"{message} (and ${POSTGRES_REQUIRED} is set)")
        pytest.skip(f"{message}; set ${POSTGRES_URL} to a server's URL to run them")


@pytest.fixture
def own_postgres_server() -> Iterator[Server]:
    """A throwaway PostgreSQL server for one test, which the test may stop and restart (the
    session's server is shared)."""
    with own_server() as server:
        yield server


@contextlib.contextmanager
def own_server(initdb: Sequence[str] = (), settings: Sequence[str] = ()) -> Iterator[Server]:
    """A throwaway PostgreSQL server, with ``initdb``'s extra options and ``settings``
    ("name=value") over the usual ones. Skipped (or failed) as ``postgres_server`` is without
    one, but only skipped where ``$CEASEFIRE_TEST_POSTGRES`` names the server (no binaries,
    maybe)."""
    try:
        with _throwaway_server(initdb, settings) as server:
            yield server
    except NoServer as why:
        message = f"this test needs a PostgreSQL server of its own: {why}"
        if os.environ.get(POSTGRES_REQUIRED) and not os.environ.get(POSTGRES_URL):
            pytest.fail(f"{message} (and ${POSTGRES_REQUIRED} is set)")
        pytest.skip(message)


@dataclass(frozen=True)
class Server:
    """A throwaway PostgreSQL server: its URL, and how to restart it."""

    url: str
    data: Path
    as_user: list[str]
    options: str  # the postgres command line's
    log: Path

    def restart(self, mode: str = "fast") -> None:
        """``pg_ctl restart -m MODE``: "fast" rolls back the sessions and stops cleanly,
        "immediate" stops like a crash (recovery at start); back up when it returns."""
        self._pg_ctl("-m", mode, "restart")

    def start(self) -> None:
        """Start it again after it stopped by itself (back up when it returns)."""
        self._pg_ctl("-o", self.options, "start")

    def hand_over(self, folder: Path) -> None:
        """Make ``folder`` the server's user's (a tablespace's folder must be)."""
        _hand_over(folder, self.as_user)

    def running(self) -> bool:
        """Is the server's process there (up, or recovering from a crash)?"""
        status = subprocess.run(self.as_user + [_binary("pg_ctl"), "-D", str(self.data),
                                                "status"], capture_output=True, timeout=30)
        return status.returncode == 0

    def _pg_ctl(self, *args: str) -> None:
        _run(self.as_user + [_binary("pg_ctl"), "-D", str(self.data), "-w", "-t", "30", "-l",
                             str(self.log), *args], f"pg_ctl {args[-1]}")


@pytest.fixture(params=["duckdb", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty ledger: a DuckDB file, or a schema of its own on the PostgreSQL server."""
    with fresh_ledger(request, tmp_path) as url:
        yield url


@contextlib.contextmanager
def fresh_ledger(request: pytest.FixtureRequest, folder: Path, kind: str | None = None
                 ) -> Iterator[str]:
    """The URL of an empty ledger of the ``kind`` given, or else the one ``request.param``
    names: "duckdb" or "postgresql" (for any fixture scope)."""
    if (kind or request.param) == "duckdb":
        yield str(folder / "ledger.duckdb")
        return
    server = request.getfixturevalue("postgres_server")
    schema = f"ceasefire_test_{uuid.uuid4().hex[:12]}"
    with _admin(server) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        joiner = "&" if "?" in server else "?"
        yield f"{server}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with _admin(server) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@contextlib.contextmanager
def two_fresh_ledgers(request: pytest.FixtureRequest, folder: Path, kind: str
                      ) -> Iterator[tuple[str, str]]:
    """Two empty ledgers of the ``kind`` given, to compare two ways of filling them."""
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    with fresh_ledger(request, folder / "a", kind) as a, \
            fresh_ledger(request, folder / "b", kind) as b:
        yield a, b


@contextlib.contextmanager
def _admin(url: str) -> Iterator[object]:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=10) as connection:
        yield connection


@contextlib.contextmanager
def _throwaway_server(initdb_options: Sequence[str] = (), settings: Sequence[str] = ()
                      ) -> Iterator[Server]:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    as_user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="ceasefire-pg-"))
    try:
        _hand_over(folder, as_user)
        data, port, log = folder / "data", free_port(), folder / "log"
        _run(as_user + [initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--no-sync", "--no-locale", *initdb_options], "initdb")
        options = " ".join([f"-p {port} -k {folder} -c listen_addresses=localhost -c fsync=off "
                            "-c synchronous_commit=off -c full_page_writes=off",
                            *(f"-c {setting}" for setting in settings)])
        _run(as_user + [pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t",
                        "30", "start"], "pg_ctl start")
        try:
            yield Server(f"postgresql://postgres@localhost:{port}/postgres", data, as_user,
                         options, log)
        finally:
            subprocess.run(as_user + [pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _binary(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise NoServer(f"no `{name}` in /usr/lib/postgresql/*/bin or on the PATH "
                       "(apt-get install postgresql)")
    return path


def _run_as() -> list[str]:
    """The command prefix that runs the server as ``postgres`` when we are root, else []."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise NoServer("running as root, and there is no `postgres` user to run the server "
                       "as (PostgreSQL refuses to run as root)") from None
    runuser = shutil.which("runuser")
    if runuser is None:
        raise NoServer("running as root, and `runuser` is missing to run it as `postgres`")
    return [runuser, "-u", "postgres", "--"]


def _hand_over(folder: Path, as_user: list[str]) -> None:
    if as_user:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)


def _run(command: list[str], what: str) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NoServer(f"{what} failed: {exc}") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
        raise NoServer(f"{what} failed: {' '.join(tail) or f'exit code {done.returncode}'}")


def free_port() -> int:
    """A TCP port free on this machine now."""
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serving(db: str | os.PathLike[str], seconds: float = 60) -> Iterator[str]:
    """``ceasefire serve`` on ``db``, read-only (no token), as a user starts it; its URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CEASEFIRE_API_TOKEN"}
    # its log to a file, not a pipe: under load it logs every 503, and a pipe nobody reads
    # fills and stops the server
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen([Path(sys.executable).with_name("ceasefire"), "serve",
                                   "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=log, env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(url, server, seconds, log)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=20)


def wait_until_serving(url: str, server: subprocess.Popen[bytes], seconds: float,
                       log: IO[bytes] | None = None) -> None:
    """Wait for ``ceasefire serve`` (``server``: its stderr piped, or written to ``log``) to
    answer at ``url``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            if log is not None:
                log.seek(0)
            said = (log or server.stderr).read()  # type: ignore[union-attr]
            raise AssertionError(f"ceasefire serve exited: {said.decode()}")
        try:
            with urllib.request.urlopen(url + "/api/events?limit=1", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"ceasefire serve did not answer at {url} in {seconds} s")
