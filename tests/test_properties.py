"""Property tests (DESIGN §2, §4, §6) over scenarios that `hrlaw.testing` draws from the shipped
rule base's vocabulary: every fact the provisions read, values biased to the rules' thresholds,
facts left out and known only in part.

The strategies read the rule base, so the properties cover every fact it declares, including
facts added after this file was written.
"""

from __future__ import annotations

import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw.reference import UNKNOWN, Reference
from hrlaw.report import Report, Verdict
from hrlaw.testing import (
    answered,
    check_deterministic,
    check_monotone,
    completions,
    consistent,
    scenarios,
    stated,
    values,
    vocabulary,
    with_facts,
)
from hrlaw.values import Between, Money, PartialSet

REPO = Path(__file__).resolve().parent.parent
SHIPPED_RULES = REPO / "rules"

BOOK = hrlaw.load_rulebook(SHIPPED_RULES)
FRESH_BOOK = hrlaw.load_rulebook(SHIPPED_RULES)  # an independent load of the same rule base
VOCABULARY = vocabulary(BOOK)
REFERENCE = Reference(BOOK.checked)

EXTRA_FACTS = """\
# Facts that no provision reads.
fact extra.unused: bool
  ask "Is this fact used anywhere?"
fact extra.note: integer
  ask "Any number at all?"
"""

SETTINGS = settings(
    # every example checks every provision (some several times): the work per test stays about
    # the same as the rule base grows (24 examples at 49 provisions, 6 at 201)
    max_examples=max(6, 1200 // len(BOOK.provisions)),
    deadline=None,
    # answers drawn for derived facts stated directly may break a constraint (rejected: `assume`);
    # the more constraints the rule base has, the more are rejected
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
SCENARIOS = scenarios(BOOK)  # facts left out and known in part, dates in and between reports


@pytest.fixture(scope="module")
def extra_book(tmp_path_factory: pytest.TempPathFactory) -> hrlaw.RuleBook:
    folder = tmp_path_factory.mktemp("rules-with-extra-facts")
    for file in SHIPPED_RULES.glob("*.hrl"):
        shutil.copy(file, folder / file.name)
    (folder / "zz_extra.hrl").write_text(EXTRA_FACTS, encoding="utf-8")
    book = hrlaw.load_rulebook(folder)
    assert {"extra.unused", "extra.note"} <= set(book.facts)
    return book


def test_the_strategies_draw_every_fact() -> None:
    assert VOCABULARY.facts, "the shipped rule base declares no facts"
    assert {f.name for f in VOCABULARY.facts} == set(BOOK.facts)


def exactly_known(scenario: hrlaw.Scenario) -> set[str]:
    """The facts (and derived facts) the scenario states exactly."""
    typed = BOOK.typed_facts(scenario)
    return {n for n, v in typed.items() if not isinstance(v, Between | PartialSet)}


READS = {p.id: vocabulary(BOOK, [p.id]) for p in BOOK.provisions}


def without_value(scenario: hrlaw.Scenario, provision: str) -> list[str]:
    """Derived facts the provision reads that have no value although every input fact is given
    exactly (a division by zero, where the rule base does not declare the divisor above zero):
    the verdict is then undetermined with nothing to ask."""
    facts = BOOK.typed_facts(scenario)
    known = exactly_known(scenario)
    vocab = READS[provision]
    names = [d.name for d in vocab.derived if vocab.inputs[d.name] <= known]
    return sorted(
        {
            n
            for law in REFERENCE.values(names, facts, scenario.date)
            for n in names
            if law[n] is UNKNOWN
        }
    )


def test_a_value_that_cannot_be_computed_is_refused_as_input() -> None:
    # pay_ratio = hourly_pay / regular_hourly_pay would have no value for a regular pay of
    # 0 tenge (the property below found it before the rule base declared the pay at least a
    # tiyn); the strategies draw only values a scenario may state
    scenario = hrlaw.Scenario(
        date=date(2021, 6, 10),
        facts={
            "overtime.worked": True,
            "overtime.hourly_pay": "0 tenge",
            "overtime.regular_hourly_pay": "0 tenge",
        },
    )
    with pytest.raises(hrlaw.HrlawError) as refused:
        BOOK.check(scenario)
    assert refused.value.codes == ["HR404"]
    paid = answered(BOOK, scenario, {"overtime.regular_hourly_pay": "1000 tenge"})
    assert without_value(paid, "overtime.premium_min_50pct") == []
    assert BOOK.check(paid).result("overtime.premium_min_50pct").verdict is Verdict.VIOLATION


def test_whether_a_provision_applies_between_two_reports_needs_both() -> None:
    # found by the completions property: between the reports, a provision one report does not
    # state gave `applies: true` while both laws were undetermined, `null` once the facts
    # decided it under the other law; the silent report cannot say, so it is `null` in both
    fraud = {"conviction.offense": "fraud"}
    sentenced = {**fraud, "sentence.kind": "imprisonment", "sentence.prison_term": "3 years"}
    for facts in (fraud, sentenced):
        case = hrlaw.Scenario(date=date(2018, 1, 1), facts=facts)
        result = BOOK.check(case).result("penalty.fraud_minimal")
        assert result.verdict is Verdict.UNDETERMINED and result.applies is None
        assert result.conflicts


# ------------------------------------------------------------------------------- properties
@SETTINGS
@given(scenario=SCENARIOS)
def test_determinism(scenario: hrlaw.Scenario) -> None:
    check_deterministic(BOOK, scenario, FRESH_BOOK)
    first, fresh = BOOK.check(scenario), FRESH_BOOK.check(scenario)
    assert first == fresh
    assert [r.provision for r in first.results] == [p.id for p in BOOK.provisions]


@SETTINGS
@given(
    scenario=SCENARIOS,
    extra=st.fixed_dictionaries(
        {}, optional={"extra.unused": st.booleans(), "extra.note": st.integers(-(10**12), 10**12)}
    ),
)
def test_unread_facts_change_nothing(
    extra_book: hrlaw.RuleBook, scenario: hrlaw.Scenario, extra: dict[str, object]
) -> None:
    plain = extra_book.check(scenario)
    padded = extra_book.check(with_facts(scenario, extra))
    assert padded.results == plain.results
    assert padded.summary == plain.summary
    # The extra declarations alone change nothing against the shipped rule base either.
    assert plain.results == BOOK.check(scenario).results


ROUNDS = 4  # questions answered, round after round, before a verdict must be decided


@SETTINGS
@given(pair=completions(BOOK), data=st.data())
def test_answering_the_missing_facts_decides_the_verdict(
    pair: tuple[hrlaw.Scenario, hrlaw.Scenario], data: st.DataObject
) -> None:
    """Only facts not known exactly are asked for; answering them truly (with the values of a
    completion of what is known) decides the verdict within a few rounds — a fact known in part
    may come to matter once another is known — unless the reports conflict (they contradict
    each other, one is silent, or the laws weighed differ: the result names the conflict)."""
    scenario, complete = pair
    truth = stated(complete)
    day = scenario.date if isinstance(scenario.date, date) else scenario.date.start
    for result in BOOK.check(scenario).results:
        if result.verdict is not Verdict.UNDETERMINED:
            assert result.missing == []
            continue
        case, asked = scenario, []
        for _ in range(ROUNDS):
            names = [m.fact for m in result.missing]
            exact = exactly_known(case)
            assert not set(names) & exact, f"{result.provision}: asks for a fact known exactly"
            assert set(names) <= set(BOOK.facts), f"{result.provision}: asks for a derived fact"
            if not names:
                break
            asked.append(names)
            # the inputs of a derived fact stated directly are not in the completion: drawn
            answers = {
                n: truth[n] if n in truth else data.draw(values(BOOK, n, around=day), label=n)
                for n in names
            }
            case = answered(BOOK, case, answers)
            assume(consistent(BOOK, case))
            [result] = BOOK.evaluate(BOOK.typed_facts(case), case.date, [result.provision])
            if result.verdict is not Verdict.UNDETERMINED:
                break
        if result.verdict is Verdict.UNDETERMINED:
            assert not result.missing, (
                f"{result.provision}: still undetermined after answering {asked}; "
                f"now missing {[m.fact for m in result.missing]}"
            )
            assert result.conflicts or without_value(case, result.provision), (
                f"{result.provision}: undetermined with every question answered ({asked})"
            )


@SETTINGS
@given(pair=completions(BOOK))
def test_what_partial_knowledge_decides_every_completion_confirms(
    pair: tuple[hrlaw.Scenario, hrlaw.Scenario],
) -> None:
    known, complete = pair
    check_monotone(BOOK, known, complete)


@SETTINGS
@given(pair=completions(BOOK), data=st.data())
def test_determined_verdicts_are_monotone(
    pair: tuple[hrlaw.Scenario, hrlaw.Scenario], data: st.DataObject
) -> None:
    """Facts added (true ones: from a completion of what is known) never change a decided
    verdict."""
    scenario, complete = pair
    given = stated(scenario)
    unstated = {n: st.just(v) for n, v in stated(complete).items() if n not in given}
    more = data.draw(st.fixed_dictionaries({}, optional=unstated), label="more")
    check_monotone(BOOK, scenario, more)


@SETTINGS
@given(scenario=SCENARIOS)
def test_json_report_round_trips(scenario: hrlaw.Scenario) -> None:
    report = BOOK.check(scenario)
    assert Report.model_validate_json(report.model_dump_json()) == report


@SETTINGS
@given(scenario=SCENARIOS)
def test_summary_counts_the_results(scenario: hrlaw.Scenario) -> None:
    report = BOOK.check(scenario)
    counts = {v.value: sum(r.verdict is v and r.assessed for r in report.results) for v in Verdict}
    counts["not_assessed"] = sum(not r.assessed for r in report.results)
    assert report.summary.model_dump() == counts
    assert report.ok == (not report.violations)
    for result in report.violations:
        assert result.failed and result.citations


CONTESTED_RULES = """\
source kz2017 "A test report" {
  year 2017
  covers 2017-01-01 to 2017-12-31
}
fact pay.hourly: money
  ask "Hourly overtime pay?"
fact pay.kind: one of {holiday, other}
  ask "Which kind of overtime?"
provision pay.premium "Overtime premium" {
  version kz2017 {
    require premium "paid at least 1500 tenge an hour": pay.hourly >= 1500 tenge
      cite kz2017 "Section 7.e" "requires overtime to be paid at least at a 50-percent premium."
    contested c1 for premium "a lower holiday rate is also reported"
      when pay.kind is holiday and pay.hourly >= 1250 tenge
      cite kz2017 "Section 7.e" "The new labor code reduced overtime pay for holiday"
  }
}
"""


def test_contested_clause_facts_are_listed_as_missing(tmp_path: Path) -> None:
    (tmp_path / "pay.hrl").write_text(CONTESTED_RULES, encoding="utf-8")
    book = hrlaw.load_rulebook(tmp_path)
    first = book.check(hrlaw.Scenario(date=date(2017, 6, 1), facts={})).result("pay.premium")
    assert first.verdict is Verdict.UNDETERMINED
    # the contested clause could change the verdict, so its facts are asked for too
    assert [m.fact for m in first.missing] == ["pay.hourly", "pay.kind"]
    answers = {"pay.hourly": Money(Fraction(1300)), "pay.kind": "holiday"}
    second = book.check(hrlaw.Scenario(date=date(2017, 6, 1), facts=answers))
    result = second.result("pay.premium")
    assert result.verdict is Verdict.UNDETERMINED and result.conflicts and not result.missing
    assert result.verdict is not Verdict.UNDETERMINED or (result.conflicts and not result.missing)


TWO_CONTESTED_RULES = """\
source kz2017 "A test report" {
  year 2017
  covers 2017-01-01 to 2017-12-31
}
fact pay.hourly: money
  ask "Hourly overtime pay?"
fact pay.holiday: bool
  ask "Was it holiday work?"
fact pay.night: bool
  ask "Was it night work?"
provision pay.premium "Overtime premium" {
  version kz2017 {
    require premium "paid at least 1500 tenge an hour": pay.hourly >= 1500 tenge
      cite kz2017 "Section 7.e" "requires overtime to be paid at least at a 50-percent premium."
    contested c2 for premium "a lower holiday rate is also reported" when pay.holiday
      cite kz2017 "Section 7.e" "The new labor code reduced overtime pay for holiday"
    contested c3 for premium "a lower night rate is also reported" when pay.night
      cite kz2017 "Section 7.e" "The new labor code reduced overtime pay for holiday"
  }
}
"""


def test_every_contested_clause_is_listed_as_missing(tmp_path: Path) -> None:
    (tmp_path / "pay.hrl").write_text(TWO_CONTESTED_RULES, encoding="utf-8")
    book = hrlaw.load_rulebook(tmp_path)
    scenario = hrlaw.Scenario(date=date(2017, 6, 1), facts={"pay.hourly": Money(Fraction(1000))})
    result = book.check(scenario).result("pay.premium")
    assert result.verdict is Verdict.UNDETERMINED
    assert {m.fact for m in result.missing} == {"pay.holiday", "pay.night"}
