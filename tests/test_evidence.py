"""`results[].evidence[]`: each limit a requirement measures, as the facts give it — the structured
form of what the explanation says in words (subject, value, limit, unit, margin, which side)."""

from __future__ import annotations

import hrlaw
from hrlaw.report import Evidence, Result
from hrlaw.scenario import parse_scenario

BOOK = hrlaw.load_rulebook()


def custody(held: str, extended: bool = False) -> Result:
    text = (
        "date: 2021-06-10\n"
        "facts:\n"
        "  arrest: {made: true, at: 2021-06-10T08:00}\n"
        "  detention: {court_approval_received: true, released: false,"
        f" extension_ordered: {str(extended).lower()}, time_to_court_approval: {held}}}\n"
        "  offense: {severity: grave}\n"
    )
    report = BOOK.check(parse_scenario(text.encode(), "custody.yaml"))
    return report.result("detention.release_without_court_approval")


def approval(result: Result) -> Evidence:
    (found,) = [e for e in result.evidence if e.subject.endswith("approving the arrest")]
    return found


def test_a_limit_exceeded_is_measured_with_its_margin() -> None:
    result = custody("60 hours")
    assert result.verdict.value == "violation"
    found = approval(result)
    assert found.requirement == "approved_or_released_in_time"
    assert (found.op, found.value, found.limit, found.unit) == (
        "<=",
        "60 hours",
        "48 hours",
        "hours",
    )
    assert found.margin == "12 hours over the limit"
    assert found.holds is False and found.exception is None


def test_a_limit_kept_and_the_limit_itself() -> None:
    within = approval(custody("40 hours"))
    assert (within.holds, within.margin) == (True, "8 hours within the limit")
    at = approval(custody("48 hours"))
    assert (at.holds, at.margin) == (True, "exactly at the limit")


def test_an_exception_that_replaces_the_rule_is_named_with_its_own_limit() -> None:
    result = custody("60 hours", extended=True)
    assert result.verdict.value == "compliant"
    found = approval(result)
    assert (found.exception, found.limit, found.holds) == ("extended", "72 hours", True)


def test_a_value_known_in_part_is_shown_as_stated_and_decided_only_when_every_value_agrees() -> (
    None
):
    over = approval(custody("more than 48 hours"))
    assert (over.value, over.holds) == ("more than 48 hours", False)
    either = approval(custody("more than 40 hours"))
    assert (either.value, either.holds, either.margin) == ("more than 40 hours", None, None)


def test_a_value_not_given_is_said_so_and_decides_nothing() -> None:
    report = BOOK.check(
        parse_scenario(b"date: 2021-06-10\nfacts:\n  arrest: {made: true}\n", "bare.yaml")
    )
    evidence = report.result("detention.release_without_court_approval").evidence
    assert evidence and all(e.value == "not given" and e.holds is None for e in evidence)
    assert all(e.limit == "48 hours" for e in evidence)  # the law of the date applied


def test_the_limit_follows_the_law_of_the_date() -> None:
    text = (
        "date: 2017-06-10\nfacts:\n  arrest: {made: true, at: 2017-06-10T08:00}\n"
        "  detention: {court_approval_received: true, time_to_court_approval: 60 hours}\n"
    )
    result = BOOK.check(parse_scenario(text.encode(), "c.yaml")).result(
        "detention.release_without_court_approval"
    )
    found = approval(result)
    assert (found.limit, found.holds, found.margin) == (
        "72 hours",
        True,
        "12 hours within the limit",
    )


def test_a_provision_the_facts_do_not_touch_carries_no_evidence() -> None:
    report = BOOK.check(
        parse_scenario(b"date: 2021-06-10\nfacts:\n  arrest: {made: true}\n", "b.yaml")
    )
    untouched = [r for r in report.results if not r.assessed]
    assert untouched and all(r.evidence == [] for r in untouched)


def test_evidence_is_part_of_the_json_contract() -> None:
    data = custody("60 hours").model_dump(mode="json")
    first = data["evidence"][0]
    assert set(first) == {
        "requirement",
        "exception",
        "subject",
        "op",
        "value",
        "limit",
        "unit",
        "margin",
        "holds",
    }
