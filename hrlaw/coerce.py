"""A scenario's raw values (YAML text or Python objects) -> typed values of the fact vocabulary."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Final

from hrlaw import model as m
from hrlaw.diagnostics import did_you_mean
from hrlaw.ops import compare
from hrlaw.units import (
    MONEY_UNITS,
    PERCENT_UNITS,
    TIME_UNITS,
    canonical_unit,
    quantity,
    suggest_unit,
)
from hrlaw.values import Between, Duration, Money, Percent, Period, Value

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
    if isinstance(value, Between):
        for end in (value.lo, value.hi):
            if end is not None:
                _in_range(end)  # type: ignore[arg-type]
        return
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
    elif isinstance(value, int | Fraction | Money | Percent) and not isinstance(value, bool):
        amount = (
            value.amount
            if isinstance(value, Money)
            else value.value
            if isinstance(value, Percent)
            else Fraction(value)
        )
        if abs(amount) > MAX_MAGNITUDE:
            raise CoerceError("the number is too large", "check the digits")


_ORDERED = {
    m.Kind.INTEGER,
    m.Kind.NUMBER,
    m.Kind.DURATION,
    m.Kind.MONEY,
    m.Kind.PERCENT,
    m.Kind.DATE,
    m.Kind.DATETIME,
}
# `under 16`, `at least 14`, `more than 48 hours`, `< 16`, `before 2021-08`: (hi or lo, open)
_BOUNDS: Final = [
    (re.compile(r"(?:under|below|less than|before|<(?!=))\s*(.+)", re.I | re.S), "hi", True),
    (
        re.compile(r"(?:at most|no more than|not more than|on or before|<=)\s*(.+)", re.I | re.S),
        "hi",
        False,
    ),
    (re.compile(r"(?:over|above|more than|after|>(?!=))\s*(.+)", re.I | re.S), "lo", True),
    (
        re.compile(r"(?:at least|no less than|not less than|on or after|>=)\s*(.+)", re.I | re.S),
        "lo",
        False,
    ),
]
_BETWEEN: Final = re.compile(r"between\s+(.+?)\s+and\s+(.+)", re.I | re.S)


def accepted_forms(fact: m.Fact) -> list[str]:
    """The forms a scenario may give a fact in, as examples (`hrlaw facts`)."""
    kind = fact.type.kind
    values = fact.type.values
    unit = f" {fact.unit}" if fact.unit and kind in (m.Kind.INTEGER, m.Kind.NUMBER) else ""
    examples = {
        m.Kind.BOOL: ["true", "false"],
        m.Kind.INTEGER: [f"16{unit}", f"under 16{unit}", f"at least 14{unit}", "between 14 and 15"],
        m.Kind.NUMBER: ["1.5", "125%", "more than 1.25", "between 1 and 2"],
        m.Kind.DURATION: ["60 hours", "3 days", "more than 48 hours", "between 2 and 3 days"],
        m.Kind.DATE: ["2021-06-10", "2021-06 (a month)", "2021 (a year)", "before 2021-08"],
        m.Kind.DATETIME: ["2021-06-10T08:00", "2021-06-10 (a day)", "after 2021-06-10T08:00"],
        m.Kind.MONEY: ["150000 tenge", "at least 100000 tenge"],
        m.Kind.PERCENT: ["50%", "at least 50%"],
        m.Kind.ENUM: [fact.type.values[0]] if fact.type.values else [],
        m.Kind.SET: [
            f"[{', '.join(values[:2])}] (the complete list)",
            "[] (none)",
            f"{{includes: [{values[0]}], excludes: [{values[-1]}]}} (what is known; the rest open)",
        ]
        if values
        else [],
    }
    return examples.get(kind, [])


def coerce(fact: m.Fact, raw: object) -> Value:
    """The typed value of `raw` for `fact`; raise CoerceError with help when it does not fit.
    An ordered fact may be known partly: a bound, a range or an imprecise date (a `Between`)."""
    kind = fact.type.kind
    try:
        value: Value | None = None
        if kind in _ORDERED and isinstance(raw, str):
            value = _partial(fact, raw)
        if value is None:
            value = _coerce(fact.type, _without_unit(fact, raw))
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


def _without_unit(fact: m.Fact, raw: object) -> object:
    """`15 years` for an integer fact counted in years is 15."""
    if (
        not isinstance(raw, str)
        or not fact.unit
        or fact.type.kind not in (m.Kind.INTEGER, m.Kind.NUMBER)
    ):
        return raw
    words = {fact.unit.lower(), fact.unit.lower().rstrip("s")}
    match = re.fullmatch(r"\s*(\S+)\s+([A-Za-z]+)\s*", raw)
    if match and match.group(2).lower() in words:
        return match.group(1)
    return raw


def _partial(fact: m.Fact, raw: str) -> Between | None:
    """A bound (`under 16`), a range (`between 14 and 15`) or an imprecise date (`2021-08`);
    None when `raw` is none of these."""
    text = raw.strip()
    match = _BETWEEN.fullmatch(text)
    if match:
        first, second = match.group(1), match.group(2)
        unit = re.fullmatch(r"\s*[-+0-9.,_]+\s+([^\s0-9]+)\s*", second)
        if unit and re.fullmatch(r"\s*[-+0-9.,_]+\s*", first):
            first = f"{first} {unit.group(1)}"  # `between 60 and 70 hours`: one unit for both
        low, high = _span(fact, first)[0], _span(fact, second)[1]
        if low is not None and high is not None and compare(">", low, high) is True:
            raise CoerceError(f"`{_show(text)}` is an empty range", "write the smaller value first")
        return normal_range(fact, Between(low, high, False, False, text))
    for pattern, side, open_ in _BOUNDS:
        match = pattern.fullmatch(text)
        if match:
            lo, hi = _span(fact, match.group(1))
            value: Between
            if side == "hi":  # under X: below all of X; at most X: up to the end of X
                value = Between(None, lo if open_ else hi, False, open_, text)
            else:
                value = Between(hi if open_ else lo, None, open_, False, text)
            return normal_range(fact, value)
    if fact.type.kind in (m.Kind.DATE, m.Kind.DATETIME):
        imprecise = _imprecise(fact.type.kind, text)
        if imprecise is not None:
            return imprecise
    return None


def _span(fact: m.Fact, text: str) -> tuple[object, object]:
    """The lowest and highest value `text` can mean for `fact` (a month for `2021-08`)."""
    if fact.type.kind in (m.Kind.DATE, m.Kind.DATETIME):
        imprecise = _imprecise(fact.type.kind, text.strip())
        if imprecise is not None:
            return imprecise.lo, imprecise.hi
    value = _coerce(fact.type, _without_unit(fact, text))
    if value is None or isinstance(value, bool):
        raise CoerceError(
            f"`{_show(text)}` is not a valid {fact.type} for `{fact.name}`",
            f"write {_EXAMPLE.get(fact.type.kind, 'a value')}",
        )
    return value, value


def normal_range(fact: m.Fact, value: Between) -> Between:
    """A range within what the fact can be: a length is never negative (`under 3 hours` is
    from 0 up to 3 hours); whole numbers have closed ends (`under 16` is at most 15)."""
    if fact.type.kind is m.Kind.DURATION:
        lo = value.lo
        if lo is None or (isinstance(lo, Duration) and lo.compare(Duration()) < 0):
            return Between(Duration(), value.hi, False, value.hi_open, value.stated)
        return value
    if fact.type.kind is not m.Kind.INTEGER:
        return value
    lo, hi = value.lo, value.hi
    if isinstance(lo, int) and value.lo_open:
        lo = lo + 1
    if isinstance(hi, int) and value.hi_open:
        hi = hi - 1
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
        raise CoerceError(f"`{_show(value.stated)}` leaves no whole number", "check the bounds")
    return Between(lo, hi, False, False, value.stated)


def _imprecise(kind: m.Kind, text: str) -> Between | None:
    """`2021-08` (a month), `2021` (a year), and for a datetime fact also `2021-08-05` (a day)."""
    start: date | None = None
    end: date | None = None
    if re.fullmatch(r"[0-9]{4}", text):
        start, end = date(int(text), 1, 1), date(int(text), 12, 31)
    elif re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        year, month = int(text[:4]), int(text[5:])
        if not 1 <= month <= 12:
            raise CoerceError(f"`{text}` is not a real month", "write YYYY-MM, e.g. 2021-08")
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    elif kind is m.Kind.DATETIME and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        start = end = parse_date(text)
    if start is None or end is None:
        return None
    if kind is m.Kind.DATE:
        return Between(start, end, False, False, text)
    after = datetime.combine(end + timedelta(days=1), datetime.min.time())
    return Between(datetime.combine(start, datetime.min.time()), after, False, True, text)


def _show(text: str) -> str:
    return text if len(text) <= 60 else text[:60] + "…"


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
        if isinstance(raw, str) and re.fullmatch(rf"\s*{_NUMBER}\s*%\s*", raw):  # 125% = 1.25
            return Fraction(raw.strip().rstrip("%").strip().replace("_", "").replace(",", "")) / 100
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
            return parse_datetime(raw)
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


def parse_when(text: str) -> date | Period:
    """The date of the events: a day (`2021-06-10`), or a month (`2021-08`) or a year (`2021`)
    when the report is no more precise."""
    text = text.strip()
    if re.fullmatch(r"[0-9]{4}(-[0-9]{2})?", text):
        span = _imprecise(m.Kind.DATE, text)
        assert span is not None and isinstance(span.lo, date) and isinstance(span.hi, date)
        if not (span.lo >= EARLIEST and span.hi <= LATEST):
            raise CoerceError(
                f"`{text}` is outside the supported years 1900 to 2100", "check the year"
            )
        return Period(span.lo, span.hi, text)
    try:
        return parse_date(text)
    except CoerceError:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise  # a day, written as one: its own error (not a real day, outside the years)
        raise CoerceError(
            f"`{_show(text)}` is not a valid date of the events",
            "write a day (2021-06-10), a month (2021-08) or a year (2021)",
        ) from None


def parse_datetime(text: str) -> datetime:
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
