"""Assertions about verdicts, for tests written by hand or with hypothesis. Each raises an
AssertionError that reads like the pytest plugin's failures: expected and actual verdict, the
explanation, the law applied, the questions still open."""

from __future__ import annotations

from collections.abc import Mapping

from hrlaw.expectations import mismatch, unmet
from hrlaw.report import Report, Result, Verdict
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import Scenario


def verdicts(book: RuleBook, scenario: Scenario) -> dict[str, Verdict]:
    """Every provision's verdict for the scenario."""
    return {r.provision: r.verdict for r in book.check(scenario).results}


def assert_verdict(
    book: RuleBook, scenario: Scenario, provision: str, expected: Verdict | str
) -> Result:
    """The provision's result, when its verdict is `expected`."""
    wanted = Verdict(expected)
    result = book.check(scenario).result(provision)
    if result.verdict is not wanted:
        raise AssertionError(mismatch(result, wanted))
    return result


def assert_verdicts(
    book: RuleBook, scenario: Scenario, expected: Mapping[str, Verdict | str]
) -> Report:
    """The report, when every provision named has its expected verdict (all mismatches are
    listed at once)."""
    report = book.check(scenario)
    wrong = []
    for provision, verdict in expected.items():
        result = report.result(provision)
        if result.verdict is not Verdict(verdict):
            wrong.append(mismatch(result, Verdict(verdict)))
    if wrong:
        raise AssertionError("\n".join(wrong))
    return report


def assert_expectations(book: RuleBook, scenario: Scenario) -> Report:
    """The report, when the scenario's own `expect:` block is met."""
    report = book.check(scenario)
    problems = unmet(report, scenario)
    if problems:
        raise AssertionError("\n".join(problems))
    return report
