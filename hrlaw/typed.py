"""A scenario's facts typed against a rule book's vocabulary.

A fact may be known exactly, partly (a bound or range such as `under 16`, an imprecise date such
as `2021-08`, a set known in part: `{includes: [a], excludes: [b]}`), or not at all (left out). A
derived fact (a `define`) may be stated directly instead of the facts it is computed from ("held
4 days"); when both are given they must agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from fractions import Fraction

from hrlaw import model as m
from hrlaw.check import CheckedBook
from hrlaw.coerce import MAX_MAGNITUDE, CoerceError, coerce, is_unknown
from hrlaw.compile import Compiler, Env, Fn
from hrlaw.diagnostics import Code, Diagnostic, did_you_mean
from hrlaw.explain import fmt
from hrlaw.ops import compare
from hrlaw.scenario import AS_OF_DAY, AS_OF_MOMENT, Scenario
from hrlaw.source import Span
from hrlaw.units import fmt_value
from hrlaw.values import Between, Money, PartialSet, Percent, Unknown

PARTS = ("includes", "excludes")  # a set known in part: `{includes: [...], excludes: [...]}`
MAX_INT = int(MAX_MAGNITUDE)
MAX_SUGGESTIONS = 20  # unknown facts of one scenario that get a did-you-mean (the CLI shows 20)
MAX_UNKNOWN_LISTED = 100  # unknown facts of one scenario reported one by one
Constraints = Sequence[tuple[m.Constraint, Fn]]  # each constraint with its compiled condition


class _Typer:
    def __init__(
        self,
        book: CheckedBook,
        scenario: Scenario,
        law_dependent: frozenset[str],
        constraints: Constraints,
    ) -> None:
        self.book = book
        self.scenario = scenario
        self.law_dependent = law_dependent
        self.constraints = constraints
        self.errors: list[Diagnostic] = []
        self.typed: dict[str, object] = {}
        self.unknown: list[str] = []

    def error(self, code: Code, message: str, name: str, help: str | None = None) -> None:
        span = self.span(name)
        self.errors.append(Diagnostic(code, message, span, help, path=self.scenario.path))

    def span(self, name: str, value: bool = False) -> Span | None:
        spans = self.scenario.spans
        return (spans.get("value:" + name) if value else None) or spans.get(name)

    def run(self) -> dict[str, object]:
        facts = self.book.facts
        parts: dict[str, dict[str, object]] = {}
        typed = self.typed
        for name, raw in self.scenario.flat_facts().items():
            fact = facts.get(name)
            if fact is not None:
                kind = fact.type.kind
                if type(raw) is bool and kind is m.Kind.BOOL:  # the common cases, already typed
                    typed[name] = raw
                    continue
                if (
                    type(raw) is int
                    and kind is m.Kind.INTEGER
                    and -MAX_INT <= raw <= MAX_INT
                    and fact.admits(raw)
                ):
                    typed[name] = raw
                    continue
            owner, _, part = name.rpartition(".")
            if part in PARTS and owner in facts and facts[owner].type.kind is m.Kind.SET:
                parts.setdefault(owner, {})[part] = raw
                continue
            if name in self.book.defines:
                self.given_derived(name, raw)
                continue
            if fact is None:
                self.unknown.append(name)
                continue
            if is_unknown(raw) and not (isinstance(raw, str) and raw.strip() in fact.type.values):
                continue
            self.value(fact, name, raw)
        for owner, given in parts.items():
            self.partial_set(facts[owner], given)
        if self.scenario.as_of is not None:
            self.as_of()
        if self.book.defines:
            self.consistent()
        if self.unknown:
            self.unknown_facts()
        if not self.errors and self.constraints:
            self.errors.extend(contradictions(self.book, self.scenario, typed, self.constraints))
        return typed

    def unknown_facts(self) -> None:
        """Each unknown fact name, in the order of the file; a did-you-mean costs a comparison
        with every fact, so only the first ones get one (45,000 typos stay fast), and past
        `MAX_UNKNOWN_LISTED` one more line counts the rest."""
        spans = self.scenario.spans
        names = sorted(self.unknown, key=lambda n: s.start if (s := spans.get(n)) else -1)
        vocabulary = [*self.book.facts, *self.book.defines]
        for i, name in enumerate(names[:MAX_UNKNOWN_LISTED]):
            hint = did_you_mean(name, vocabulary) if i < MAX_SUGGESTIONS else None
            self.error(
                Code.UNKNOWN_FACT,
                f"unknown fact `{name}`",
                name,
                hint or "`hrlaw facts` lists every fact",
            )
        if len(names) > MAX_UNKNOWN_LISTED:
            name, rest = names[MAX_UNKNOWN_LISTED], len(names) - MAX_UNKNOWN_LISTED
            self.error(
                Code.UNKNOWN_FACT,
                f"{rest:,} more unknown facts, from `{name}` on, are not listed",
                name,
                "`hrlaw facts` lists every fact",
            )

    def value(self, fact: m.Fact, name: str, raw: object) -> None:
        try:
            value = coerce(fact, raw)
        except CoerceError as exc:
            span = self.span(name, value=True)
            self.errors.append(
                Diagnostic(Code.INVALID_VALUE, exc.message, span, exc.help, path=self.scenario.path)
            )
            return
        if isinstance(value, Between):
            within = _within(value, fact)
            if within is None:
                self.out_of_range(fact, name, raw)
                return
            self.typed[name] = within.about(name)
            return
        if not fact.admits(value):
            self.out_of_range(fact, name, raw)
            return
        self.typed[name] = value

    def out_of_range(self, fact: m.Fact, name: str, raw: object) -> None:
        self.errors.append(
            Diagnostic(
                Code.INVALID_VALUE,
                f"`{raw}` is not a possible value of `{name}`",
                self.span(name, value=True),
                f"`{name}` is {fact.range_words()}",
                path=self.scenario.path,
            )
        )

    def given_derived(self, name: str, raw: object) -> None:
        """A derived fact stated directly: typed like a fact of the definition's type."""
        fact = given_as(self.book, name)
        if fact is None or is_unknown(raw):
            return
        if name in self.law_dependent:
            self.error(
                Code.INVALID_VALUE,
                f"`{name}` depends on the law applied and cannot be given",
                name,
                "give the facts it is computed from",
            )
            return
        self.value(fact, name, raw)

    def partial_set(self, fact: m.Fact, given: Mapping[str, object]) -> None:
        members: dict[str, frozenset[str]] = {}
        for part in PARTS:
            raw = given.get(part, [])
            if is_unknown(raw):
                raw = []
            try:
                value = coerce(fact, raw)
            except CoerceError as exc:
                span = self.span(f"{fact.name}.{part}", value=True)
                self.errors.append(
                    Diagnostic(
                        Code.INVALID_VALUE, exc.message, span, exc.help, path=self.scenario.path
                    )
                )
                return
            assert isinstance(value, frozenset)
            members[part] = value
        both = members["includes"] & members["excludes"]
        if both:
            self.error(
                Code.INVALID_VALUE,
                f"`{', '.join(sorted(both))}` is both included and excluded",
                f"{fact.name}.excludes",
                "a value is either known to be in the set or known to be out of it",
            )
            return
        universe = frozenset(fact.type.values)
        if members["includes"] | members["excludes"] == universe:  # nothing left open
            self.typed[fact.name] = members["includes"]
            return
        self.typed[fact.name] = PartialSet(
            members["includes"], members["excludes"], universe, frozenset({fact.name})
        )

    def as_of(self) -> None:
        """`as_of:` gives the moment (`assessment.at`) and the day (`assessment.on`) of the
        assessment, where the rule base declares them."""
        moment = self.scenario.as_of
        if moment is None:
            return
        day = moment.date() if isinstance(moment, datetime) else moment
        given: dict[str, object] = {AS_OF_DAY: day}
        if isinstance(moment, datetime):
            given[AS_OF_MOMENT] = moment
        span = self.scenario.spans.get("as_of")
        for name, value in given.items():
            fact = self.book.facts.get(name)
            if fact is None:
                continue
            try:
                value = coerce(fact, value)
            except CoerceError as exc:
                self.errors.append(
                    Diagnostic(
                        Code.INVALID_VALUE, exc.message, span, exc.help, path=self.scenario.path
                    )
                )
                continue
            if name in self.typed and self.typed[name] != value:
                self.errors.append(
                    Diagnostic(
                        Code.INVALID_VALUE,
                        f"`as_of` and `{name}` disagree",
                        span,
                        f"give the moment of assessment once: `as_of` stands for `{name}`",
                        path=self.scenario.path,
                    )
                )
                continue
            self.typed[name] = value

    def consistent(self) -> None:
        """A derived fact stated directly must agree with the facts it is computed from."""
        given = [n for n in self.typed if n in self.book.defines and n not in self.law_dependent]
        if not given:
            return
        others = {n: v for n, v in self.typed.items() if n not in given}
        compiler = Compiler(self.book.defines)
        for name in given:
            computed = compiler.expr(self.book.defines[name].expr)(Env(others))
            if isinstance(computed, Unknown):
                continue
            stated = self.typed[name]
            if compare("=", stated, computed) is False:
                self.error(
                    Code.DERIVED_FACT_DISAGREES,
                    f"`{name}` is given as {_shown(stated)}, but the facts it is computed from "
                    f"give {_shown(computed)}",
                    name,
                    "give one or the other, or correct the one that is wrong",
                )


def given_as(book: CheckedBook, name: str) -> m.Fact | None:
    """A derived fact as a scenario may state it: a fact of the definition's type; None when
    its value is not one a scenario can state."""
    typ = book.define_types.get(name)
    if typ is None or typ.kind in (m.Kind.SYMBOL, m.Kind.SYMBOLS):
        return None
    return m.Fact(name, typ, None, book.defines[name].meaning)


def _shown(value: object) -> str:
    if isinstance(value, Between):
        return value.stated or "a range"
    return fmt_value(value)


Kinds = Mapping[str, tuple[type, int, int]]  # fact -> Python type, lowest and highest value


def plain_facts(kinds: Kinds, facts: Mapping[str, object]) -> dict[str, object] | None:
    """The typed facts when every fact is given flat (dotted names) as a Python bool for a bool
    fact or an int within the declared range for an integer fact: they need no typing. None
    otherwise (then `type_facts` does the whole work, with every check)."""
    for name, raw in facts.items():
        kind = kinds.get(name)
        if kind is None:
            return None
        python, low, high = kind
        if type(raw) is not python or not low <= raw <= high:  # type: ignore[operator]
            return None
    return dict(facts)


def plain_kinds(facts: Mapping[str, m.Fact]) -> dict[str, tuple[type, int, int]]:
    """For `plain_facts`: each bool or integer fact, with the Python type of its values and
    the range an integer may take."""
    out: dict[str, tuple[type, int, int]] = {}
    for name, f in facts.items():
        if f.type.kind is m.Kind.BOOL:
            out[name] = (bool, 0, 1)
        elif f.type.kind is m.Kind.INTEGER:
            low = -MAX_INT if f.minimum is None else max(-MAX_INT, int(f.minimum))
            high = MAX_INT if f.maximum is None else min(MAX_INT, int(f.maximum))
            out[name] = (int, low, high)
    return out


def _within(value: Between, fact: m.Fact) -> Between | None:
    """A range cut to the fact's declared range (`under 16` years: 0 to 15); None when the
    two do not meet."""
    if fact.minimum is None and fact.maximum is None:
        return value
    wrap = _wrapper(value)
    lo, hi, lo_open, hi_open = value.lo, value.hi, value.lo_open, value.hi_open
    if fact.minimum is not None:
        low = wrap(fact.minimum)
        if lo is None or compare("<", lo, low) is True:
            lo, lo_open = low, False
    if fact.maximum is not None:
        high = wrap(fact.maximum)
        if hi is None or compare(">", hi, high) is True:
            hi, hi_open = high, False
    if lo is not None and hi is not None:  # noqa: SIM102
        if compare(">", lo, hi) is True or ((lo_open or hi_open) and compare("=", lo, hi) is True):
            return None
    return Between(lo, hi, lo_open, hi_open, value.stated, value.facts)


def _wrapper(value: Between) -> type[Money] | type[Percent] | type[Fraction]:
    end = value.lo if value.lo is not None else value.hi
    if isinstance(end, Money):
        return Money
    if isinstance(end, Percent):
        return Percent
    return Fraction


def contradictions(
    book: CheckedBook, scenario: Scenario, typed: Mapping[str, object], constraints: Constraints
) -> list[Diagnostic]:
    """A diagnostic for each constraint the facts break, located at the first value it reads
    (a constraint with an unknown fact, or one a range may still meet, is not broken)."""
    found: list[Diagnostic] = []
    env = Env(typed)
    facts = book.facts
    for constraint, holds in constraints:
        if holds(env) is not False:
            continue
        given = sorted(n for n in m.refs(constraint.expr) if n in typed and n in facts)
        values = ", ".join(f"`{n}` is {fmt(typed[n], facts[n].unit, facts[n])}" for n in given)
        spans = [scenario.spans[k] for n in given if (k := "value:" + n) in scenario.spans]
        found.append(
            Diagnostic(
                Code.CONTRADICTORY_FACTS,
                f"these facts cannot all be true: {constraint.text}",
                min(spans, key=lambda s: s.start) if spans else None,
                f"{values}; correct the one that is wrong" if values else None,
                path=scenario.path,
            )
        )
    return found


def type_facts(
    book: CheckedBook,
    scenario: Scenario,
    law_dependent: frozenset[str] = frozenset(),
    constraints: Constraints = (),
) -> tuple[dict[str, object], list[Diagnostic]]:
    """The typed facts of `scenario`, and every problem found typing them."""
    typer = _Typer(book, scenario, law_dependent, constraints)
    typed = typer.run()
    return typed, typer.errors
