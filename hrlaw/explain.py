"""Words for values and limits: how a value, a margin and a text template read to a lawyer."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from fractions import Fraction

from hrlaw import model as m
from hrlaw.ops import compare, neg, sub
from hrlaw.units import fmt_value
from hrlaw.values import Duration, Money, Percent, Unknown

EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
OPWORD = {
    "<=": "at most",
    ">=": "at least",
    "<": "less than",
    ">": "more than",
    "=": "",
    "!=": "other than",
}


def fmt(value: object, unit: str | None, fact: m.Fact | None = None) -> str:
    """A value as a lawyer reads it; enumeration values in their words when `fact` has them."""
    if isinstance(value, Unknown):
        return "unknown"
    if fact is not None and fact.labels:
        if isinstance(value, str):
            return fact.label(value)
        if isinstance(value, frozenset):
            return words([fact.label(v) for v in sorted(value)]) if value else "none"
    return fmt_value(value, unit)


def words(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _zero(value: object) -> object:
    if isinstance(value, Duration):
        return Duration()
    if isinstance(value, Money):
        return Money(Fraction(0))
    if isinstance(value, Percent):
        return Percent(Fraction(0))
    return 0


def margin(op: str, unit: str | None, left: object, right: object, *, with_limit: bool) -> str:
    """How far a value is over or under its limit: `12 hours over the limit`."""
    if isinstance(left, Unknown) or isinstance(right, Unknown) or op in ("=", "!="):
        return ""
    try:
        diff = sub(left, right)
        sign = int(compare(">", diff, _zero(diff))) - int(compare("<", diff, _zero(diff)))
    except (TypeError, AssertionError):
        return ""
    upper = op in ("<", "<=")
    of = f" of {fmt(right, unit)}" if with_limit else ""
    if sign == 0:
        return f"exactly at the limit{of}" if upper else f"exactly at the minimum{of}"
    size = fmt(diff if sign > 0 else neg(diff), unit)
    if sign > 0:
        return f"{size} over the limit{of}" if upper else f"{size} above the minimum{of}"
    return f"{size} within the limit{of}" if upper else f"{size} short of the minimum{of}"


def fill(text: str, lookup: Callable[[str], str | None], *, tidy: bool = True) -> str:
    """A template with each `{name}` replaced by `lookup(name)` (kept as written when None);
    with `tidy`, a margin that cannot be measured yet leaves no empty brackets behind."""

    def one(match: re.Match[str]) -> str:
        shown = lookup(match.group(1))
        return match.group(0) if shown is None else shown

    filled = m.PLACEHOLDER.sub(one, text)
    return EMPTY_BRACKETS.sub("", filled) if tidy else filled


def law_text(text: str, values: Mapping[str, m.Expr]) -> str:
    """A clause's text with the parameters of the law in force written in (`within 48 hours`)."""

    def lookup(name: str) -> str | None:
        value = values.get(name)
        if isinstance(value, m.Neg) and isinstance(value.operand, m.Literal):
            return "-" + fmt(value.operand.value, value.operand.unit)
        return fmt(value.value, value.unit) if isinstance(value, m.Literal) else None

    return fill(text, lookup, tidy=False)


def value_text(value: m.Expr) -> str:
    """A parameter value as the rule base writes it (`48 hours`)."""
    if isinstance(value, m.Neg) and isinstance(value.operand, m.Literal):
        return "-" + fmt(value.operand.value, value.operand.unit)
    if isinstance(value, m.Literal):
        return fmt(value.value, value.unit)
    return " ".join(value.span.text.split()) if value.span is not None else "?"
