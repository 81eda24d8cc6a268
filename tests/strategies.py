"""Hypothesis strategies for fact values, by fact type (shared by the property tests)."""

from __future__ import annotations

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


def value_of(fact: Fact) -> st.SearchStrategy[object]:
    kind, values = fact.type.kind, fact.type.values
    # within the fact's declared range (a value outside it is an input error, not a case)
    low = fact.minimum if fact.minimum is not None else Fraction(0)
    high = fact.maximum
    amounts = st.fractions(min_value=low, max_value=high if high is not None else 2_000_000,
                           max_denominator=100)  # fmt: skip
    strategies: dict[Kind, st.SearchStrategy[object]] = {
        Kind.BOOL: st.booleans(),
        Kind.INTEGER: st.integers(int(low), int(high) if high is not None else 120),
        Kind.NUMBER: st.fractions(
            min_value=low, max_value=high if high is not None else 1000, max_denominator=100
        ),
        Kind.DURATION: durations(),
        Kind.DATE: st.dates(FIRST_DAY, LAST_DAY),
        Kind.DATETIME: minutes(),
        Kind.MONEY: amounts.map(Money),
        Kind.PERCENT: st.integers(0, 200).map(lambda n: Percent(Fraction(n))),
    }
    if kind is Kind.ENUM:
        return st.sampled_from(values)
    if kind is Kind.SET:
        return st.frozensets(st.sampled_from(values))
    if kind not in strategies:
        raise AssertionError(f"no strategy for `{fact.name}`: {fact.type}")
    return strategies[kind]
