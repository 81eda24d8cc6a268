"""Runtime values: quantities with units, calendar arithmetic, three-valued logic's unknown."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction

SECONDS = {"minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}
MONTHS = {"months": 1, "years": 12}
DAY = 86400


@dataclass(frozen=True)
class Period:
    """An imprecise date of the events: every day from `start` to `end`, as stated (`2021-08`)."""

    start: date
    end: date
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, order=False)
class Duration:
    """A span of time: calendar months plus exact seconds (a month has no fixed length).
    `since` is the moment it starts from when it is the time between two dates (`between`): it
    is then measured against calendar months on the calendar (the time from 10 January to 11
    March is more than two months), not by a month's mean length. It is not part of the value."""

    months: int = 0
    seconds: Fraction = Fraction(0)
    since: date | None = field(default=None, compare=False, repr=False)

    def __add__(self, other: Duration) -> Duration:
        return Duration(self.months + other.months, self.seconds + other.seconds)

    def __sub__(self, other: Duration) -> Duration:
        return Duration(self.months - other.months, self.seconds - other.seconds)

    def __neg__(self) -> Duration:
        return Duration(-self.months, -self.seconds)

    def scale(self, factor: Fraction) -> Duration:
        months = self.months * factor
        if months.denominator == 1:
            return Duration(int(months), self.seconds * factor)
        # a fraction of a month has no calendar meaning: use the mean month (365.2425 / 12 days)
        return Duration(0, self.seconds * factor + months * MEAN_MONTH)

    def bounds(self) -> tuple[Fraction, Fraction]:
        """The shortest and longest length in seconds, over every possible calendar position."""
        lo_month, hi_month = (28, 31) if self.months >= 0 else (31, 28)
        lo = self.seconds + self.months * lo_month * DAY
        hi = self.seconds + self.months * hi_month * DAY
        if self.months % 12 == 0 and self.months:
            years = self.months // 12
            lo_y, hi_y = (365, 366) if years > 0 else (366, 365)
            lo, hi = self.seconds + years * lo_y * DAY, self.seconds + years * hi_y * DAY
        return lo, hi

    def compare(self, other: Duration) -> int:
        """-1, 0 or 1. Calendar and exact parts are compared exactly where that is possible;
        otherwise by bounds; otherwise (ambiguous) by the mean month."""
        anchor = self.since if self.since is not None else other.since
        if anchor is not None and (self.months or other.months):
            if not isinstance(anchor, datetime):  # from midnight: parts of a day still count
                anchor = datetime.combine(anchor, time())
            try:
                mine, theirs = shift(anchor, self), shift(anchor, other)
            except (OverflowError, ValueError):  # beyond the calendar: compared as below
                pass
            else:
                return (mine > theirs) - (mine < theirs)
        diff = self - other
        if diff.months == 0 or diff.seconds == 0:
            key = diff.seconds if diff.months == 0 else Fraction(diff.months)
            return (key > 0) - (key < 0)
        lo, hi = diff.bounds()
        if lo > 0:
            return 1
        if hi < 0:
            return -1
        mean = diff.seconds + diff.months * MEAN_MONTH
        return (mean > 0) - (mean < 0)

    def __lt__(self, other: Duration) -> bool:
        return self.compare(other) < 0

    def __le__(self, other: Duration) -> bool:
        return self.compare(other) <= 0

    def __gt__(self, other: Duration) -> bool:
        return self.compare(other) > 0

    def __ge__(self, other: Duration) -> bool:
        return self.compare(other) >= 0


MEAN_MONTH = Fraction(365_2425, 12 * 10_000) * DAY


@dataclass(frozen=True, order=True)
class Money:
    """An amount in tenge (KZT)."""

    amount: Fraction


@dataclass(frozen=True, order=True)
class Percent:
    """A percentage: Percent(50) is 50%."""

    value: Fraction

    @property
    def ratio(self) -> Fraction:
        return self.value / 100


@dataclass(frozen=True)
class Unknown:
    """Three-valued logic's third value, carrying the input facts whose absence caused it."""

    missing: frozenset[str]

    def __bool__(self) -> bool:
        raise TypeError("an unknown value has no truth value")


def unknown(*parts: Unknown) -> Unknown:
    return Unknown(frozenset().union(*(p.missing for p in parts)))


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the day is clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


def shift(moment: date, span: Duration) -> date:
    """date or datetime plus a duration. A date moves by whole days only (the rest is dropped)."""
    moved = add_months(moment, span.months) if span.months else moment
    if isinstance(moved, datetime):
        return moved + timedelta(seconds=float(span.seconds))
    return moved + timedelta(days=int(span.seconds // DAY))


def between(later: date, earlier: date) -> Duration:
    """The exact duration between two dates or datetimes."""
    delta = later - earlier
    return Duration(
        0,
        Fraction(delta.days * DAY + delta.seconds) + Fraction(delta.microseconds, 10**6),
        earlier,
    )


@dataclass(frozen=True)
class Between:
    """Partial knowledge of an ordered value (a number, duration, amount, percentage, date or
    datetime): it lies between `lo` and `hi` (None: unbounded on that side), each end open or
    closed. `stated` is how the scenario put it ("under 16"), `facts` the facts it is about."""

    lo: object | None
    hi: object | None
    lo_open: bool = False
    hi_open: bool = False
    stated: str = ""
    facts: frozenset[str] = frozenset()

    def about(self, fact: str) -> Between:
        return Between(self.lo, self.hi, self.lo_open, self.hi_open, self.stated, frozenset({fact}))


@dataclass(frozen=True)
class PartialSet:
    """Partial knowledge of a set: members known to be in it and known to be out of it; the
    rest of `universe` is not known either way."""

    included: frozenset[str]
    excluded: frozenset[str]
    universe: frozenset[str]
    facts: frozenset[str] = frozenset()

    @property
    def open(self) -> frozenset[str]:
        return self.universe - self.included - self.excluded


Value = (
    bool
    | int
    | Fraction
    | Duration
    | date
    | datetime
    | Money
    | Percent
    | str
    | frozenset[str]
    | Between
    | PartialSet
)
