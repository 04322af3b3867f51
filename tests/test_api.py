"""The public Python API: what ``import ceasefire`` promises."""
from __future__ import annotations

import doctest

import ceasefire


def test_the_package_docstring_example_runs() -> None:
    assert doctest.testmod(ceasefire).failed == 0


def test_the_public_names_are_importable() -> None:
    for name in ceasefire.__all__:
        assert hasattr(ceasefire, name), name
