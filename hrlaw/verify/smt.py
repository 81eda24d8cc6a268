"""The SMT backend: goals encoded for z3 (install `hrlaw[verify]`).

Every expression of a law becomes a pair of z3 formulas, *decidedly true* and *decidedly false*
(neither: no value, as three-valued logic has it once every fact is known — a rate of pay over
zero pay), over variables for the input facts in the domain of grid.py: whole numbers, amounts in
hundredths, lengths in whole minutes or whole months, dates in days, times in minutes. Derived
facts and definitions are inlined; the parameters of the law are its values. The exceptions,
priorities, contested clauses and verdicts follow engine.py.

Calendar months have no fixed length: a date moved by months is known only between two bounds
when the date or the number of months is not a constant. Such a comparison is encoded twice:
*must* (it has to be decided by the bounds: a model is then a real case) and *may* (either answer
where the bounds allow both: no model proves that no case exists). A goal is satisfied with a
must-model, or shown impossible by an unsatisfiable may-encoding; otherwise, or when z3 gives up,
the goal is left to the bounded search (noted in the report).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from functools import cache, cached_property
from typing import Any

import z3

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.coerce import EARLIEST, LATEST
from hrlaw.expand import Expander
from hrlaw.values import DAY, MEAN_MONTH, Duration, Money, Percent, add_months
from hrlaw.verify.backend import Clash, compliant
from hrlaw.verify.goals import (
    Allowed,
    Breached,
    Gives,
    Goal,
    Holds,
    Literal,
    applies,
    constrained,
    laws_of,
)
from hrlaw.verify.grid import month_based
from hrlaw.verify.laws import Law
from hrlaw.verify.search import Search, SearchLimit
from hrlaw.versions import CompiledBook, _beats

EPOCH = datetime.combine(EARLIEST, datetime.min.time())
TIMEOUT_MS = 20_000
MAX_ROUNDS = 40  # rounds of the conflict search (candidate circumstances refuted)
PLAUSIBLE_YEARS = 3  # witnesses first sought within this many years of the law's day


class Unsupported(Exception):
    """A construct the encoding does not cover (the goal goes to the bounded search)."""


class Undecided(Exception):
    """z3 could not answer within its limits, or only the approximate encoding was satisfied."""


Z = Any  # a z3 expression (z3-solver ships no type information)


def _true() -> z3.BoolRef:
    return z3.BoolVal(True)


def _false() -> z3.BoolRef:
    return z3.BoolVal(False)


def _real(x: Fraction | int) -> z3.ArithRef:
    x = Fraction(x)
    return z3.RealVal(f"{x.numerator}/{x.denominator}")


# ---------------------------------------------------------------------------- encoded values
@dataclass
class B:
    """A condition: decidedly true (`t`) or decidedly false (`f`); neither: no value."""

    t: z3.BoolRef
    f: z3.BoolRef


@dataclass
class N:
    """A number, amount or rate (a rate as its ratio: 50% is 0.5): `num / den` when `den`."""

    num: z3.ArithRef
    d: z3.BoolRef  # defined
    den: z3.ArithRef | None = None


@dataclass
class Dur:
    months: z3.ArithRef  # Int
    seconds: z3.ArithRef  # Real
    d: z3.BoolRef


@dataclass
class Time:
    """A date (days) or a date and time (seconds), known between `lo` and `hi` (`lo is hi`
    when known exactly)."""

    lo: z3.ArithRef
    hi: z3.ArithRef
    d: z3.BoolRef
    dated: bool  # a date (days), else a date and time (seconds)

    @property
    def exact(self) -> bool:
        return self.lo is self.hi


@dataclass
class Sym:
    """An enumeration value, by its number in the symbol table."""

    v: z3.ArithRef
    d: z3.BoolRef


@dataclass
class SetV:
    """A set: membership of each value it may hold (a literal names its members only)."""

    members: dict[str, z3.BoolRef]
    d: z3.BoolRef


Enc = B | N | Dur | Time | Sym | SetV


def _bool(x: Enc) -> B:
    assert isinstance(x, B), x
    return x


def _defined(x: Enc) -> z3.BoolRef:
    return z3.Or(x.t, x.f) if isinstance(x, B) else x.d


@cache
def _month_days(months: int) -> tuple[int, int]:
    """The fewest and most days `months` calendar months can span, over 1900-2100."""
    spans = set()
    day, one = EARLIEST, timedelta(days=1)
    while day <= LATEST:
        spans.add((add_months(day, months) - day).days)
        day += one
    return min(spans), max(spans)


# ---------------------------------------------------------------------------- fact variables
class Vars:
    """The variables of the input facts (shared between laws, copies for the conflict search),
    with their domains; `fixed` facts are constants."""

    def __init__(
        self,
        facts: Mapping[str, m.Fact],
        symbols: dict[str, int],
        suffix: str = "",
        shared: Vars | None = None,
        shared_names: frozenset[str] = frozenset(),
        fixed: Mapping[str, object] | None = None,
    ) -> None:
        self.facts = facts
        self.symbols = symbols
        self.suffix = suffix
        self.shared = shared
        self.shared_names = shared_names
        self.fixed = dict(fixed or {})
        self.domain: list[z3.BoolRef] = []
        # what a witness reads best with, tried first: near the law's day, then also round
        self.plausible: list[Callable[[date], z3.BoolRef]] = []
        self.round: list[Callable[[date], z3.BoolRef]] = []
        self.raw: dict[str, tuple[m.Fact, object]] = {}  # fact -> its z3 variable(s)
        self.cache: dict[str, Enc] = {}

    def symbol(self, name: str) -> int:
        return self.symbols.setdefault(name, len(self.symbols))

    def get(self, name: str) -> Enc:
        if self.shared is not None and name in self.shared_names:
            return self.shared.get(name)
        if name not in self.cache:
            fact = self.facts[name]
            if name in self.fixed:
                self.cache[name] = constant(self.fixed[name], self)
            else:
                self.cache[name] = self.variable(fact)
        return self.cache[name]

    def variable(self, fact: m.Fact) -> Enc:
        n = fact.name + self.suffix
        kind = fact.type.kind
        yes = _true()
        add, near, tidy = self.domain.append, self.plausible.append, self.round.append
        if kind is m.Kind.BOOL:
            v = z3.Bool(n)
            self.raw[fact.name] = (fact, v)
            return B(v, z3.Not(v))
        if kind is m.Kind.ENUM:
            i = z3.Int(n)
            ids = [self.symbol(x) for x in fact.type.values]
            add(z3.Or([i == k for k in ids]))
            self.raw[fact.name] = (fact, i)
            return Sym(i, yes)
        if kind is m.Kind.SET:
            members = {x: z3.Bool(f"{n}[{x}]") for x in fact.type.values}
            self.raw[fact.name] = (fact, members)
            return SetV(members, yes)
        if kind in (m.Kind.INTEGER, m.Kind.NUMBER, m.Kind.MONEY, m.Kind.PERCENT):
            i = z3.Int(n)
            add(i >= 0)
            add(i <= 10**17)
            self.raw[fact.name] = (fact, i)
            scale = {m.Kind.INTEGER: 1, m.Kind.NUMBER: 1000, m.Kind.MONEY: 100}.get(kind, 10_000)
            # the fact's declared range, in the variable's unit (a percentage in hundredths)
            unit = 100 if kind is m.Kind.PERCENT else scale
            if fact.minimum is not None:
                add(i >= math.ceil(fact.minimum * unit))
            if fact.maximum is not None:
                add(i <= math.floor(fact.maximum * unit))
            near(functools.partial(_bounded, i, 10**9 * scale))
            tidy(functools.partial(_round_amount, i, scale, kind))
            return N(i if scale == 1 else z3.ToReal(i) / scale, yes)
        if kind is m.Kind.DURATION:
            months, minutes = z3.Int(n + "#months"), z3.Int(n + "#minutes")
            add(months >= 0)
            add(minutes >= 0)
            add(months <= 2400)
            add(minutes <= 200 * 366 * 1440)
            family = month_based(fact)
            if family is True:
                add(minutes == 0)
            elif family is False:
                add(months == 0)
            near(functools.partial(_short, months, minutes))
            tidy(functools.partial(_round_length, minutes))
            self.raw[fact.name] = (fact, (months, minutes))
            # a length of one family keeps the other part a constant zero (simpler comparisons)
            return Dur(
                z3.IntVal(0) if family is False else months,
                z3.RealVal(0) if family is True else z3.ToReal(minutes) * 60,
                yes,
            )
        if kind is m.Kind.DATE:
            i = z3.Int(n)
            add(i >= EARLIEST.toordinal())
            add(i <= LATEST.toordinal())
            near(functools.partial(_near_day, i))
            self.raw[fact.name] = (fact, i)
            return Time(i, i, yes, True)
        if kind is m.Kind.DATETIME:
            i = z3.Int(n)
            add(i >= 0)
            add(i <= _minutes(LATEST) + 1439)
            near(functools.partial(_near_minute, i))
            tidy(functools.partial(_on_the_hour, i))
            self.raw[fact.name] = (fact, i)
            seconds = z3.ToReal(i) * 60
            return Time(seconds, seconds, yes, False)
        raise Unsupported(f"a fact of type {fact.type}")

    def value(self, model: z3.ModelRef, name: str) -> object:
        """The typed value the model gives fact `name`."""
        fact, v = self.raw[name]
        kind = fact.type.kind

        def num(x: object) -> int:
            got = model.eval(x, model_completion=True)
            return int(got.as_long())

        if kind is m.Kind.BOOL:
            return z3.is_true(model.eval(v, model_completion=True))
        if kind is m.Kind.ENUM:
            k = num(v)
            return next(x for x in fact.type.values if self.symbols[x] == k)
        if kind is m.Kind.SET:
            assert isinstance(v, dict)
            return frozenset(x for x, b in v.items() if z3.is_true(model.eval(b, True)))
        if kind is m.Kind.INTEGER:
            return num(v)
        if kind is m.Kind.NUMBER:
            return Fraction(num(v), 1000)
        if kind is m.Kind.MONEY:
            return Money(Fraction(num(v), 100))
        if kind is m.Kind.PERCENT:
            return Percent(Fraction(num(v), 100))
        if kind is m.Kind.DURATION:
            assert isinstance(v, tuple)
            return Duration(num(v[0]), Fraction(num(v[1]) * 60))
        if kind is m.Kind.DATE:
            return date.fromordinal(num(v))
        return EPOCH + timedelta(minutes=num(v))

    def model_facts(self, model: z3.ModelRef) -> dict[str, object]:
        out = {n: self.value(model, n) for n in self.raw}
        if self.shared is not None:
            out.update(self.shared.model_facts(model))
        return out


def _minutes(day: date) -> int:
    return int((datetime.combine(day, datetime.min.time()) - EPOCH).total_seconds() // 60)


# what a witness reads best with: values near the law's day and of a plausible size, then round
def _bounded(i: Z, most: int, day: date) -> z3.BoolRef:
    return i <= most


def _round_amount(i: Z, scale: int, kind: m.Kind, day: date) -> z3.BoolRef:
    if kind is m.Kind.MONEY:  # whole hundreds of tenge
        return z3.And(i > 0, i % (100 * scale) == 0)
    return z3.And(i > 0, i % scale == 0)


def _short(months: Z, minutes: Z, day: date) -> z3.BoolRef:
    return z3.And(months <= 600, minutes <= 5 * 366 * 1440)


def _round_length(minutes: Z, day: date) -> z3.BoolRef:
    return minutes % 60 == 0


def _on_the_hour(i: Z, day: date) -> z3.BoolRef:
    return i % 60 == 0


def _near_day(i: Z, day: date) -> z3.BoolRef:
    reach = 366 * PLAUSIBLE_YEARS
    return z3.And(i >= day.toordinal() - reach, i <= day.toordinal() + reach)


def _near_minute(i: Z, day: date) -> z3.BoolRef:
    reach = 366 * 1440 * PLAUSIBLE_YEARS
    return z3.And(i >= _minutes(day) - reach, i <= _minutes(day) + reach)


def constant(value: object, vars: Vars) -> Enc:
    """A known value, encoded."""
    yes = _true()
    if isinstance(value, bool):
        return B(z3.BoolVal(value), z3.BoolVal(not value))
    if isinstance(value, int):
        return N(z3.IntVal(value), yes)
    if isinstance(value, Fraction):
        return N(_real(value), yes)
    if isinstance(value, Money):
        return N(_real(value.amount), yes)
    if isinstance(value, Percent):
        return N(_real(value.ratio), yes)
    if isinstance(value, Duration):
        return Dur(z3.IntVal(value.months), _real(value.seconds), yes)
    if isinstance(value, datetime):
        seconds = _real(Fraction(int((value - EPOCH).total_seconds() * 10**6), 10**6))
        return Time(seconds, seconds, yes, False)
    if isinstance(value, date):
        day = z3.IntVal(value.toordinal())
        return Time(day, day, yes, True)
    if isinstance(value, str):
        return Sym(z3.IntVal(vars.symbol(value)), yes)
    if isinstance(value, frozenset):
        return SetV({x: z3.BoolVal(True) for x in value}, yes)
    raise Unsupported(f"a constant {value!r}")


# ---------------------------------------------------------------------------- expressions
class Encoder:
    """The expressions of one law over shared fact variables, in `must` or `may` mode."""

    def __init__(self, book: CompiledBook, law: Law, vars: Vars, must: bool) -> None:
        self.checked = book.checked
        self.law = law
        self.vars = vars
        self.must = must
        self.expander = Expander(book.checked.macros, law.values)
        self.side: list[z3.BoolRef] = []  # must mode: approximate comparisons decided
        self.approximate = False  # a calendar-month bound was used
        self.defines: dict[str, Enc] = {}
        self.conds: dict[int, tuple[m.Expr, B]] = {}  # (the expression kept alive, its encoding)
        self.fresh = itertools.count()

    def cond(self, e: m.Expr) -> B:
        if id(e) not in self.conds:
            self.conds[id(e)] = (e, _bool(self.expr(self.expander.expr(e))))
        return self.conds[id(e)][1]

    def expr(self, e: m.Expr) -> Enc:
        if isinstance(e, m.Literal):
            return constant(e.value, self.vars)
        if isinstance(e, m.Symbol):
            return Sym(z3.IntVal(self.vars.symbol(e.name)), _true())
        if isinstance(e, m.SymbolSet):
            return SetV({x: _true() for x in e.names}, _true())
        if isinstance(e, m.Ref):
            if e.name in self.checked.defines:
                if e.name not in self.defines:
                    body = self.expander.expr(self.checked.defines[e.name].expr)
                    self.defines[e.name] = self.expr(body)
                return self.defines[e.name]
            if e.name in self.checked.facts:
                return self.vars.get(e.name)
            raise Unsupported(f"`{e.name}`")
        if isinstance(e, m.Not):
            x = _bool(self.expr(e.operand))
            return B(x.f, x.t)
        if isinstance(e, m.Logic):
            a, b = _bool(self.expr(e.left)), _bool(self.expr(e.right))
            if e.op == "and":
                return B(z3.And(a.t, b.t), z3.Or(a.f, b.f))
            return B(z3.Or(a.t, b.t), z3.And(a.f, b.f))
        if isinstance(e, m.If):
            return self.if_(e)
        if isinstance(e, m.Neg):
            return self.neg(self.expr(e.operand))
        if isinstance(e, m.Arith):
            return self.arith(e.op, self.expr(e.left), self.expr(e.right))
        if isinstance(e, m.Compare):
            return self.compare(e.op, self.expr(e.left), self.expr(e.right))
        if isinstance(e, m.Member):
            return self.member(e.op, self.expr(e.left), self.expr(e.right))
        raise Unsupported(type(e).__name__)

    # ------------------------------------------------------------------ if
    def if_(self, e: m.If) -> Enc:
        c = _bool(self.expr(e.cond))
        a, b = self.expr(e.then), self.expr(e.orelse)
        unknown = z3.And(z3.Not(c.t), z3.Not(c.f))
        if isinstance(a, B) and isinstance(b, B):
            return B(
                z3.Or(z3.And(c.t, a.t), z3.And(c.f, b.t), z3.And(unknown, a.t, b.t)),
                z3.Or(z3.And(c.t, a.f), z3.And(c.f, b.f), z3.And(unknown, a.f, b.f)),
            )
        same = self.same(a, b)
        d = z3.Or(z3.And(c.t, _defined(a)), z3.And(c.f, _defined(b)), z3.And(unknown, same))
        if isinstance(a, N) and isinstance(b, N):
            return N(z3.If(c.t, self.value(a), self.value(b)), d)
        if isinstance(a, Dur) and isinstance(b, Dur):
            return Dur(z3.If(c.t, a.months, b.months), z3.If(c.t, a.seconds, b.seconds), d)
        if isinstance(a, Time) and isinstance(b, Time):
            if a.exact and b.exact:
                v = z3.If(c.t, a.lo, b.lo)
                return Time(v, v, d, a.dated)
            return Time(z3.If(c.t, a.lo, b.lo), z3.If(c.t, a.hi, b.hi), d, a.dated)
        if isinstance(a, Sym) and isinstance(b, Sym):
            return Sym(z3.If(c.t, a.v, b.v), d)
        raise Unsupported("`if` over sets")

    def same(self, a: Enc, b: Enc) -> z3.BoolRef:
        """Both defined and equal (what an unknown condition needs of its two branches)."""
        both = z3.And(_defined(a), _defined(b))
        if isinstance(a, N) and isinstance(b, N):
            return z3.And(both, self.value(a) == self.value(b))
        if isinstance(a, Dur) and isinstance(b, Dur):
            return z3.And(both, self.duration_sign(a, b) == 0)
        if isinstance(a, Time) and isinstance(b, Time) and a.exact and b.exact:
            return z3.And(both, a.lo == b.lo)
        if isinstance(a, Sym) and isinstance(b, Sym):
            return z3.And(both, a.v == b.v)
        return _false()

    @staticmethod
    def value(x: N) -> z3.ArithRef:
        return x.num if x.den is None else x.num / x.den

    # ------------------------------------------------------------------ arithmetic
    def neg(self, x: Enc) -> Enc:
        if isinstance(x, N):
            return N(-x.num, x.d, x.den)
        if isinstance(x, Dur):
            return Dur(-x.months, -x.seconds, x.d)
        raise Unsupported("negating a date")

    def arith(self, op: str, a: Enc, b: Enc) -> Enc:
        d = z3.And(_defined(a), _defined(b))
        if op == "-" and isinstance(a, Time) and isinstance(b, Time):
            if not (a.exact and b.exact):
                raise Unsupported("the time between dates moved by calendar months")
            gap = (a.lo - b.lo) * DAY if a.dated else a.lo - b.lo
            return Dur(z3.IntVal(0), z3.ToReal(gap) if a.dated else gap, d)
        if op == "-":
            return self.arith("+", a, self.neg(b))
        if op == "+":
            if isinstance(a, Dur) and isinstance(b, Time):
                a, b = b, a
            if isinstance(a, Time) and isinstance(b, Dur):
                return self.shift(a, b, d)
            if isinstance(a, Dur) and isinstance(b, Dur):
                return Dur(a.months + b.months, a.seconds + b.seconds, d)
            if isinstance(a, N) and isinstance(b, N):
                return self.fraction(a, b, d, lambda x, y: x + y, add=True)
            raise Unsupported(f"`+` of {type(a).__name__} and {type(b).__name__}")
        if op == "*":
            if isinstance(b, Dur):
                a, b = b, a
            if isinstance(a, Dur) and isinstance(b, N):
                return self.scale(a, b, d, divide=False)
            if isinstance(a, N) and isinstance(b, N):
                return self.fraction(a, b, d, lambda x, y: x * y)
            raise Unsupported("`*`")
        # division
        if isinstance(a, Dur) and isinstance(b, Dur):
            num = a.seconds + z3.ToReal(a.months) * _real(MEAN_MONTH)
            den = b.seconds + z3.ToReal(b.months) * _real(MEAN_MONTH)
            return N(num, z3.And(d, den != 0), den)
        if isinstance(a, Dur) and isinstance(b, N):
            return self.scale(a, b, d, divide=True)
        if isinstance(a, N) and isinstance(b, N):
            top = a.num * (b.den if b.den is not None else 1)
            bottom = b.num * (a.den if a.den is not None else 1)
            nonzero = b.num != 0
            return N(
                top if a.den is not None or b.den is not None else a.num,
                z3.And(d, nonzero),
                bottom if a.den is not None or b.den is not None else b.num,
            )
        raise Unsupported("`/`")

    def fraction(
        self,
        a: N,
        b: N,
        d: z3.BoolRef,
        op: Callable[[z3.ArithRef, z3.ArithRef], z3.ArithRef],
        add: bool = False,
    ) -> N:
        if a.den is None and b.den is None:
            return N(op(a.num, b.num), d)
        da = a.den if a.den is not None else z3.RealVal(1)
        db = b.den if b.den is not None else z3.RealVal(1)
        if add:
            return N(a.num * db + b.num * da, d, da * db)
        return N(op(a.num, b.num), d, da * db)

    def scale(self, a: Dur, b: N, d: z3.BoolRef, divide: bool) -> Dur:
        factor = z3.simplify(self.value(b))
        if not (z3.is_rational_value(factor) or z3.is_int_value(factor)):
            raise Unsupported("a length scaled by a fact")
        f = Fraction(
            str(factor.as_fraction() if z3.is_rational_value(factor) else factor.as_long())
        )
        if divide:
            if f == 0:
                return Dur(a.months, a.seconds, _false())
            f = 1 / f
        months = z3.simplify(a.months)
        if z3.is_int_value(months):
            scaled = Duration(months.as_long(), Fraction(0)).scale(f)
            if scaled.months or months.as_long() == 0:
                return Dur(z3.IntVal(scaled.months), a.seconds * _real(f), d)
            return Dur(z3.IntVal(0), a.seconds * _real(f) + _real(scaled.seconds), d)
        if f.denominator != 1:
            raise Unsupported("a length in months scaled by a fraction")
        return Dur(a.months * f.numerator, a.seconds * _real(f), d)

    def shift(self, t: Time, span: Dur, d: z3.BoolRef) -> Time:
        """A date or time moved by a length (values.shift): calendar months first, then the rest
        (a date by whole days)."""
        months = z3.simplify(span.months)
        lo, hi = t.lo, t.hi
        unit = 1 if t.dated else DAY
        if not (z3.is_int_value(months) and months.as_long() == 0):
            start = z3.simplify(t.lo)
            if t.exact and z3.is_int_value(months) and _is_number(start):
                moved = self._moved(start, months.as_long(), t.dated)
                lo = hi = moved
            elif z3.is_int_value(months):
                k = months.as_long()
                low, high = _month_days(k)
                self.approximate = True
                lo, hi = t.lo + low * unit, t.hi + high * unit
            else:
                self.approximate = True
                k = span.months
                lo = t.lo + z3.If(k >= 0, 28 * k, 31 * k) * unit
                hi = t.hi + z3.If(k >= 0, 31 * k, 28 * k) * unit
        if t.dated:
            days = z3.ToInt(span.seconds / DAY)
            if lo is hi:
                lo = hi = lo + days
            else:
                lo, hi = lo + days, hi + days
        elif lo is hi:
            lo = hi = lo + span.seconds
        else:
            lo, hi = lo + span.seconds, hi + span.seconds
        return Time(lo, hi, z3.And(d, span.d), t.dated)

    def _moved(self, start: z3.ArithRef, months: int, dated: bool) -> z3.ArithRef:
        if dated:
            day = date.fromordinal(start.as_long())
            return z3.IntVal(add_months(day, months).toordinal())
        seconds = Fraction(str(start.as_fraction()))
        moment = EPOCH + timedelta(seconds=float(seconds))
        moved = add_months(moment, months)
        return _real(Fraction(int((moved - EPOCH).total_seconds())))

    # ------------------------------------------------------------------ comparisons
    def compare(self, op: str, a: Enc, b: Enc) -> B:
        d = z3.And(_defined(a), _defined(b))
        if isinstance(a, Time) and isinstance(b, Time):
            return self.compare_times(op, a, b, d)
        if isinstance(a, Dur) and isinstance(b, Dur):
            return self.holds(d, _sign_test(op, self.duration_sign(a, b)))
        if isinstance(a, N) and isinstance(b, N):
            return self.holds(d, self.compare_numbers(op, a, b))
        if isinstance(a, Sym) and isinstance(b, Sym):
            if op not in ("=", "!="):
                raise Unsupported("ordering enumeration values")
            eq = a.v == b.v
            return self.holds(d, eq if op == "=" else z3.Not(eq))
        if isinstance(a, SetV) and isinstance(b, SetV) and op in ("=", "!="):
            names = set(a.members) | set(b.members)
            eq = z3.And([a.members.get(x, _false()) == b.members.get(x, _false()) for x in names])
            return self.holds(d, eq if op == "=" else z3.Not(eq))
        if isinstance(a, B) and isinstance(b, B) and op in ("=", "!="):
            eq = a.t == b.t
            return self.holds(d, eq if op == "=" else z3.Not(eq))
        raise Unsupported(f"`{op}` of {type(a).__name__} and {type(b).__name__}")

    @staticmethod
    def holds(d: z3.BoolRef, test: z3.BoolRef) -> B:
        return B(z3.And(d, test), z3.And(d, z3.Not(test)))

    def compare_numbers(self, op: str, a: N, b: N) -> z3.BoolRef:
        if a.den is None and b.den is None:
            return _op(op, a.num, b.num)
        da = a.den if a.den is not None else z3.RealVal(1)
        db = b.den if b.den is not None else z3.RealVal(1)
        left, right = a.num * db, b.num * da
        positive = da * db > 0
        return z3.If(positive, _op(op, left, right), _op(op, right, left))

    def duration_sign(self, a: Dur, b: Dur) -> z3.ArithRef:
        """The sign of a - b as Duration.compare gives it (calendar months weighed by their
        bounds, else by the mean month)."""
        dm, ds = z3.simplify(a.months - b.months), z3.simplify(a.seconds - b.seconds)
        if z3.is_int_value(dm) and dm.as_long() == 0:
            return _sign(ds)
        if _is_number(ds) and z3.simplify(ds == 0).eq(z3.BoolVal(True)):
            return _sign(z3.ToReal(dm))
        months_real = z3.ToReal(dm)
        low = z3.If(dm >= 0, ds + months_real * 28 * DAY, ds + months_real * 31 * DAY)
        high = z3.If(dm >= 0, ds + months_real * 31 * DAY, ds + months_real * 28 * DAY)
        years = months_real / 12
        whole_years = z3.And(dm % 12 == 0, dm != 0)
        low = z3.If(whole_years, z3.If(dm > 0, ds + years * 365 * DAY, ds + years * 366 * DAY), low)
        high = z3.If(
            whole_years, z3.If(dm > 0, ds + years * 366 * DAY, ds + years * 365 * DAY), high
        )
        mean = ds + months_real * _real(MEAN_MONTH)
        return z3.If(
            dm == 0,
            _sign(ds),
            z3.If(
                ds == 0,
                _sign(months_real),
                z3.If(low > 0, 1, z3.If(high < 0, -1, _sign(mean))),
            ),
        )

    def compare_times(self, op: str, a: Time, b: Time, d: z3.BoolRef) -> B:
        if a.exact and b.exact:
            return self.holds(d, _op(op, a.lo, b.lo))
        if op in (">", ">="):
            return self.compare_times("<" if op == ">" else "<=", b, a, d)
        if op == "<=":
            sure, never = a.hi <= b.lo, a.lo > b.hi
        elif op == "<":
            sure, never = a.hi < b.lo, a.lo >= b.hi
        elif op == "=":
            sure, never = (
                z3.And(a.lo == a.hi, b.lo == b.hi, a.lo == b.lo),
                z3.Or(a.hi < b.lo, a.lo > b.hi),
            )
        else:  # !=
            sure, never = (
                z3.Or(a.hi < b.lo, a.lo > b.hi),
                z3.And(a.lo == a.hi, b.lo == b.hi, a.lo == b.lo),
            )
        t, f = z3.And(d, sure), z3.And(d, never)
        if self.must:
            self.side.append(z3.Or(z3.Not(d), sure, never))
            return B(t, f)
        guess = z3.Bool(f"guess!{id(self)}!{next(self.fresh)}")
        open_ = z3.And(d, z3.Not(sure), z3.Not(never))
        return B(z3.Or(t, z3.And(open_, guess)), z3.Or(f, z3.And(open_, z3.Not(guess))))

    # ------------------------------------------------------------------ membership
    def member(self, op: str, a: Enc, b: Enc) -> B:
        d = z3.And(_defined(a), _defined(b))
        if op in ("in", "not in"):
            if not isinstance(a, Sym) or not isinstance(b, SetV):
                raise Unsupported(f"`{op}`")
            test = z3.Or(
                [z3.And(a.v == self.vars.symbol(x), inside) for x, inside in b.members.items()]
            )
            return self.holds(d, test if op == "in" else z3.Not(test))
        if not isinstance(a, SetV) or not isinstance(b, SetV):
            raise Unsupported(f"`{op}`")
        pairs = [(a.members.get(x, _false()), inside) for x, inside in b.members.items()]
        if op == "includes all":
            test = z3.And([z3.Implies(wanted, there) for there, wanted in pairs])
        else:
            test = z3.Or([z3.And(wanted, there) for there, wanted in pairs])
        return self.holds(d, test)


def _is_number(x: z3.ExprRef) -> bool:
    return bool(z3.is_int_value(x) or z3.is_rational_value(x))


def _sign(x: z3.ArithRef) -> z3.ArithRef:
    return z3.If(x > 0, 1, z3.If(x < 0, -1, 0))


def _sign_test(op: str, sign: z3.ArithRef) -> z3.BoolRef:
    return _op(op, sign, z3.IntVal(0))


def _op(op: str, a: z3.ArithRef, b: z3.ArithRef) -> z3.BoolRef:
    return {
        "<": lambda: a < b,
        "<=": lambda: a <= b,
        ">": lambda: a > b,
        ">=": lambda: a >= b,
        "=": lambda: a == b,
        "!=": lambda: a != b,
    }[op]()


# ---------------------------------------------------------------------------- verdicts
@dataclass
class _Rule:
    met: z3.BoolRef  # after exceptions, decidedly true
    breached: z3.BoolRef  # after exceptions, decidedly false (before contested clauses)
    failed: z3.BoolRef  # an outcome `failed`
    contested: z3.BoolRef  # an outcome `contested` (a contested clause, or a dispute)


class LawEncoding:
    """The verdict of one law, encoded: whether it applies, each requirement's outcome."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    @cached_property
    def applies(self) -> B:
        expr = self.encoder.law.clauses.applies
        return self.encoder.cond(expr) if expr is not None else B(_true(), _false())

    @cached_property
    def rules(self) -> dict[str, _Rule]:
        clauses = self.encoder.law.clauses
        beats = _beats(clauses.exceptions)
        out: dict[str, _Rule] = {}
        for req in clauses.requirements:
            exceptions = [x for x in clauses.exceptions if x.target == req.id]
            contested = [x for x in clauses.contested if x.target == req.id]
            out[req.id] = self.rule(self.encoder.cond(req.expr), exceptions, contested, beats)
        return out

    def rule(
        self,
        base: B,
        exceptions: list[m.Exception_],
        contested: list[m.Contested],
        beats: Mapping[str, frozenset[str]],
    ) -> _Rule:
        enc = self.encoder
        whens = [enc.cond(x.when) for x in exceptions]
        effects = [
            enc.cond(x.replacement) if x.replacement is not None else B(_true(), _false())
            for x in exceptions
        ]
        met_all, breached_all, clash_any = [], [], []
        for size in range(len(exceptions) + 1):
            for chosen in itertools.combinations(range(len(exceptions)), size):
                consistent = z3.And(
                    *[z3.Not(whens[i].f) for i in chosen],
                    *[z3.Not(whens[i].t) for i in range(len(exceptions)) if i not in chosen],
                )
                labels = {exceptions[i].label for i in chosen}
                winners = [
                    i
                    for i in chosen
                    if not any(exceptions[i].label in beats.get(o, ()) for o in labels)
                ]
                if not winners:
                    value, clash = base, _false()
                else:
                    first = effects[winners[0]]
                    agree = z3.And(
                        [
                            z3.Or(z3.And(first.t, effects[i].t), z3.And(first.f, effects[i].f))
                            for i in winners[1:]
                        ]
                    )
                    clash = z3.Not(agree) if len(winners) > 1 else _false()
                    value = first
                met_all.append(z3.Implies(consistent, z3.And(value.t, z3.Not(clash))))
                breached_all.append(z3.Implies(consistent, z3.And(value.f, z3.Not(clash))))
                clash_any.append(z3.And(consistent, clash))
        decided = z3.And([z3.Or(w.t, w.f) for w in whens])
        dispute = z3.And(decided, z3.Or(clash_any))
        met, breached = z3.And(met_all), z3.And(breached_all)
        conds = [enc.cond(c.when) for c in contested]
        failed = z3.And(breached, *[c.f for c in conds])
        triggered = z3.And(breached, z3.Or([c.t for c in conds])) if conds else _false()
        return _Rule(met, breached, failed, z3.Or(dispute, triggered))

    def verdict(self, verdict: r.Verdict) -> z3.BoolRef:
        a = self.applies
        failed = z3.Or([x.failed for x in self.rules.values()])
        met = z3.And([x.met for x in self.rules.values()])
        if verdict is r.Verdict.NOT_APPLICABLE:
            return a.f
        if verdict is r.Verdict.VIOLATION:
            return z3.And(a.t, failed)
        if verdict is r.Verdict.COMPLIANT:
            return z3.And(a.t, met)
        return z3.And(z3.Not(a.f), z3.Not(z3.And(a.t, failed)), z3.Not(z3.And(a.t, met)))


# ---------------------------------------------------------------------------- the backend
class SmtBackend:
    """Goals answered by z3; a goal it cannot answer goes to the bounded search."""

    name = "z3"

    def __init__(self, book: CompiledBook, search: Search) -> None:
        self.book = book
        self.search = search
        self.symbols: dict[str, int] = {}
        self.notes: list[str] = []
        self._plain: dict[bool, tuple[Vars, dict[int, LawEncoding]]] = {}

    def vars(
        self,
        suffix: str = "",
        shared: Vars | None = None,
        shared_names: frozenset[str] = frozenset(),
        fixed: Mapping[str, object] | None = None,
    ) -> Vars:
        return Vars(self.book.checked.facts, self.symbols, suffix, shared, shared_names, fixed)

    # ------------------------------------------------------------------ goals
    def plain(self, must: bool) -> tuple[Vars, dict[int, LawEncoding]]:
        """The fact variables and law encodings shared by every goal without fixed facts."""
        if must not in self._plain:
            self._plain[must] = (self.vars(), {})
        return self._plain[must]

    def encode(
        self,
        goal: Goal,
        vars: Vars,
        must: bool,
        encoders: dict[int, LawEncoding] | None = None,
        valid: bool = True,
    ) -> tuple[list[z3.BoolRef], bool]:
        """The goal's constraints (with the must-mode side conditions), and whether a calendar
        bound was used. `valid`: the case also satisfies the rule base's constraints (not for a
        formula that is negated: a free fact breaking a constraint would satisfy it)."""
        encoders = {} if encoders is None else encoders
        out: list[z3.BoolRef] = []
        approximate = False

        def encoding(law: Law) -> LawEncoding:
            if id(law) not in encoders:
                encoders[id(law)] = LawEncoding(Encoder(self.book, law, vars, must))
            return encoders[id(law)]

        for lit in constrained(self.book, goal) if valid else goal:
            enc = encoding(lit.law)
            out.append(self.literal(lit, enc))
        for law in laws_of(goal):
            enc = encoders[id(law)]
            out += enc.encoder.side
            approximate = approximate or enc.encoder.approximate
        return out, approximate

    def literal(self, lit: Literal, enc: LawEncoding) -> z3.BoolRef:
        if isinstance(lit, Holds):
            x = enc.encoder.cond(lit.expr)
            return x.t if lit.truth else x.f
        if isinstance(lit, Breached):
            return enc.rules[lit.requirement].breached
        if isinstance(lit, Allowed):  # a constraint is broken only when decidedly false
            return z3.Not(enc.encoder.cond(lit.expr).f)
        assert isinstance(lit, Gives)
        return enc.verdict(lit.verdict)

    def solve(
        self, goal: Goal, start: Mapping[str, object] | None = None
    ) -> dict[str, object] | None:
        try:
            return self.smt(goal, start)
        except (Unsupported, Undecided) as exc:
            what = ", ".join(sorted({lit.law.provision.id for lit in goal}))
            self.notes.append(f"{what}: {exc or 'undecided'}; answered by the bounded search")
            return self.search.solve(goal, start)

    def smt(self, goal: Goal, start: Mapping[str, object] | None) -> dict[str, object] | None:
        day = laws_of(goal)[0].day
        vars, encoders = self.plain(True) if not start else (self.vars(fixed=start), {})
        constraints, approximate = self.encode(goal, vars, True, encoders)
        tiers = [[p(day) for p in vars.plausible + vars.round], [p(day) for p in vars.plausible]]
        model = self.check([*constraints, *vars.domain], tiers)
        if model is not None:
            reads = {n for law in laws_of(goal) for n in law.version.reads}
            found = {n: v for n, v in vars.model_facts(model).items() if n in reads}
            return {**found, **(start or {})}
        if approximate:
            loose, encoders = self.plain(False) if not start else (self.vars(fixed=start), {})
            constraints, _ = self.encode(goal, loose, False, encoders)
            if self.check([*constraints, *loose.domain], [[]]) is not None:
                raise Undecided("only the calendar bounds could not tell")
        return None

    def check(self, hard: list[z3.BoolRef], tiers: list[list[z3.BoolRef]]) -> z3.ModelRef | None:
        """A model of `hard` (within the first tier of preferences that allows one), None when
        there is none."""
        solver = z3.Solver()
        solver.set("timeout", TIMEOUT_MS)
        solver.add(*hard)
        for preferred in tiers:
            if not preferred:
                continue
            solver.push()
            solver.add(*preferred)
            answer = solver.check()
            if answer == z3.sat:
                return solver.model()
            solver.pop()
        answer = solver.check()
        if answer == z3.sat:
            return solver.model()
        if answer == z3.unsat:
            return None
        raise Undecided(f"z3 gave up: {solver.reason_unknown()}")

    # ------------------------------------------------------------------ conflicts
    def conflict(self, a: Law, b: Law) -> Clash | None:
        try:
            return self.smt_conflict(a, b)
        except (Unsupported, Undecided, SearchLimit) as exc:
            self.notes.append(
                f"{a.provision.id} and {b.provision.id}: {exc or 'undecided'}; answered by the "
                "bounded search"
            )
            from hrlaw.verify.backend import SearchBackend

            return SearchBackend(self.search).conflict(a, b)

    def smt_conflict(self, a: Law, b: Law) -> Clash | None:
        """Counterexample-guided: circumstances under which each provision can be complied
        with; a case complying with both refutes them (and every circumstance it also serves);
        circumstances no case refutes are a conflict."""
        shared = frozenset(a.version.applies_facts | b.version.applies_facts)
        tight, loose = (
            self.circumstances(a, b, shared, True),
            self.circumstances(a, b, shared, False),
        )
        for round_ in range(MAX_ROUNDS):
            found = tight.next()
            if found is None:
                if loose.next() is not None:
                    raise Undecided("only the calendar bounds could not tell")
                return None
            circumstances, first, second = found
            joint = self.smt((compliant(a), compliant(b)), circumstances)
            if joint is None:
                return Clash(circumstances, first, second)
            conduct = {n: v for n, v in joint.items() if n not in shared}
            for side in (tight, loose):
                fixed = self.vars(
                    suffix=f"@fixed{round_}", fixed=conduct, shared=side.base, shared_names=shared
                )
                constraints, _ = self.encode(
                    (compliant(a), compliant(b)), fixed, must=True, valid=False
                )
                side.solver.add(z3.Not(z3.And(*constraints)), *fixed.domain)
        raise Undecided(f"no answer after {MAX_ROUNDS} rounds")

    def circumstances(self, a: Law, b: Law, shared: frozenset[str], must: bool) -> _Candidates:
        base = self.vars(suffix="" if must else "@loose")
        one = self.vars(suffix="@1" if must else "@loose1", shared=base, shared_names=shared)
        two = self.vars(suffix="@2" if must else "@loose2", shared=base, shared_names=shared)
        where, _ = self.encode((*applies(a), *applies(b)), base, must)
        first, _ = self.encode((compliant(a),), one, must)
        second, _ = self.encode((compliant(b),), two, must)
        solver = z3.Solver()
        solver.set("timeout", TIMEOUT_MS)
        solver.add(*where, *first, *second, *base.domain, *one.domain, *two.domain)
        return _Candidates(solver, base, one, two, shared)


@dataclass
class _Candidates:
    """Circumstances under which each of two provisions can be complied with, one after
    another (the solver learns those refuted)."""

    solver: z3.Solver
    base: Vars
    one: Vars
    two: Vars
    shared: frozenset[str]

    def next(self) -> tuple[dict[str, object], dict[str, object], dict[str, object]] | None:
        answer = self.solver.check()
        if answer == z3.unsat:
            return None
        if answer != z3.sat:
            raise Undecided(f"z3 gave up: {self.solver.reason_unknown()}")
        model = self.solver.model()
        found = self.base.model_facts(model)
        circumstances = {n: v for n, v in found.items() if n in self.shared}
        return circumstances, self.one.model_facts(model), self.two.model_facts(model)
