"""Hypothesis strategies for fact values, by fact type, uniform over each type's range (the engine's
own tests; `hrlaw.testing` draws scenarios biased to the rules' thresholds)."""

from __future__ import annotations

import math
from datetime import date, datetime
from fractions import Fraction

from hypothesis import strategies as st

from hrlaw.model import Fact, Kind
from hrlaw.values import Duration, Money, Percent

FIRST_DAY, LAST_DAY = date(2016, 1, 1), date(2022, 12, 31)


def durations() -> st.SearchStrategy[Duration]:
    hours = st.integers(0, 400).map(lambda h: Duration(0, Fraction(h * 3600)))
    months = st.integers(0, 30).map(lambda n: Duration(n, Fraction(0)))
    return st.one_of(hours, months)


def minutes() -> st.SearchStrategy[datetime]:
    return st.datetimes(
        min_value=datetime(2016, 1, 1),
        max_value=datetime(2022, 12, 31, 23, 59),
        timezones=st.none(),
    ).map(lambda moment: moment.replace(second=0, microsecond=0))


def hundredths(low: Fraction, high: Fraction) -> st.SearchStrategy[Fraction]:
    """Numbers from `low` to `high` in steps of a hundredth."""
    return st.integers(math.ceil(low * 100), math.floor(high * 100)).map(lambda n: Fraction(n, 100))


def value_of(fact: Fact) -> st.SearchStrategy[object]:
    kind, values = fact.type.kind, fact.type.values
    # within the fact's declared range (a value outside it is an input error, not a case)
    low = fact.minimum if fact.minimum is not None else Fraction(0)
    high = fact.maximum
    # amounts and numbers in hundredths: the values a scenario can state (as decimals)
    amounts = hundredths(low, high if high is not None else Fraction(2_000_000))
    strategies: dict[Kind, st.SearchStrategy[object]] = {
        Kind.BOOL: st.booleans(),
        Kind.INTEGER: st.integers(int(low), int(high) if high is not None else 120),
        Kind.NUMBER: hundredths(low, high if high is not None else Fraction(1000)),
        Kind.DURATION: durations(),
        Kind.DATE: st.dates(FIRST_DAY, LAST_DAY),
        Kind.DATETIME: minutes(),
        Kind.MONEY: amounts.map(Money),
        Kind.PERCENT: st.integers(int(low), int(high) if high is not None else 200).map(
            lambda n: Percent(Fraction(n))
        ),
    }
    if kind is Kind.ENUM:
        return st.sampled_from(values)
    if kind is Kind.SET:
        return st.frozensets(st.sampled_from(values))
    if kind not in strategies:
        raise AssertionError(f"no strategy for `{fact.name}`: {fact.type}")
    return strategies[kind]
