"""Values and units: durations, calendar arithmetic, scenario value parsing, display."""

from __future__ import annotations

from datetime import date, datetime, time
from fractions import Fraction

import pytest

from hrlaw import model as m
from hrlaw.coerce import CoerceError, coerce
from hrlaw.units import fmt_value
from hrlaw.values import Duration, Money, Percent, add_months, between, shift

H = 3600
DAY = 86400


def fact(t: m.Type) -> m.Fact:
    return m.Fact("case.x", t, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60 hours", Duration(0, Fraction(60 * H))),
        ("1 hour", Duration(0, Fraction(H))),
        ("2 days 12 hours", Duration(0, Fraction(60 * H))),
        ("1.5 hours", Duration(0, Fraction(90 * 60))),
        ("2 months", Duration(2)),
        ("1 year", Duration(12)),
        ("3 weeks", Duration(0, Fraction(21 * DAY))),
    ],
)
def test_durations_are_read_with_units(text: str, expected: Duration) -> None:
    assert coerce(fact(m.DURATION), text) == expected


@pytest.mark.parametrize(
    ("t", "raw", "message", "help"),
    [
        (m.DURATION, "60", "`60` has no unit", "write e.g. `60 hours` or `60 days`"),
        (m.DURATION, "60 horus", "unknown time unit `horus`", "did you mean `hours`?"),
        (m.DURATION, "1.5 months", "`1.5 months` is not a whole number of months", None),
        (m.DATE, "2021-02-30", "`2021-02-30` is not a valid date", None),
        (m.DATETIME, "2021-06-10T25:00", "`2021-06-10T25:00` is not a real date and time", None),
        (m.DATETIME, "2021-06-10T08:00+05:00", "times with a UTC offset are not supported", None),
        (m.MONEY, "1500", "`1500` has no unit", "write e.g. `1500 tenge`"),
        (m.DURATION, "-5 years", "a duration cannot be negative", None),
        (m.DURATION, "300 years", "a duration longer than 200 years is not supported", None),
        (m.DATE, "9999-12-01", "`9999-12-01` is outside the supported years 1900 to 2100", None),
        (m.INTEGER, "１２", "`１２` is not a valid integer", None),  # full-width digits
        (m.BOOL, "maybe", "`maybe` is not a valid bool for `case.x`", "write true or false"),
        (m.Type(m.Kind.ENUM, ("grave", "minor")), "grav", "`grav` is not one of", "did you mean"),
    ],
)
def test_bad_values_say_what_to_write(t: m.Type, raw: str, message: str, help: str | None) -> None:
    with pytest.raises(CoerceError) as err:
        coerce(fact(t), raw)
    assert err.value.message.startswith(message)
    if help is not None:
        assert err.value.help is not None and err.value.help.startswith(help)


def test_typed_python_values_are_accepted() -> None:
    assert coerce(fact(m.BOOL), True) is True
    assert coerce(fact(m.INTEGER), 16) == 16
    assert coerce(fact(m.NUMBER), 1.5) == Fraction(3, 2)
    assert coerce(fact(m.MONEY), "150,000 tenge") == Money(Fraction(150000))
    assert coerce(fact(m.MONEY), "2000 KZT") == Money(Fraction(2000))
    assert coerce(fact(m.PERCENT), "50%") == Percent(Fraction(50))
    assert coerce(fact(m.DATETIME), "2021-06-10 08:00") == datetime(2021, 6, 10, 8, 0)
    assert coerce(fact(m.Type(m.Kind.SET, ("a", "b"))), ["b"]) == frozenset({"b"})
    with pytest.raises(CoerceError):
        coerce(fact(m.INTEGER), True)  # a bool is not a number


def test_calendar_month_arithmetic_clamps_to_month_end() -> None:
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2021, 11, 30), 3) == date(2022, 2, 28)
    assert shift(date(2017, 1, 31), Duration(2)) == date(2017, 3, 31)
    assert shift(datetime(2021, 6, 10, 8), Duration(0, Fraction(48 * H))) == datetime(
        2021, 6, 12, 8
    )


def test_between_datetimes_is_exact() -> None:
    assert between(datetime(2021, 6, 12, 20), datetime(2021, 6, 10, 8)) == Duration(
        0, Fraction(60 * H)
    )


def test_duration_comparisons_across_calendar_and_exact_units() -> None:
    assert Duration(1) < Duration(0, Fraction(32 * DAY))  # any month is shorter than 32 days
    assert Duration(1) > Duration(0, Fraction(27 * DAY))
    assert Duration(12) > Duration(0, Fraction(364 * DAY))
    assert Duration(24) == Duration(24)
    assert Duration(0, Fraction(48 * H)) <= Duration(0, Fraction(48 * H))


@pytest.mark.parametrize(
    ("start", "end", "limit", "sign"),
    [
        (date(2021, 1, 10), date(2021, 3, 10), Duration(2), 0),  # exactly two months
        (date(2021, 1, 10), date(2021, 3, 11), Duration(2), 1),  # 60 days, a mean month says 0
        (date(2021, 1, 10), date(2021, 3, 9), Duration(2), -1),
        (date(2021, 1, 31), date(2021, 2, 28), Duration(1), 0),  # the month end, clamped
        (date(2016, 3, 1), date(2021, 3, 1), Duration(60), 0),  # five years, a leap day inside
        (date(2016, 3, 1), date(2021, 2, 28), Duration(60), -1),
        (datetime(2021, 1, 10, 8), datetime(2021, 3, 10, 9), Duration(2), 1),
        (date(2021, 1, 10), date(2021, 3, 10), Duration(2, Fraction(H)), -1),  # 2 months 1 hour
    ],
)
def test_the_time_between_two_dates_is_measured_in_calendar_months(
    start: date, end: date, limit: Duration, sign: int
) -> None:
    """`end - start <= 2 months` says what `end <= start + 2 months` says."""
    span = between(end, start)
    assert span.compare(limit) == sign and limit.compare(span) == -sign
    begin, until = (
        d if isinstance(d, datetime) else datetime.combine(d, time()) for d in (start, end)
    )
    assert (shift(begin, limit) > until) - (shift(begin, limit) < until) == -sign
    assert span == Duration(0, span.seconds)  # the start is not part of the value


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (Duration(0, Fraction(60 * H)), "hours", "60 hours"),
        (Duration(0, Fraction(60 * H)), None, "60 hours"),
        (Duration(0, Fraction(3 * DAY)), None, "3 days"),
        (Duration(0, Fraction(90 * 60)), "hours", "1.5 hours"),
        (Duration(2), None, "2 months"),
        (Duration(24), None, "2 years"),
        (Duration(1), None, "1 month"),
        (Money(Fraction(150000)), None, "150,000 tenge"),
        (Percent(Fraction(50)), None, "50%"),
        (True, None, "yes"),
        (frozenset({"b", "a"}), None, "{a, b}"),
        (frozenset(), None, "none"),
        (datetime(2021, 6, 10, 8), None, "2021-06-10 08:00"),
    ],
)
def test_values_are_shown_in_plain_words(value: object, unit: str | None, shown: str) -> None:
    assert fmt_value(value, unit) == shown


def test_a_quotient_of_ranges_unbounded_on_both_sides_keeps_its_sign() -> None:
    """At most 0 tenge over at least 0.01 tenge is at most 0: both ends unbounded at one corner
    give an unbounded end of the known sign, not a quotient about which nothing is known."""
    from hrlaw.ops import compare, div
    from hrlaw.values import Between

    def tenge(x: str) -> Money:
        return Money(Fraction(x))

    pay = Between(None, tenge("0"), False, False, "")
    regular = Between(tenge("0.01"), None, False, False, "")
    ratio = div(pay, regular)
    assert isinstance(ratio, Between)
    assert (ratio.lo, ratio.hi) == (None, 0)
    assert compare(">=", ratio, Fraction(3, 2)) is False
    both_negative = div(
        Between(None, tenge("-5"), False, False, ""), Between(None, tenge("-1"), False, False, "")
    )
    assert isinstance(both_negative, Between)
    assert (both_negative.lo, both_negative.hi) == (0, None)
    either = div(Between(None, None, False, False, ""), regular)
    assert isinstance(either, Between) and (either.lo, either.hi) == (None, None)
