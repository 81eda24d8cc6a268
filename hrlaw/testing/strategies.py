"""Hypothesis strategies built from a rule book's vocabulary.

The values drawn lean on the rules' own thresholds: for a rule `age >= 16` the ages 15, 16 and
17 come up often, for a limit of 48 hours the times 47, 48 and 49 hours after the arrest; rates
of pay are drawn as the regular pay times the rules' rates (1.25, 1.5, 2) and a little either
side. Dates and times are drawn around the date of the events, so that the events of one case
follow one another. With `partial=True` some facts are known only in part, in the forms a lawyer
writes (`under 16`, `between 60 and 70 hours`, `2021-08`, a list known in part, a derived fact
stated directly); with `missing=True` some facts are left out.
"""

from __future__ import annotations

import functools
import math
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction

from hypothesis import strategies as st

from hrlaw import model as m
from hrlaw.coerce import parse_when
from hrlaw.diagnostics import Code, HrlawError
from hrlaw.expand import Expander
from hrlaw.forms import text_form
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import Scenario
from hrlaw.typed import given_as
from hrlaw.values import DAY, Duration, Money, Percent, Period, shift
from hrlaw.verify.grid import month_based, rates

HOUR = 3600


@dataclass(frozen=True)
class Vocabulary:
    """What the strategies draw from: the facts the provisions read, and the constants and rates
    their clauses compare with (under every report, through derived facts and definitions)."""

    facts: tuple[m.Fact, ...]
    constants: tuple[object, ...]
    rates: tuple[Fraction, ...]
    derived: tuple[m.Fact, ...]  # derived facts a scenario may state directly
    inputs: Mapping[str, frozenset[str]]  # derived fact -> the input facts it is computed from
    # date or time fact -> the facts of its kind the rules measure it from (`charged_at - at`)
    measured_from: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # amount or count -> the facts of its kind the rules scale it against (`pay / regular`)
    scaled_from: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (larger, smaller, strict): constraints of the rule base between two facts (`charged_at >=
    # arrest.at`), which every scenario drawn satisfies
    orders: tuple[tuple[str, str, bool], ...] = ()
    # fact -> the constants the rules compare it with directly (`trial.jurors = 10`)
    limits: Mapping[str, tuple[object, ...]] = field(default_factory=dict)

    def numbers(self) -> list[Fraction]:
        return sorted(
            {
                Fraction(c)
                for c in self.constants
                if isinstance(c, int | Fraction) and not isinstance(c, bool)
            }
        )

    def durations(self, months: bool | None) -> list[Duration]:
        found = [c for c in self.constants if isinstance(c, Duration)]
        if months is True:
            found = [d for d in found if not d.seconds]
        elif months is False:
            found = [d for d in found if not d.months]
        return sorted(set(found), key=lambda d: (d.months, d.seconds))


def _exprs(book: RuleBook, p: m.Provision) -> list[m.Expr]:
    out: list[m.Expr] = []
    for _, body in p.bodies():
        if body.applies is not None:
            out.append(body.applies)
        out += [r.expr for r in body.requirements]
        out += [e for x in body.exceptions for e in (x.when, x.replacement) if e is not None]
        out += [c.when for c in body.contested]
    return out


# a rule book's vocabularies, by the provisions named: strategies and properties ask for the same
# ones again and again (a walk of every clause, some 40 ms for the whole shipped rule base)
_VOCABULARIES: weakref.WeakKeyDictionary[RuleBook, dict[frozenset[str] | None, Vocabulary]] = (
    weakref.WeakKeyDictionary()
)


def vocabulary(book: RuleBook, provisions: Iterable[str] | None = None) -> Vocabulary:
    """The facts (input facts only) read by the provisions named (all when None), with the
    constants their clauses compare with. Remembered per rule book (a Vocabulary is frozen)."""
    wanted = frozenset(provisions) if provisions is not None else None
    known = _VOCABULARIES.setdefault(book, {})
    found = known.get(wanted)
    if found is None:
        found = known[wanted] = _vocabulary(book, wanted)
    return found


def _vocabulary(book: RuleBook, wanted: frozenset[str] | None) -> Vocabulary:
    checked = book.checked
    roots: list[m.Expr] = []
    for p in checked.provisions:
        if wanted is None or p.id in wanted:
            roots += _exprs(book, p)
    every_value = {n: [row.value for row in par.rows] for n, par in checked.parameters.items()}
    names: set[str] = set()
    constants: list[object] = []
    spans: set[tuple[str, str]] = set()  # (later, earlier): the rules measure one from the other
    ratios: set[tuple[str, str]] = set()  # (a, b): the rules compare a with b times a rate
    limits: dict[str, list[object]] = {}
    todo = list(roots)
    seen: set[int] = set()
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, m.Literal):
            constants.append(e.value)
        elif isinstance(e, m.SymbolSet):
            constants.append(frozenset(e.names))
        elif isinstance(e, m.Ref):
            names.add(e.name)
            if e.name in checked.defines:
                todo.append(checked.defines[e.name].expr)
            todo += every_value.get(e.name, [])
        elif isinstance(e, m.Call):
            todo.append(checked.macros[e.name].expr)
        elif (
            isinstance(e, m.Arith)
            and e.op in "-/"
            and isinstance(e.left, m.Ref)
            and isinstance(e.right, m.Ref)
        ):
            (spans if e.op == "-" else ratios).add((e.left.name, e.right.name))
        elif isinstance(e, m.Compare):
            one, other = _lone_ref(e.left), _lone_ref(e.right)
            if one is not None and other is not None:
                ratios.add((one, other))
            for side, limit in ((e.left, e.right), (e.right, e.left)):
                if isinstance(side, m.Ref) and side.name in checked.facts:
                    limits.setdefault(side.name, []).extend(_constants(limit, every_value))
        todo += m.children(e)
    facts = sorted(names & checked.facts.keys()) if wanted is not None else sorted(checked.facts)
    measured: dict[str, list[str]] = {}
    for later, earlier in sorted(spans):
        a, b = checked.facts.get(later), checked.facts.get(earlier)
        if (
            a is not None
            and b is not None
            and a.type.kind is b.type.kind
            and a.type.kind in (m.Kind.DATE, m.Kind.DATETIME)
        ):
            measured.setdefault(later, []).append(earlier)
    scaled: dict[str, list[str]] = {}
    for a_name, b_name in sorted(ratios):
        a, b = checked.facts.get(a_name), checked.facts.get(b_name)
        if (
            a is not None
            and b is not None
            and a_name != b_name
            and a.type.kind is b.type.kind
            and a.type.kind in (m.Kind.MONEY, m.Kind.INTEGER, m.Kind.NUMBER)
        ):
            scaled.setdefault(a_name, []).append(b_name)
    expanded = [Expander(checked.macros, {}).expr(e) for e in roots]
    scale = [
        Fraction(c) if not isinstance(c, Percent) else c.ratio
        for c in rates(expanded, checked.defines)
        if isinstance(c, int | Fraction | Percent) and not isinstance(c, bool)
    ]
    derived = [
        f for n in sorted(names & checked.defines.keys()) if (f := given_as(checked, n)) is not None
    ]
    derived = [f for f in derived if f.name not in book.compiled.law_dependent]
    orders = _orders(checked.constraints, checked.facts, set(facts))
    for larger, smaller, _ in orders:  # an event after another: measured from it
        kind = checked.facts[larger].type.kind
        if kind in (m.Kind.DATE, m.Kind.DATETIME) and smaller not in measured.get(larger, []):
            measured.setdefault(larger, []).append(smaller)
    return Vocabulary(
        tuple(checked.facts[n] for n in facts),
        tuple(constants),
        tuple(sorted(set(scale) - {Fraction(0), Fraction(1)})),
        tuple(derived),
        {f.name: _inputs(book, f.name) for f in derived},
        {n: tuple(found) for n, found in measured.items()},
        {n: tuple(found) for n, found in scaled.items()},
        orders,
        {n: tuple(found) for n, found in limits.items() if found},
    )


def _constants(e: m.Expr, every_value: Mapping[str, list[m.Expr]]) -> list[object]:
    """The constant values an expression stands for: a literal, or a parameter's values."""
    if isinstance(e, m.Literal):
        return [e.value]
    if isinstance(e, m.Ref):
        return [x.value for x in every_value.get(e.name, []) if isinstance(x, m.Literal)]
    return []


ORDERED = (
    m.Kind.DATE,
    m.Kind.DATETIME,
    m.Kind.INTEGER,
    m.Kind.NUMBER,
    m.Kind.MONEY,
    m.Kind.PERCENT,
)


def _orders(
    constraints: Iterable[m.Constraint], facts: Mapping[str, m.Fact], read: set[str]
) -> tuple[tuple[str, str, bool], ...]:
    """The constraints that order two facts read (`a >= b`, `a < b`) as (larger, smaller,
    strict)."""
    out = []
    for c in constraints:
        e = c.expr
        if not (
            isinstance(e, m.Compare)
            and isinstance(e.left, m.Ref)
            and isinstance(e.right, m.Ref)
            and e.op in (">=", ">", "<=", "<")
            and {e.left.name, e.right.name} <= read
        ):
            continue
        a, b = facts[e.left.name], facts[e.right.name]
        if a.type.kind is not b.type.kind or a.type.kind not in ORDERED:
            continue
        larger, smaller = (a, b) if e.op in (">=", ">") else (b, a)
        out.append((larger.name, smaller.name, e.op in (">", "<")))
    return tuple(out)


def _lone_ref(e: m.Expr) -> str | None:
    """The one fact an expression reads, alone or times a constant (`attendance * 2`)."""
    if isinstance(e, m.Ref):
        return e.name
    if isinstance(e, m.Arith) and e.op in "*/":
        if isinstance(e.left, m.Ref) and isinstance(e.right, m.Literal):
            return e.left.name
        if isinstance(e.right, m.Ref) and isinstance(e.left, m.Literal) and e.op == "*":
            return e.right.name
    return None


def _inputs(book: RuleBook, name: str) -> frozenset[str]:
    checked = book.checked
    found: set[str] = set()
    todo = [checked.defines[name].expr]
    while todo:
        e = todo.pop()
        if isinstance(e, m.Ref):
            if e.name in checked.facts:
                found.add(e.name)
            elif e.name in checked.defines:
                todo.append(checked.defines[e.name].expr)
        elif isinstance(e, m.Call):
            todo.append(checked.macros[e.name].expr)
        todo += m.children(e)
    return frozenset(found)


# ---------------------------------------------------------------------------- exact values
def _near(points: Sequence[object], around: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """A threshold or a step either side of it, more often than anything else."""
    if not points:
        return around
    return st.one_of(st.sampled_from(list(points)), around)


def _sets(fact: m.Fact, vocab: Vocabulary) -> list[frozenset[str]]:
    """The sets the rules name (`includes all {reason, place}`) and every value, each exactly,
    one member short and one member over."""
    universe = frozenset(fact.type.values)
    named = [c for c in vocab.constants if isinstance(c, frozenset) and c <= universe]
    out: set[frozenset[str]] = set()
    for c in (universe, *named):
        out.add(c)
        out |= {c - {v} for v in c}
        out |= {c | {v} for v in universe - c}
    return sorted(out, key=lambda x: (len(x), sorted(x)))


def _whole(values: Iterable[Fraction], step: int = 1) -> list[int]:
    out = set()
    for v in values:
        base = int(v)
        out |= {base - step, base, base + step}
    return sorted(x for x in out if x >= 0)


def values(
    book: RuleBook,
    fact: str | m.Fact,
    *,
    provisions: Iterable[str] | None = None,
    around: date | None = None,
    vocab: Vocabulary | None = None,
) -> st.SearchStrategy[object]:
    """Exact values of one fact (Python values: `Duration`, `datetime`, `Money`, …) within its
    declared range, biased to the thresholds of the provisions named (all when None); dates and
    times around `around`. Drawn alone, a value may break a constraint with other facts (use
    `completions`, or `consistent` to check)."""
    fact = fact if isinstance(fact, m.Fact) else book.checked.facts[fact]
    vocab = vocab or vocabulary(book, provisions)
    day = around or _middle(book)
    here = _Around(day, datetime.combine(day, time(8)), Fraction(1000))
    return _makers(fact, vocab, _offsets(vocab)).map(lambda make: _clamped(fact, make(here)))


def _middle(book: RuleBook) -> date:
    last = max(
        (s for s in book.checked.sources.values() if s.covers_to),
        key=lambda s: s.covers_to or date.min,
        default=None,
    )
    if last is None or last.covers_from is None:
        return date(2021, 6, 1)
    return last.covers_from + timedelta(days=150)


@dataclass(frozen=True)
class _Around:
    """What the values of one case are drawn around: the day and time of its first event and
    the regular pay that other amounts are multiples of."""

    day: date
    moment: datetime
    pay: Fraction


Maker = Callable[[_Around], object]


def _makers(
    fact: m.Fact, vocab: Vocabulary, offsets: st.SearchStrategy[Duration]
) -> st.SearchStrategy[Maker]:
    """Values of a fact, as functions of the case they are drawn for (the strategies are built
    once per fact: building them for every case is what makes drawing slow)."""
    kind = fact.type.kind
    if kind is m.Kind.DATE:
        return offsets.map(lambda offset: functools.partial(_on_day, offset))
    if kind is m.Kind.DATETIME:
        return offsets.map(lambda offset: functools.partial(_at_moment, offset))
    if kind is m.Kind.MONEY:
        steps = [(f, d) for f in (*vocab.rates, Fraction(1)) for d in (-1, 0, 1)]
        return st.one_of(
            st.sampled_from(steps).map(lambda step: functools.partial(_scaled, *step)),
            st.integers(0, 2_000_000).map(lambda n: functools.partial(_fixed, Money(Fraction(n)))),
        )
    return _fixed_values(fact, vocab).map(lambda value: functools.partial(_fixed, value))


def _after(earlier: object, offset: Duration) -> object:
    assert isinstance(earlier, date)
    return shift(earlier, offset)


def _times(base: object, rate: Fraction, step: int) -> object:
    """An amount or count `rate` times another, `step` (a tenge, one, a hundredth) either side."""
    if isinstance(base, Money):
        return Money(max(Fraction(0), _hundredths(base.amount * rate) + step))
    if isinstance(base, int):
        return max(0, round(base * rate) + step)
    assert isinstance(base, Fraction)
    return max(Fraction(0), _hundredths(base * rate) + Fraction(step, 100))


def _hundredths(x: Fraction) -> Fraction:
    """Rounded to a hundredth, so that the value has a decimal form a scenario can state."""
    return Fraction(round(x * 100), 100)


def _fixed(value: object, around: _Around) -> object:
    return value


def _on_day(offset: Duration, around: _Around) -> object:
    return shift(around.day, offset)


def _at_moment(offset: Duration, around: _Around) -> object:
    moved = shift(around.moment, offset)
    assert isinstance(moved, datetime)
    return moved


def _scaled(rate: Fraction, step: int, around: _Around) -> object:
    """An amount the regular pay times a rate, a tenge either side."""
    return Money(around.pay * rate + step)


def _fixed_values(fact: m.Fact, vocab: Vocabulary) -> st.SearchStrategy[object]:
    """Values of a fact that do not depend on the case."""
    kind = fact.type.kind
    if kind is m.Kind.BOOL:
        return st.booleans()
    if kind is m.Kind.ENUM:
        return st.sampled_from(fact.type.values)
    if kind is m.Kind.SET:
        return _near(_sets(fact, vocab), st.frozensets(st.sampled_from(fact.type.values)))
    return _own(fact, vocab, _general(fact, vocab))


def _general(fact: m.Fact, vocab: Vocabulary) -> st.SearchStrategy[object]:
    kind = fact.type.kind
    numbers = vocab.numbers()
    if kind is m.Kind.INTEGER:
        return _near(_whole(numbers), st.integers(0, 120))
    if kind is m.Kind.NUMBER:
        hundredths = st.integers(0, 100_000).map(lambda n: Fraction(n, 100))
        return _near(numbers, hundredths)
    if kind is m.Kind.PERCENT:
        found = [c.value for c in vocab.constants if isinstance(c, Percent)]
        return _near(
            [Percent(Fraction(v)) for v in _whole(found)],
            st.integers(0, 300).map(lambda n: Percent(Fraction(n))),
        )
    if kind is m.Kind.DURATION:
        return _lengths(fact, vocab)
    raise AssertionError(f"no strategy for {fact.type}")


def _own(
    fact: m.Fact, vocab: Vocabulary, general: st.SearchStrategy[object]
) -> st.SearchStrategy[object]:
    """The constants the rules compare this very fact with, a step either side, three times in
    four (`trial.jurors = 10`: 9, 10 and 11 jurors)."""
    kind = fact.type.kind
    own = vocab.limits.get(fact.name, ())
    points: list[object] = []
    numbers = [
        Fraction(c) for c in own if isinstance(c, int | Fraction) and not isinstance(c, bool)
    ]
    if kind is m.Kind.INTEGER:
        points = list(_whole(numbers))
    elif kind is m.Kind.NUMBER:
        steps = (Fraction(-1, 100), Fraction(0), Fraction(1, 100))
        points = [v for v in sorted({v + k for v in numbers for k in steps}) if v >= 0]
    elif kind is m.Kind.MONEY:
        amounts = [c.amount for c in own if isinstance(c, Money)]
        points = [Money(a + k) for a in sorted(set(amounts)) for k in (-1, 0, 1) if a + k >= 0]
    elif kind is m.Kind.PERCENT:
        found = [Fraction(c.value) for c in own if isinstance(c, Percent)]
        points = [Percent(Fraction(v)) for v in _whole(found)]
    if not points:
        return general
    near = st.sampled_from(points)
    return st.one_of(near, near, near, general)


def _lengths(fact: m.Fact, vocab: Vocabulary) -> st.SearchStrategy[object]:
    family = month_based(fact)
    out: list[st.SearchStrategy[object]] = []
    if family is not False:
        months = [d.months for d in vocab.durations(True)]
        near = sorted({k + s for k in months for s in (-1, 0, 1, -12, 12) if k + s >= 0})
        out.append(
            _near([Duration(k) for k in near], st.integers(0, 360).map(lambda k: Duration(k)))
        )
    if family is not True:
        unit = HOUR if fact.unit in (None, "hours") else DAY if fact.unit == "days" else 60
        lengths = [d.seconds for d in vocab.durations(False)]
        seconds = sorted({s + k * unit for s in lengths for k in (-1, 0, 1) if s + k * unit >= 0})
        out.append(
            _near(
                [Duration(0, Fraction(s)) for s in seconds],
                st.integers(0, 400).map(lambda h: Duration(0, Fraction(h * HOUR))),
            )
        )
    return st.one_of(*out)


def _offsets(vocab: Vocabulary) -> st.SearchStrategy[Duration]:
    """How far a date or time lies from the date of the events: often nothing, or a threshold of
    the rules a little either side, or anything within a year or so."""
    shifts = [Duration()]
    for d in vocab.durations(None):
        shifts.append(d)
        if d.months and not d.seconds:
            shifts += [Duration(d.months, Fraction(DAY)), Duration(d.months, Fraction(-DAY))]
        else:
            shifts += [Duration(d.months, d.seconds + HOUR), Duration(d.months, d.seconds - HOUR)]
    return st.one_of(
        st.sampled_from(shifts),
        st.integers(-24 * 60, 24 * 400).map(lambda h: Duration(0, Fraction(h * HOUR))),
    )


# ---------------------------------------------------------------------------- partial knowledge
def _partial(fact: m.Fact, value: object) -> st.SearchStrategy[object]:
    """`value` known only in part, in a form a scenario states."""
    kind = fact.type.kind
    shown = text_form(value, fact)
    if kind is m.Kind.SET:
        assert isinstance(value, frozenset)
        universe = frozenset(fact.type.values)

        @st.composite
        def known(draw: st.DrawFn) -> object:
            included = sorted(v for v in value if draw(st.booleans()))
            excluded = sorted(v for v in universe - value if draw(st.booleans()))
            return {"includes": included, "excludes": excluded}

        return known()
    if kind is m.Kind.DATE and isinstance(value, date):
        return st.sampled_from(
            [
                value.strftime("%Y-%m"),
                str(value.year),
                f"before {value + timedelta(days=1)}",
                f"on or after {value}",
            ]
        )
    if kind is m.Kind.DATETIME and isinstance(value, datetime):
        return st.sampled_from([value.date().isoformat(), value.strftime("%Y-%m")])
    if kind in (m.Kind.INTEGER, m.Kind.NUMBER, m.Kind.MONEY, m.Kind.PERCENT, m.Kind.DURATION):
        return st.sampled_from(
            [
                f"at most {shown}",
                f"at least {shown}",
                f"between {shown} and {shown}",
                f"under {_bigger(fact, value)}",
                f"more than {_smaller(fact, value)}",
            ]
        ).filter(lambda s: "None" not in s)
    return st.just(shown)


def _bigger(fact: m.Fact, value: object) -> str | None:
    bumped: object
    if isinstance(value, int | Fraction) and not isinstance(value, bool):
        bumped = value + 1
    elif isinstance(value, Money):
        bumped = Money(value.amount + 1)
    elif isinstance(value, Percent):
        bumped = Percent(value.value + 1)
    elif isinstance(value, Duration):
        bumped = (
            Duration(value.months + 1, value.seconds)
            if value.months
            else Duration(0, value.seconds + HOUR)
        )
    else:
        return None
    shown = text_form(bumped, fact)
    return shown if isinstance(shown, str) else None


def _smaller(fact: m.Fact, value: object) -> str | None:
    lowered: object
    if isinstance(value, int | Fraction) and not isinstance(value, bool):
        lowered = value - 1
    elif isinstance(value, Money):
        lowered = Money(value.amount - 1)
    elif isinstance(value, Percent):
        lowered = Percent(value.value - 1)
    elif isinstance(value, Duration):
        lowered = (
            Duration(value.months - 1, value.seconds)
            if value.months
            else Duration(0, value.seconds - HOUR)
        )
        if lowered.months < 0 or lowered.seconds < 0:
            return None
    else:
        return None
    shown = text_form(lowered, fact)
    return shown if isinstance(shown, str) else None


# ---------------------------------------------------------------------------- scenarios
def _dates(book: RuleBook, partial: bool) -> st.SearchStrategy[date | Period]:
    """Days inside each report's period (most often), between and around them; months and
    years too when `partial`."""
    sources = [s for s in book.checked.sources.values() if s.covers_from and s.covers_to]
    if not sources:
        return st.dates(date(2000, 1, 1), date(2030, 12, 31))
    first = min(s.covers_from for s in sources if s.covers_from)
    last = max(s.covers_to for s in sources if s.covers_to)
    inside = [
        st.dates(s.covers_from, s.covers_to) for s in sources if s.covers_from and s.covers_to
    ]
    anywhere = st.dates(first - timedelta(days=366), last + timedelta(days=366))
    days: st.SearchStrategy[date | Period] = st.one_of(*inside, *inside, anywhere)
    if not partial:
        return days
    months = anywhere.map(lambda d: parse_when(d.strftime("%Y-%m")))
    years = st.sampled_from(
        sorted({d.year for s in sources for d in (s.covers_from, s.covers_to) if d})
    ).map(lambda y: parse_when(str(y)))
    return st.one_of(days, days, months, years)


def _when(date_: object) -> st.SearchStrategy[date | Period]:
    if isinstance(date_, st.SearchStrategy):
        return date_
    if isinstance(date_, str):
        return st.just(parse_when(date_))
    if isinstance(date_, date | Period):
        return st.just(date_)
    raise TypeError(f"a date, a Period, text such as '2021-08' or a strategy, not {date_!r}")


def scenarios(
    book: RuleBook,
    provisions: Iterable[str] | None = None,
    date: date | Period | str | st.SearchStrategy[date | Period] | None = None,
    partial: bool = True,
    missing: bool = True,
) -> st.SearchStrategy[Scenario]:
    """Scenarios over the facts the provisions named read (every fact when None), with values
    biased to the rules' thresholds; `date` fixes the date of the events (a day, `2021-08`, a
    Period or a strategy; else drawn in and around the reports' periods); `partial` lets facts be
    known in part; `missing` leaves facts out (else every fact is given)."""
    return _cases(book, provisions, date, partial, missing).map(lambda pair: pair[0])


def completions(
    book: RuleBook,
    provisions: Iterable[str] | None = None,
    date: date | Period | str | st.SearchStrategy[date | Period] | None = None,
) -> st.SearchStrategy[tuple[Scenario, Scenario]]:
    """Pairs `(known, complete)`: a scenario as `scenarios(..., partial=True, missing=True)`
    draws it, and the same case with every fact known exactly — the values the partial forms
    were drawn from, values for the facts left out, a day inside an imprecise date of the events.
    A derived fact stated directly is stated in both (its inputs are left out of both). What the
    first scenario decides, the second must decide the same way (supervaluation)."""
    return _cases(book, provisions, date, True, True)


def _cases(
    book: RuleBook,
    provisions: Iterable[str] | None,
    date: date | Period | str | st.SearchStrategy[date | Period] | None,
    partial: bool,
    missing: bool,
) -> st.SearchStrategy[tuple[Scenario, Scenario]]:
    vocab = vocabulary(book, provisions)
    when = _when(date) if date is not None else _dates(book, partial)
    offsets = _offsets(vocab)
    makers = {f.name: _makers(f, vocab, offsets) for f in (*vocab.facts, *vocab.derived)}
    order = _drawing_order(vocab)
    rates = {Fraction(1), *vocab.rates, *(1 / r for r in vocab.rates if r)}
    factors = st.sampled_from(sorted(rates))
    bounds: dict[str, list[tuple[str, str, bool]]] = {}
    for pair in vocab.orders:
        for name in pair[:2]:
            bounds.setdefault(name, []).append(pair)

    @st.composite
    def draw_case(draw: st.DrawFn) -> tuple[Scenario, Scenario]:
        event = draw(when, label="date")
        day = event.start if isinstance(event, Period) else event
        hour = draw(st.sampled_from([8, 0, 14, 23]), label="hour")
        moment = datetime.combine(day, time(hour))
        pay = draw(
            st.sampled_from([Fraction(1000), Fraction(2500), Fraction(150000)]), label="regular pay"
        )
        here = _Around(day, moment, pay)
        known: dict[str, object] = {}
        exact: dict[str, object] = {}
        left_out: set[str] = set()  # the inputs of derived facts stated directly
        if partial and missing:
            for derived in vocab.derived:
                if vocab.inputs[derived.name] & left_out:
                    continue  # inputs shared with a derived fact already stated
                if draw(st.integers(0, 4), label=f"state {derived.name}") == 0:
                    value = _clamped(derived, draw(makers[derived.name], label=derived.name)(here))
                    known[derived.name] = exact[derived.name] = text_form(value, derived)
                    left_out |= vocab.inputs[derived.name]
        drawn: dict[str, object] = {}
        for fact in order:
            if fact.name in left_out:
                continue
            value = draw(makers[fact.name], label=fact.name)(here)
            start = [n for n in vocab.measured_from.get(fact.name, ()) if n in drawn]
            if start and draw(st.integers(0, 3), label=f"{fact.name} measured") > 0:
                # most often a threshold of the rules after another event, or a step either side
                since = draw(st.sampled_from(start), label=f"{fact.name} after")
                value = _after(drawn[since], draw(offsets, label=f"{fact.name} - {since}"))
            against = [n for n in vocab.scaled_from.get(fact.name, ()) if n in drawn]
            if against and draw(st.integers(0, 3), label=f"{fact.name} scaled") > 0:
                # most often another amount times a rate of the rules, or a step either side
                base = draw(st.sampled_from(against), label=f"{fact.name} against")
                rate = draw(factors, label=f"{fact.name} / {base}")
                step = draw(st.sampled_from([0, -1, 1]), label=f"{fact.name} step")
                value = _times(drawn[base], rate, step)
            value = _clamped(fact, value)
            for larger, smaller, strict in bounds.get(fact.name, ()):
                value = _ordered(fact, value, drawn, larger, smaller, strict)
            drawn[fact.name] = value
            exact[fact.name] = text_form(value, fact)
            if missing and not draw(st.booleans(), label=f"give {fact.name}"):
                continue
            if partial and draw(st.integers(0, 5), label=f"{fact.name} in part") == 0:
                known[fact.name] = draw(_partial(fact, value), label=f"{fact.name} known in part")
            else:
                known[fact.name] = exact[fact.name]
        inside = (
            draw(st.dates(event.start, event.end), label="day inside the date")
            if isinstance(event, Period)
            else event
        )
        return Scenario(date=event, facts=known), Scenario(date=inside, facts=exact)

    def valid(pair: tuple[Scenario, Scenario]) -> bool:
        """Whether both scenarios satisfy the rule base's constraints (those between two facts
        are kept while drawing; any other is checked here)."""
        return all(consistent(book, scenario) for scenario in pair)

    return draw_case().filter(valid)


def consistent(book: RuleBook, scenario: Scenario) -> bool:
    """Whether the scenario's facts satisfy the rule base's constraints (`constraint …`): False
    when they break one (HR412); any other input error is raised."""
    try:
        book.typed_facts(scenario)
    except HrlawError as exc:
        if set(exc.codes) != {Code.CONTRADICTORY_FACTS.value}:
            raise
        return False
    return True


def _drawing_order(vocab: Vocabulary) -> list[m.Fact]:
    """The facts, each after those it is measured from, scaled against or ordered after."""
    after: dict[str, set[str]] = {f.name: set() for f in vocab.facts}
    for name, found in (*vocab.measured_from.items(), *vocab.scaled_from.items()):
        after.setdefault(name, set()).update(found)
    for larger, smaller, _ in vocab.orders:
        if larger not in after.get(smaller, set()):
            after.setdefault(larger, set()).add(smaller)
    by_name = {f.name: f for f in vocab.facts}
    out: list[m.Fact] = []
    state: dict[str, int] = {}  # 1: being placed, 2: placed
    for root in sorted(after):
        if state.get(root, 0):
            continue
        state[root] = 1
        todo = [(root, iter(sorted(after.get(root, ()))))]
        while todo:
            name, rest = todo[-1]
            nxt = next(rest, None)
            if nxt is None:
                todo.pop()
                state[name] = 2
                if name in by_name:
                    out.append(by_name[name])
            elif state.get(nxt, 0) == 0:  # a cycle (1) is cut where it closes
                state[nxt] = 1
                todo.append((nxt, iter(sorted(after.get(nxt, ())))))
    return out


def _clamped(fact: m.Fact, value: object) -> object:
    """The value moved into the fact's declared range (`from 0 to 150`, `at least 0.01`)."""
    low, high = fact.minimum, fact.maximum
    if (low is None and high is None) or fact.admits(value):
        return value
    amount = value.amount if isinstance(value, Money) else value
    amount = value.value if isinstance(value, Percent) else amount
    assert isinstance(amount, int | Fraction)
    target = low if low is not None and amount < low else high
    assert target is not None
    if isinstance(value, Money):
        return Money(Fraction(target))
    if isinstance(value, Percent):
        return Percent(Fraction(target))
    if isinstance(value, int):
        return math.ceil(target) if target == low else math.floor(target)
    return Fraction(target)


def _ordered(
    fact: m.Fact,
    value: object,
    drawn: Mapping[str, object],
    larger: str,
    smaller: str,
    strict: bool,
) -> object:
    """The value kept on its side of another already drawn (`charged_at >= arrest.at`): a value
    on the wrong side is mirrored across the other, or else made equal to it (one step over when
    the constraint is strict)."""
    other = drawn.get(smaller if fact.name == larger else larger)
    if other is None:
        return value
    sign = 1 if fact.name == larger else -1

    def fine(v: object) -> bool:
        diff = _difference(v, other)
        return diff * sign > 0 or (diff == 0 and not strict)

    if fine(value):
        return value
    mirrored = _clamped(fact, _mirror(value, other))
    if fine(mirrored):
        return mirrored
    return _clamped(fact, _step(other, sign if strict else 0))


def _difference(a: object, b: object) -> int | Fraction:
    """The sign-bearing difference of two values of one kind."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return Fraction((a - b) // timedelta(seconds=1))
    if isinstance(a, date) and isinstance(b, date):
        return (a - b).days
    if isinstance(a, Money) and isinstance(b, Money):
        return a.amount - b.amount
    if isinstance(a, Percent) and isinstance(b, Percent):
        return a.value - b.value
    assert isinstance(a, int | Fraction) and isinstance(b, int | Fraction)
    return a - b


def _mirror(value: object, other: object) -> object:
    """`value` reflected across `other` (as far on the other side)."""
    if isinstance(value, date) and isinstance(other, date):
        return other + (other - value)
    if isinstance(value, Money) and isinstance(other, Money):
        return Money(2 * other.amount - value.amount)
    if isinstance(value, Percent) and isinstance(other, Percent):
        return Percent(2 * other.value - value.value)
    assert isinstance(value, int | Fraction) and isinstance(other, int | Fraction)
    return 2 * other - value


def _step(value: object, sign: int) -> object:
    """`value` one step (a minute, a day, one, a hundredth) up or down."""
    if isinstance(value, datetime):
        return value + sign * timedelta(minutes=1)
    if isinstance(value, date):
        return value + sign * timedelta(days=1)
    if isinstance(value, Money):
        return Money(value.amount + Fraction(sign, 100))
    if isinstance(value, Percent):
        return Percent(value.value + sign)
    if isinstance(value, int):
        return value + sign
    assert isinstance(value, Fraction)
    return value + Fraction(sign, 100)
