"""Arithmetic and comparison on runtime values. The checker has already matched the units."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from hrlaw.values import MEAN_MONTH, Duration, Money, Percent, between, shift

Num = int | Fraction


class UndefinedResult(ArithmeticError):
    """An operation with no value (division by zero)."""


def _num(x: object) -> bool:
    return isinstance(x, int | Fraction) and not isinstance(x, bool)


def add(a: object, b: object) -> object:
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


def neg(a: object) -> object:
    if isinstance(a, Duration):
        return -a
    if isinstance(a, Money):
        return Money(-a.amount)
    if isinstance(a, Percent):
        return Percent(-a.value)
    assert _num(a)
    return -a  # type: ignore[operator]


def sub(a: object, b: object) -> object:
    if isinstance(a, date) and isinstance(b, date):
        return between(a, b)
    return add(a, neg(b))


def _frac(x: object) -> Fraction:
    assert isinstance(x, int | Fraction) and not isinstance(x, bool), x
    return Fraction(x)


def _factor(x: object) -> Fraction:
    return x.ratio if isinstance(x, Percent) else _frac(x)


def mul(a: object, b: object) -> object:
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


def div(a: object, b: object) -> object:
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


def compare(op: str, a: object, b: object) -> bool:
    if op == "=":
        return _eq(a, b)
    if op == "!=":
        return not _eq(a, b)
    x, y = a, b
    if op == "<":
        return bool(x < y)  # type: ignore[operator]
    if op == "<=":
        return bool(x <= y)  # type: ignore[operator]
    if op == ">":
        return bool(x > y)  # type: ignore[operator]
    return bool(x >= y)  # type: ignore[operator]


def _eq(a: object, b: object) -> bool:
    if isinstance(a, Duration) and isinstance(b, Duration):
        return a.compare(b) == 0
    return a == b


ARITH = {"+": add, "-": sub, "*": mul, "/": div}
