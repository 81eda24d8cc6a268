"""Words for values and limits: how a value, a margin and a text template read to a lawyer."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from fractions import Fraction

from hrlaw import model as m
from hrlaw.ops import compare, neg, sub
from hrlaw.units import fmt_value
from hrlaw.values import Between, Duration, Money, PartialSet, Percent, Unknown

EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_BOUND_WORDS = re.compile(
    r"\b(under|below|less than|before|at most|no more than|not more than|on or before|over|above"
    r"|more than|after|at least|no less than|not less than|on or after|between|and)\b",
    re.IGNORECASE,
)
OPWORD = {
    "<=": "at most",
    ">=": "at least",
    "<": "less than",
    ">": "more than",
    "=": "",
    "!=": "other than",
}


def fmt(value: object, unit: str | None, fact: m.Fact | None = None) -> str:
    """A value as a lawyer reads it; enumeration values in their words when `fact` has them;
    partial knowledge as stated (`under 16 years`)."""
    if isinstance(value, Unknown):
        # nothing missing, yet no value: an undefined result (a division by zero)
        return "not given" if value.missing else "undefined"
    if isinstance(value, Between):
        return _range(value, unit)
    if isinstance(value, PartialSet):
        label = fact.label if fact is not None else (lambda v: v.replace("_", " "))
        parts = []
        if value.included:
            parts.append("including " + words([label(v) for v in sorted(value.included)]))
        if value.excluded:
            parts.append("not " + words([label(v) for v in sorted(value.excluded)]))
        return ", ".join(parts or ["nothing stated"]) + " (the rest not stated)"
    if fact is not None and fact.labels:
        if isinstance(value, str):
            return fact.label(value)
        if isinstance(value, frozenset):
            return words([fact.label(v) for v in sorted(value)]) if value else "none"
    return fmt_value(value, unit)


def _range(value: Between, unit: str | None) -> str:
    """A range in words: as the scenario stated it, or built from its ends."""
    if value.stated:
        text = value.stated
        bare = _BOUND_WORDS.sub("", text)
        if unit and unit != "%" and not any(c.isalpha() for c in bare):
            return f"{text} {unit}"  # `under 16` of an age in years: `under 16 years`
        return text
    lo = fmt(value.lo, unit) if value.lo is not None else None
    hi = fmt(value.hi, unit) if value.hi is not None else None
    if lo is not None and hi is not None:
        return lo if lo == hi else f"between {lo} and {hi}"
    if lo is not None:
        return f"{'more than' if value.lo_open else 'at least'} {lo}"
    if hi is not None:
        return f"{'less than' if value.hi_open else 'at most'} {hi}"
    return "any value"


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
        zero = (
            _zero(diff.lo if diff.lo is not None else diff.hi)
            if isinstance(diff, Between)
            else _zero(diff)
        )
        above, below = compare(">", diff, zero), compare("<", diff, zero)
        if isinstance(above, Unknown) or isinstance(below, Unknown):
            return ""
        sign = int(above) - int(below)
    except (TypeError, AssertionError):
        return ""
    upper = op in ("<", "<=")
    of = f" of {fmt(right, unit)}" if with_limit else ""
    if sign == 0:
        return f"exactly at the limit{of}" if upper else f"exactly at the minimum{of}"
    if isinstance(diff, Between):  # known in part: which side, not by how much
        side = "over the limit" if upper else "above the minimum"
        other = "within the limit" if upper else "short of the minimum"
        return f"{side if sign > 0 else other}{of}"
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


Slot = tuple[str, str | None]  # (the words shown, the name of a value not given, if it is one)
_LABELLED = re.compile(r":\s*$")


def fill_known(text: str, lookup: Callable[[str], Slot | None]) -> str:
    """A template filled without ever writing "unknown" inside a sentence: a value not given
    keeps its place only after a label (`age: not given`); any other part of the text (between
    "; ") that needs it is left out, and the missing values are named at the end
    (`worker.age not given`)."""
    kept: list[str] = []
    missing: list[str] = []
    for part in text.split("; "):
        gaps: list[str] = []

        def one(match: re.Match[str], part: str = part, gaps: list[str] = gaps) -> str:
            got = lookup(match.group(1))
            if got is None:
                return match.group(0)
            shown, noun = got
            if noun is not None and not _LABELLED.search(part[: match.start()]):
                gaps.append(noun)
            return shown

        filled = m.PLACEHOLDER.sub(one, part)
        if gaps:
            missing.extend(g for g in gaps if g not in missing)
        else:
            kept.append(filled)
    if missing:
        kept.append(words(missing) + " not given")
    return EMPTY_BRACKETS.sub("", "; ".join(kept))


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
