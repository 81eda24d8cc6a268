"""What an analysis needs of a backend, and the bounded search as one.

A backend answers goals (`solve`: facts under which the goal holds, or None when no case
satisfies it) and finds conflicts between two provisions (`conflict`). The bounded search is
always there; the SMT backend (smt.py) needs the `verify` extra (z3-solver).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from hrlaw import report as r
from hrlaw.verify.goals import Gives, Goal, applies
from hrlaw.verify.laws import Law
from hrlaw.verify.search import Search


@dataclass(frozen=True)
class Clash:
    """Two provisions no case can comply with at once: under the circumstances `facts` (what
    decides that both apply), complying with one (`first`) breaks the other, and complying with
    the other (`second`) breaks the first."""

    facts: Mapping[str, object]
    first: Mapping[str, object]
    second: Mapping[str, object]


class Backend(Protocol):
    name: str

    def solve(
        self, goal: Goal, start: Mapping[str, object] | None = None
    ) -> dict[str, object] | None: ...

    def conflict(self, a: Law, b: Law) -> Clash | None: ...


def compliant(law: Law) -> Gives:
    return Gives(law, r.Verdict.COMPLIANT)


class SearchBackend:
    """The bounded search over the rules' boundary values (search.py)."""

    name = "search"

    def __init__(self, search: Search) -> None:
        self.search = search

    def solve(
        self, goal: Goal, start: Mapping[str, object] | None = None
    ) -> dict[str, object] | None:
        return self.search.solve(goal, start)

    def conflict(self, a: Law, b: Law) -> Clash | None:
        """Each way both provisions apply (the facts their `applies when` reads): can one case
        comply with both? When none can, but each can be complied with alone, they conflict."""
        both = (*applies(a), *applies(b))
        for circumstances in self.search.solutions(both):
            if self.search.solve((compliant(a), compliant(b)), circumstances) is not None:
                continue
            first = self.search.solve((compliant(a),), circumstances)
            second = self.search.solve((compliant(b),), circumstances)
            if first is not None and second is not None:
                return Clash(circumstances, first, second)
        return None
