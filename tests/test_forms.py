"""Values in their text forms and scenarios written as YAML (hrlaw/forms.py): what hrlaw writes
for a lawyer to read is exactly what it reads back."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw.coerce import coerce
from hrlaw.forms import NoTextForm, ScenarioText, decimal, scenario_yaml, text_form
from hrlaw.scenario import parse_scenario
from hrlaw.testing import consistent
from hrlaw.values import Between, Duration, Money, PartialSet
from tests.strategies import value_of

BOOK = hrlaw.load_rulebook()
FACTS = sorted(BOOK.facts)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_value_reads_back_as_itself(data: st.DataObject) -> None:
    fact = BOOK.facts[data.draw(st.sampled_from(FACTS), label="fact")]
    value = data.draw(value_of(fact), label="value")
    assert coerce(fact, text_form(value, fact)) == value


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_scenario_written_reads_back_with_the_same_facts(data: st.DataObject) -> None:
    names = data.draw(st.lists(st.sampled_from(FACTS), unique=True, max_size=12), label="facts")
    typed = {n: data.draw(value_of(BOOK.facts[n]), label=n) for n in names}
    text = scenario_yaml(
        ScenarioText(
            date=date(2021, 6, 10),
            facts={n: text_form(v, BOOK.facts[n]) for n, v in typed.items()},
            title='A title: with "quotes" and a colon',
            expect={"detention.charge_deadline": "violation"},
        )
    )
    scenario = parse_scenario(text.encode(), "written.yaml")
    assert scenario.title == 'A title: with "quotes" and a colon'
    assert scenario.expect == {"detention.charge_deadline": "violation"}
    assume(consistent(BOOK, scenario))  # facts drawn alone may break a constraint
    assert BOOK.typed_facts(scenario) == typed


def test_the_forms_a_lawyer_reads() -> None:
    hours = BOOK.facts["work.weekly_hours"]
    years = BOOK.facts["offense.max_prison_term"]
    assert text_form(Duration(0, Fraction(60 * 3600)), None) == "60 hours"
    assert text_form(Duration(0, Fraction(72 * 3600)), hours) == "72 hours"
    assert text_form(Duration(120), years) == "10 years"
    assert text_form(Duration(14), years) == "14 months"
    assert text_form(Duration(1, Fraction(5400)), None) == "1 month 90 minutes"
    assert text_form(Money(Fraction(12345, 100))) == "123.45 tenge"
    assert text_form(Fraction(5, 4)) == "1.25"
    features = BOOK.facts["offense.features"]
    known = PartialSet(
        frozenset({"terrorist"}), frozenset({"caused_death"}), frozenset(features.type.values)
    )
    assert text_form(known, features) == {"includes": ["terrorist"], "excludes": ["caused_death"]}
    age = BOOK.facts["worker.age"]
    assert text_form(Between(None, 15, False, False), age) == "at most 15"
    assert text_form(Between(14, 15, False, False), age) == "between 14 and 15"


def test_values_no_scenario_can_state_are_refused() -> None:
    with pytest.raises(NoTextForm):
        decimal(Fraction(1, 3))
    with pytest.raises(NoTextForm):
        text_form(Between(1, 2, True, False))
    with pytest.raises(NoTextForm):
        text_form(Duration(0, Fraction(-60)))
