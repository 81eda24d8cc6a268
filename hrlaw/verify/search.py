"""The built-in backend: a bounded search over the rules' own boundary values.

Like a SAT solver's DPLL, it decides one fact at a time and evaluates the goal with the engine's
three-valued logic after each choice: a goal decidedly false prunes the branch, a goal decidedly
true ends the search with a witness holding only the facts chosen, and an open goal names the
facts that could decide it — the next fact is one of those, so facts the goal does not depend on
are never chosen. The values tried for a fact are its candidates on the grid of the rules'
boundary values (grid.py); a list fact is decided member by member, for the members the rules
name. The answer is exact on that grid: "no witness" means none among those values.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from hrlaw import model as m
from hrlaw.expand import Expander
from hrlaw.values import PartialSet
from hrlaw.verify.goals import Evaluator, Goal, constrained, laws_of
from hrlaw.verify.grid import candidates, rates
from hrlaw.verify.laws import Law
from hrlaw.versions import CompiledBook

MAX_NODES = 200_000  # choices tried for one goal before the search gives up

_RANK = {
    m.Kind.BOOL: 0,
    m.Kind.ENUM: 0,
    m.Kind.SET: 1,
    m.Kind.INTEGER: 2,
    m.Kind.NUMBER: 2,
    m.Kind.PERCENT: 2,
    m.Kind.MONEY: 2,
    m.Kind.DURATION: 3,
    m.Kind.DATE: 4,
    m.Kind.DATETIME: 5,
}


class SearchLimit(Exception):
    """The search tried MAX_NODES choices without an answer."""


@dataclass
class _Space:
    constants: tuple[object, ...]
    members: frozenset[str]
    day: date
    scales: tuple[object, ...] = ()


def complete(facts: Mapping[str, object]) -> dict[str, object]:
    """A witness as a case states it: a list decided in part holds the members chosen (those
    left open never mattered)."""
    return {n: (v.included if isinstance(v, PartialSet) else v) for n, v in facts.items()}


class Search:
    """Finds facts satisfying a goal, or shows there are none on the grid."""

    name = "search"

    def __init__(self, book: CompiledBook) -> None:
        self.book = book
        self.facts = book.checked.facts
        self.evaluator = Evaluator(book)
        self.nodes = 0  # choices tried, over every goal (for the report)
        self._scales: dict[int, tuple[Law, tuple[object, ...]]] = {}

    def scales(self, law: Law) -> tuple[object, ...]:
        """The rates a law scales values by (grid.rates), over its expanded clauses."""
        if id(law) not in self._scales:
            expander = Expander(self.book.checked.macros, law.values)
            clauses = law.clauses
            exprs = [clauses.applies] if clauses.applies is not None else []
            exprs += [x.expr for x in clauses.requirements]
            exprs += [
                e for x in clauses.exceptions for e in (x.when, x.replacement) if e is not None
            ]
            exprs += [x.when for x in clauses.contested]
            self._scales[id(law)] = (
                law,
                rates([expander.expr(e) for e in exprs], self.book.checked.defines),
            )
        return self._scales[id(law)][1]

    def solve(
        self, goal: Goal, start: Mapping[str, object] | None = None
    ) -> dict[str, object] | None:
        """Facts (extending `start`) under which the goal holds, or None when none does."""
        return next(self.solutions(goal, start, first=True), None)

    def solutions(
        self, goal: Goal, start: Mapping[str, object] | None = None, *, first: bool = False
    ) -> Iterator[dict[str, object]]:
        """Every minimal way the goal holds on the grid (each a set of facts whose every
        completion satisfies it), in search order."""
        goal = constrained(self.book, goal)
        laws = laws_of(goal)
        space = _Space(
            tuple(c for law in laws for c in law.version.thresholds),
            frozenset(x for law in laws for x in law.version.members),
            laws[0].day,
            tuple(c for law in laws for c in self.scales(law)),
        )
        budget = [MAX_NODES]
        for found in self._dfs(goal, dict(start or {}), space, budget):
            yield complete(found)
            if first:
                return

    def _dfs(
        self, goal: Goal, facts: dict[str, object], space: _Space, budget: list[int]
    ) -> Iterator[dict[str, object]]:
        budget[0] -= 1
        self.nodes += 1
        if budget[0] < 0:
            raise SearchLimit
        decided, missing = self.evaluator.status(goal, facts)
        if decided is True:
            yield facts
            return
        if decided is False or not missing:
            return
        name = min(missing, key=lambda n: (_RANK[self.facts[n].type.kind], n))
        for value in self._values(name, facts, space):
            yield from self._dfs(goal, {**facts, name: value}, space, budget)

    def _values(self, name: str, facts: Mapping[str, object], space: _Space) -> list[object]:
        fact = self.facts[name]
        if fact.type.kind is not m.Kind.SET:
            exact = {n: v for n, v in facts.items() if not isinstance(v, PartialSet)}
            return candidates(fact, exact, space.constants, space.day, space.scales)
        universe = frozenset(fact.type.values)
        named = sorted(universe & space.members)
        known = facts.get(name)
        if not isinstance(known, PartialSet):
            known = PartialSet(frozenset(), frozenset(), universe, frozenset({name}))
        todo = [x for x in named if x not in known.included | known.excluded]
        if not todo:  # every member the rules name is decided: the others are not in it
            return [known.included]
        member = todo[0]
        out: list[object] = []
        for inside in (True, False):
            included = known.included | ({member} if inside else set())
            excluded = known.excluded | (set() if inside else {member})
            if len(todo) == 1:
                out.append(frozenset(included))
            else:
                out.append(
                    PartialSet(
                        frozenset(included), frozenset(excluded), universe, frozenset({name})
                    )
                )
        return out
