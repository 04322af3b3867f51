"""An event's best figures: what lists, maps and the timeline show of its estimates.

Per metric, ``best`` takes the larger of a total without a weapon and the sum per weapon (the
two overlap). The timeline also splits launched and intercepted by kind of weapon
(``WEAPON_KINDS``). The fused layer keeps all of them in each event's row (``store/tables.py``),
so that a page of events or the timeline reads them without the estimates.
"""
from __future__ import annotations

from ceasefire.model import StrikeEvent

METRICS = ("launched", "intercepted", "killed", "injured")
# The timeline's split of launched and intercepted by kind of weapon.
WEAPON_KINDS = {"drones": ("drone",),
                "missiles": ("ballistic_missile", "cruise_missile", "missile")}
KIND_COLUMNS = tuple(f"{kind}_{metric}" for kind in WEAPON_KINDS
                     for metric in ("launched", "intercepted"))


def best(event: StrikeEvent, metric: str) -> float | None:
    """The event's best figure for a metric over all weapons, without counting twice.

    A total without a weapon ("215 missiles and drones") and figures per weapon of the same
    attack overlap: the larger of the total and the sum per weapon is taken.
    """
    estimates = [e for e in event.estimates if e.metric == metric and e.best is not None]
    if not estimates:
        return None
    per_weapon = sum(e.best or 0 for e in estimates if e.weapon is not None)
    total = max((e.best or 0 for e in estimates if e.weapon is None), default=0)
    return max(per_weapon, total)


def by_kind(event: StrikeEvent) -> dict[str, float | None]:
    """``KIND_COLUMNS``: the sums of the best launched and intercepted of each kind's weapons
    (None, unknown, when no claim gives one; a total for "drones and missiles" counts in
    neither)."""
    return {f"{kind}_{metric}": _sum_or_none([e.best for e in event.estimates
                                              if e.metric == metric and e.weapon in weapons
                                              and e.best is not None])
            for kind, weapons in WEAPON_KINDS.items() for metric in ("launched", "intercepted")}


def _sum_or_none(values: list[float]) -> float | None:
    return float(sum(values)) if values else None
