"""The generated kernel and the verdicts-only path against the general engine: the same verdict
for every provision, on exact, missing and partial facts (differential, hypothesis)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw import model as m
from hrlaw.diagnostics import HrlawError
from hrlaw.expand import Expander
from hrlaw.kernel import Generator
from hrlaw.records import scenario_from_record
from hrlaw.report import Verdict
from hrlaw.values import Between
from tests.helpers import book_from
from tests.strategies import FIRST_DAY, LAST_DAY, value_of

BOOK = hrlaw.load_rulebook()
SIX = hrlaw.load_rulebook(Path(__file__).resolve().parent.parent / "benchmarks" / "six_rules")
SETTINGS = settings(
    max_examples=60,  # each example checks every provision of the shipped rule base
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def facts_of(book: hrlaw.RuleBook) -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries(
        {}, optional={n: value_of(f) for n, f in book.checked.facts.items()}
    )


def general(book: hrlaw.RuleBook, facts: dict[str, object], when: date) -> dict[str, str]:
    return {r.provision: r.verdict.value for r in book.evaluate(facts, when)}


def fast(book: hrlaw.RuleBook, facts: dict[str, object], when: date) -> dict[str, str]:
    return {p: v.value for p, v in book.verdicts(hrlaw.Scenario(date=when, facts=facts)).items()}


@SETTINGS
@given(facts=facts_of(BOOK), when=st.dates(FIRST_DAY, LAST_DAY))
def test_verdicts_only_equals_the_general_engine_on_the_shipped_rules(
    facts: dict[str, object], when: date
) -> None:
    try:
        typed = BOOK.typed_facts(hrlaw.Scenario(date=when, facts=facts))
    except hrlaw.HrlawError as exc:  # facts no case can have (more attended than employed)
        assert set(exc.codes) == {"HR412"}, exc.codes
        assume(False)
        return
    assert fast(BOOK, facts, when) == general(BOOK, typed, when)


@SETTINGS
@given(facts=facts_of(SIX))
def test_verdicts_only_equals_the_general_engine_on_the_benchmark_rules(
    facts: dict[str, object],
) -> None:
    when = date(2017, 6, 1)
    assert fast(SIX, facts, when) == general(SIX, facts, when)


@SETTINGS
@given(facts=facts_of(SIX), data=st.data())
def test_a_range_takes_the_general_path_and_agrees(
    facts: dict[str, object], data: st.DataObject
) -> None:
    when = date(2017, 6, 1)
    given_ints = [n for n, v in facts.items() if type(v) is int]
    if not given_ints:
        return
    name = data.draw(st.sampled_from(given_ints))
    value = facts[name]
    assert isinstance(value, int)
    ranged = {**facts, name: f"between {value - 2} and {value + 2}"}
    typed = SIX.typed_facts(hrlaw.Scenario(date=when, facts=ranged))
    assert isinstance(typed[name], Between)
    assert fast(SIX, ranged, when) == general(SIX, typed, when)


def test_check_many_gives_what_check_gives() -> None:
    cases = [
        {"date": "2021-06-10", "facts": {"worker": {"employed": True, "age": 13}}},
        {"date": "2017-06-10", "facts": {"worker.employed": True, "worker.age": "under 16"}},
        hrlaw.Scenario(date=date(2021, 6, 10), facts={"arrest.made": True}),
    ]
    many = list(BOOK.check_many(cases))
    one = [BOOK.check(as_scenario(c, i)) for i, c in enumerate(cases, start=1)]
    assert [r.model_dump() for r in many] == [r.model_dump() for r in one]
    verdicts = list(BOOK.check_many(cases, verdicts_only=True))
    assert verdicts == [{r.provision: r.verdict for r in report.results} for report in one]


def as_scenario(item: object, number: int) -> hrlaw.Scenario:
    if isinstance(item, hrlaw.Scenario):
        return item
    return scenario_from_record(item, f"item {number}")


def test_check_many_is_lazy() -> None:
    def endless() -> object:
        n = 0
        while True:
            n += 1
            yield {"date": "2021-06-10", "facts": {"worker.employed": True, "worker.age": n}}

    results = BOOK.check_many(endless(), verdicts_only=True)  # type: ignore[arg-type]
    first = [next(results)["child_labor.minimum_age"] for _ in range(20)]
    assert first[0] == "violation" and first[-1] == "compliant"


def test_an_invalid_record_names_itself() -> None:
    import pytest

    from hrlaw.diagnostics import HrlawError

    cases = [{"date": "2021-06-10", "facts": {}}, {"date": "2021-13-01", "facts": {}}]
    with pytest.raises(HrlawError) as err:
        list(BOOK.check_many(cases, verdicts_only=True))
    assert err.value.diagnostics[0].path == "item 2"


def test_the_generated_source_holds_no_text_of_the_rules() -> None:
    """Fact names, enumeration values and literals reach the code as indexes, never as text."""
    checked = BOOK.checked
    gen = Generator(
        checked.facts, checked.defines, checked.define_types, Expander(checked.macros, {})
    )
    for p in checked.provisions:
        for _, body in p.bodies():
            for req in body.requirements:
                gen.function(req.expr)
            if body.applies is not None:
                gen.function(body.applies)
    source = "\n".join(gen.lines)
    assert source.count("def ") >= len(checked.provisions)
    assert '"' not in source and "'" not in source
    for name in [*checked.facts, *checked.defines]:
        assert name not in source
    assert all(isinstance(e, m.Fact) for e in checked.facts.values())


def test_a_remembered_verdict_is_keyed_by_the_facts_the_provision_reads() -> None:
    book = hrlaw.load_rulebook()
    when = date(2021, 6, 10)

    def verdict(facts: dict[str, object]) -> str:
        scenario = hrlaw.Scenario(date=when, facts=facts)
        return book.verdicts(scenario)["child_labor.minimum_age"].value

    base: dict[str, object] = {"worker.employed": True, "worker.age": "under 18"}
    assert verdict(base) == "undetermined"  # 15 or 17: the age decides
    remembered = len(book._compiled.verdict_memo)
    # a fact the provision does not read: the remembered verdict serves
    assert verdict({**base, "strike.called": False}) == "undetermined"
    # the same gap, a different value it reads: a verdict of its own, not the remembered one
    assert verdict({**base, "worker.age": "under 14"}) == "violation"
    assert verdict({**base, "worker.age": "at least 16", "work.light": False}) == "compliant"
    assert len(book._compiled.verdict_memo) > remembered


PLAIN = """
fact w.age: integer in years from 0 to 120 ask "How old is the worker?"
fact w.hired_at_age: integer in years at least 0 ask "At what age was the worker hired?"
fact w.employed: bool ask "Is the person employed?"
constraint w.hired_before_now "hired at a greater age than now":
  w.hired_at_age <= w.age
provision t.age "A worker is at least 16" {
  applies when w.employed
  require old "the worker is at least 16": w.age >= 16 cite s1 "S" "q" cite s2 "S" "q"
}
"""


def _outcome(run: Callable[[], object]) -> object:
    try:
        return run()
    except HrlawError as err:
        return [(d.code, d.message, d.path) for d in err.diagnostics]


def test_plain_records_are_read_as_strictly_as_any_other() -> None:
    """`check_many` skips the reader for records that need none: every record gets what the
    strict reader and `verdicts` give it, the same verdicts or the same errors."""
    book = book_from(PLAIN)
    facts = {"w.employed": True, "w.age": 15}
    records: list[object] = [
        {"date": "2021-06-10", "facts": facts},
        {"date": "2021-06-10", "facts": facts, "id": 7},  # the date's text now remembered
        {"date": date(2021, 6, 10), "facts": {"w.employed": True, "w.age": 16}, "title": "t"},
        {"date": " 2021-06-10", "facts": facts},
        {"date": datetime(2021, 6, 10, 8, 0), "facts": facts},
        {"date": date(1899, 12, 31), "facts": facts},
        {"date": date(2021, 6, 10), "facts": facts, "title": 1.5},
        {"date": date(2021, 6, 10), "facts": facts, "expect": {"t.age": "compliant"}},
        {"date": date(2021, 6, 10), "facts": {"w.employed": 1, "w.age": 15}},
        {"date": date(2021, 6, 10), "facts": {"w.employed": True, "w.age": 121}},
        {"date": date(2021, 6, 10), "facts": {" w.age": 15, "w.employed": True}},
        {"date": date(2021, 6, 10), "facts": {"w.employed": True, "w.age": 15, "w.x": 1}},
        {"date": date(2021, 6, 10), "facts": {"w.age": 15, "w.hired_at_age": 16}},
        {"date": date(2021, 6, 10), "facts": {"w": {"age": 15, "employed": True}}},
    ]
    for i, record in enumerate(records, start=1):
        quick = _outcome(lambda r=record: next(book.check_many([r], verdicts_only=True)))
        strict = _outcome(lambda r=record: book.verdicts(scenario_from_record(r, "item 1")))
        assert quick == strict, f"record {i}: {record}"
    answers = [
        _outcome(lambda r=r: next(book.check_many([r], verdicts_only=True))) for r in records
    ]
    assert answers[0] == answers[1] == {"t.age": Verdict.VIOLATION}
    assert answers[2] == {"t.age": Verdict.COMPLIANT}
    assert sum(isinstance(a, list) for a in answers) >= 6  # rejected, each as the reader does


def test_remembered_results_are_the_results_judged_afresh() -> None:
    """A result with its words is remembered by the law, the reading's warnings and the values of
    the names the law depends on (`CompiledVersion.depends`), not by the day: shipped scenarios of
    every domain (every eighth), each checked by a book that has judged the ones before it (on
    other days, with other facts), give what a book that remembers nothing gives."""
    folder = Path(__file__).resolve().parent.parent / "scenarios"
    scenarios = [hrlaw.load_scenario(p) for p in sorted(folder.rglob("*.yaml"))[::8]]
    assert len({s.date for s in scenarios}) > 30  # many days of events
    warm = hrlaw.RuleBook(BOOK.checked, BOOK.digest)
    fresh = hrlaw.RuleBook(BOOK.checked, BOOK.digest)
    reused = 0
    for scenario in scenarios:
        before = len(warm.compiled.result_memo)
        got = warm.check(scenario)
        # fewer results remembered than made: some came from the scenarios checked before
        reused += len(warm.compiled.result_memo) - before < len(got.results)
        fresh.compiled.result_memo.clear()
        assert got == fresh.check(scenario), scenario.path
    assert reused > len(scenarios) // 2
