"""A scenario's raw values (YAML text or Python objects) -> typed values of the fact vocabulary."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from hrlaw import model as m
from hrlaw.diagnostics import did_you_mean
from hrlaw.units import (
    MONEY_UNITS,
    PERCENT_UNITS,
    TIME_UNITS,
    canonical_unit,
    quantity,
    suggest_unit,
)
from hrlaw.values import Duration, Money, Percent, Value

_NUMBER = r"[+-]?[0-9][0-9_,]*(?:\.[0-9]+)?"
_QUANTITY = re.compile(rf"\s*({_NUMBER})\s*([A-Za-z%]+)\s*")
_UNKNOWN = {"", "~", "null", "unknown"}
_TRUE, _FALSE = {"true", "yes"}, {"false", "no"}
_EXAMPLE = {
    m.Kind.BOOL: "true or false",
    m.Kind.INTEGER: "a whole number such as 16",
    m.Kind.NUMBER: "a number such as 1.5",
    m.Kind.DURATION: "a duration with a unit, such as `60 hours`, `3 days`, `2 months`",
    m.Kind.DATE: "a date such as 2021-06-10",
    m.Kind.DATETIME: "a date and time such as 2021-06-10T08:00",
    m.Kind.MONEY: "an amount in tenge, such as `150000 tenge`",
    m.Kind.PERCENT: "a percentage such as `50%`",
}


class CoerceError(ValueError):
    def __init__(self, message: str, help: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.help = help


def is_unknown(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip().lower() in _UNKNOWN)


EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
MAX_DURATION = Duration(200 * 12)  # no period of law this tool reasons about is longer
MAX_MAGNITUDE = Fraction(10**15)  # tenge, counts and numbers beyond this are typing mistakes


def _in_range(value: Value) -> None:
    """Reject values no real case has, before calendar arithmetic could overflow on them."""
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if not EARLIEST <= day <= LATEST:
            raise CoerceError(
                f"`{value.isoformat()}` is outside the supported years 1900 to 2100",
                "check the year",
            )
    elif isinstance(value, Duration):
        if value.months < 0 or value.seconds < 0:
            raise CoerceError("a duration cannot be negative", "write e.g. `60 hours`")
        if value.compare(MAX_DURATION) > 0:
            raise CoerceError("a duration longer than 200 years is not supported", None)
    elif not isinstance(value, bool | str | frozenset):
        amount = (
            value.amount
            if isinstance(value, Money)
            else value.value
            if isinstance(value, Percent)
            else Fraction(value)
        )
        if abs(amount) > MAX_MAGNITUDE:
            raise CoerceError("the number is too large", "check the digits")


def coerce(fact: m.Fact, raw: object) -> Value:
    """The typed value of `raw` for `fact`; raise CoerceError with help when it does not fit."""
    kind = fact.type.kind
    try:
        value = _coerce(fact.type, raw)
        if value is not None:
            _in_range(value)
    except CoerceError:
        raise
    except (ValueError, ArithmeticError, TypeError):
        value = None
    if value is None:
        shown = raw if isinstance(raw, str) else type(raw).__name__
        example = _EXAMPLE.get(kind) or f"one of {{{', '.join(fact.type.values)}}}"
        raise CoerceError(
            f"`{shown}` is not a valid {fact.type} for `{fact.name}`", f"write {example}"
        )
    return value


def _coerce(t: m.Type, raw: object) -> Value | None:
    K = m.Kind
    kind = t.kind
    if kind is K.BOOL:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
            return raw.strip().lower() in _TRUE
        return None
    if isinstance(raw, bool):
        return None
    if kind is K.INTEGER:
        if isinstance(raw, int):
            return raw
        if isinstance(raw, str) and re.fullmatch(r"\s*[+-]?[0-9][0-9_]*\s*", raw):
            return int(raw.replace("_", ""))
        return None
    if kind is K.NUMBER:
        if isinstance(raw, int | Fraction):
            return Fraction(raw)
        if isinstance(raw, float | Decimal):
            return Fraction(str(raw))
        if isinstance(raw, str) and re.fullmatch(rf"\s*{_NUMBER}\s*", raw):
            return Fraction(raw.strip().replace("_", "").replace(",", ""))
        return None
    if kind is K.DURATION:
        return _duration(raw)
    if kind is K.DATE:
        if isinstance(raw, datetime):
            raise CoerceError("a date is needed, not a date and time", "write e.g. 2021-06-10")
        if isinstance(raw, date):
            return raw
        if isinstance(raw, str):
            return parse_date(raw)
        return None
    if kind is K.DATETIME:
        if isinstance(raw, datetime):
            return _naive(raw)
        if isinstance(raw, date):
            raise CoerceError(
                "a date and time is needed, not only a date",
                f"add the time, e.g. {raw.isoformat()}T08:00",
            )
        if isinstance(raw, str):
            return _datetime(raw)
        return None
    if kind is K.MONEY:
        if isinstance(raw, Money):
            return raw
        return _unit_value(raw, set(MONEY_UNITS), "tenge")
    if kind is K.PERCENT:
        if isinstance(raw, Percent):
            return raw
        return _unit_value(raw, PERCENT_UNITS, "%")
    if kind is K.ENUM:
        if not isinstance(raw, str):
            return None
        return _member(raw.strip(), t)
    if kind is K.SET:
        if isinstance(raw, str):
            raise CoerceError(
                "a list of values is needed",
                f"write a YAML list such as [{', '.join(t.values[:2])}]",
            )
        if not isinstance(raw, list | tuple | set | frozenset):
            return None
        members = []
        for item in raw:
            if not isinstance(item, str):
                return None
            members.append(_member(item.strip(), t))
        return frozenset(members)
    return None


def _member(word: str, t: m.Type) -> str:
    if word in t.values:
        return word
    raise CoerceError(
        f"`{word}` is not one of {{{', '.join(t.values)}}}",
        did_you_mean(word, t.values) or "use one of the listed values",
    )


def _duration(raw: object) -> Duration | None:
    if isinstance(raw, Duration):
        return raw
    if isinstance(raw, timedelta):
        return Duration(
            0, Fraction(raw.days * 86400 + raw.seconds) + Fraction(raw.microseconds, 10**6)
        )
    if not isinstance(raw, str):
        if isinstance(raw, int | float):
            raise CoerceError(f"`{raw}` has no unit", "write e.g. `60 hours` or `3 days`")
        return None
    total = Duration()
    pos = 0
    text = raw.strip()
    if re.fullmatch(_NUMBER, text):
        raise CoerceError(f"`{text}` has no unit", f"write e.g. `{text} hours` or `{text} days`")
    while pos < len(text):
        match = _QUANTITY.match(text, pos)
        if match is None:
            return None
        unit = canonical_unit(match.group(2).lower()) or canonical_unit(match.group(2))
        if unit not in TIME_UNITS:
            raise CoerceError(f"unknown time unit `{match.group(2)}`", suggest_unit(match.group(2)))
        amount = Fraction(match.group(1).replace("_", "").replace(",", ""))
        try:
            value, _ = quantity(amount, unit)
        except ValueError as exc:
            raise CoerceError(str(exc), "write whole months, or use days") from None
        assert isinstance(value, Duration)
        total = total + value
        pos = match.end()
    return total if text else None


def _unit_value(raw: object, units: set[str], canon: str) -> Value | None:
    if isinstance(raw, int | float | Fraction | Decimal) and not isinstance(raw, bool):
        raise CoerceError(
            f"`{raw}` has no unit",
            "write e.g. `150000 tenge`" if canon == "tenge" else "write e.g. `50%`",
        )
    if not isinstance(raw, str):
        return None
    if re.fullmatch(rf"\s*{_NUMBER}\s*", raw):
        example = f"{raw.strip()} tenge" if canon == "tenge" else f"{raw.strip()}%"
        raise CoerceError(f"`{raw.strip()}` has no unit", f"write e.g. `{example}`")
    match = _QUANTITY.fullmatch(raw)
    if match is None or match.group(2) not in units | {u.lower() for u in units}:
        return None
    value, _ = quantity(Fraction(match.group(1).replace("_", "").replace(",", "")), canon)
    return value


def parse_date(text: str) -> date:
    """An ISO calendar date `YYYY-MM-DD` (not `20210610` nor `2021-W23-4`) in 1900-2100."""
    text = text.strip()
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
        else:
            _in_range(day)
            return day
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ].*", text):
        raise CoerceError(f"`{text}` is a date and time; a date is needed", "write e.g. 2021-06-10")
    raise CoerceError(f"`{text}` is not a valid date", "write YYYY-MM-DD, e.g. 2021-06-10")


def _datetime(text: str) -> datetime:
    text = text.strip()
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise CoerceError(f"`{text}` has no time of day", f"add the time, e.g. {text}T08:00")
    if not re.fullmatch(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
        r"([+-][0-9]{2}:?[0-9]{2}|Z)?",
        text,
    ):
        raise CoerceError(
            f"`{text}` is not a valid date and time",
            "write YYYY-MM-DDTHH:MM, e.g. 2021-06-10T08:00",
        )
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CoerceError(
            f"`{text}` is not a real date and time", "check the day, month, hour and minute"
        ) from None
    return _naive(moment)


def _naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        raise CoerceError(
            "times with a UTC offset are not supported",
            "write the local time of the events without an offset",
        )
    return value
