"""The reference interpreter (hrlaw/reference.py) against the compiled engine (issue 9, point 5).

The reference walks the checked IR with three-valued logic and nothing else; the engine expands,
compiles and refines undetermined verdicts by supervaluation. On every scenario: the engine's
three-valued verdicts and requirement outcomes are the reference's, a verdict the reference
decides is the engine's final verdict, and with every fact a provision reads known exactly the
engine's final verdict and outcomes are the reference's (`hrlaw.testing.check_reference`).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import hrlaw
from hrlaw.reference import Reference
from hrlaw.report import Outcome, Verdict
from hrlaw.scenario import load_scenario
from hrlaw.testing import check_reference, scenarios
from hrlaw.values import Duration
from tests.helpers import book_from

REPO = Path(__file__).resolve().parent.parent
BOOK = hrlaw.load_rulebook()
ALIASES = BOOK.checked.aliases()

# modest: the three runs take some 15 s together on a small machine
DIFFERENTIAL = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# ------------------------------------------------------------------ differential properties
@DIFFERENTIAL
@given(scenario=scenarios(BOOK, partial=False, missing=False))
def test_the_engine_agrees_with_the_reference_on_exact_facts(scenario: hrlaw.Scenario) -> None:
    check_reference(BOOK, scenario)


@DIFFERENTIAL
@given(scenario=scenarios(BOOK, partial=False, missing=True))
def test_the_engine_agrees_with_the_reference_with_facts_missing(
    scenario: hrlaw.Scenario,
) -> None:
    check_reference(BOOK, scenario)


@DIFFERENTIAL
@given(scenario=scenarios(BOOK, partial=True, missing=True))
def test_the_engine_agrees_with_the_reference_on_partial_facts(
    scenario: hrlaw.Scenario,
) -> None:
    check_reference(BOOK, scenario)


# ------------------------------------------------------------------ the shipped scenarios
SHIPPED = sorted((REPO / "scenarios").rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO / "scenarios")))
def test_the_reference_agrees_with_every_shipped_scenario(path: Path) -> None:
    scenario = load_scenario(path)
    judged = {j.provision: j.verdict for j in check_reference(BOOK, scenario)}
    for provision, expected in scenario.expect.items():
        pid = ALIASES.get(provision, provision)  # a catalogue id encoded in another provision
        if judged[pid] is not Verdict.UNDETERMINED:  # supervaluation may decide more
            assert judged[pid] is Verdict(expected), f"{path.name}: {pid}"


def test_the_shipped_scenarios_are_many() -> None:
    assert len(SHIPPED) >= 50


# ------------------------------------------------------------------ the reference by hand
RULES = """
fact c.flag: bool ask "Flag?"
fact c.other: bool ask "Other?"
fact c.x: duration in hours ask "How long?"
provision t.p "P" {
  applies when c.flag or c.other
  require limit "within 48 hours": c.x <= 48 hours
    cite s1 "Section A" "q"
    cite s2 "Section A" "q"
  exception long for limit "flagged and other: 72 hours" when c.flag and c.other
    require c.x <= 72 hours
    cite s1 "Section A" "q"
    cite s2 "Section A" "q"
}
"""
DAY = date(2021, 6, 1)


def judge(facts: dict[str, object]) -> tuple[Verdict, dict[str, Outcome]]:
    book = book_from(RULES)
    [j] = Reference(book.checked).verdicts(facts, DAY)
    return j.verdict, j.outcomes


def hours(n: int) -> Duration:
    return Duration(0, Fraction(n * 3600))


def test_kleene_logic_decides_what_it_can() -> None:
    # true or unknown = true: the provision applies although c.other is not given; the
    # exception might hold (c.other unknown) and would allow 60 hours: undetermined
    assert judge({"c.flag": True, "c.x": hours(60)}) == (
        Verdict.UNDETERMINED,
        {"limit": Outcome.UNKNOWN},
    )
    # 80 hours breaks both the rule and the exception, whether or not the exception holds
    assert judge({"c.flag": True, "c.x": hours(80)}) == (
        Verdict.VIOLATION,
        {"limit": Outcome.FAILED},
    )
    # false or false = false
    assert judge({"c.flag": False, "c.other": False}) == (Verdict.NOT_APPLICABLE, {})
    # unknown or unknown = unknown
    assert judge({"c.x": hours(10)}) == (Verdict.UNDETERMINED, {"limit": Outcome.MET})


def test_an_exception_replaces_the_requirement_where_it_holds() -> None:
    both = {"c.flag": True, "c.other": True}
    assert judge({**both, "c.x": hours(60)}) == (Verdict.COMPLIANT, {"limit": Outcome.MET})
    assert judge({**both, "c.x": hours(80)}) == (Verdict.VIOLATION, {"limit": Outcome.FAILED})
    one = {"c.flag": True, "c.other": False}
    assert judge({**one, "c.x": hours(60)}) == (Verdict.VIOLATION, {"limit": Outcome.FAILED})
    assert judge({**one, "c.x": hours(48)}) == (Verdict.COMPLIANT, {"limit": Outcome.MET})


def test_the_reference_and_the_engine_agree_on_the_hand_cases() -> None:
    book = book_from(RULES)
    for facts in (
        {"c.flag": True, "c.x": hours(60)},
        {"c.flag": True, "c.x": hours(80)},
        {"c.flag": True, "c.other": True, "c.x": hours(60)},
        {"c.flag": False, "c.other": False},
    ):
        check_reference(book, hrlaw.Scenario(date=DAY, facts=facts))
