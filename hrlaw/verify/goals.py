"""What an analysis asks for: a conjunction of literals about one or more laws of provisions,
over the facts of one case. Both backends answer the same goals: the bounded search evaluates them
with the engine's own three-valued logic (this module), the SMT encoding translates them.

- `Holds(law, expr, truth)`: an expression of the law (its `applies when`, a requirement, an
  exception's condition or replacement, a contested clause's condition) is decidedly `truth`.
- `Gives(law, verdict)`: the provision gives `verdict` once every fact is known; `undetermined`
  then means the rules themselves leave it open (a contested clause, two exceptions without a
  priority, a value that does not exist such as a rate of pay over zero pay).
- `Breached(law, requirement)`: the requirement, after its exceptions, is decidedly not met
  (what a contested clause needs to trigger).
- `Allowed(law, expr)`: a constraint of the rule base is not broken (a fact it reads may be left
  out: unknown facts never break it). `constrained(book, goal)` adds one for each constraint, so
  that every witness is a case a scenario can state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.compile import Env, Fn
from hrlaw.engine import after_exceptions, judge
from hrlaw.values import Unknown
from hrlaw.verify.laws import Law
from hrlaw.versions import CompiledBook, VersionCompiler


@dataclass(frozen=True, eq=False)
class Holds:
    law: Law
    expr: m.Expr
    truth: bool = True


@dataclass(frozen=True, eq=False)
class Gives:
    law: Law
    verdict: r.Verdict


@dataclass(frozen=True, eq=False)
class Breached:
    law: Law
    requirement: str


@dataclass(frozen=True, eq=False)
class Allowed:
    law: Law  # any law of the goal: a constraint reads facts only
    expr: m.Expr


Literal = Holds | Gives | Breached | Allowed
Goal = tuple[Literal, ...]
Status = tuple[bool | None, frozenset[str]]  # decided (True/False) or open, and what decides it

_DONE = (r.Outcome.MET, r.Outcome.WAIVED)


def laws_of(goal: Goal) -> list[Law]:
    return list({id(lit.law): lit.law for lit in goal}.values())


def constrained(book: CompiledBook, goal: Goal) -> Goal:
    """The goal with the rule base's constraints: its witnesses must be valid input."""
    if not goal or not book.checked.constraints:
        return goal
    if any(isinstance(lit, Allowed) for lit in goal):
        return goal
    law = goal[0].law
    return (*goal, *(Allowed(law, c.expr) for c in book.checked.constraints))


def applies(law: Law) -> tuple[Literal, ...]:
    """The literal "the provision applies" (none when it always does)."""
    expr = law.clauses.applies
    return (Holds(law, expr),) if expr is not None else ()


class Evaluator:
    """Three-valued status of goals over facts, with the engine's compiled closures."""

    def __init__(self, book: CompiledBook) -> None:
        self.book = book
        self._fns: dict[tuple[int, int], Fn] = {}
        self._compilers: dict[int, VersionCompiler] = {}

    def fn(self, law: Law, expr: m.Expr) -> Fn:
        key = (id(law), id(expr))
        if key not in self._fns:
            compiler = self._compilers.get(id(law))
            if compiler is None:
                compiler = VersionCompiler(self.book, law.source, law.values)
                self._compilers[id(law)] = compiler
            self._fns[key] = compiler.fn(expr)
        return self._fns[key]

    def status(self, goal: Goal, facts: Mapping[str, object]) -> Status:
        """True when every completion of `facts` satisfies the goal, False when none does, else
        None with the facts whose values could decide it."""
        missing: set[str] = set()
        for lit in goal:
            decided, wanted = self.literal(lit, facts)
            if decided is False:
                return False, frozenset()
            if decided is None:
                missing |= wanted
        if missing:
            return None, frozenset(missing)
        return True, frozenset()

    def literal(self, lit: Literal, facts: Mapping[str, object]) -> Status:
        if isinstance(lit, Holds):
            value = self.fn(lit.law, lit.expr)(Env(facts))
            return _decided(value, lit.truth)
        if isinstance(lit, Allowed):
            value = self.fn(lit.law, lit.expr)(Env(facts))
            return value is not False, frozenset()
        if isinstance(lit, Breached):
            cv = lit.law.version
            rule = next(x for x in cv.rules if x.req.id == lit.requirement)
            return _decided(after_exceptions(self.book, cv, rule, facts), False)
        return self.gives(lit, facts)

    def gives(self, lit: Gives, facts: Mapping[str, object]) -> Status:
        applied, outcomes, verdict, missing = judge(self.book, lit.law.version, facts)
        wanted = frozenset(missing)
        if not isinstance(applied, Unknown):
            wanted = frozenset()
        states = set(outcomes.values())
        final = verdict is r.Verdict.UNDETERMINED and not missing
        if lit.verdict is r.Verdict.NOT_APPLICABLE:
            if isinstance(applied, Unknown):
                return (None, frozenset(applied.missing)) if applied.missing else (False, wanted)
            return (not applied), frozenset()
        if applied is False:
            return False, frozenset()
        failed = r.Outcome.FAILED in states
        open_ = r.Outcome.UNKNOWN in states
        contested = r.Outcome.CONTESTED in states
        if lit.verdict is r.Verdict.VIOLATION:
            if applied is True and failed:
                return True, frozenset()
            if (not failed and not open_) or final:
                return False, frozenset()
        elif lit.verdict is r.Verdict.COMPLIANT:
            if applied is True and states <= set(_DONE):
                return True, frozenset()
            if failed or contested or final:
                return False, frozenset()
        else:  # undetermined with every fact known
            if final:
                return True, frozenset()
            if failed or (applied is True and states <= set(_DONE)):
                return False, frozenset()
            if applied is True and contested and not open_:
                return True, frozenset()
        return None, frozenset(missing)


def _decided(value: object, truth: bool) -> Status:
    if isinstance(value, Unknown):
        # an unknown no fact decides (no value, or two exceptions that disagree) never turns
        return (None, value.missing) if value.missing else (False, frozenset())
    return value is truth, frozenset()
