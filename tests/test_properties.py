"""Property tests (DESIGN §2, §4, §6) over scenarios generated from the shipped fact vocabulary.

Values are generated per fact type from `book.facts`, so the properties cover every fact the rule
base declares, including facts added after this file was written.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw import model as m
from hrlaw.report import Report, Verdict
from hrlaw.values import Money
from tests.strategies import FIRST_DAY, LAST_DAY, value_of

REPO = Path(__file__).resolve().parent.parent
SHIPPED_RULES = REPO / "rules"

BOOK = hrlaw.load_rulebook(SHIPPED_RULES)
FRESH_BOOK = hrlaw.load_rulebook(SHIPPED_RULES)  # an independent load of the same rule base

EXTRA_FACTS = """\
# Facts that no provision reads.
fact extra.unused: bool
  ask "Is this fact used anywhere?"
fact extra.note: integer
  ask "Any number at all?"
"""

SETTINGS = settings(
    max_examples=40,  # every example checks all 49 provisions; more on demand (HYPOTHESIS_PROFILE)
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

VALUES: dict[str, st.SearchStrategy[object]] = {
    name: value_of(fact) for name, fact in BOOK.facts.items()
}


def consistent(facts: Mapping[str, object]) -> bool:
    """Whether facts satisfy the rule base's constraints (attendance within the workforce)."""
    try:
        BOOK.typed_facts(hrlaw.Scenario(date=FIRST_DAY, facts=facts))
    except hrlaw.HrlawError as exc:
        assert set(exc.codes) == {"HR412"}, exc.codes  # nothing else can be wrong
        return False
    return True


def repaired(facts: Mapping[str, object], keep: Iterable[str] = ()) -> dict[str, object]:
    """The facts with those that break a constraint left out (random clocks run backwards half
    the time: filtering would discard most examples). A fact of `keep` is left out last."""
    out, kept = dict(facts), set(keep)
    for constraint in BOOK.checked.constraints:
        names = sorted(n for n in m.refs(constraint.expr) if n in out)
        if names and not consistent({n: out[n] for n in names}):
            droppable = [n for n in names if n not in kept] or names
            del out[droppable[-1]]
    return out


@st.composite
def scenarios(draw: st.DrawFn) -> hrlaw.Scenario:
    facts = repaired(draw(st.fixed_dictionaries({}, optional=VALUES)))
    assume(consistent(facts))
    return hrlaw.Scenario(date=draw(st.dates(FIRST_DAY, LAST_DAY)), facts=facts)


def with_facts(scenario: hrlaw.Scenario, more: Mapping[str, object]) -> hrlaw.Scenario:
    return hrlaw.Scenario(date=scenario.date, facts={**scenario.facts, **more})


def more_facts(draw: st.DrawFn, scenario: hrlaw.Scenario) -> dict[str, object]:
    """Values for some facts the scenario does not give."""
    unstated = {n: s for n, s in VALUES.items() if n not in scenario.facts}
    more = draw(st.fixed_dictionaries({}, optional=unstated))
    facts = repaired({**scenario.facts, **more}, keep=scenario.facts)
    assume(consistent(facts))
    return {n: v for n, v in facts.items() if n not in scenario.facts}


@pytest.fixture(scope="module")
def extra_book(tmp_path_factory: pytest.TempPathFactory) -> hrlaw.RuleBook:
    folder = tmp_path_factory.mktemp("rules-with-extra-facts")
    for file in SHIPPED_RULES.glob("*.hrl"):
        shutil.copy(file, folder / file.name)
    (folder / "zz_extra.hrl").write_text(EXTRA_FACTS, encoding="utf-8")
    book = hrlaw.load_rulebook(folder)
    assert {"extra.unused", "extra.note"} <= set(book.facts)
    return book


def test_every_fact_type_has_a_strategy() -> None:
    assert VALUES, "the shipped rule base declares no facts"
    assert set(VALUES) == set(BOOK.facts)


# ------------------------------------------------------------------------------- properties
@SETTINGS
@given(scenario=scenarios())
def test_determinism(scenario: hrlaw.Scenario) -> None:
    first = BOOK.check(scenario)
    again = BOOK.check(scenario)
    fresh = FRESH_BOOK.check(scenario)
    assert first == again == fresh
    assert first.model_dump_json() == again.model_dump_json() == fresh.model_dump_json()
    assert [r.provision for r in first.results] == [p.id for p in BOOK.provisions]


@SETTINGS
@given(
    scenario=scenarios(),
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


@SETTINGS
@given(scenario=scenarios(), data=st.data())
def test_supplying_the_missing_facts_decides_the_verdict(
    scenario: hrlaw.Scenario, data: st.DataObject
) -> None:
    report = BOOK.check(scenario)
    for result in report.results:
        if result.verdict is not Verdict.UNDETERMINED:
            assert result.missing == []
            continue
        names = [m.fact for m in result.missing]
        assert not set(names) & set(scenario.facts), f"{result.provision}: missing a given fact"
        assert set(names) <= set(BOOK.facts), f"{result.provision}: missing a derived fact"
        if not names:
            assert result.conflicts, f"{result.provision}: undetermined with nothing missing"
            continue
        drawn = data.draw(
            st.fixed_dictionaries({name: VALUES[name] for name in names}), label="answers"
        )
        answers = repaired({**scenario.facts, **drawn}, keep=scenario.facts)
        if not set(names) <= answers.keys() or not consistent(answers):
            continue  # these answers cannot all be true together: no case to decide
        decided = BOOK.check(with_facts(scenario, answers)).result(result.provision)
        contested = bool(decided.conflicts) and not decided.missing
        assert decided.verdict is not Verdict.UNDETERMINED or contested, (
            f"{result.provision}: still undetermined after answering {names}; "
            f"now missing {[m.fact for m in decided.missing]}"
        )


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


@SETTINGS
@given(data=st.data())
def test_determined_verdicts_are_monotone(data: st.DataObject) -> None:
    scenario = data.draw(scenarios(), label="scenario")
    more = data.draw(st.composite(more_facts)(scenario), label="more")
    before = BOOK.check(scenario)
    after = BOOK.check(with_facts(scenario, more))
    for old, new in zip(before.results, after.results, strict=True):
        assert old.provision == new.provision
        if old.verdict is not Verdict.UNDETERMINED:
            assert new.verdict is old.verdict, f"{old.provision}: {old.verdict} -> {new.verdict}"
        if old.applies is not None:
            assert new.applies is old.applies, old.provision


@SETTINGS
@given(scenario=scenarios())
def test_json_report_round_trips(scenario: hrlaw.Scenario) -> None:
    report = BOOK.check(scenario)
    assert Report.model_validate_json(report.model_dump_json()) == report


@SETTINGS
@given(scenario=scenarios())
def test_summary_counts_the_results(scenario: hrlaw.Scenario) -> None:
    report = BOOK.check(scenario)
    counts = {v.value: sum(r.verdict is v and r.assessed for r in report.results) for v in Verdict}
    counts["not_assessed"] = sum(not r.assessed for r in report.results)
    assert report.summary.model_dump() == counts
    assert report.ok == (not report.violations)
    for result in report.violations:
        assert result.failed and result.citations


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
