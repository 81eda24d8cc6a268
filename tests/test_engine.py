"""Engine semantics: three-valued logic, exceptions, contested clauses, versions, boundaries."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest
from helpers import book_from

from hrlaw import Scenario, Verdict
from hrlaw.report import Outcome, Result
from hrlaw.rulebook import RuleBook

LOGIC = """
fact case.a: bool ask "Is A true?"
fact case.b: bool ask "Is B true?"
provision t.and "A and B" { version s1 { require r "both": case.a and case.b cite s1 "S" "q" } }
provision t.or "A or B" { version s1 { require r "either": case.a or case.b cite s1 "S" "q" } }
provision t.not "not A" { version s1 { require r "not a": not case.a cite s1 "S" "q" } }
provision t.if "if A then B else not B" {
  version s1 { require r "branching": if case.a then case.b else not case.b cite s1 "S" "q" }
}
provision t.agree "if A then B else B" {
  version s1 { require r "agreeing": if case.a then case.b else case.b cite s1 "S" "q" }
}
"""
T, F, U = True, False, None


def kleene_and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return True if a is True and b is True else None


def kleene_or(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    return False if a is False and b is False else None


VERDICT = {True: Verdict.COMPLIANT, False: Verdict.VIOLATION, None: Verdict.UNDETERMINED}


@pytest.fixture(scope="module")
def logic_book() -> RuleBook:
    return book_from(LOGIC)


def facts(a: bool | None, b: bool | None) -> dict[str, object]:
    given = {"a": a, "b": b}
    return {"case": {k: v for k, v in given.items() if v is not None}}


@pytest.mark.parametrize(("a", "b"), list(product([T, F, U], repeat=2)))
def test_kleene_truth_tables(logic_book: RuleBook, a: bool | None, b: bool | None) -> None:
    report = logic_book.check(Scenario(date=date(2017, 5, 1), facts=facts(a, b)))
    assert report.result("t.and").verdict is VERDICT[kleene_and(a, b)]
    assert report.result("t.or").verdict is VERDICT[kleene_or(a, b)]
    assert report.result("t.not").verdict is VERDICT[None if a is None else not a]
    expected_if = None if a is None or b is None else (b if a else not b)
    assert report.result("t.if").verdict is VERDICT[expected_if]
    # an unknown condition whose branches agree gives their value
    assert report.result("t.agree").verdict is VERDICT[b]


@pytest.mark.parametrize(("a", "b"), list(product([T, F, U], repeat=2)))
def test_missing_lists_exactly_the_facts_that_could_change_the_verdict(
    logic_book: RuleBook, a: bool | None, b: bool | None
) -> None:
    report = logic_book.check(Scenario(date=date(2017, 5, 1), facts=facts(a, b)))
    for pid, combine in (("t.and", kleene_and), ("t.or", kleene_or)):
        result = report.result(pid)
        listed = {m.fact for m in result.missing}
        if result.verdict is not Verdict.UNDETERMINED:
            assert listed == set()
            continue
        # a fact is listed iff some value for it changes the verdict
        relevant = set()
        for name, value in (("case.a", a), ("case.b", b)):
            if value is None:
                outcomes = {
                    combine(v, b) if name == "case.a" else combine(a, v) for v in (True, False)
                }
                if len(outcomes) > 1 or outcomes != {None}:
                    relevant.add(name)
        assert listed == relevant
        assert all(m.question for m in result.missing)


DETENTION = """
fact arrest.made: bool ask "Was the person arrested?"
fact arrest.hours_held: duration in hours ask "How long was the person held?"
fact offense.grave: bool ask "Is the offence grave?"
fact offense.waived: bool ask "Was the rule waived?"
fact pay.regular: money ask "Regular hourly pay?"
fact pay.overtime: money ask "Overtime hourly pay?"
fact pay.kind: one of {ordinary, holiday}

provision t.custody "Court approval within the deadline" {
  applies when arrest.made
  version s1 {
    require in_time "approved within 72 hours": arrest.hours_held <= 72 hours
      cite s1 "Section 1.d" "within 72 hours"
      explain "held {value}; the limit is {limit} ({margin})"
  }
  version s2 {
    require in_time "approved within 48 hours": arrest.hours_held <= 48 hours
      cite s2 "Section 1.d" "within 48 hours"
      explain "held {value}; the limit is {limit} ({margin})"
    exception x1 for in_time "72 hours for grave crimes" when offense.grave
      require arrest.hours_held <= 72 hours
      cite s2 "Section 1.d" "extended to 72 hours"
    exception x2 for in_time "waived" when offense.waived waived
      cite s2 "Section 1.d" "waiver"
    penalty "release" cite s2 "Section 1.d" "release"
  }
}

provision t.premium "Overtime premium" {
  version s1 {
    require paid "at least 150%": pay.overtime >= pay.regular * 150%
      cite s1 "7.e" "50 percent premium"
    contested c3 for paid "the report also gives 1.25 times"
      when pay.kind is holiday and pay.overtime >= pay.regular * 125%
      cite s1 "7.e" "1.25 times"
  }
}
"""


@pytest.fixture(scope="module")
def det_book() -> RuleBook:
    return book_from(DETENTION)


def held(book: RuleBook, when: date, hours: str, **more: object) -> Result:
    case = {"arrest": {"made": True, "hours_held": hours}, "offense": more}
    return book.check(Scenario(date=when, facts=case)).result("t.custody")


def test_version_follows_the_date_of_the_events(det_book: RuleBook) -> None:
    in_2017 = held(det_book, date(2017, 6, 1), "60 hours", grave=False, waived=False)
    in_2021 = held(det_book, date(2021, 6, 1), "60 hours", grave=False, waived=False)
    assert (in_2017.version, in_2017.verdict) == ("s1", Verdict.COMPLIANT)
    assert (in_2021.version, in_2021.verdict) == ("s2", Verdict.VIOLATION)
    assert in_2017.warnings == [] and in_2021.warnings == []


def test_explanation_gives_value_limit_and_margin(det_book: RuleBook) -> None:
    result = held(det_book, date(2021, 6, 1), "60 hours", grave=False, waived=False)
    assert result.explanation == "held 60 hours; the limit is 48 hours (12 hours over the limit)"
    assert result.failed[0].citation.quote == "within 48 hours"
    assert result.penalty is not None and result.penalty.text == "release"


@pytest.mark.parametrize(
    ("when", "warning", "version"),
    [
        (date(2016, 3, 1), "is before the period the sources cover", "s1"),
        (date(2023, 3, 1), "changes after 2021-12-31 are not covered", "s2"),
    ],
)
def test_dates_outside_the_reports_warn(
    det_book: RuleBook, when: date, warning: str, version: str
) -> None:
    result = held(det_book, when, "10 hours", grave=False, waived=False)
    assert result.verdict is Verdict.COMPLIANT
    assert len(result.warnings) == 1 and warning in result.warnings[0]
    assert result.version == version and result.laws == []


@pytest.mark.parametrize(
    ("hours", "verdict", "under"),
    [
        ("10 hours", Verdict.COMPLIANT, [Verdict.COMPLIANT, Verdict.COMPLIANT]),
        ("80 hours", Verdict.VIOLATION, [Verdict.VIOLATION, Verdict.VIOLATION]),
        ("60 hours", Verdict.UNDETERMINED, [Verdict.COMPLIANT, Verdict.VIOLATION]),
    ],
)
def test_between_the_reports_both_laws_are_weighed(
    det_book: RuleBook, hours: str, verdict: Verdict, under: list[Verdict]
) -> None:
    result = held(det_book, date(2019, 3, 1), hours, grave=False, waived=False)
    assert result.verdict is verdict
    assert result.version == "s1+s2"
    assert [(law.version, law.verdict) for law in result.laws] == list(
        zip(("s1", "s2"), under, strict=True)
    )
    assert "changes made between them (2018-01-01 to 2020-12-31)" in result.warnings[0]
    if verdict is Verdict.UNDETERMINED:
        assert "the reports do not date the change" in result.explanation
        assert {c.quote for c in result.citations} == {"within 72 hours", "within 48 hours"}
        assert result.conflicts and "do not date the change" in result.conflicts[0].text
    else:
        assert "give the same verdict" in result.warnings[-1]


@pytest.mark.parametrize(
    ("hours", "grave", "verdict"),
    [
        ("48 hours", False, Verdict.COMPLIANT),  # exactly at an inclusive limit complies
        ("48 hours 1 minute", False, Verdict.VIOLATION),
        ("60 hours", True, Verdict.COMPLIANT),  # the exception replaces the limit
        ("72 hours", True, Verdict.COMPLIANT),
        ("73 hours", True, Verdict.VIOLATION),
        ("40 hours", None, Verdict.COMPLIANT),  # both branches agree: the exception is moot
        ("80 hours", None, Verdict.VIOLATION),
        ("60 hours", None, Verdict.UNDETERMINED),  # only the exception decides
    ],
)
def test_boundaries_and_exceptions(
    det_book: RuleBook, hours: str, grave: bool | None, verdict: Verdict
) -> None:
    more = {} if grave is None else {"grave": grave}
    result = held(det_book, date(2021, 6, 1), hours, waived=False, **more)
    assert result.verdict is verdict
    if verdict is Verdict.UNDETERMINED:
        assert [m.fact for m in result.missing] == ["offense.grave"]


def test_an_applied_exception_is_named_with_its_citation(det_book: RuleBook) -> None:
    result = held(det_book, date(2021, 6, 1), "60 hours", grave=True, waived=False)
    assert result.requirements[0].exception == "72 hours for grave crimes"
    assert "extended to 72 hours" in [c.quote for c in result.citations]


def test_waiver_makes_the_requirement_moot(det_book: RuleBook) -> None:
    result = held(det_book, date(2021, 6, 1), "500 hours", grave=False, waived=True)
    assert result.verdict is Verdict.COMPLIANT
    assert result.requirements[0].outcome is Outcome.WAIVED


def test_provision_that_does_not_apply(det_book: RuleBook) -> None:
    report = det_book.check(Scenario(date=date(2021, 1, 5), facts={"arrest": {"made": False}}))
    result = report.result("t.custody")
    assert result.verdict is Verdict.NOT_APPLICABLE and result.applies is False
    assert result.citations == [] and result.missing == []


def test_unknown_applicability_lists_its_facts_and_the_requirement_facts(
    det_book: RuleBook,
) -> None:
    report = det_book.check(Scenario(date=date(2021, 1, 5), facts={}))
    result = report.result("t.custody")
    assert result.verdict is Verdict.UNDETERMINED and result.applies is None
    assert {m.fact for m in result.missing} == {
        "arrest.made",
        "arrest.hours_held",
        "offense.grave",
        "offense.waived",
    }


def premium(book: RuleBook, when: date, kind: str, regular: str, paid: str) -> Result:
    case = {"pay": {"kind": kind, "regular": regular, "overtime": paid}}
    return book.check(Scenario(date=when, facts=case)).result("t.premium")


def test_contested_clause_turns_a_violation_into_a_conflict(det_book: RuleBook) -> None:
    result = premium(det_book, date(2017, 5, 9), "holiday", "2000 tenge", "2500 tenge")
    assert result.verdict is Verdict.UNDETERMINED
    assert result.missing == []
    assert [c.text for c in result.conflicts] == ["the report also gives 1.25 times"]
    assert [c.quote for c in result.conflicts[0].citations] == ["50 percent premium", "1.25 times"]


@pytest.mark.parametrize(
    ("kind", "paid", "verdict"),
    [
        ("ordinary", "2500 tenge", Verdict.VIOLATION),  # the conflict only concerns holidays
        ("holiday", "2400 tenge", Verdict.VIOLATION),  # below 1.25x breaks both readings
        ("holiday", "3000 tenge", Verdict.COMPLIANT),  # exactly 150% complies
    ],
)
def test_contested_clause_only_where_the_sources_disagree(
    det_book: RuleBook, kind: str, paid: str, verdict: Verdict
) -> None:
    result = premium(det_book, date(2017, 5, 9), kind, "2000 tenge", paid)
    assert result.verdict is verdict
    assert result.conflicts == []


def test_money_margin(det_book: RuleBook) -> None:
    result = premium(det_book, date(2017, 5, 9), "ordinary", "2000 tenge", "2500 tenge")
    assert "500 tenge short of the minimum" in result.explanation


CALENDAR = """
fact pre.start: date ask "When did detention start?"
fact pre.end: date ask "When did it end?"
fact pre.sentence: duration in years ask "Maximum sentence?"
provision t.term "Two months" {
  version s1 {
    require r "within two months": pre.end <= pre.start + 2 months cite s1 "S" "q"
      explain "ran until {value}; the term ended on {limit} ({margin})"
    require s "not longer than the sentence": pre.end <= pre.start + pre.sentence cite s1 "S" "q"
  }
}
"""


@pytest.mark.parametrize(
    ("start", "end", "verdict"),
    [
        ("2017-01-31", "2017-03-31", Verdict.COMPLIANT),  # calendar months, clamped at month end
        ("2017-01-31", "2017-04-01", Verdict.VIOLATION),
        ("2017-03-10", "2017-05-10", Verdict.COMPLIANT),
        ("2017-03-10", "2017-05-11", Verdict.VIOLATION),
    ],
)
def test_calendar_months(start: str, end: str, verdict: Verdict) -> None:
    book = book_from(CALENDAR)
    case = {"pre": {"start": start, "end": end, "sentence": "1 year"}}
    result = book.check(Scenario(date=date(2017, 6, 1), facts=case)).result("t.term")
    assert result.verdict is verdict
    if verdict is Verdict.VIOLATION:
        assert "(1 day over the limit)" in result.explanation


def test_report_is_deterministic_and_round_trips(det_book: RuleBook) -> None:
    from hrlaw.report import Report

    scenario = Scenario(date=date(2021, 6, 1), facts={"arrest": {"made": True}})
    first, second = det_book.check(scenario), det_book.check(scenario)
    assert first == second
    assert Report.model_validate_json(first.model_dump_json()) == first
    assert first.summary.undetermined + first.summary.compliant == len(first.results)
