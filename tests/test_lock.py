"""The lock files (issue 15, item 11): every package .venv gets is pinned, with hashes, and the
locks agree with pyproject.toml and with each other (scripts/lock writes them, scripts/ensure-venv
installs from them)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
# "name==version ; markers \" then "--hash=sha256:…" lines, then "# via" comments
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)[^\n]*\n"
                 r"((?:\s+--hash=sha256:[0-9a-f]{64}[ \\]*\n?)*)", re.M)


def _pins(lock: str) -> dict[str, set[str]]:
    """Each package of a lock and its versions (two where markers split it: numpy by Python)."""
    text = (ROOT / "requirements" / f"{lock}.txt").read_text()
    pins: dict[str, set[str]] = {}
    for name, version, hashes in PIN.findall(text):
        assert hashes.count("--hash=sha256:") >= 1, f"{lock}.txt: {name} has no hash"
        pins.setdefault(canonicalize_name(name), set()).add(version)
    requirement_lines = [line for line in text.splitlines()
                         if line and not line[0].isspace() and not line.startswith("#")]
    assert len(requirement_lines) == sum(map(len, pins.values())), \
        f"{lock}.txt has a line that is not a pin with hashes"
    return pins


def _pinned(requirements: list[str]) -> dict[str, str]:
    """pyproject's ``name==version`` requirements, by name."""
    found = {}
    for line in requirements:
        requirement = Requirement(line)
        [spec] = requirement.specifier  # the project pins each of its dependencies
        assert spec.operator == "==", line
        found[canonicalize_name(requirement.name)] = spec.version
    return found


PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
TOOLS = [line for line in (ROOT / "requirements" / "tools.in").read_text().splitlines()
         if line and not line.startswith("#")]


@pytest.mark.parametrize(("lock", "wanted"), [
    ("dev", [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["dev"], *TOOLS]),
    ("run", [*PROJECT["dependencies"], *TOOLS]),
    ("tools", TOOLS)])
def test_a_lock_holds_each_pin_of_pyproject_and_tools_in(lock: str, wanted: list[str]) -> None:
    pins = _pins(lock)
    for name, version in _pinned(wanted).items():
        assert pins.get(name) == {version}, f"{lock}.txt: {name} {pins.get(name)}, not " \
                                            f"{version}: run scripts/lock"


@pytest.mark.parametrize("lock", ["run", "tools"])
def test_every_lock_installs_the_dev_lock_s_version_of_a_package(lock: str) -> None:
    dev, pins = _pins("dev"), _pins(lock)
    assert {name: dev.get(name) for name in pins} == pins
    assert set(pins) < set(dev)

