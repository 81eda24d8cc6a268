"""Arithmetic and comparison on runtime values. The checker has already matched the units.

Every operation also takes partial knowledge (`Between`: a value known to lie in a range) and
answers soundly: a comparison is decided only when every value of the range gives the same answer
(otherwise `Unknown`, naming the facts the range is about), and arithmetic gives the range of every
possible result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction

from hrlaw.values import (
    MEAN_MONTH,
    Between,
    Duration,
    Money,
    PartialSet,
    Percent,
    Unknown,
    between,
    shift,
)

Num = int | Fraction


class UndefinedResult(ArithmeticError):
    """An operation with no value (division by zero)."""


def _num(x: object) -> bool:
    return isinstance(x, int | Fraction) and not isinstance(x, bool)


# ---------------------------------------------------------------------------- exact values
def _add(a: object, b: object) -> object:
    if isinstance(a, Duration) and isinstance(b, Duration):
        return a + b
    if isinstance(a, date) and isinstance(b, Duration):
        return shift(a, b)
    if isinstance(a, Duration) and isinstance(b, date):
        return shift(b, a)
    if isinstance(a, Money) and isinstance(b, Money):
        return Money(a.amount + b.amount)
    if isinstance(a, Percent) and isinstance(b, Percent):
        return Percent(a.value + b.value)
    assert _num(a) and _num(b), (a, b)
    return a + b  # type: ignore[operator]


def _neg(a: object) -> object:
    if isinstance(a, Duration):
        return -a
    if isinstance(a, Money):
        return Money(-a.amount)
    if isinstance(a, Percent):
        return Percent(-a.value)
    assert _num(a)
    return -a  # type: ignore[operator]


def _sub(a: object, b: object) -> object:
    if isinstance(a, date) and isinstance(b, date):
        return between(a, b)
    return _add(a, _neg(b))


def _frac(x: object) -> Fraction:
    assert isinstance(x, int | Fraction) and not isinstance(x, bool), x
    return Fraction(x)


def _factor(x: object) -> Fraction:
    return x.ratio if isinstance(x, Percent) else _frac(x)


def _mul(a: object, b: object) -> object:
    for x, y in ((a, b), (b, a)):
        if isinstance(x, Duration):
            return x.scale(_factor(y))
        if isinstance(x, Money):
            return Money(x.amount * _factor(y))
    if isinstance(a, Percent) and isinstance(b, Percent):
        return Percent(a.value * b.ratio)
    if isinstance(a, Percent) or isinstance(b, Percent):
        return _factor(a) * _factor(b)
    return a * b  # type: ignore[operator]


def _div(a: object, b: object) -> object:
    if isinstance(a, Duration) and isinstance(b, Duration):
        # months have no fixed length: a ratio of durations uses the mean month
        num, den = a.seconds + a.months * MEAN_MONTH, b.seconds + b.months * MEAN_MONTH
        if den == 0:
            raise UndefinedResult("division by a zero duration")
        return num / den
    if isinstance(a, Money) and isinstance(b, Money):
        if b.amount == 0:
            raise UndefinedResult("division by zero tenge")
        return a.amount / b.amount
    if isinstance(a, Percent) and isinstance(b, Percent):
        if b.value == 0:
            raise UndefinedResult("division by zero percent")
        return a.value / b.value
    divisor = _factor(b)
    if divisor == 0:
        raise UndefinedResult("division by zero")
    if isinstance(a, Duration):
        return a.scale(1 / divisor)
    if isinstance(a, Money):
        return Money(a.amount / divisor)
    if isinstance(a, Percent):
        return Percent(a.value / divisor)
    return _frac(a) / divisor


def _order(a: object, b: object) -> int:
    """-1, 0 or 1 for two exact values of one kind."""
    if isinstance(a, Duration) and isinstance(b, Duration):
        return a.compare(b)
    return int((a > b) - (a < b))  # type: ignore[operator]


def _exact_compare(op: str, a: object, b: object) -> bool:
    if op in ("=", "!="):
        same = a.compare(b) == 0 if isinstance(a, Duration) and isinstance(b, Duration) else a == b
        return same if op == "=" else not same
    sign = _order(a, b)
    return {"<": sign < 0, "<=": sign <= 0, ">": sign > 0, ">=": sign >= 0}[op]


# ---------------------------------------------------------------------------- ranges
_Bound = tuple[object | None, bool]  # (value or None for unbounded, open)


def _range(x: object) -> tuple[_Bound, _Bound, frozenset[str]]:
    if isinstance(x, Between):
        return (x.lo, x.lo_open), (x.hi, x.hi_open), x.facts
    return (x, False), (x, False), frozenset()


def _monotone(
    f: Callable[[object, object], object], a: object, b: object, *, flip_b: bool = False
) -> object:
    """f over two ranges, f increasing in `a` and increasing (or, with `flip_b`, decreasing)
    in `b`: the range of every result."""
    (alo, alo_o), (ahi, ahi_o), fa = _range(a)
    (blo, blo_o), (bhi, bhi_o), fb = _range(b)
    if flip_b:
        (blo, blo_o), (bhi, bhi_o) = (bhi, bhi_o), (blo, blo_o)
    lo = f(alo, blo) if alo is not None and blo is not None else None
    hi = f(ahi, bhi) if ahi is not None and bhi is not None else None
    return Between(lo, hi, alo_o or blo_o, ahi_o or bhi_o, "", fa | fb)


def _sign(x: object) -> int:
    return _order(x, _zero_like(x))


def _scale(f: Callable[[object, object], object], a: object, b: object) -> object:
    """A product or quotient of ranges (for a quotient, `b` does not hold zero): the extremes
    are among the products of the ends, with the rules of interval arithmetic for unbounded
    ends (0 * inf = 0, x / inf = 0). Open ends are kept closed: the result is a little wider,
    never narrower."""
    (alo, _), (ahi, _), fa = _range(a)
    (blo, _), (bhi, _), fb = _range(b)
    unbounded = Between(None, None, False, False, "", fa | fb)
    quotient = f is _div
    finite_a = next((x for x in (alo, ahi) if x is not None), None)
    finite_b = next((y for y in (blo, bhi) if y is not None), None)
    candidates: list[object] = []
    for x, xs in ((alo, -1), (ahi, 1)):
        for y, ys in ((blo, -1), (bhi, 1)):
            if x is not None and y is not None:
                candidates.append(f(x, y))
            elif x is not None:  # y unbounded, of sign ys
                if quotient or _sign(x) == 0:  # x / inf and 0 * inf are zero
                    if finite_b is None:
                        return unbounded
                    candidates.append(_zero_like(f(x, finite_b)))
                else:
                    candidates.append((_sign(x) * ys,))
            elif y is not None:  # x unbounded, of sign xs
                if not quotient and _sign(y) == 0:  # inf * 0 is zero
                    if finite_a is None:
                        return unbounded
                    candidates.append(_zero_like(f(finite_a, y)))
                else:
                    candidates.append((xs * _sign(y),))
            else:  # both unbounded: the sign is known (for a quotient, any size of that sign,
                # down to the zero another corner gives)
                candidates.append((xs * ys,))
    lo = hi = candidates[0]
    for v in candidates[1:]:
        if _before(v, lo):
            lo = v
        if _before(hi, v):
            hi = v
    return Between(
        None if isinstance(lo, tuple) else lo,
        None if isinstance(hi, tuple) else hi,
        False,
        False,
        "",
        fa | fb,
    )


def _before(v: object, w: object) -> bool:
    """v < w, where a 1-tuple is an unbounded end (-∞ or +∞)."""
    if isinstance(v, tuple) or isinstance(w, tuple):
        rank_v = v[0] if isinstance(v, tuple) else 0
        rank_w = w[0] if isinstance(w, tuple) else 0
        return rank_v < rank_w
    return _order(v, w) < 0


def _partial(x: object) -> bool:
    return isinstance(x, Between)


def add(a: object, b: object) -> object:
    if _partial(a) or _partial(b):
        return _monotone(_add, a, b)
    return _add(a, b)


def sub(a: object, b: object) -> object:
    if _partial(a) or _partial(b):
        return _monotone(_sub, a, b, flip_b=True)
    return _sub(a, b)


def neg(a: object) -> object:
    if isinstance(a, Between):
        lo = _neg(a.hi) if a.hi is not None else None
        hi = _neg(a.lo) if a.lo is not None else None
        return Between(lo, hi, a.hi_open, a.lo_open, "", a.facts)
    return _neg(a)


def mul(a: object, b: object) -> object:
    if _partial(a) or _partial(b):
        return _scale(_mul, a, b)
    return _mul(a, b)


def div(a: object, b: object) -> object:
    if _partial(b):
        (blo, _), (bhi, _), _facts = _range(b)
        below = blo is None or _sign(blo) <= 0
        above = bhi is None or _sign(bhi) >= 0
        if below and above:  # the divisor may be zero: nothing is known of the quotient
            return Between(None, None, False, False, "", _range(a)[2] | _range(b)[2])
    if _partial(a) or _partial(b):
        return _scale(_div, a, b)
    return _div(a, b)


def _zero_like(x: object) -> object:
    if isinstance(x, Duration):
        return Duration()
    if isinstance(x, Money):
        return Money(Fraction(0))
    if isinstance(x, Percent):
        return Percent(Fraction(0))
    return 0


def _possibly(op: str, a: object, b: object) -> bool:
    """Whether some value of range `a` and some of range `b` satisfy `x op y`."""
    (alo, alo_o), _, _ = _range(a)
    _, (bhi, bhi_o), _ = _range(b)
    blo = _range(b)[0][0]
    if op in ("<", "<="):  # some x below some y: the lowest x against the highest y
        if alo is None or bhi is None:
            return True
        sign = _order(alo, bhi)
        return sign < 0 or (sign == 0 and op == "<=" and not alo_o and not bhi_o)
    if op in (">", ">="):
        return _possibly("<" if op == ">" else "<=", b, a)
    if op == "=":  # the ranges meet
        return _possibly("<=", a, b) and _possibly("<=", b, a)
    # `!=`: always possible unless both are the same single value
    return not (_single(a) and _single(b) and _exact_compare("=", alo, blo))


def _single(x: object) -> bool:
    (lo, lo_o), (hi, hi_o), _ = _range(x)
    return lo is not None and hi is not None and not lo_o and not hi_o and _order(lo, hi) == 0


_NEGATION = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}


def compare(op: str, a: object, b: object) -> bool | Unknown:
    """`a op b`; for ranges True or False only when every value agrees, else Unknown."""
    if isinstance(a, PartialSet) or isinstance(b, PartialSet):
        known, other = (a, b) if isinstance(a, PartialSet) else (b, a)
        assert isinstance(known, PartialSet) and isinstance(other, frozenset)
        possible = known.included <= other and not (known.excluded & other)
        if not possible:
            return op == "!="
        return Unknown(known.facts)
    if not (_partial(a) or _partial(b)):
        return _exact_compare(op, a, b)
    if not _possibly(op, a, b):
        return False
    if not _possibly(_NEGATION[op], a, b):
        return True
    return Unknown(_range(a)[2] | _range(b)[2])


ARITH = {"+": add, "-": sub, "*": mul, "/": div}
