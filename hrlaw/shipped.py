"""The data hrlaw ships: the grammar and the rule base.

In a source checkout they are the top-level `grammar/` and `rules/` folders; a built wheel carries
them inside the package (`hrlaw/grammar`, `hrlaw/rules`), so `pip install .` works from anywhere.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def shipped(name: str) -> Traversable:
    """The shipped folder `name` (`"grammar"` or `"rules"`)."""
    packaged = resources.files("hrlaw").joinpath(name)
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
