"""Supervaluation (issue 8): a verdict over partial knowledge is what every completion of that
knowledge gives, decided when they all agree and `undetermined` otherwise.

For every shipped provision, hypothesis draws a complete "truth" for the facts the provision
reads, then blurs one or two of them: a number, length, amount or date becomes a range holding
the true value (sometimes open-ended), a list becomes a list known in part. A brute-force oracle
evaluates the provision on completions of the blurred facts taken from a dense grid: the range's
ends, the true value, every constant the provision compares with and its neighbours, and the
other facts' values moved by those constants. The engine's verdict on the blurred facts must be
the verdict of every completion when it is decided (soundness: the truth is one completion), and
must be decided when every completion agrees (completeness, on the grid).

The missing-facts property checks the other half of partial knowledge: a fact left off the
"to decide, answer" list cannot change the verdict, whatever the facts on the list turn out to be.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw import model as m
from hrlaw.coerce import CoerceError, coerce, normal_range
from hrlaw.ops import add, sub
from hrlaw.report import Verdict
from hrlaw.values import Between, Duration, Money, PartialSet, Percent
from tests.strategies import value_of

BOOK = hrlaw.load_rulebook()
CHECKED = BOOK.checked


def possible(facts: Mapping[str, object], day: date) -> bool:
    """Whether the facts can all be true: no constraint of the rule base breaks."""
    try:
        BOOK.typed_facts(hrlaw.Scenario(date=day, facts=facts))
    except hrlaw.HrlawError as exc:
        assert set(exc.codes) == {"HR412"}, exc.codes
        return False
    return True


DAYS = [date(2017, 6, 1), date(2021, 6, 1)]  # one day under each report's law
ORDERED = {Kind for Kind in (m.Kind.INTEGER, m.Kind.DURATION, m.Kind.DATE, m.Kind.DATETIME)} | {
    m.Kind.MONEY,
    m.Kind.NUMBER,
    m.Kind.PERCENT,
}
SETTINGS = settings(
    # one test per provision: the suite's work stays about the same as the rule base grows
    # (24 examples each at 49 provisions, 6 at 201)
    max_examples=max(6, 1200 // len(BOOK.provisions)),
    deadline=None,
    # facts repaired to keep the rules' constraints can make hypothesis discard many draws
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
MAX_GRID = 600  # completions the oracle evaluates for one example


# ------------------------------------------------------------------------------- the provision
def _exprs(body: m.Body) -> Iterable[m.Expr]:
    if body.applies is not None:
        yield body.applies
    for req in body.requirements:
        yield req.expr
    for x in body.exceptions:
        yield from (e for e in (x.when, x.replacement) if e is not None)
    for c in body.contested:
        yield c.when


def reads(p: m.Provision) -> tuple[list[str], list[object]]:
    """The input facts a provision reads and the constants it compares with (through derived
    facts, definitions with parameters and every value of its parameters)."""
    todo = [e for _, body in p.bodies() for e in _exprs(body)]
    facts: set[str] = set()
    constants: list[object] = []
    seen: set[int] = set()
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, m.Literal):
            constants.append(e.value)
        elif isinstance(e, m.Ref):
            if e.name in CHECKED.facts:
                facts.add(e.name)
            elif e.name in CHECKED.defines:
                todo.append(CHECKED.defines[e.name].expr)
            elif e.name in CHECKED.parameters:
                todo.extend(row.value for row in CHECKED.parameters[e.name].rows)
        elif isinstance(e, m.Call):
            todo.append(CHECKED.macros[e.name].expr)
        todo.extend(m.children(e))
    return sorted(facts), constants


PROVISIONS = {p.id: reads(p) for p in BOOK.provisions}


# ------------------------------------------------------------------------------- the oracle grid
def _kind(value: object) -> str:
    for kind, cls in (
        ("duration", Duration),
        ("datetime", datetime),
        ("date", date),
        ("money", Money),
        ("percent", Percent),
    ):
        if isinstance(value, cls):
            return kind
    return "number"


def _nudge(value: object) -> list[object]:
    """A value and its nearest neighbours on either side."""
    if isinstance(value, bool):
        return [value]
    if isinstance(value, Duration):
        return [Duration(value.months, value.seconds + d) for d in (-1, 0, 1)]
    if isinstance(value, datetime):
        return [value + timedelta(seconds=d) for d in (-1, 0, 1)]
    if isinstance(value, date):
        return [value + timedelta(days=d) for d in (-1, 0, 1)]
    if isinstance(value, Money):
        return [Money(value.amount + Fraction(d, 100)) for d in (-1, 0, 1)]
    if isinstance(value, Percent):
        return [Percent(value.value + Fraction(d, 100)) for d in (-1, 0, 1)]
    if isinstance(value, int):
        return [value - 1, value, value + 1]
    assert isinstance(value, Fraction)
    return [value + Fraction(d, 1000) for d in (-1, 0, 1)]


def pivots(constants: list[object], exact: Mapping[str, object]) -> dict[str, list[object]]:
    """Where a verdict may turn, by kind: the constants, the exact facts, and those moved by
    the durations and scaled by the rates and numbers among the constants."""
    durations = [c for c in [*constants, *exact.values()] if isinstance(c, Duration)]
    rates = [c for c in constants if isinstance(c, Percent | int | Fraction)]
    rates = [c for c in rates if not isinstance(c, bool)]
    out: dict[str, list[object]] = {}
    zeros: list[object] = [0, Duration(), Money(Fraction(0)), Percent(Fraction(0))]
    base = [
        *zeros,
        *constants,
        *(v for v in exact.values() if not isinstance(v, bool | str | frozenset)),
    ]
    for value in base:
        found = [value]
        if isinstance(value, Percent):
            found.append(value.value / 100)
        if isinstance(value, date):
            for d in durations:  # calendar arithmetic: months move by the calendar
                found += [add(value, d), sub(value, d)]
        if isinstance(value, Money):
            for rate in rates:
                factor = rate.value / 100 if isinstance(rate, Percent) else Fraction(rate)
                found.append(Money(value.amount * factor))
                if factor:
                    found.append(Money(value.amount / factor))
        for f in found:
            out.setdefault(_kind(f), []).extend(_nudge(f))
    return out


def _far(value: object, sign: int) -> object:
    """A value ten years (or ten thousand units) away."""
    if isinstance(value, Duration):
        return Duration(value.months + sign * 120, value.seconds)
    if isinstance(value, datetime | date):
        return value + timedelta(days=sign * 3650)
    if isinstance(value, Money):
        return Money(value.amount + sign * 10**7)
    if isinstance(value, Percent):
        return Percent(value.value + sign * 10**4)
    return value + sign * 10**4  # type: ignore[operator]


def _near(value: object, sign: int) -> object:
    """The nearest value on one side that a scenario can state (a second, a day, a tiyn): just
    inside an open end of a range, where a ratio may cross a threshold the grid has no point for
    (6 hours of 29 hours and a second is over 20 percent; 6 of 30 is not)."""
    if isinstance(value, Duration):
        return Duration(value.months, value.seconds + sign)
    if isinstance(value, datetime):
        return value + timedelta(seconds=sign)
    if isinstance(value, date):
        return value + timedelta(days=sign)
    if isinstance(value, Money):
        return Money(value.amount + Fraction(sign, 100))
    if isinstance(value, Percent):
        return Percent(value.value + Fraction(sign, 100))
    if isinstance(value, int):
        return value + sign
    return value + Fraction(sign, 1000)  # type: ignore[operator]


def _inside(value: object, r: Between) -> bool:
    end = r.lo if r.lo is not None else r.hi
    if end is not None and _kind(value) != _kind(end):
        return False
    if r.lo is not None and (value < r.lo or (r.lo_open and value == r.lo)):  # type: ignore[operator]
        return False
    return not (r.hi is not None and (value > r.hi or (r.hi_open and value == r.hi)))  # type: ignore[operator]


def grid(
    fact: m.Fact, blurred: object, truth: object, points: Mapping[str, list[object]]
) -> list[object]:
    """Completions of a blurred fact to try."""
    if isinstance(blurred, PartialSet):
        open_ = sorted(blurred.open)
        return [
            blurred.included | frozenset(c)
            for n in range(len(open_) + 1)
            for c in itertools.combinations(open_, n)
        ]
    assert isinstance(blurred, Between)
    ends = [x for x in (blurred.lo, blurred.hi) if x is not None]
    candidates = [truth, *ends, *points.get(_kind(truth), [])]
    for end in [truth, *ends]:  # far beyond every threshold, for a side left open
        candidates += [_far(end, -1), _far(end, 1)]
    for end, inward in ((blurred.lo, 1), (blurred.hi, -1)):  # just inside each end
        if end is not None:
            candidates.append(_near(end, inward))
    if isinstance(truth, int) and not isinstance(truth, bool):
        candidates = [int(c) for c in candidates if isinstance(c, int | Fraction)]
    values = [c for c in candidates if _inside(c, blurred) and _valid(fact, c)]
    return list(dict.fromkeys(values))


def _valid(fact: m.Fact, value: object) -> bool:
    """Whether a scenario may give `fact` this value (a completion must be a possible case)."""
    try:
        coerce(fact, value)
    except CoerceError:
        return False
    return True


# ------------------------------------------------------------------------------- blurring
@st.composite
def widen(draw: st.DrawFn, value: object) -> Between:
    """A range holding `value`: each side kept at the value, moved away, or left open."""

    def away(sign: int) -> object | None:
        choice = draw(st.sampled_from(["at", "near", "far", "open"]))
        if choice == "open":
            return None
        step = {"at": 0, "near": 1, "far": draw(st.integers(2, 400))}[choice] * sign
        if isinstance(value, Duration):
            return Duration(value.months, value.seconds + step * 3600)
        if isinstance(value, datetime):
            return value + timedelta(hours=step)
        if isinstance(value, date):
            return value + timedelta(days=step)
        if isinstance(value, Money):
            return Money(value.amount + step * 100)
        if isinstance(value, Percent):
            return Percent(value.value + step)
        return value + step  # type: ignore[operator]

    lo, hi = away(-1), away(1)
    lo_open = lo is not None and lo != value and draw(st.booleans())
    hi_open = hi is not None and hi != value and draw(st.booleans())
    return Between(lo, hi, lo_open, hi_open, "")


@st.composite
def known_in_part(draw: st.DrawFn, value: frozenset[str], fact: m.Fact) -> PartialSet:
    universe = frozenset(fact.type.values)
    included = frozenset(v for v in sorted(value) if draw(st.booleans()))
    excluded = frozenset(v for v in sorted(universe - value) if draw(st.booleans()))
    return PartialSet(included, excluded, universe, frozenset({fact.name}))


def verdict(pid: str, facts: Mapping[str, object], day: date) -> Verdict:
    (result,) = BOOK.evaluate(facts, day, provisions=[pid])
    return result.verdict


@pytest.mark.parametrize("pid", sorted(PROVISIONS))
@SETTINGS
@given(data=st.data())
def test_a_verdict_over_partial_knowledge_is_what_every_completion_gives(
    pid: str, data: st.DataObject
) -> None:
    names, constants = PROVISIONS[pid]
    day = data.draw(st.sampled_from(DAYS), label="day")
    truth = {n: data.draw(value_of(CHECKED.facts[n]), label=n) for n in names}
    assume(possible(truth, day))  # a case, not facts that break a constraint (HR412)
    blurrable = [
        n
        for n in names
        if CHECKED.facts[n].type.kind in ORDERED or CHECKED.facts[n].type.kind is m.Kind.SET
    ]
    if not blurrable:
        return
    chosen = data.draw(
        st.lists(st.sampled_from(blurrable), min_size=1, max_size=2, unique=True), label="blur"
    )
    blurred = dict(truth)
    for n in chosen:
        fact = CHECKED.facts[n]
        value = truth[n]
        if fact.type.kind is m.Kind.SET:
            assert isinstance(value, frozenset)
            blurred[n] = data.draw(known_in_part(value, fact), label=f"{n} known in part")
        else:
            wide = data.draw(widen(value), label=f"{n} range")
            blurred[n] = normal_range(fact, wide).about(n)  # as a scenario's range is typed
    exact = {n: v for n, v in truth.items() if n not in chosen}
    points = pivots(constants, truth)  # the blurred facts' true values move thresholds too
    choices = [grid(CHECKED.facts[n], blurred[n], truth[n], points) for n in chosen]
    assert all(choices), "the grid always holds the true value"
    sampled = math.prod(len(c) for c in choices) > MAX_GRID
    if sampled:  # too many: every 50th point (soundness still checked, completeness not)
        choices = [
            [*c[:: max(1, len(c) // 50)], truth[n]] for c, n in zip(choices, chosen, strict=False)
        ]

    engine = verdict(pid, blurred, day)
    oracle = {
        verdict(pid, {**exact, **dict(zip(chosen, combo, strict=True))}, day)
        for combo in itertools.product(*choices)
    }
    assert verdict(pid, truth, day) in oracle or engine is Verdict.UNDETERMINED
    if engine is not Verdict.UNDETERMINED:
        assert oracle == {engine}, f"{pid}: decided {engine} but completions give {oracle}"
    elif not sampled:
        assert len(oracle) > 1 or oracle == {Verdict.UNDETERMINED}, (
            f"{pid}: undetermined though every completion gives {oracle}"
        )


# ------------------------------------------------------------------------------- missing facts
def _finite(fact: m.Fact) -> list[object] | None:
    kind = fact.type.kind
    if kind is m.Kind.BOOL:
        return [True, False]
    if kind is m.Kind.ENUM:
        return list(fact.type.values)
    if kind is m.Kind.SET and len(fact.type.values) <= 4:
        values = fact.type.values
        return [
            frozenset(c) for n in range(len(values) + 1) for c in itertools.combinations(values, n)
        ]
    return None


@pytest.mark.parametrize("pid", sorted(PROVISIONS))
@SETTINGS
@given(data=st.data())
def test_a_fact_left_off_the_missing_list_cannot_change_the_verdict(
    pid: str, data: st.DataObject
) -> None:
    names, _ = PROVISIONS[pid]
    day = data.draw(st.sampled_from(DAYS), label="day")
    given_facts = data.draw(
        st.fixed_dictionaries({}, optional={n: value_of(CHECKED.facts[n]) for n in names}),
        label="given",
    )
    (result,) = BOOK.evaluate(given_facts, day, provisions=[pid])
    if result.verdict is not Verdict.UNDETERMINED:
        return
    listed = [f.fact for f in result.missing]
    assert not set(listed) & set(given_facts)
    unlisted = [n for n in names if n not in given_facts and n not in listed]
    finite = {n: _finite(CHECKED.facts[n]) for n in unlisted}
    finite = {n: v for n, v in finite.items() if v is not None}
    if not finite:
        return
    # whatever the listed facts turn out to be, the unlisted ones do not move the verdict
    answers = {n: data.draw(value_of(CHECKED.facts[n]), label=n) for n in listed}
    base = {**given_facts, **answers}
    seen = {
        verdict(pid, {**base, **dict(zip(finite, combo, strict=True))}, day)
        for combo in itertools.islice(itertools.product(*finite.values()), 256)
    }
    assert len(seen) == 1, f"{pid}: facts off the list {sorted(finite)} change the verdict {seen}"


def test_the_missing_list_of_a_bail_case_holds_only_what_can_change_it() -> None:
    facts = {
        "bail.granted": True,
        "defendant.first_offense": False,
        "offense.severity": "moderate",
        "offense.fine_alternative": True,
    }
    (result,) = [
        r for r in BOOK.evaluate(facts, date(2021, 6, 1)) if r.provision == "bail.eligibility"
    ]
    assert result.verdict is Verdict.UNDETERMINED
    listed = [f.fact for f in result.missing]
    # each listed fact decides the verdict with some answer, given the others are favourable
    assert set(listed) == {"bail.flight_risk", "bail.obstruction_risk", "offense.features"}
    for name in listed:
        value: object = True if name.startswith("bail.") else frozenset({"terrorist"})
        (answered,) = [
            r
            for r in BOOK.evaluate({**facts, name: value}, date(2021, 6, 1))
            if r.provision == "bail.eligibility"
        ]
        assert answered.verdict is Verdict.VIOLATION


def test_the_most_decisive_question_comes_first() -> None:
    facts = {"worker.employed": True, "work.heavy_manual": False, "work.hazardous": False}
    (result,) = [
        r
        for r in BOOK.evaluate(facts, date(2021, 6, 1))
        if r.provision == "child_labor.minimum_age"
    ]
    # the age alone decides most cases; the light-work conditions matter only at 14 and 15
    assert next(f.fact for f in result.missing) == "worker.age"
    assert set(f.fact for f in result.missing) == {
        "worker.age",
        "work.light",
        "worker.parental_permission",
        "work.interferes_with_health_or_education",
    }


def test_a_range_without_bounds_is_weighed_like_a_fact_not_given() -> None:
    # found by the completeness property: the court approval arrived at the moment of the
    # arrest, so the duty to notify is waived whenever the suspect was released (before or
    # after the approval); a release time known only as "some time" (a range without bounds)
    # gave `undetermined`, the same time left out `compliant`
    arrested = datetime(2016, 1, 1)
    facts: dict[str, object] = {
        "arrest.made": True,
        "arrest.at": arrested,
        "detention.court_approval_received": True,
        "detention.court_approval_received_at": arrested,
        "detention.extension_ordered": False,
        "detention.released": True,
        "detention.release_notified": frozenset(),
        "offense.features": frozenset(),
        "offense.other_extension_case": False,
        "offense.severity": "minor",
    }
    pid, day = "detention.release_without_court_approval", date(2017, 6, 1)
    anytime = Between(None, None, False, False, "", frozenset({"detention.released_at"}))
    assert verdict(pid, facts, day) is Verdict.COMPLIANT
    assert verdict(pid, {**facts, "detention.released_at": anytime}, day) is Verdict.COMPLIANT
