"""Splitting partial knowledge into cells, for supervaluation.

A verdict over a range (`worker.age: under 16`) is decided when every value of the range gives the
same verdict. Evaluating the whole range at once with interval arithmetic is sound but may leave a
question open that every value answers alike (an exception for ages 14 and 15, the rule from 16 on).
So the range is cut at the points where a rule can change its mind — the constants the rules
compare with, and the scenario's exact values shifted by the rules' durations and scaled by their
rates — and each cell is evaluated: the points themselves, and the open stretches between them. A
cell is still evaluated soundly, so a missed point can only leave a verdict open, never decide it
wrongly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from fractions import Fraction

from hrlaw import model as m
from hrlaw.ops import _order, add, mul, sub
from hrlaw.values import Between, Duration, Money, PartialSet, Percent, Unknown

MAX_CELLS = 4096  # combinations weighed for one provision; beyond this the verdict stays open
MAX_MEMBERS = 6  # members of a set decided case by case (2**6 completions)


def _kind(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Duration):
        return "duration"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, Money):
        return "money"
    if isinstance(value, Percent):
        return "percent"
    if isinstance(value, int | Fraction):
        return "number"
    return None


_KIND_OF_TYPE = {
    m.Kind.INTEGER: "number",
    m.Kind.NUMBER: "number",
    m.Kind.DURATION: "duration",
    m.Kind.DATE: "date",
    m.Kind.DATETIME: "datetime",
    m.Kind.MONEY: "money",
    m.Kind.PERCENT: "percent",
}


def split_points(
    constants: Iterable[object], facts: Mapping[str, object]
) -> dict[str, list[object]]:
    """Where a rule may change its mind, by kind of value: the rules' constants, the scenario's
    exact values, those shifted by the rules' durations and scaled by their numbers and rates."""
    exact = [v for v in facts.values() if _kind(v) is not None]
    base = [*constants, *exact]
    durations = [v for v in base if isinstance(v, Duration)]
    factors = [v for v in constants if isinstance(v, Percent) or _kind(v) == "number"]
    found: dict[str, list[object]] = {}

    def keep(value: object) -> None:
        kind = _kind(value)
        if kind is not None:
            found.setdefault(kind, []).append(value)

    for value in base:
        keep(value)
        if isinstance(value, Percent):
            keep(value.ratio)  # 150% is also the rate 1.5
        if isinstance(value, date):
            for d in durations:
                for moved in (add(value, d), sub(value, d)):
                    keep(moved)
        if isinstance(value, Money | Duration):
            for f in factors:
                keep(mul(value, f))
    return {kind: _unique(values) for kind, values in found.items()}


def _unique(values: list[object]) -> list[object]:
    out: list[object] = []
    for v in sorted(values, key=_SortKey):
        if not out or _order(out[-1], v) != 0:
            out.append(v)
    return out


class _SortKey:
    """Orders values of one kind (durations by their calendar-aware comparison)."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __lt__(self, other: _SortKey) -> bool:
        return _order(self.value, other.value) < 0


def _step(value: object, up: bool) -> object | None:
    """The next value of a discrete kind (whole numbers, days), or None for a dense one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value + (1 if up else -1)
    if isinstance(value, date) and not isinstance(value, datetime):
        return value + timedelta(days=1 if up else -1)
    return None


def _inside(p: object, lo: object | None, lo_open: bool, hi: object | None, hi_open: bool) -> bool:
    if lo is not None:
        sign = _order(p, lo)
        if sign < 0 or (sign == 0 and lo_open):
            return False
    if hi is not None:
        sign = _order(p, hi)
        if sign > 0 or (sign == 0 and hi_open):
            return False
    return True


def cells(
    value: object,
    points: Mapping[str, list[object]],
    members: frozenset[str] = frozenset(),
    kind: str | None = None,
) -> list[object]:
    """The cells of partial knowledge: for a range, its split points and the stretches between
    them; for a set known in part, every completion over the members the rules name (the other
    open members stay open)."""
    if isinstance(value, PartialSet):
        return _set_completions(value, sorted(value.open & members))
    if not isinstance(value, Between):
        return [value]
    kind = kind or _kind(value.lo if value.lo is not None else value.hi)
    inside = [
        p
        for p in points.get(kind or "", [])
        if _inside(p, value.lo, value.lo_open, value.hi, value.hi_open)
    ]
    if not inside:
        return [value]
    out: list[object] = []
    lo, lo_open = value.lo, value.lo_open
    for p in inside:
        gap = _stretch(value, lo, lo_open, p, True)
        if gap is not None:
            out.append(gap)
        out.append(p)
        lo, lo_open = p, True
    gap = _stretch(value, lo, lo_open, value.hi, value.hi_open)
    if gap is not None:
        out.append(gap)
    return out


def _stretch(
    whole: Between, lo: object | None, lo_open: bool, hi: object | None, hi_open: bool
) -> object | None:
    """The part of `whole` strictly between two split points (None when it is empty)."""
    if lo is not None and hi is not None:
        sign = _order(lo, hi)
        if sign > 0 or (sign == 0 and (lo_open or hi_open)):
            return None
    discrete = _step(lo if lo is not None else hi, True) is not None
    if discrete:
        if lo is not None and lo_open:
            lo, lo_open = _step(lo, True), False
        if hi is not None and hi_open:
            hi, hi_open = _step(hi, False), False
        if lo is not None and hi is not None:
            sign = _order(lo, hi)
            if sign > 0:
                return None
            if sign == 0:
                return lo
    return Between(lo, hi, lo_open, hi_open, "", whole.facts)


def _set_completions(known: PartialSet, deciding: list[str]) -> list[object]:
    """Every way of settling the members that decide (at most MAX_MEMBERS of them; any others
    stay open, so a completion may itself be partial): a complete set when nothing is left."""
    deciding = deciding[:MAX_MEMBERS]
    out: list[object] = []
    for n in range(len(deciding) + 1):
        for choice in itertools.combinations(deciding, n):
            inside = known.included | frozenset(choice)
            outside = known.excluded | (frozenset(deciding) - frozenset(choice))
            if inside | outside >= known.universe:
                out.append(inside)
            else:
                out.append(PartialSet(inside, outside, known.universe, known.facts))
    return out


def completions(
    fact: m.Fact | None,
    current: object,
    points: Mapping[str, list[object]],
    members: frozenset[str],
) -> list[object]:
    """Values a fact can take, enough to tell whether it matters: the cells of what is known of
    it, or for a fact not given at all, one value per cell of its type."""
    if current is not None and not isinstance(current, Unknown):
        # a range without bounds (`Between(None, None)`) has no end to tell its kind by
        unbounded = isinstance(current, Between) and current.lo is None and current.hi is None
        kind_of = _KIND_OF_TYPE.get(fact.type.kind) if fact is not None and unbounded else None
        return cells(current, points, members, kind=kind_of)
    if fact is None:
        return []
    kind = fact.type.kind
    if kind is m.Kind.BOOL:
        return [True, False]
    if kind is m.Kind.ENUM:
        return list(fact.type.values)
    if kind is m.Kind.SET:
        universe = frozenset(fact.type.values)
        nothing = PartialSet(frozenset(), frozenset(), universe, frozenset({fact.name}))
        return _set_completions(nothing, [v for v in fact.type.values if v in members])
    ordered = _KIND_OF_TYPE.get(kind)
    if ordered is None or not points.get(ordered):
        return []
    whole = Between(None, None, False, False, "", frozenset({fact.name}))
    return cells(whole, points, kind=ordered)
