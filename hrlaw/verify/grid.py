"""The values the bounded search tries for a fact: the rules' own boundary values.

A rule changes its mind only where a fact meets a constant it compares with (`48 hours`, age
`16`), or another fact moved by such a constant (the arrest plus 48 hours), or scaled by a rate
(regular pay times 1.5). Those are the *points* of a fact; its candidates are the points and one
value in each stretch between them (and beyond the first and the last): 47, 48 and 49 hours are
the cells of a 48-hour limit. The candidates of a fact depend on the facts already chosen, so the
search chooses them one after another.

The domain is what a case can be: counts, ages, amounts, rates and lengths are never negative;
dates lie in the years 1900 to 2100; a length measured in months or years (`in years`) is whole
months, one measured in hours or days is whole minutes, and so are the times of day. The SMT
encoding (smt.py) uses the same domain.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from math import ceil, floor

from hrlaw import model as m
from hrlaw.coerce import EARLIEST, LATEST
from hrlaw.ops import add, mul, sub
from hrlaw.values import DAY, SECONDS, Duration, Money, Percent

FIRST_MOMENT = datetime.combine(EARLIEST, time())
LAST_MOMENT = datetime.combine(LATEST, time(23, 59))
MINUTE = 60
_SEEDS: dict[m.Kind, object] = {
    m.Kind.INTEGER: 10,
    m.Kind.NUMBER: Fraction(1),
    m.Kind.MONEY: Money(Fraction(1000)),
    m.Kind.PERCENT: Percent(Fraction(100)),
}


def month_based(fact: m.Fact) -> bool | None:
    """True: a length in months or years; False: in minutes, hours, days or weeks; None: any."""
    if fact.unit in ("months", "years"):
        return True
    if fact.unit in SECONDS:
        return False
    return None


def _number(v: object) -> bool:
    return isinstance(v, int | Fraction) and not isinstance(v, bool)


def _fraction(v: object) -> Fraction:
    assert isinstance(v, int | Fraction) and not isinstance(v, bool), v
    return Fraction(v)


def _factors(constants: Iterable[object]) -> list[Fraction]:
    out: list[Fraction] = []
    for c in constants:
        if _number(c):
            out.append(_fraction(c))
        elif isinstance(c, Percent):
            out.append(c.ratio)
    return [f for f in dict.fromkeys(out) if f not in (0, 1)]


def _durations(values: Iterable[object]) -> list[Duration]:
    return [v for v in values if isinstance(v, Duration) and (v.months or v.seconds)]


def rates(exprs: Iterable[m.Expr], defines: Mapping[str, m.Define]) -> tuple[object, ...]:
    """The constants that scale one value against another: the numbers and rates in products
    and quotients (`attendance * 2`), and those compared with one (`pay / regular >= 1.5`),
    through derived facts."""
    found: list[object] = []

    def scaled(e: m.Expr) -> bool:
        seen: set[str] = set()  # per question: a derived fact read twice is scaled both times
        stack = [e]
        while stack:
            node = stack.pop()
            if isinstance(node, m.Arith) and node.op in "*/":
                return True
            if isinstance(node, m.Ref) and node.name in defines and node.name not in seen:
                seen.add(node.name)
                stack.append(defines[node.name].expr)
            stack.extend(m.children(node))
        return False

    todo = list(exprs)
    while todo:
        node = todo.pop()
        if (isinstance(node, m.Arith) and node.op in "*/") or (
            isinstance(node, m.Compare) and (scaled(node.left) or scaled(node.right))
        ):
            found += [k.value for k in m.children(node) if isinstance(k, m.Literal)]
        if isinstance(node, m.Ref) and node.name in defines:
            todo.append(defines[node.name].expr)
        todo.extend(m.children(node))
    return tuple(found)


def points(
    fact: m.Fact,
    assigned: Mapping[str, object],
    constants: Sequence[object],
    scales: Sequence[object] = (),
) -> list[object]:
    """Where a rule may change its mind about `fact`, given the facts already chosen."""
    kind = fact.type.kind
    exact = [v for v in assigned.values() if not isinstance(v, bool | str | frozenset)]
    base = [*constants, *exact]
    durations = _durations(base)
    factors = _factors(scales)
    found: list[object] = []
    for v in base:
        if kind in (m.Kind.INTEGER, m.Kind.NUMBER):
            if _number(v):
                found.append(_fraction(v))
                found += [_fraction(v) * f for f in factors]
                found += [_fraction(v) / f for f in factors]
            elif isinstance(v, Percent):
                found.append(v.ratio)
        elif kind is m.Kind.MONEY and isinstance(v, Money):
            found.append(v)
            found += [Money(v.amount * f) for f in factors]
            found += [Money(v.amount / f) for f in factors]
        elif kind is m.Kind.PERCENT and isinstance(v, Percent):
            found.append(v)
        elif kind is m.Kind.DURATION and isinstance(v, Duration):
            found.append(v)
            found += [mul(v, f) for f in factors]
        elif (kind is m.Kind.DATE and isinstance(v, date) and not isinstance(v, datetime)) or (
            kind is m.Kind.DATETIME and isinstance(v, datetime)
        ):
            found.append(v)
            for d in durations:
                found += [add(v, d), sub(v, d)]
    return found


def candidates(
    fact: m.Fact,
    assigned: Mapping[str, object],
    constants: Sequence[object],
    day: date,
    scales: Sequence[object] = (),
) -> list[object]:
    """The values to try for `fact`: its points and one value in each stretch around them, the
    likeliest first (a witness reads best when events follow one another and counts are not
    zero): times from the latest one chosen on, then earlier ones; zero last."""
    values = _within(fact, _candidates(fact, assigned, constants, day, scales))
    kind = fact.type.kind
    if kind in (m.Kind.DATE, m.Kind.DATETIME):
        chosen = [_sort(v) for v in assigned.values() if _same_kind(v, kind)]
        after = max(chosen, default=_sort(values[0]))
        later = [v for v in values if _sort(v) >= after]
        earlier = [v for v in values if _sort(v) < after]
        return later + earlier[::-1]
    if kind in (m.Kind.BOOL, m.Kind.ENUM, m.Kind.SET):
        return values
    return [v for v in values if _key(v) != 0] + [v for v in values if _key(v) == 0]


def _within(fact: m.Fact, values: list[object]) -> list[object]:
    """The values inside the fact's declared range (`from 0 to 150`, `at least 0.01`), and the
    ends of the range (a value outside it is not a case)."""
    low, high = fact.minimum, fact.maximum
    if low is None and high is None:
        return values
    kind = fact.type.kind
    ends: list[object] = []
    for end, up in ((low, True), (high, False)):
        if end is None:
            continue
        if kind is m.Kind.INTEGER:
            ends.append(ceil(end) if up else floor(end))
        elif kind is m.Kind.MONEY:
            ends.append(Money(end))
        elif kind is m.Kind.PERCENT:
            ends.append(Percent(end))
        elif kind is m.Kind.NUMBER:
            ends.append(end)
    inside = [v for v in values if fact.admits(v)]
    return inside + [e for e in ends if e not in inside and fact.admits(e)]


def _same_kind(value: object, kind: m.Kind) -> bool:
    if kind is m.Kind.DATETIME:
        return isinstance(value, datetime)
    return isinstance(value, date) and not isinstance(value, datetime)


def _candidates(
    fact: m.Fact,
    assigned: Mapping[str, object],
    constants: Sequence[object],
    day: date,
    scales: Sequence[object],
) -> list[object]:
    kind = fact.type.kind
    if kind is m.Kind.BOOL:
        return [True, False]
    if kind is m.Kind.ENUM:
        return list(fact.type.values)
    found = points(fact, assigned, constants, scales)
    if kind is m.Kind.INTEGER:
        whole = {c for p in found for c in (floor(p), ceil(p))}  # type: ignore[call-overload]
        return _discrete(sorted(whole), 0, None, seed=10)
    if kind is m.Kind.NUMBER:
        return _dense(found, Fraction(0), Fraction(1, 1000), Fraction(1), _SEEDS[kind])
    if kind is m.Kind.MONEY:
        return _dense(
            found, Money(Fraction(0)), Money(Fraction(1, 100)), Money(Fraction(1)), _SEEDS[kind]
        )
    if kind is m.Kind.PERCENT:
        return _dense(
            found,
            Percent(Fraction(0)),
            Percent(Fraction(1, 100)),
            Percent(Fraction(1)),
            _SEEDS[kind],
        )
    if kind is m.Kind.DURATION:
        return _lengths(fact, found)
    if kind is m.Kind.DATE:
        days = sorted({p for p in found if isinstance(p, date) and EARLIEST <= p <= LATEST})
        if not days:
            return [day]
        one = timedelta(days=1)
        out = {d + k * one for d in days for k in (-1, 0, 1)}
        return [d for d in sorted(out) if EARLIEST <= d <= LATEST]
    if kind is m.Kind.DATETIME:
        moments = sorted(
            {
                p.replace(second=0, microsecond=0)
                for p in found
                if isinstance(p, datetime) and FIRST_MOMENT <= p <= LAST_MOMENT
            }
        )
        if not moments:
            return [datetime.combine(day, time(8))]
        return _spread(moments, timedelta(hours=1), timedelta(minutes=1), FIRST_MOMENT, LAST_MOMENT)
    raise AssertionError(f"no candidates for a {fact.type}")


def _discrete(values: list[int], lo: int, hi: int | None, seed: int) -> list[object]:
    """Whole numbers: each point and its neighbours, and the domain's end below them; a seed
    when nothing compares this fact with anything yet."""
    inside = [v for v in values if v >= lo and (hi is None or v <= hi)]
    if not inside:
        return [seed, lo]
    out = {v + k for v in inside for k in (-1, 0, 1)} | {lo}
    return [v for v in sorted(out) if v >= lo and (hi is None or v <= hi)]


def _dense(
    found: list[object], zero: object, grain: object, step: object, seed: object
) -> list[object]:
    """Amounts, rates and numbers: each point, the middle of each stretch between two points
    (to the grain), and a step beyond the last; zero (the domain's end) is always a point."""
    values = sorted({_round(p, grain) for p in found} | {zero}, key=_key)
    values = [v for v in values if _key(v) >= _key(zero)]
    if len(values) == 1:
        return [seed, zero]
    return _spread(values, step, grain, zero, None)


def _key(v: object) -> Fraction:
    if isinstance(v, int) and not isinstance(v, bool):
        return Fraction(v)
    if isinstance(v, Money):
        return v.amount
    if isinstance(v, Percent):
        return v.value
    if isinstance(v, Duration):
        return Fraction(v.months) * 10**9 + v.seconds if v.months else v.seconds
    return _fraction(v)


def _round(p: object, grain: object) -> object:
    """`p` to the nearest multiple of the grain below it."""
    size = _key(grain)
    whole = floor(_key(p) / size) * size
    if isinstance(p, Money):
        return Money(whole)
    if isinstance(p, Percent):
        return Percent(whole)
    return whole


def _spread(
    values: Sequence[object], step: object, grain: object, lo: object, hi: object
) -> list[object]:
    """The points, the middle of each stretch between two of them, and a point a step beyond
    each end (within the domain's `lo`..`hi`)."""
    out: list[object] = list(values)
    for a, b in itertools.pairwise(values):
        middle = _middle(a, b, grain)
        if middle is not None:
            out.append(middle)
    first, last = values[0], values[-1]
    below = _minus(first, step)
    if _order(below, lo) >= 0:
        out.append(below)
    elif _order(first, lo) > 0:
        out.append(lo)
    above = _plus(last, step)
    if hi is None or _order(above, hi) <= 0:
        out.append(above)
    return sorted(dict.fromkeys(out), key=_sort)


def _sort(v: object) -> Fraction:
    """An order key: dates by day, times by second, quantities by amount."""
    if isinstance(v, datetime):
        return Fraction(int((v - FIRST_MOMENT).total_seconds()))
    if isinstance(v, date):
        return Fraction(v.toordinal())
    return _key(v)


def _order(a: object, b: object) -> int:
    ka, kb = _sort(a), _sort(b)
    return (ka > kb) - (ka < kb)


def _plus(v: object, step: object) -> object:
    if isinstance(v, datetime):
        assert isinstance(step, timedelta)
        return v + step
    return add(v, step)


def _minus(v: object, step: object) -> object:
    if isinstance(v, datetime):
        assert isinstance(step, timedelta)
        return v - step
    return sub(v, step)


def _middle(a: object, b: object, grain: object) -> object | None:
    """A value strictly between `a` and `b`: the roundest one nearest the middle (60 hours
    between 48 and 72, 700 tenge between 666.67 and 800); None when the stretch holds no value
    on the grain."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        assert isinstance(grain, timedelta)
        lo, hi = (
            Fraction(int((a - FIRST_MOMENT).total_seconds())),
            Fraction(int((b - FIRST_MOMENT).total_seconds())),
        )
        found = _roundest(lo, hi, Fraction(int(grain.total_seconds())), _HOURS)
        return None if found is None else FIRST_MOMENT + timedelta(seconds=int(found))
    size = _key(grain)
    grains = _TIME_GRAINS if isinstance(a, Duration) else _NUMBER_GRAINS
    found = _roundest(_key(a), _key(b), size, grains)
    return None if found is None else _like(a, found)


_TIME_GRAINS = [
    Fraction(x)
    for x in (365 * DAY, 30 * DAY, 7 * DAY, DAY, 12 * 3600, 6 * 3600, 3600, 1800, 600, 60)
]
_HOURS = [Fraction(x) for x in (3600, 1800, 600, 60)]  # times of day: round to the hour
_NUMBER_GRAINS = [Fraction(10) ** k for k in range(6, -4, -1)]


def _roundest(
    lo: Fraction, hi: Fraction, finest: Fraction, grains: list[Fraction]
) -> Fraction | None:
    middle = (lo + hi) / 2
    for size in [*(g for g in grains if g >= finest), finest]:
        near = floor(middle / size) * size
        options = [x for x in (near, near + size) if lo < x < hi]
        if options:
            return min(options, key=lambda x: abs(x - middle))
    return None


def _like(example: object, key: Fraction) -> object:
    if isinstance(example, Money):
        return Money(key)
    if isinstance(example, Percent):
        return Percent(key)
    if isinstance(example, Duration):
        return Duration(0, key)
    return key


def _lengths(fact: m.Fact, found: list[object]) -> list[object]:
    """Durations: whole months for a length in months or years, whole minutes for one in
    hours or days, each family from the durations of that kind."""
    family = month_based(fact)
    out: list[object] = []
    if family is not False:  # months
        months = sorted(
            {p.months for p in found if isinstance(p, Duration) and not p.seconds and p.months >= 0}
        )
        step = 12 if fact.unit == "years" else 1
        whole = _discrete_months(months, step)
        out += [Duration(k) for k in whole]
    if family is not True:  # minutes
        seconds = sorted(
            {
                floor(p.seconds / MINUTE) * MINUTE
                for p in found
                if isinstance(p, Duration) and not p.months and p.seconds >= 0
            }
        )
        unit = SECONDS.get(fact.unit or "", 3600)
        values: list[object] = [Duration(0, Fraction(s)) for s in sorted({0, *seconds})]
        if len(values) == 1:
            out += [Duration(0, Fraction(unit)), Duration()]
        else:
            out += _spread(
                values, Duration(0, Fraction(unit)), Duration(0, Fraction(MINUTE)), Duration(), None
            )
    return list(dict.fromkeys(out))


def _discrete_months(months: list[int], step: int) -> list[int]:
    values = sorted({0, *months})
    if values == [0]:
        return [step, 0]
    out = set(values)
    for a, b in itertools.pairwise(values):
        if b - a >= 2:
            out.add((a + b) // 2)
    out.add(values[-1] + step)
    return sorted(out)
