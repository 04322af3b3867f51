"""What the event filters of the CLI and the API accept, and the message for a value they don't.

Each filter means what its name says: ``attacker`` the side that struck, ``target_country`` the
side whose territory was hit, ``weapon`` and ``target_type`` one value of the annotation
guide's lists (``model.VOCABULARIES``). Sides are the two-letter codes of the states the
reader knows (the actors lexicon). ``side``, which matched the attacker *or* the target (so in
a two-sided war it kept everything), is gone: ``RETIRED`` says what to use instead.
"""
from __future__ import annotations

from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.model import VOCABULARIES

WEAPONS = VOCABULARIES["weapon"]
TARGET_TYPES = VOCABULARIES["target_type"]
RETIRED = {
    "side": "is gone: it matched the attacker or the target, so in a two-sided war it kept "
            "every event. Use attacker (the side that struck) or target_country (the side whose "
            "territory was hit), e.g. attacker=UA",
}


@cache
def sides() -> tuple[str, ...]:
    """The sides a filter takes: the codes of the actors lexicon's states, sorted."""
    return tuple(sorted({side for _surface, _name, side, kind in load_table("actors.tsv")
                         if kind == "state" and side}))


def allowed(name: str) -> tuple[str, ...]:
    """The values a filter takes: ``attacker``, ``target_country``, ``weapon``, ``target_type``."""
    return {"weapon": WEAPONS, "target_type": TARGET_TYPES}.get(name) or sides()


def checked(name: str, value: str | None) -> str | None:
    """``value`` as the filter ``name`` takes it (sides in upper case, the others in lower);
    ValueError, naming what is allowed, when it is not one of them."""
    if value is None:
        return None
    norm = value.upper() if name in ("attacker", "target_country") else value.lower()
    if norm not in allowed(name):
        raise ValueError(f"{value!r} is not one of {', '.join(allowed(name))}")
    return norm
