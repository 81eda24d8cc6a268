"""Units of measure: reading `72 hours`, `150000 tenge`, `50%`; showing values in plain words."""

from __future__ import annotations

import difflib
from datetime import date, datetime
from fractions import Fraction

from hrlaw.model import DURATION, MONEY, PERCENT, Type
from hrlaw.values import DAY, MONTHS, SECONDS, Duration, Money, Percent, Value

TIME_UNITS = {**SECONDS, **MONTHS}
_SINGULAR = {u[:-1]: u for u in TIME_UNITS}
MONEY_UNITS = {"tenge": "tenge", "kzt": "tenge", "KZT": "tenge"}
PERCENT_UNITS = {"%", "percent"}
UNIT_WORDS = sorted([*TIME_UNITS, *_SINGULAR, "tenge", "KZT", "percent"])
ABBREVIATIONS = {
    **dict.fromkeys(["h", "hr", "hrs"], "hours"),
    **dict.fromkeys(["min", "mins"], "minutes"),
    **dict.fromkeys(["d", "dy"], "days"),
    **dict.fromkeys(["w", "wk", "wks"], "weeks"),
    **dict.fromkeys(["mo", "mos", "mon", "mth", "mths"], "months"),
    **dict.fromkeys(["y", "yr", "yrs"], "years"),
    **dict.fromkeys(["kzt", "tg", "tenges"], "tenge"),
    "pct": "percent",
}


def suggest_unit(word: str) -> str:
    """Help for an unknown unit word: the unit it most likely means."""
    if word.lower() in ABBREVIATIONS:
        return f"did you mean `{ABBREVIATIONS[word.lower()]}`?"
    close = difflib.get_close_matches(word.lower(), UNIT_WORDS, n=1, cutoff=0.6)
    if close:
        return f"did you mean `{canonical_unit(close[0]) if close[0] != 'percent' else '%'}`?"
    return "use one of: minutes, hours, days, weeks, months, years, tenge, %"


def canonical_unit(word: str) -> str | None:
    """The canonical name of a unit word (`hour` -> `hours`), or None if it is not a unit."""
    if word in TIME_UNITS:
        return word
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word in MONEY_UNITS:
        return "tenge"
    if word in PERCENT_UNITS:
        return "%"
    return None


def quantity(amount: Fraction, unit: str) -> tuple[Value, Type]:
    """A value of the given canonical unit."""
    if unit in SECONDS:
        return Duration(0, amount * SECONDS[unit]), DURATION
    if unit in MONTHS:
        months = amount * MONTHS[unit]
        if months.denominator != 1:
            raise ValueError(f"`{fmt_number(amount)} {unit}` is not a whole number of months")
        return Duration(int(months), Fraction(0)), DURATION
    if unit == "tenge":
        return Money(amount), MONEY
    if unit == "%":
        return Percent(amount), PERCENT
    raise ValueError(f"unknown unit `{unit}`")


def parse_number(text: str) -> Fraction:
    return Fraction(text.replace("_", "").replace(",", ""))


# ---------------------------------------------------------------------------- display
def fmt_number(value: Fraction | int) -> str:
    value = Fraction(value)
    if value.denominator == 1:
        return f"{int(value):,}"
    text = f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return text


def _plural(amount: Fraction, unit: str) -> str:
    return f"{fmt_number(amount)} {unit[:-1] if amount == 1 else unit}"


def fmt_duration(value: Duration, unit: str | None = None) -> str:
    """`60 hours`, `3 days`, `2 months`; in `unit` when one is given and it fits exactly enough."""
    sign = "-" if (value.months < 0 or (value.months == 0 and value.seconds < 0)) else ""
    if sign:
        value = -value
    parts: list[str] = []
    if value.months:
        if (unit in MONTHS and unit == "years" and value.months % 12 == 0) or (
            value.months >= 12 and value.months % 12 == 0 and unit != "months"
        ):
            parts.append(_plural(Fraction(value.months, 12), "years"))
        else:
            parts.append(_plural(Fraction(value.months), "months"))
    secs = value.seconds
    if secs or not parts:
        if unit in SECONDS:
            parts.append(_plural(secs / SECONDS[unit], unit))
        elif (unit in MONTHS and not value.months) or (secs % DAY == 0 and secs >= DAY):
            parts.append(_plural(secs / DAY, "days"))
        elif secs % 60 == 0 and secs % 3600 != 0 and secs < 3600:
            parts.append(_plural(secs / 60, "minutes"))
        else:
            parts.append(_plural(secs / 3600, "hours"))
    return sign + " ".join(parts)


def fmt_value(value: object, unit: str | None = None) -> str:
    """A value as a lawyer reads it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Duration):
        return fmt_duration(value, unit)
    if isinstance(value, Money):
        return f"{fmt_number(value.amount)} tenge"
    if isinstance(value, Percent):
        return f"{fmt_number(value.value)}%"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(value)) + "}" if value else "none"
    if isinstance(value, int | Fraction):
        text = fmt_number(value)
        if unit and value == 1 and unit.endswith("s"):  # 1 year, 1 person
            unit = unit[:-1]
        return f"{text} {unit}" if unit else text
    return str(value)
