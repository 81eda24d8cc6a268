"""A reference interpreter over the checked IR: what the rules language means, written to be
obvious rather than fast.

Every expression is evaluated by a plain recursive walk of its tree, each derived fact,
definition and parameter looked up by name at the moment it is read. Nothing is compiled, cached
or expanded in advance. The compiled engine (expand.py, compile.py, versions.py, engine.py) must
give the same verdicts and requirement outcomes (tests/test_reference.py).

Shared with the engine are only the values (values.py, ops.py: arithmetic and comparison of
quantities and of ranges) and the timeline (law.py: which report's law applies on a day, which
clauses a report states). Partial knowledge is weighed by three-valued logic alone: the
supervaluation that refines an undetermined verdict (supervaluation.py) is checked against
completions of the facts instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from hrlaw import model as m
from hrlaw.check import CheckedBook
from hrlaw.ops import ARITH, UndefinedResult, compare, neg
from hrlaw.report import Outcome, Verdict
from hrlaw.values import PartialSet, Period, Unknown

MAX_OPEN_EXCEPTIONS = 8  # as the engine: more exceptions not known to hold decide nothing


class _Unknown:
    """The third truth value: no value can be given (a fact not given, or no value at all)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


@dataclass(frozen=True)
class Judgement:
    """A provision's verdict under one law, and each requirement's outcome."""

    provision: str
    verdict: Verdict
    outcomes: dict[str, Outcome]


@dataclass(frozen=True)
class _Clause:
    """An exception or contested clause as it decided a requirement."""

    decl: m.Exception_ | m.Contested | None


class Reference:
    def __init__(self, book: CheckedBook) -> None:
        self.book = book
        self.timeline = book.timeline

    # ------------------------------------------------------------------ the law applied
    def changes(self) -> list[date]:
        """The first days of every dated change of the rule base."""
        bounds: list[m.Bound] = []
        for p in self.book.provisions:
            bounds += p.bounds
            for _, body in p.bodies():
                for clause in body.clauses():
                    if not isinstance(clause, m.PenaltyRef):
                        bounds += clause.bounds
        for u in self.book.unchecked:
            bounds += u.bounds
        for pen in self.book.penalties.values():
            bounds += pen.bounds
        days = [
            b.day if b.kind == "since" else b.day + timedelta(days=1)
            for b in bounds
            if b.day is not None
        ]
        days += [row.day for par in self.book.parameters.values() for row in par.rows if row.day]
        return sorted(set(days))

    def verdicts(self, facts: Mapping[str, object], when: date | Period) -> list[Judgement]:
        """Every provision's verdict: under the one law that applies, or weighed over several
        (the same verdict under each, else undetermined)."""
        readings = self.timeline.readings_over(when, self.changes())
        out = []
        tl = self.timeline
        for p in self.book.provisions:
            # a report silent about a law that began after its period, or ended before it, says
            # nothing about it: the reports that state it decide
            speaking = [
                r
                for r in readings
                if (tl.stated(p.bounds, r.source) and self._has_body(p, r.source))
                or not tl.before_or_after(p.bounds, r.source)
            ] or readings
            each = [self.judge(p, r.source, r.day, facts) for r in speaking]
            if len(each) == 1:
                out.append(each[0])
            elif len({j.verdict for j in each}) == 1:
                out.append(Judgement(p.id, each[0].verdict, {}))
            else:
                out.append(Judgement(p.id, Verdict.UNDETERMINED, {}))
        return out

    def values(
        self, names: Iterable[str], facts: Mapping[str, object], when: date | Period
    ) -> list[dict[str, object]]:
        """What each name (a fact, derived fact or parameter) comes to under each law that
        applies to events of `when`; UNKNOWN where it has no value."""
        out = []
        for reading in self.timeline.readings_over(when, self.changes()):
            law = _Law(self.book, facts, reading.source, reading.day)
            out.append({name: law.ref(name) for name in names})
        return out

    @staticmethod
    def _has_body(p: m.Provision, source: m.Source) -> bool:
        return bool(p.body.requirements) or any(v.source == source.id for v in p.versions)

    def judge(
        self, p: m.Provision, source: m.Source, day: date, facts: Mapping[str, object]
    ) -> Judgement:
        tl = self.timeline
        has_body = self._has_body(p, source)
        if not tl.dated(p.bounds, day):  # the law's own dates, whichever report states it
            return Judgement(p.id, Verdict.NOT_APPLICABLE, {})  # not in force that day
        if not tl.stated(p.bounds, source) or not has_body:
            return Judgement(p.id, Verdict.UNDETERMINED, {})  # the report is silent about it
        bodies = [p.body, *(v.body for v in p.versions if v.source == source.id)]

        def kept(clause: m.Requirement | m.Exception_ | m.Contested) -> bool:
            return tl.in_force(clause.bounds, source, day)

        requirements = [r for b in bodies for r in b.requirements if kept(r)]
        exceptions = [x for b in bodies for x in b.exceptions if kept(x)]
        contested = [c for b in bodies for c in b.contested if kept(c)]
        applies_expr = next((b.applies for b in reversed(bodies) if b.applies is not None), None)
        law = _Law(self.book, facts, source, day)
        applies = law.value(applies_expr) if applies_expr is not None else True
        if applies is False:
            return Judgement(p.id, Verdict.NOT_APPLICABLE, {})
        outcomes = {
            r.id: law.outcome(
                r,
                [x for x in exceptions if x.target == r.id],
                [c for c in contested if c.target == r.id],
            )
            for r in requirements
        }
        states = set(outcomes.values())
        if applies is UNKNOWN:
            verdict = Verdict.UNDETERMINED
        elif Outcome.FAILED in states:
            verdict = Verdict.VIOLATION
        elif states & {Outcome.UNKNOWN, Outcome.CONTESTED}:
            verdict = Verdict.UNDETERMINED
        else:
            verdict = Verdict.COMPLIANT
        return Judgement(p.id, verdict, outcomes)


class _Law:
    """The facts of one case under one report's law, on one day."""

    def __init__(
        self, book: CheckedBook, facts: Mapping[str, object], source: m.Source, day: date
    ) -> None:
        self.book = book
        self.facts = facts
        self.source = source
        self.day = day

    # ------------------------------------------------------------------ expressions
    def value(self, e: m.Expr, scope: Mapping[str, object] | None = None) -> object:
        scope = scope or {}
        if isinstance(e, m.Literal):
            return e.value
        if isinstance(e, m.Symbol):
            return scope.get(e.name, e.name)  # a definition's parameter, or a value
        if isinstance(e, m.SymbolSet):
            return frozenset(e.names)
        if isinstance(e, m.Ref):
            return self.ref(e.name)
        if isinstance(e, m.Call):
            macro = self.book.macros[e.name]
            args = [self.value(a, scope) for a in e.args]
            return self.value(
                macro.expr, {p.name: a for p, a in zip(macro.params, args, strict=True)}
            )
        if isinstance(e, m.Not):
            x = self.value(e.operand, scope)
            return UNKNOWN if x is UNKNOWN else not x
        if isinstance(e, m.Logic):
            a = self.value(e.left, scope)
            b = self.value(e.right, scope)
            if e.op == "and":
                if a is False or b is False:
                    return False
                return True if a is True and b is True else UNKNOWN
            if a is True or b is True:
                return True
            return False if a is False and b is False else UNKNOWN
        if isinstance(e, m.If):
            cond = self.value(e.cond, scope)
            if cond is True:
                return self.value(e.then, scope)
            if cond is False:
                return self.value(e.orelse, scope)
            a, b = self.value(e.then, scope), self.value(e.orelse, scope)
            return a if a is not UNKNOWN and b is not UNKNOWN and _equal(a, b) else UNKNOWN
        if isinstance(e, m.Neg):
            return self.strict(neg, self.value(e.operand, scope))
        if isinstance(e, m.Arith):
            return self.strict(ARITH[e.op], self.value(e.left, scope), self.value(e.right, scope))
        if isinstance(e, m.Compare):
            op = e.op
            return self.strict(
                lambda a, b: compare(op, a, b),
                self.value(e.left, scope),
                self.value(e.right, scope),
            )
        assert isinstance(e, m.Member)
        return self.strict(_MEMBER[e.op], self.value(e.left, scope), self.value(e.right, scope))

    def ref(self, name: str) -> object:
        """A name read: as the case states it (a derived fact may be stated directly), else
        computed from its definition, else the value of a parameter under this law."""
        if name in self.facts:
            return self.facts[name]
        if name in self.book.defines:
            return self.value(self.book.defines[name].expr)
        if name in self.book.parameters:
            row = self.book.timeline.row(self.book.parameters[name], self.source, self.day)
            assert row is not None, name
            return self.value(row.value)
        return UNKNOWN  # a fact not given

    @staticmethod
    def strict(op: object, *args: object) -> object:
        if any(a is UNKNOWN for a in args):
            return UNKNOWN
        try:
            result = op(*args)  # type: ignore[operator]
        except (UndefinedResult, OverflowError, ValueError):
            return UNKNOWN  # no value: a division by zero, a date beyond the calendar
        return UNKNOWN if isinstance(result, Unknown) else result

    # ------------------------------------------------------------------ one requirement
    def outcome(
        self, r: m.Requirement, exceptions: list[m.Exception_], contested: list[m.Contested]
    ) -> Outcome:
        value, decided_by, dispute = self.after_exceptions(r, exceptions)
        if not dispute and value is False and contested:  # breached: unless the reports differ
            conds = [self.value(c.when) for c in contested]
            if any(c is True for c in conds):
                dispute = True
                value = UNKNOWN
            elif any(c is UNKNOWN for c in conds):
                value = UNKNOWN
        if decided_by is not None and decided_by.replacement is None and value is True:
            return Outcome.WAIVED
        if dispute:
            return Outcome.CONTESTED
        if value is True:
            return Outcome.MET
        if value is False:
            return Outcome.FAILED
        return Outcome.UNKNOWN

    def after_exceptions(
        self, r: m.Requirement, exceptions: list[m.Exception_]
    ) -> tuple[object, m.Exception_ | None, bool]:
        """The requirement after its exceptions: its value, the exception that decided it, and
        whether two exceptions hold that the rules give no priority and that disagree. An
        exception not known to hold is weighed both ways; the value is known when every way
        agrees."""
        base = self.value(r.expr)
        conds = [(x, self.value(x.when)) for x in exceptions]
        live = [(x, c) for x, c in conds if c is not False]
        if not live:
            return base, None, False
        unsure = [x for x, c in live if c is UNKNOWN]
        if len(unsure) > MAX_OPEN_EXCEPTIONS:
            return UNKNOWN, None, False
        cases = []
        for choice in itertools.product((True, False), repeat=len(unsure)):
            assumed = dict(zip((id(x) for x in unsure), choice, strict=True))
            holding = [x for x, c in live if c is True or assumed.get(id(x), False)]
            cases.append(self.decide(base, holding, exceptions))
        if not unsure:
            value, winner, clash = cases[0]
            return (UNKNOWN, None, True) if clash else (value, winner, False)
        first = cases[0][0]
        if all(not clash and _known_and_equal(first, v) for v, _, clash in cases):
            winners = {id(w) for _, w, _ in cases}
            return first, cases[0][1] if len(winners) == 1 else None, False
        return UNKNOWN, None, False

    def decide(
        self, base: object, holding: list[m.Exception_], every: list[m.Exception_]
    ) -> tuple[object, m.Exception_ | None, bool]:
        """With these exceptions holding: the value, the exception deciding it (one that no
        other holding exception takes priority over, directly or through another), and whether
        two such exceptions disagree."""
        winners = [x for x in holding if not any(x.label in _beaten(o, every) for o in holding)]
        if not winners:
            return base, None, False
        effects = [
            self.value(w.replacement) if w.replacement is not None else True for w in winners
        ]
        if len(winners) == 1 or all(_known_and_equal(effects[0], e) for e in effects[1:]):
            return effects[0], winners[0], False
        return UNKNOWN, None, True


def _beaten(x: m.Exception_, among: list[m.Exception_]) -> set[str]:
    """The labels exception `x` overrides, directly or through another."""
    by_label = {o.label: o for o in among}
    found: set[str] = set()
    todo = list(x.priority_over)
    while todo:
        label = todo.pop()
        if label not in found:
            found.add(label)
            other = by_label.get(label)
            if other is not None:
                todo.extend(other.priority_over)
    return found


def _equal(a: object, b: object) -> bool:
    try:
        return compare("=", a, b) is True
    except TypeError:
        return False


def _known_and_equal(a: object, b: object) -> bool:
    return a is not UNKNOWN and b is not UNKNOWN and a == b


def _includes_all(a: object, b: object) -> object:
    assert isinstance(b, frozenset)
    if isinstance(a, PartialSet):
        if b <= a.included:
            return True
        return False if b & a.excluded else UNKNOWN
    assert isinstance(a, frozenset)
    return b <= a


def _includes_any(a: object, b: object) -> object:
    assert isinstance(b, frozenset)
    if isinstance(a, PartialSet):
        if b & a.included:
            return True
        return False if b <= a.excluded else UNKNOWN
    assert isinstance(a, frozenset)
    return bool(a & b)


def _in(a: object, b: object) -> bool:
    assert isinstance(b, frozenset)
    return a in b


_MEMBER = {
    "in": _in,
    "not in": lambda a, b: not _in(a, b),
    "includes all": _includes_all,
    "includes any": _includes_any,
}
