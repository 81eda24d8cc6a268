"""Partial knowledge (issue 8): bounds, ranges, imprecise dates, derived facts stated directly,
lists known in part; sound evaluation (supervaluation), missing facts that matter, explanations
that never say "unknown" inside a sentence."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest

import hrlaw
from hrlaw.coerce import CoerceError, coerce
from hrlaw.diagnostics import Code, HrlawError
from hrlaw.model import Fact, Kind, Type
from hrlaw.report import Verdict
from hrlaw.scenario import parse_scenario
from hrlaw.values import Between, Duration, Money, PartialSet, Period
from tests.helpers import book_from

BOOK = hrlaw.load_rulebook()


def check(text: str, book: hrlaw.RuleBook = BOOK) -> hrlaw.Report:
    return book.check(parse_scenario(text.encode(), "s.yaml"))


def fact(kind: Kind, unit: str | None = None) -> Fact:
    return Fact("case.x", Type(kind), unit, None)


HOURS = 3600


# ------------------------------------------------------------------------------- the forms
@pytest.mark.parametrize(
    ("kind", "unit", "text", "lo", "hi", "lo_open", "hi_open"),
    [
        (Kind.INTEGER, "years", "under 16", None, 15, False, False),  # whole numbers: at most 15
        (Kind.INTEGER, "years", "< 16", None, 15, False, False),
        (Kind.INTEGER, "years", "at least 14", 14, None, False, False),
        (Kind.INTEGER, "years", ">= 14", 14, None, False, False),
        (Kind.INTEGER, "years", "at most 15 years", None, 15, False, False),
        (Kind.INTEGER, "years", "over 15", 16, None, False, False),
        (Kind.INTEGER, "years", "between 14 and 15", 14, 15, False, False),
        (Kind.NUMBER, None, "more than 1.25", Fraction(5, 4), None, True, False),
        (Kind.NUMBER, None, "< 150%", None, Fraction(3, 2), False, True),
        (
            Kind.DURATION,
            None,
            "more than 48 hours",
            Duration(0, Fraction(48 * HOURS)),
            None,
            True,
            False,
        ),
        (
            Kind.DURATION,
            None,
            "between 60 and 70 hours",
            Duration(0, Fraction(60 * HOURS)),
            Duration(0, Fraction(70 * HOURS)),
            False,
            False,
        ),
        (Kind.MONEY, None, "at least 1000 tenge", Money(Fraction(1000)), None, False, False),
        (Kind.DATE, None, "2021-08", date(2021, 8, 1), date(2021, 8, 31), False, False),
        (Kind.DATE, None, "2020", date(2020, 1, 1), date(2020, 12, 31), False, False),
        (Kind.DATE, None, "before 2021-08", None, date(2021, 8, 1), False, True),
        (Kind.DATE, None, "on or before 2021-08", None, date(2021, 8, 31), False, False),
        (
            Kind.DATETIME,
            None,
            "2021-06-10",
            datetime(2021, 6, 10),
            datetime(2021, 6, 11),
            False,
            True,
        ),
    ],
)
def test_bounds_ranges_and_imprecise_values(
    kind: Kind,
    unit: str | None,
    text: str,
    lo: object,
    hi: object,
    lo_open: bool,
    hi_open: bool,
) -> None:
    value = coerce(fact(kind, unit), text)
    assert isinstance(value, Between)
    assert (value.lo, value.hi, value.lo_open, value.hi_open) == (lo, hi, lo_open, hi_open)


@pytest.mark.parametrize(
    ("kind", "unit", "text", "expected"),
    [
        (Kind.INTEGER, "years", "15 years", 15),  # the unit `hrlaw facts` displays
        (Kind.INTEGER, "years", "15 year", 15),
        (Kind.NUMBER, None, "125%", Fraction(5, 4)),  # a ratio given as a percentage
        (Kind.NUMBER, None, "1.25", Fraction(5, 4)),
    ],
)
def test_exact_values_in_the_forms_a_lawyer_writes(
    kind: Kind, unit: str | None, text: str, expected: object
) -> None:
    assert coerce(fact(kind, unit), text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (Kind.INTEGER, "between 16 and 14", "empty range"),
        (Kind.INTEGER, "under 0.5", "not a valid integer"),
        (Kind.DATE, "2021-13", "not a real month"),
        (Kind.INTEGER, "15 days", "not a valid integer"),  # not the fact's unit
        (Kind.DURATION, "under soon", "not a valid duration"),
    ],
)
def test_bad_ranges_are_refused_with_a_reason(kind: Kind, text: str, message: str) -> None:
    unit = "years" if kind is Kind.INTEGER else None
    with pytest.raises(CoerceError) as err:
        coerce(fact(kind, unit), text)
    assert message in err.value.message


def test_a_bad_range_in_a_scenario_is_a_located_input_error() -> None:
    with pytest.raises(HrlawError) as err:
        check("date: 2021-06-10\nfacts:\n  worker:\n    age: between 16 and 14\n")
    (diagnostic,) = err.value.diagnostics
    assert diagnostic.code is Code.INVALID_VALUE
    assert diagnostic.span is not None and diagnostic.span.location().endswith("4:10")


# ------------------------------------------------------------------------------- acceptance
EMPLOYED_NOT_LIGHT = """\
date: 2021-05-01
facts:
  worker:
    employed: true
    age: {age}
  work:
    light: false
    heavy_manual: false
    hazardous: false
"""


def test_under_16_breaches_the_minimum_age_in_every_completion() -> None:
    result = check(EMPLOYED_NOT_LIGHT.format(age="under 16")).result("child_labor.minimum_age")
    assert result.verdict is Verdict.VIOLATION
    assert "under 16 years" in result.explanation
    # the same verdict as each exact age the bound allows
    for age in (0, 13, 14, 15):
        exact = check(EMPLOYED_NOT_LIGHT.format(age=age)).result("child_labor.minimum_age")
        assert exact.verdict is Verdict.VIOLATION


def test_under_18_is_undetermined_and_asks_the_age_first() -> None:
    result = check(EMPLOYED_NOT_LIGHT.format(age="under 18")).result("child_labor.minimum_age")
    assert result.verdict is Verdict.UNDETERMINED
    assert [m.fact for m in result.missing] == ["worker.age"]


def test_an_imprecise_event_date_selects_the_law_it_lies_in() -> None:
    report = check("date: 2021-06\nfacts:\n  overtime:\n    worked: true\n    pay_ratio: 125%\n")
    assert report.scenario.date == "2021-06"
    assert (report.scenario.first_day, report.scenario.last_day) == (
        date(2021, 6, 1),
        date(2021, 6, 30),
    )
    assert report.notices == []
    result = report.result("overtime.premium_min_50pct")
    assert result.version == "kz2021"
    assert result.verdict is Verdict.VIOLATION  # 125% is below the 150% the law requires


def test_an_imprecise_date_between_the_reports_weighs_both_laws() -> None:
    report = check("date: 2019\nfacts:\n  overtime:\n    worked: true\n    pay_ratio: 125%\n")
    assert any("2019 falls between the reports" in n for n in report.notices)
    assert report.result("overtime.premium_min_50pct").version == "kz2017+kz2021"


def test_the_length_of_custody_stated_without_clock_times() -> None:
    text = """\
date: 2021-08
facts:
  arrest:
    made: true
  detention:
    court_approval_received: false
    released: true
    extension_ordered: false
    time_to_release: {length}
"""
    over = check(text.format(length="4 days")).result("detention.release_without_court_approval")
    assert over.verdict is Verdict.VIOLATION
    assert "96 hours" in over.explanation and "over the limit of 48 hours" in over.explanation
    within = check(text.format(length="40 hours"))
    assert within.result("detention.release_without_court_approval").verdict in (
        Verdict.COMPLIANT,
        Verdict.UNDETERMINED,  # the notification of the release is not stated
    )
    assert within.result("detention.release_without_court_approval").requirements[0].outcome == (
        hrlaw.report.Outcome.MET
    )


def test_overtime_pay_stated_as_a_ratio() -> None:
    text = "date: 2021-06-01\nfacts:\n  overtime:\n    worked: true\n    pay_ratio: {ratio}\n"
    assert check(text.format(ratio="125%")).result("overtime.premium_min_50pct").verdict is (
        Verdict.VIOLATION
    )
    assert check(text.format(ratio="1.5")).result("overtime.premium_min_50pct").verdict is (
        Verdict.COMPLIANT
    )
    assert check(text.format(ratio="at least 150%")).result(
        "overtime.premium_min_50pct"
    ).verdict is (Verdict.COMPLIANT)
    assert check(text.format(ratio="more than 125%")).result(
        "overtime.premium_min_50pct"
    ).verdict is (Verdict.UNDETERMINED)


BAIL_2017 = """\
date: 2017-07-04
facts:
  bail:
    granted: true
  defendant:
    first_offense: false
  offense:
    severity: moderate
    fine_alternative: true
    features: {features}
"""


def test_a_partial_list_never_makes_bail_compliant_on_unstated_facts() -> None:
    partial = check(BAIL_2017.format(features="{includes: [organized_crime]}"))
    result = partial.result("bail.eligibility")
    assert result.verdict is Verdict.UNDETERMINED
    assert [m.fact for m in result.missing] == ["offense.features"]
    assert "including organized crime (the rest not stated)" in result.explanation
    # the plain list is the complete list: nothing else describes the offence
    complete = check(BAIL_2017.format(features="[organized_crime]"))
    assert complete.result("bail.eligibility").verdict is Verdict.COMPLIANT
    # what is known to be out decides as well as the complete list
    known = "{includes: [organized_crime], excludes: [caused_death, grievous_bodily_harm]}"
    assert check(BAIL_2017.format(features=known)).result("bail.eligibility").verdict is (
        Verdict.COMPLIANT
    )
    harmed = "{includes: [grievous_bodily_harm]}"
    assert check(BAIL_2017.format(features=harmed)).result("bail.eligibility").verdict is (
        Verdict.VIOLATION
    )


def test_a_member_both_included_and_excluded_is_an_input_error() -> None:
    with pytest.raises(HrlawError) as err:
        check(BAIL_2017.format(features="{includes: [terrorist], excludes: [terrorist]}"))
    assert "both included and excluded" in err.value.diagnostics[0].message


def test_a_partial_list_typed() -> None:
    typed = BOOK.typed_facts(
        parse_scenario(
            b"date: 2021-06-10\nfacts:\n  offense:\n    features:\n      excludes: [terrorist]\n",
            "s.yaml",
        )
    )
    value = typed["offense.features"]
    assert isinstance(value, PartialSet)
    assert value.included == frozenset() and value.excluded == {"terrorist"}


# ------------------------------------------------------------------------------- derived facts
ARREST = """\
date: 2021-06-10
facts:
  arrest:
    made: true
    at: 2021-06-10T08:00
  detention:
    released: true
    released_at: 2021-06-12T08:00
    time_to_release: {length}
"""


def test_a_derived_fact_that_agrees_with_its_inputs_is_accepted() -> None:
    check(ARREST.format(length="48 hours"))
    check(ARREST.format(length="between 1 and 3 days"))  # a range that holds the computed value


def test_a_derived_fact_that_contradicts_its_inputs_is_a_located_error() -> None:
    with pytest.raises(HrlawError) as err:
        check(ARREST.format(length="more than 3 days"))
    (diagnostic,) = err.value.diagnostics
    assert diagnostic.code is Code.DERIVED_FACT_DISAGREES
    assert "2 days" in diagnostic.message
    assert diagnostic.span is not None and diagnostic.span.location().endswith("9:5")


# ------------------------------------------------------------------------------- dates of events
CHANGING = """\
fact t.hours: duration ask "How long?"
provision t.cap "A cap that changes mid-month" {
  since s2
  require short "short enough": t.hours <= 10 hours
    until 2021-08-14
    cite s2 "Section 1" "ten hours"
  require shorter "shorter": t.hours <= 5 hours
    since 2021-08-15
    cite s2 "Section 1" "five hours"
}
"""


def test_an_imprecise_date_across_a_change_of_the_law_weighs_each_part() -> None:
    book = book_from(CHANGING)
    across = check("date: 2021-08\nfacts:\n  t.hours: 8 hours\n", book)
    result = across.result("t.cap")
    assert result.verdict is Verdict.UNDETERMINED
    assert [law.period for law in result.laws] == [
        "2021-08-01 to 2021-08-14",
        "2021-08-15 to 2021-08-31",
    ]
    assert [law.verdict for law in result.laws] == [Verdict.COMPLIANT, Verdict.VIOLATION]
    assert any("the law changes within `date: 2021-08`" in n for n in across.notices)
    # both parts agree: decided
    agreed = check("date: 2021-08\nfacts:\n  t.hours: 3 hours\n", book).result("t.cap")
    assert agreed.verdict is Verdict.COMPLIANT
    # a month on one side of the change: one law, no weighing
    july = check("date: 2021-07\nfacts:\n  t.hours: 8 hours\n", book).result("t.cap")
    assert july.verdict is Verdict.COMPLIANT and july.laws == []


@pytest.mark.parametrize("text", ["2021-8", "21-08", "August 2021", "2021-08-32"])
def test_an_unreadable_event_date_is_a_located_error(text: str) -> None:
    with pytest.raises(HrlawError) as err:
        check(f"date: {text}\nfacts: {{}}\n")
    (diagnostic,) = err.value.diagnostics
    assert diagnostic.code is Code.INVALID_VALUE
    assert diagnostic.span is not None and diagnostic.span.location().endswith("1:7")


def test_the_api_accepts_a_period() -> None:
    report = BOOK.check(
        hrlaw.Scenario(
            date=Period(date(2021, 8, 1), date(2021, 8, 31), "2021-08"),
            facts={"worker.employed": True, "worker.age": "under 16", "work.light": False},
        )
    )
    assert report.result("child_labor.minimum_age").verdict is Verdict.VIOLATION


# ------------------------------------------------------------------------------- words
# that no explanation of a shipped scenario says "unknown" inside a sentence is checked with the
# rest of the report contract, in tests/test_scenario_contract.py


def test_a_value_not_given_is_named_not_written_into_the_sentence() -> None:
    text = "date: 2021-05-01\nfacts:\n  worker:\n    employed: true\n"
    result = check(text).result("child_labor.minimum_age")
    assert "the worker was" not in result.explanation
    assert "worker.age not given" in result.explanation


def test_a_bound_is_shown_as_stated() -> None:
    result = check(EMPLOYED_NOT_LIGHT.format(age="under 16")).result("child_labor.minimum_age")
    assert "the worker was under 16 years old" in result.explanation


def test_a_range_on_both_sides_of_a_limit_says_so() -> None:
    text = """\
date: 2021-03-02
facts:
  arrest:
    made: true
  detention:
    court_approval_received: false
    released: true
    extension_ordered: false
    time_to_release: more than 40 hours
"""
    result = check(text).result("detention.release_without_court_approval")
    assert result.verdict is Verdict.UNDETERMINED
    assert "more than 40 hours, which may be on either side of the limit of 48 hours" in (
        result.explanation
    )
    assert result.missing[0].fact == "detention.time_to_release"
    assert result.missing[0].question == (
        "What was the time from the arrest until the suspect was released?"
    )


def test_hrlaw_facts_shows_the_forms_each_fact_accepts() -> None:
    from typer.testing import CliRunner

    from hrlaw.cli import app

    out = CliRunner().invoke(app, ["facts", "--format", "json"])
    assert out.exit_code == 0
    import json

    rows = {row["fact"]: row for row in json.loads(out.output)}
    assert "under 16 years" in rows["worker.age"]["forms"]
    assert any(form.startswith("{includes:") for form in rows["offense.features"]["forms"])
    assert "125%" in rows["overtime.pay_ratio"]["forms"]
    # every example form is accepted for its fact
    for name, row in rows.items():
        vocabulary = BOOK.facts.get(name)
        if vocabulary is None or vocabulary.type.kind is Kind.SET:
            continue
        for form in row["forms"]:
            coerce(vocabulary, form.split(" (")[0])


def test_dates_of_the_range_are_inclusive() -> None:
    value = coerce(fact(Kind.DATE), "2021-02")
    assert isinstance(value, Between)
    assert value.hi == date(2021, 3, 1) - timedelta(days=1)


def test_a_derived_fact_that_depends_on_the_law_cannot_be_given() -> None:
    book = book_from(
        """\
fact t.start: date ask "Start?"
parameter t.term: duration
  s1 2 months
    cite s1 "Section 1" "two months"
  s2 3 months
    cite s2 "Section 1" "three months"
define t.end = t.start + t.term
  means "the end of the term"
provision t.p "P" {
  require r "ends by 2021-12-31": t.end <= 2021-12-31
    cite s1 "Section 1" "the term"
    cite s2 "Section 1" "the term"
}
"""
    )
    with pytest.raises(HrlawError) as err:
        check("date: 2021-06-10\nfacts:\n  t.end: 2021-09-01\n", book)
    assert "depends on the law applied" in err.value.diagnostics[0].message
