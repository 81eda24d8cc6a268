"""Semantics pinned case by case: the paths a mutation run found untested (`if … then … else`
with a false or unknown condition, the ends of a report's period, contested clauses, missing facts,
margins and default explanations, division by zero, the checker's types and units).

Each test builds its own rule book, so the provisions are compiled inside the test: a mutation
tool that links tests to the functions they run (mutmut does) sees every test that exercises the
compiler, not only the first one that filled a cache.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import SOURCES, book_from, diagnostics

from hrlaw import Scenario, Verdict
from hrlaw import model as m
from hrlaw.diagnostics import Code, HrlawError
from hrlaw.law import Timeline
from hrlaw.report import ConflictKind, Outcome, Result
from hrlaw.rulebook import RuleBook, RuleFile, build

DAY = date(2021, 6, 1)  # under report s2 (2021-01-01 to 2021-12-31)


def result(book: RuleBook, pid: str, day: date = DAY, **facts: object) -> Result:
    given = {name.replace("__", "."): value for name, value in facts.items()}
    return book.check(Scenario(date=day, facts=given)).result(pid)


def missing(res: Result) -> set[str]:
    return {f.fact for f in res.missing}


V, C, U, NA = Verdict.VIOLATION, Verdict.COMPLIANT, Verdict.UNDETERMINED, Verdict.NOT_APPLICABLE


# ------------------------------------------------------------------ if … then … else
IF_RULES = """
fact c.a: bool
fact c.b: bool
fact c.n: integer
provision t.if "branching" {
  version s2 { require r "branching": if c.a then c.b else not c.b cite s2 "S" "q" }
}
provision t.num "a number from branches" {
  version s2 { require r "small": (if c.a then c.n else c.n + 10) <= 20 cite s2 "S" "q" }
}
provision t.same "agreeing branches" {
  version s2 { require r "agreeing": if c.a then c.b else c.b cite s2 "S" "q" }
}
"""


def test_if_then_else_takes_the_else_branch_when_the_condition_is_false() -> None:
    book = book_from(IF_RULES)
    assert result(book, "t.if", c__a=False, c__b=True).verdict is V
    assert result(book, "t.if", c__a=False, c__b=False).verdict is C
    assert result(book, "t.if", c__a=True, c__b=True).verdict is C
    assert result(book, "t.if", c__a=True, c__b=False).verdict is V
    assert result(book, "t.num", c__a=False, c__n=15).verdict is V  # 25 > 20
    assert result(book, "t.num", c__a=True, c__n=15).verdict is C
    assert result(book, "t.num", c__a=False, c__n=5).verdict is C


def test_if_then_else_with_an_unknown_condition() -> None:
    book = book_from(IF_RULES)
    # the branches differ: the condition decides, so it is missing
    res = result(book, "t.if", c__b=True)
    assert (res.verdict, missing(res)) == (U, {"c.a"})
    res = result(book, "t.num", c__n=15)
    assert (res.verdict, missing(res)) == (U, {"c.a"})
    # nothing known: both facts are missing
    res = result(book, "t.if")
    assert (res.verdict, missing(res)) == (U, {"c.a", "c.b"})
    # a known condition leaves only its branch's facts missing
    assert missing(result(book, "t.if", c__a=False)) == {"c.b"}
    assert missing(result(book, "t.num", c__a=True)) == {"c.n"}
    # branches that agree decide without the condition
    assert result(book, "t.same", c__b=True).verdict is C
    assert result(book, "t.same", c__b=False).verdict is V
    # 5 or 15: unlike values, but both <= 20: every case complies, so nothing is missing
    res = result(book, "t.num", c__n=5)
    assert (res.verdict, missing(res)) == (C, set())


# ------------------------------------------------------------------ the law in force
def test_first_and_last_covered_day_of_each_report() -> None:
    book = book_from(
        'fact c.a: bool\nprovision t.p "p" { require r "r": c.a cite s1 "S" "q" cite s2 "S" "q" }'
    )
    timeline = Timeline(book.sources.values())

    def readings(day: date) -> list[tuple[str, tuple[str, ...]]]:
        return [(r.source.id, r.warnings) for r in timeline.readings(day)]

    assert readings(date(2017, 1, 1)) == [("s1", ())]
    assert readings(date(2017, 12, 31)) == [("s1", ())]
    assert readings(date(2021, 1, 1)) == [("s2", ())]
    assert readings(date(2021, 12, 31)) == [("s2", ())]
    [(source, (warning,))] = readings(date(2016, 12, 31))
    assert source == "s1" and "before the period the sources cover" in warning
    # between the reports, the law of both is weighed, from the first day after one report's
    # period to the last day before the other's
    for day in (date(2018, 1, 1), date(2020, 12, 31)):
        both = readings(day)
        assert [source for source, _ in both] == ["s1", "s2"]
        for _, (warning,) in both:
            assert "falls between the reports" in warning
            assert "(2018-01-01 to 2020-12-31): the law of both is weighed" in warning
    [(source, (warning,))] = readings(date(2022, 1, 1))
    assert source == "s2" and "changes after 2021-12-31 are not covered" in warning
    # the engine reports the law it applied, with the same warnings
    res = result(book, "t.p", date(2021, 1, 1), c__a=True)
    assert (res.version, res.warnings) == ("s2", [])
    res = result(book, "t.p", date(2022, 1, 1), c__a=True)
    assert res.version == "s2" and len(res.warnings) == 1


def test_dated_bounds_include_their_day() -> None:
    book = book_from(
        "fact c.a: bool\n"
        'provision t.p "p" { since 2021-03-01 until 2021-09-30\n'
        '  require r "r": c.a cite s2 "S" "q" }\n'
    )
    assert result(book, "t.p", date(2021, 2, 28), c__a=False).verdict is NA
    assert result(book, "t.p", date(2021, 3, 1), c__a=False).verdict is V
    assert result(book, "t.p", date(2021, 9, 30), c__a=False).verdict is V
    assert result(book, "t.p", date(2021, 10, 1), c__a=False).verdict is NA
    res = result(book, "t.p", date(2021, 10, 1), c__a=False)
    assert res.explanation == "not in force on 2021-10-01"
    assert result(book, "t.p", date(2017, 6, 1), c__a=False).verdict is NA  # before the change
    # a report that does not state the provision: unknown, never a verdict
    book = book_from(
        'fact c.a: bool\nprovision t.v "v" { version s2 { require r "r": c.a cite s2 "S" "q" } }'
    )
    res = result(book, "t.v", date(2017, 6, 1), c__a=False)
    assert (res.verdict, res.applies, res.missing) == (U, None, [])
    assert res.explanation == (
        "the `s1` report does not state this provision; whether it was law for events of "
        "2017-06-01 is not known"
    )


# ------------------------------------------------------------------ contested clauses
CONTESTED = """
fact c.ok: bool
fact c.kind: one of {holiday, other}
provision t.c "contested" {
  version s2 {
    require r "ok": c.ok cite s2 "S" "q"
    contested other_rate for r "the report also gives a lower rate" when c.kind is holiday
      cite s2 "S" "other"
  }
}
"""


def test_a_contested_clause_with_an_unknown_condition_never_makes_a_violation() -> None:
    book = book_from(CONTESTED)
    res = result(book, "t.c", c__ok=False)
    assert (res.verdict, missing(res)) == (U, {"c.kind"})
    assert res.requirements[0].outcome is Outcome.UNKNOWN and not res.conflicts
    # the condition holds: the failure is contested, with both quotes
    res = result(book, "t.c", c__ok=False, c__kind="holiday")
    assert (res.verdict, missing(res)) == (U, set())
    assert res.requirements[0].outcome is Outcome.CONTESTED
    (conflict,) = res.conflicts
    assert conflict.text == "the report also gives a lower rate"
    assert [c.quote for c in conflict.citations] == ["q", "other"]
    assert res.explanation.endswith("but the sources conflict: the report also gives a lower rate")
    assert conflict.kind is ConflictKind.CONTRADICTION
    # the condition does not hold: a plain violation
    assert result(book, "t.c", c__ok=False, c__kind="other").verdict is V
    # the requirement holds: nothing to contest
    assert result(book, "t.c", c__ok=True).verdict is C
    # both unknown: both are missing
    assert missing(result(book, "t.c")) == {"c.ok", "c.kind"}
    assert missing(result(book, "t.c", c__kind="other")) == {"c.ok"}


def test_an_unsettled_clause_is_a_question_left_open_not_a_contradiction() -> None:
    """Same effect as `contested`, other words: the reports leave the question open."""
    book = book_from(CONTESTED.replace("contested other_rate", "unsettled other_rate"))
    res = result(book, "t.c", c__ok=False, c__kind="holiday")
    assert (res.verdict, missing(res)) == (U, set())
    assert res.requirements[0].outcome is Outcome.CONTESTED
    (conflict,) = res.conflicts
    assert conflict.kind is ConflictKind.UNSETTLED
    assert res.explanation.endswith(
        "but the reports leave it open: the report also gives a lower rate"
    )
    assert "conflict" not in res.explanation
    assert result(book, "t.c", c__ok=False, c__kind="other").verdict is V
    assert missing(result(book, "t.c", c__ok=False)) == {"c.kind"}


def test_every_clause_that_holds_is_shown_not_only_the_first() -> None:
    """A contradiction and a question left open, both holding: the lawyer reads both."""
    both = CONTESTED.replace(
        '      cite s2 "S" "other"\n',
        '      cite s2 "S" "other"\n'
        '    unsettled gap for r "the report does not say who pays" when c.kind is holiday\n'
        '      cite s2 "S" "gap"\n',
    )
    res = result(book_from(both), "t.c", c__ok=False, c__kind="holiday")
    assert res.verdict is U and res.requirements[0].outcome is Outcome.CONTESTED
    (conflict,) = res.conflicts
    assert conflict.text == "the report also gives a lower rate; the report does not say who pays"
    assert [c.quote for c in conflict.citations] == ["q", "other", "gap"]
    assert conflict.kind is ConflictKind.CONTRADICTION
    assert res.explanation.endswith(
        "but the sources conflict and leave it open: the report also gives a lower rate; "
        "the report does not say who pays"
    )


EITHER_WAY = """
fact j.employed: bool ask "Employed?"
fact j.refused: bool ask "Refused a job?"
fact j.kind: one of { government, private } ask "Which job?"
provision t.j "jobs" {
  applies when j.employed or j.refused
  require not_gov "no government job": not (j.employed and j.kind is government)
    cite s1 "S" "a" cite s2 "S" "a"
  require not_refused "no private job refused": not (j.refused and j.kind is private)
    cite s1 "S" "b" cite s2 "S" "b"
}
"""


def test_a_breach_whatever_the_answer_but_of_no_one_clause_asks_which() -> None:
    """Every answer breaches a requirement, but not the same one: no single clause can be cited,
    so the verdict stays undetermined, and the fact that says which clause is asked."""
    book = book_from(EITHER_WAY)
    res = result(book, "t.j", j__employed=True, j__refused=True)
    assert (res.verdict, missing(res)) == (U, {"j.kind"})
    assert res.explanation.endswith("but which one depends on them")
    assert result(book, "t.j", j__employed=True, j__refused=True, j__kind="private").verdict is V
    assert result(book, "t.j", j__employed=True, j__refused=False).verdict is U


# ------------------------------------------------------------------ missing facts
def test_missing_facts_are_the_union_when_applicability_and_requirement_are_unknown() -> None:
    book = book_from(
        "fact c.a: bool\nfact c.b: bool\nfact c.c: bool\n"
        'provision t.p "p" { version s2 { applies when c.a\n'
        '  require r "r": c.b cite s2 "S" "q"\n'
        '  require s "s": c.c cite s2 "S" "q" } }\n'
    )
    res = result(book, "t.p")
    assert (res.verdict, res.applies, missing(res)) == (U, None, {"c.a", "c.b", "c.c"})
    assert res.explanation == "whether it applies is not known yet"
    res = result(book, "t.p", c__b=True)
    assert (res.verdict, missing(res)) == (U, {"c.a", "c.c"})
    res = result(book, "t.p", c__b=False, c__c=True)  # a failure still waits for `applies`
    assert (res.verdict, missing(res)) == (U, {"c.a"})
    assert res.explanation.startswith("whether it applies is not known yet; r: not met")
    res = result(book, "t.p", c__a=True, c__b=True)
    assert (res.verdict, res.applies, missing(res)) == (U, True, {"c.c"})
    res = result(book, "t.p", c__a=False)
    assert (res.verdict, res.applies, missing(res)) == (NA, False, set())
    assert res.explanation == "does not apply to these facts (c.a = no)"
    res = result(book, "t.p", c__a=True, c__b=False)  # one failure decides, open or not
    assert (res.verdict, missing(res)) == (V, set())
    assert [f.requirement for f in res.failed] == ["r"]
    res = result(book, "t.p", c__a=True, c__b=True, c__c=True)
    assert (res.verdict, missing(res), res.failed) == (C, set(), [])


# ------------------------------------------------------------------ margins and explanations
LIMITS = """
fact c.h: duration in hours
fact c.pay: money
fact c.p: percent
fact c.n: integer in persons
fact c.m: integer
fact c.flag: bool
define c.wait = c.h means "time waited"
provision t.le "le" { version s2 { require r "at most 48 hours": c.h <= 48 hours cite s2 "S" "q" } }
provision t.lt "lt" { version s2 { require r "under 48 hours": c.h < 48 hours cite s2 "S" "q" } }
provision t.ge "ge" {
  version s2 { require r "at least 1000 tenge": c.pay >= 1000 tenge cite s2 "S" "q" }
}
provision t.gt "gt" { version s2 { require r "more than 10%": c.p > 10% cite s2 "S" "q" } }
provision t.pc "pc" { version s2 { require r "at most 50%": c.p <= 50% cite s2 "S" "q" } }
provision t.cnt "cnt" { version s2 { require r "at most 10": c.n <= 10 cite s2 "S" "q" } }
provision t.sub "sub" {
  version s2 { require r "waited at most 2 days": c.wait <= 2 days cite s2 "S" "q" }
}
provision t.div "div" { version s2 { require r "ratio": c.n / c.m <= 2 cite s2 "S" "q" } }
provision t.money_div "money ratio" {
  version s2 { require r "pay ratio": c.pay / (c.pay - c.pay) <= 2 cite s2 "S" "q" }
}
provision t.flag "flag" {
  version s2 { applies when c.n > 0 require r "the flag is set": c.flag cite s2 "S" "q" }
}
provision t.mix "mix" {
  version s2 { require r "flag and time": c.flag and c.h <= 48 hours cite s2 "S" "q" }
}
provision t.tpl "template" {
  version s2 {
    require r "at most 48 hours": c.h <= 48 hours cite s2 "S" "q"
      explain "held {value}; the limit is {limit} ({margin}); {margins}"
  }
}
"""
AT_LIMIT = {"c.h": "48 hours", "c.pay": "1000 tenge", "c.p": "50%", "c.n": 10, "c.m": 0}


def explanations(book: RuleBook, facts: dict[str, object]) -> dict[str, tuple[Verdict, str]]:
    report = book.check(Scenario(date=DAY, facts=facts))
    return {r.provision: (r.verdict, r.explanation) for r in report.results}


def test_margins_at_the_limit_for_every_kind_of_quantity() -> None:
    got = explanations(book_from(LIMITS), {**AT_LIMIT, "c.flag": True})
    assert got["t.le"] == (C, "c.h is 48 hours (must be at most 48 hours; exactly at the limit)")
    assert got["t.lt"] == (V, "c.h is 48 hours (must be less than 48 hours; exactly at the limit)")
    assert got["t.ge"] == (
        C,
        "c.pay is 1,000 tenge (must be at least 1,000 tenge; exactly at the minimum)",
    )
    assert got["t.pc"] == (C, "c.p is 50% (must be at most 50%; exactly at the limit)")
    assert got["t.gt"] == (C, "c.p is 50% (must be more than 10%; 40% above the minimum)")
    assert got["t.cnt"] == (
        C,
        "c.n is 10 persons (must be at most 10 persons; exactly at the limit)",
    )
    # a derived fact is named by its `means`
    assert got["t.sub"] == (
        C,
        "time waited is 2 days (must be at most 2 days; exactly at the limit)",
    )
    assert got["t.tpl"] == (
        C,
        "held 48 hours; the limit is 48 hours (exactly at the limit); "
        "c.h: 48 hours, exactly at the limit of 48 hours",
    )
    # a limit inside a larger condition is measured with the limit named
    assert got["t.mix"] == (
        C,
        "flag and time: met (c.h: 48 hours, exactly at the limit of 48 hours)",
    )


def test_margins_over_and_within_the_limit() -> None:
    over = {"c.h": "50 hours", "c.pay": "900 tenge", "c.p": "60%", "c.n": 12, "c.m": 3}
    got = explanations(book_from(LIMITS), {**over, "c.flag": False})
    assert got["t.le"] == (V, "c.h is 50 hours (must be at most 48 hours; 2 hours over the limit)")
    assert got["t.lt"] == (
        V,
        "c.h is 50 hours (must be less than 48 hours; 2 hours over the limit)",
    )
    assert got["t.ge"] == (
        V,
        "c.pay is 900 tenge (must be at least 1,000 tenge; 100 tenge short of the minimum)",
    )
    assert got["t.pc"] == (V, "c.p is 60% (must be at most 50%; 10% over the limit)")
    assert got["t.cnt"] == (
        V,
        "c.n is 12 persons (must be at most 10 persons; 2 persons over the limit)",
    )
    assert got["t.div"] == (V, "the value is 4 (must be at most 2; 2 over the limit)")
    assert got["t.flag"] == (V, "the flag is set: not met (c.flag = no)")
    assert got["t.mix"] == (
        V,
        "flag and time: not met (c.h: 50 hours, 2 hours over the limit of 48 hours)",
    )
    under = {"c.h": "40 hours", "c.pay": "1200 tenge", "c.p": "10%", "c.n": 0, "c.m": 5}
    got = explanations(book_from(LIMITS), under)
    assert got["t.le"] == (
        C,
        "c.h is 40 hours (must be at most 48 hours; 8 hours within the limit)",
    )
    assert got["t.ge"] == (
        C,
        "c.pay is 1,200 tenge (must be at least 1,000 tenge; 200 tenge above the minimum)",
    )
    assert got["t.gt"] == (V, "c.p is 10% (must be more than 10%; exactly at the minimum)")
    assert got["t.flag"] == (NA, "does not apply to these facts (c.n = 0 persons)")
    assert got["t.mix"] == (
        U,
        "flag and time: not decided (c.h: 40 hours, 8 hours within the limit of 48 hours)",
    )


def test_division_by_zero_is_unknown_with_nothing_to_ask() -> None:
    book = book_from(LIMITS)
    for pid in ("t.div", "t.money_div"):
        res = result(book, pid, c__n=10, c__m=0, c__pay="1000 tenge")
        assert (res.verdict, res.missing) == (U, []), pid
        assert res.requirements[0].outcome is Outcome.UNKNOWN
    assert result(book, "t.div", c__n=10, c__m=0).explanation == (
        "the value is undefined (must be at most 2)"
    )


def test_default_explanations_without_values() -> None:
    book = book_from(LIMITS)
    res = result(book, "t.le")
    assert res.requirements[0].explanation == "c.h is not given (must be at most 48 hours)"
    res = result(book, "t.flag", c__n=1)
    assert res.requirements[0].explanation == "the flag is set: not decided"
    assert result(book, "t.flag", c__n=1, c__flag=True).explanation == (
        "the flag is set: met (c.flag = yes)"
    )
    res = result(book, "t.mix")
    assert res.explanation == "flag and time: not decided (no limit could be measured yet)"


def test_an_exception_names_its_own_comparison_and_a_waiver_its_text() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.heavy: bool\nfact c.sick: bool\n"
        'provision t.p "p" { version s2 {\n'
        '  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"\n'
        '  exception heavy for r "heavy work: 36 hours" when c.heavy\n'
        '    require c.h <= 36 hours cite s2 "S" "q2"\n'
        '  exception sick for r "sick leave" when c.sick waived priority over heavy\n'
        '    cite s2 "S" "q3"\n} }\n'
    )
    res = result(book, "t.p", c__h="38 hours", c__heavy=True, c__sick=False)
    assert res.verdict is V
    assert res.explanation == "c.h is 38 hours (must be at most 36 hours; 2 hours over the limit)"
    assert [c.quote for c in res.failed[0].citations] == ["q2"]
    assert res.failed[0].text == "heavy work: 36 hours"
    assert res.requirements[0].exception == "heavy work: 36 hours"
    res = result(book, "t.p", c__h="38 hours", c__heavy=True, c__sick=True)
    assert (res.verdict, res.explanation) == (C, "waived: sick leave")
    assert res.requirements[0].outcome is Outcome.WAIVED
    res = result(book, "t.p", c__h="38 hours", c__heavy=False, c__sick=False)
    assert res.verdict is C and res.requirements[0].exception is None
    # an undecided exception whose cases agree decides; otherwise it is missing
    assert result(book, "t.p", c__h="30 hours", c__sick=False).verdict is C
    res = result(book, "t.p", c__h="38 hours", c__sick=False)
    assert (res.verdict, missing(res)) == (U, {"c.heavy"})


def test_two_exceptions_without_priority_are_a_dispute() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.a: bool\nfact c.b: bool\n"
        'provision t.p "p" { version s2 {\n'
        '  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"\n'
        '  exception ea for r "a: 36 hours" when c.a require c.h <= 36 hours cite s2 "S" "qa"\n'
        '  exception eb for r "b: 44 hours" when c.b require c.h <= 44 hours cite s2 "S" "qb"\n'
        "} }\n"
    )
    res = result(book, "t.p", c__h="38 hours", c__a=True, c__b=True)
    assert res.verdict is U and res.missing == []
    (conflict,) = res.conflicts
    assert conflict.text == (
        "exceptions `ea` and `eb` both apply and the rules give neither priority: "
        "a: 36 hours; b: 44 hours"
    )
    assert [c.quote for c in conflict.citations] == ["qa", "qb"]
    # both hold but agree: no dispute
    res = result(book, "t.p", c__h="30 hours", c__a=True, c__b=True)
    assert res.verdict is C and not res.conflicts


# ------------------------------------------------------------------ the checker: types and units
def types_of(text: str) -> dict[str, m.Type]:
    return dict(book_from(text).checked.define_types)


FACTS = """
fact c.a: bool
fact c.n: integer
fact c.x: number
fact c.h: duration
fact c.d: date
fact c.t: datetime
fact c.pay: money
fact c.p: percent
fact c.kind: one of {p, q}
fact c.other: one of {p, r}
fact c.set: set of {p, q}
fact c.set2: set of {p, r}
"""


def test_types_of_arithmetic_and_branches() -> None:
    got = types_of(
        FACTS
        + "define c.i1 = if c.a then 1 else 2\n"
        + "define c.i2 = if c.a then 1 else 2.5\n"
        + "define c.i3 = if c.a then c.h else 2 hours\n"
        + "define c.i4 = if c.a then c.kind else c.kind\n"
        + "define c.d1 = c.d + 3 days\n"
        + "define c.d2 = 3 days + c.d\n"
        + "define c.d3 = c.d - c.d\n"
        + "define c.d4 = c.t - 2 hours\n"
        + "define c.r1 = c.pay / c.pay\n"
        + "define c.r2 = c.n / c.n\n"
        + "define c.r3 = c.n * c.n\n"
        + "define c.r4 = c.pay * 150%\n"
        + "define c.r5 = c.p * c.p\n"
        + "define c.r6 = c.p * 2\n"
        + "define c.r7 = c.h / 2\n"
        + "define c.r8 = c.p / 2\n"
        + "define c.r9 = c.h / c.h\n"
        + "define c.r10 = -c.pay\n"
    )
    K = m.Kind
    expected = {
        "c.i1": m.INTEGER,
        "c.i2": m.NUMBER,
        "c.i3": m.DURATION,
        "c.i4": m.Type(K.ENUM, ("p", "q")),
        "c.d1": m.DATE,
        "c.d2": m.DATE,
        "c.d3": m.DURATION,
        "c.d4": m.DATETIME,
        "c.r1": m.NUMBER,
        "c.r2": m.NUMBER,
        "c.r3": m.INTEGER,
        "c.r4": m.MONEY,
        "c.r5": m.PERCENT,
        "c.r6": m.NUMBER,
        "c.r7": m.DURATION,
        "c.r8": m.PERCENT,
        "c.r9": m.NUMBER,
        "c.r10": m.MONEY,
    }
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("expr", "code", "message", "help"),
    [
        ("c.pay + 5", Code.UNIT_MISMATCH, "cannot compute money + integer",
         "add and subtract like with like; a date or datetime moves by a duration"),
        ("c.d + c.t", Code.UNIT_MISMATCH, "cannot compute date + datetime",
         "make both facts dates, or both datetimes"),
        ("c.d + c.d", Code.UNIT_MISMATCH, "cannot compute date + date",
         "add and subtract like with like; a date or datetime moves by a duration"),
        ("c.h - c.d", Code.UNIT_MISMATCH, "cannot compute duration - date",
         "add and subtract like with like; a date or datetime moves by a duration"),
        ("c.pay * c.pay", Code.UNIT_MISMATCH, "cannot compute money * money",
         "multiply a quantity by a number or percent; divide like by like"),
        ("c.n / c.pay", Code.UNIT_MISMATCH, "cannot compute integer / money",
         "multiply a quantity by a number or percent; divide like by like"),
        ("c.a + 1", Code.TYPE_MISMATCH, "cannot compute bool + integer",
         "multiply a quantity by a number or percent; divide like by like"),
        ("-c.a", Code.TYPE_MISMATCH, "cannot negate a bool", None),
        ("if c.a then c.h else c.pay", Code.TYPE_MISMATCH,
         "the branches of `if` differ: duration and money",
         "both branches must have the same type"),
        ("if c.n then 1 else 2", Code.TYPE_MISMATCH,
         "the condition of `if` must be bool, not integer",
         "write a condition such as `x <= 48 hours` or `x is hazardous`"),
    ],
)  # fmt: skip
def test_type_and_unit_errors_of_expressions(
    expr: str, code: Code, message: str, help: str | None
) -> None:
    (diag,) = diagnostics(FACTS + f"define c.bad = {expr}\n")
    assert (diag.code, diag.message, diag.help) == (code, message, help)
    assert diag.span is not None and diag.span.text.strip() != ""


@pytest.mark.parametrize(
    ("expr", "message", "help"),
    [
        ("c.n in {p}", "`in` needs an enumeration on its left, not integer",
         "use `includes any of` for a set"),
        ("c.kind in c.set2", "`in` needs a set such as `{a, b}` on its right, not set of {p, r}",
         None),
        ("c.kind not in c.n", "`not in` needs a set such as `{a, b}` on its right, not integer",
         None),
        ("c.kind includes any of {p}",
         "`includes any of` needs a set on its left, not one of {p, q}",
         "use `in` for a single enumeration value"),
        ("c.set includes all of c.set2", "`includes all of` needs a set of the same values, not "
         "set of {p, r}", None),
        ("c.kind is c.other", "cannot compare one of {p, q} with one of {p, r}",
         "compare like with like, e.g. a duration with `48 hours`, money with `1000 tenge`"),
        ("c.kind < p", "enumeration values can only be compared with `is`", None),
        ("c.n is p", "cannot compare integer with an enumeration value", None),
    ],
)  # fmt: skip
def test_membership_and_enumeration_type_errors(expr: str, message: str, help: str | None) -> None:
    (diag,) = diagnostics(FACTS + f"define c.bad = {expr}\n")
    assert (diag.code, diag.message, diag.help) == (Code.TYPE_MISMATCH, message, help)


def test_well_typed_membership_and_comparisons_pass() -> None:
    got = types_of(
        FACTS
        + "define c.m1 = c.kind in {p}\n"
        + "define c.m2 = c.kind in c.set\n"
        + "define c.m3 = c.set includes all of {p}\n"
        + "define c.m4 = c.set includes any of c.set\n"
        + "define c.m5 = c.set = {p, q}\n"
        + "define c.m6 = p is c.kind\n"
        + "define c.m7 = c.n < c.x\n"
        + "define c.m8 = c.d < 2021-01-01\n"
        + "define c.m9 = c.n = c.x\n"
    )
    assert all(got[f"c.m{i}"] == m.BOOL for i in range(1, 10))


@pytest.mark.parametrize(
    ("expr", "message"),
    [
        ("c.kind in {p, z}", "`z` is not one of {p, q}"),
        ("c.kind is z", "`z` is not one of {p, q}"),
        ("c.set includes any of {z}", "`z` is not one of {p, q}"),
        ("c.set = {z}", "`z` is not one of {p, q}"),
    ],
)
def test_unknown_enumeration_values_are_named(expr: str, message: str) -> None:
    (diag,) = diagnostics(FACTS + f"define c.bad = {expr}\n")
    assert (diag.code, diag.message) == (Code.UNKNOWN_ENUM_VALUE, message)
    assert diag.help == "add it to the fact's values"


def test_unit_mismatch_in_a_comparison_and_its_help() -> None:
    (diag,) = diagnostics(FACTS + "define c.bad = c.h <= 48 tenge\n")
    assert (diag.code, diag.message) == (Code.UNIT_MISMATCH, "cannot compare duration with money")
    assert diag.help == (
        "compare like with like, e.g. a duration with `48 hours`, money with `1000 tenge`"
    )
    (diag,) = diagnostics(FACTS + "define c.bad = c.a <= true\n")
    assert (diag.code, diag.message) == (Code.TYPE_MISMATCH, "cannot compare bool with bool")


# ------------------------------------------------------------------ the checker: reporting
def test_a_clause_checked_under_two_reports_is_reported_once() -> None:
    found = diagnostics(
        'fact c.a: bool\nprovision t.p "p" {\n'
        '  require r "r": c.a cite s1 "S" "q" cite s2 "S" "q"\n'
        '  require r "again": c.a cite s1 "S" "q" cite s2 "S" "q"\n}\n'
    )
    (diag,) = found
    assert (diag.code, diag.message) == (Code.DUPLICATE, "requirement `r` is defined twice")
    assert diag.help == "first defined at t.hrl:3:3"
    assert diag.span is not None and diag.span.line == 4


def test_undeclared_sources_are_named_with_a_suggestion() -> None:
    found = diagnostics(
        'fact c.a: bool\nprovision t.p "p" { version s11 { require r "r": c.a cite s1 "S" "q" } }\n'
    )
    diag = next(d for d in found if d.code is Code.UNKNOWN_SOURCE)
    assert (diag.message, diag.help) == ("undeclared source `s11`", "did you mean `s1`?")
    found = diagnostics('fact c.a: bool\nprovision t.p "p" { since zz require r "r": c.a }\n')
    diag = next(d for d in found if d.code is Code.UNKNOWN_SOURCE)
    assert (diag.message, diag.help) == ("undeclared source `zz`", "declare it with `source`")


def test_a_duplicate_provision_names_where_it_was_first_defined() -> None:
    found = diagnostics(
        'fact c.a: bool\nprovision t.p "p" { require r "r": c.a cite s1 "S" "q" cite s2 "S" "q" }\n'
        'provision t.p "p" { require r "r": c.a cite s1 "S" "q" cite s2 "S" "q" }\n'
    )
    (diag,) = found
    assert (diag.message, diag.help) == ("provision `t.p` is defined twice", "first defined at "
                                         "t.hrl:2:1")  # fmt: skip


# ------------------------------------------------------------ what the first mutation run left
def test_negation_is_evaluated_and_unknown_stays_unknown() -> None:
    book = book_from(
        "fact c.n: integer\nfact c.h: duration\n"
        'provision t.neg "negated" {\n'
        '  version s2 { require r "r": -c.n >= -10 and c.h - -2 hours <= 10 hours\n'
        '    cite s2 "S" "q" }\n}\n'
    )
    assert result(book, "t.neg", c__n=5, c__h="8 hours").verdict is C
    assert result(book, "t.neg", c__n=12, c__h="8 hours").verdict is V
    assert result(book, "t.neg", c__n=5, c__h="9 hours").verdict is V  # 9 + 2 > 10
    res = result(book, "t.neg", c__h="8 hours")
    assert (res.verdict, missing(res)) == (U, {"c.n"})


def test_a_limit_written_as_arithmetic_is_shown_in_its_unit() -> None:
    book = book_from(
        "fact c.h: duration\nfact c.pay: money\nfact c.regular: money\n"
        'provision t.p "p" {\n'
        '  version s2 { require r "r": c.h <= 48 hours * 2 cite s2 "S" "q" }\n}\n'
        'provision t.q "q" {\n'
        '  version s2 { require r "r": c.pay >= c.regular * 150% cite s2 "S" "q" }\n}\n'
    )
    assert result(book, "t.p", c__h="100 hours").explanation == (
        "c.h is 100 hours (must be at most 96 hours; 4 hours over the limit)"
    )
    assert result(book, "t.q", c__pay="1400 tenge", c__regular="1000 tenge").explanation == (
        "c.pay is 1,400 tenge (must be at least 1,500 tenge; 100 tenge short of the minimum)"
    )


PARAMETER = """
parameter c.limit: duration in hours
  s1 72 hours
    cite s1 "S" "q"
  s2 48 hours
    cite s2 "S" "q"
fact c.h: duration in hours
fact c.heavy: bool
define c.over = c.h > c.limit means "whether the limit was passed"
provision t.p "p" {
  require r "within {c.limit}": not c.over
    cite s1 "S" "q"
    cite s2 "S" "q"
  exception heavy for r "heavy work: within {c.limit} less a day" when c.heavy
    require c.h <= c.limit - 24 hours
    cite s1 "S" "q"
    cite s2 "S" "q"
}
"""


def test_a_derived_fact_reads_the_parameter_of_the_law_in_force() -> None:
    book = book_from(PARAMETER)
    # 60 hours: within the 2017 limit of 72 hours, over the 2021 limit of 48
    assert result(book, "t.p", date(2017, 6, 1), c__h="60 hours", c__heavy=False).verdict is C
    res = result(book, "t.p", DAY, c__h="60 hours", c__heavy=False)
    assert res.verdict is V and res.failed[0].text == "within 48 hours"
    res = result(book, "t.p", DAY, c__h="30 hours", c__heavy=True)
    assert res.verdict is V and res.failed[0].text == "heavy work: within 48 hours less a day"
    assert res.explanation == "c.h is 30 hours (must be at most 24 hours; 6 hours over the limit)"
    res = result(book, "t.p", date(2017, 6, 1), c__h="30 hours", c__heavy=True)
    assert res.verdict is C and res.requirements[0].exception == (
        "heavy work: within 72 hours less a day"
    )


def test_default_explanations_name_every_fact_read_in_its_words() -> None:
    book = book_from(
        'fact c.a: bool\nfact c.kind: one of {holiday "holiday work", other}\n'
        'provision t.p "p" {\n'
        '  version s2 { require r "both": c.a and c.kind is holiday cite s2 "S" "q" }\n}\n'
    )
    res = result(book, "t.p", c__a=True, c__kind="other")
    assert res.explanation == "both: not met (c.a = yes, c.kind = other)"
    res = result(book, "t.p", c__a=True, c__kind="holiday")
    assert res.explanation == "both: met (c.a = yes, c.kind = holiday work)"


def test_a_dispute_between_exceptions_is_said_in_the_explanation() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.a: bool\nfact c.b: bool\n"
        'provision t.p "p" { version s2 {\n'
        '  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"\n'
        '  exception ea for r "a: 36 hours" when c.a require c.h <= 36 hours cite s2 "S" "qa"\n'
        '  exception eb for r "b: 44 hours" when c.b require c.h <= 44 hours cite s2 "S" "qb"\n'
        "} }\n"
    )
    res = result(book, "t.p", c__h="38 hours", c__a=True, c__b=True)
    assert res.explanation.endswith(
        "; two exceptions apply and the rules give neither priority: a: 36 hours; b: 44 hours"
    )


def test_a_provision_not_yet_in_force_does_not_apply() -> None:
    book = book_from(
        'fact c.a: bool\nprovision t.p "p" { since 2021-03-01\n'
        '  require r "r": c.a cite s2 "S" "q" }\n'
    )
    res = result(book, "t.p", date(2021, 2, 1), c__a=False)
    assert (res.verdict, res.applies, res.requirements) == (NA, False, [])


def test_checker_errors_are_kept_apart_by_file_and_place() -> None:

    body = (
        'provision t.{0} "p" {{ require r "r": true cite s1 "S" "q" cite s2 "S" "q" penalty x }}\n'
    )
    files = [
        RuleFile("a.hrl", body.format("a").encode()),
        RuleFile("b.hrl", (body.format("b") + body.format("c")).encode()),
        RuleFile("s.hrl", SOURCES.encode()),
    ]
    with pytest.raises(HrlawError) as caught:
        build(files)
    places = [(d.span.file.name, d.span.line) for d in caught.value.diagnostics if d.span]
    assert caught.value.codes == ["HR318"] * 3
    assert places == [("a.hrl", 1), ("b.hrl", 1), ("b.hrl", 2)]


def test_a_duplicate_section_and_an_undeclared_source_are_located() -> None:
    found = diagnostics(
        'source s3 "Three" { year 2019 covers 2019-01-01 to 2019-12-31\n'
        '  section a "A"\n  section a "A again" }\n'
    )
    (diag,) = found
    assert (diag.code, diag.message, diag.help) == (
        Code.DUPLICATE,
        "section of `s3` `a` is defined twice",
        None,
    )
    assert diag.span is not None and diag.span.line == 3
    found = diagnostics('fact c.a: bool\nprovision t.p "p" { since zz require r "r": c.a }\n')
    diag = next(d for d in found if d.code is Code.UNKNOWN_SOURCE)
    assert diag.span is not None and diag.span.text == "since zz"


def test_a_branch_with_an_error_is_reported_once_and_branch_types_must_match() -> None:
    (diag,) = diagnostics(FACTS + "define c.bad = if c.a then c.nothing else 1\n")
    assert (diag.code, diag.message) == (Code.UNKNOWN_NAME, "unknown fact `c.nothing`")
    (diag,) = diagnostics(FACTS + "define c.bad = if c.a then 1 else c.h\n")
    assert diag.message == "the branches of `if` differ: integer and duration"


def test_limits_written_on_the_left_or_as_a_product_keep_their_unit() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.flag: bool\nfact c.pay: money\nfact c.regular: money\n"
        'provision t.right "unit on the right of a product" {\n'
        '  version s2 { require r "r": c.h <= 2 * 48 hours cite s2 "S" "q" }\n}\n'
        'provision t.left "a limit on the left" {\n'
        '  version s2 { require r "r": 48 hours >= c.h cite s2 "S" "q" }\n}\n'
        'provision t.inside "limits inside a condition" {\n'
        '  version s2 { require r "both limits": c.flag and 48 hours >= c.h\n'
        '    and c.pay >= c.regular * 150% cite s2 "S" "q" }\n}\n'
    )
    assert result(book, "t.right", c__h="100 hours").explanation == (
        "c.h is 100 hours (must be at most 96 hours; 4 hours over the limit)"
    )
    assert result(book, "t.left", c__h="100 hours").explanation == (
        "the value is 48 hours (must be at least 100 hours; 52 hours short of the minimum)"
    )
    res = result(
        book, "t.inside", c__flag=False, c__h="100 hours", c__pay="1400 tenge",
        c__regular="1000 tenge",
    )  # fmt: skip
    assert res.explanation == (
        "both limits: not met (the value: 48 hours, 52 hours short of the minimum of 100 hours; "
        "c.pay: 1,400 tenge, 100 tenge short of the minimum of 1,500 tenge)"
    )


def test_a_clause_with_its_own_date_of_change_is_left_out_before_it() -> None:
    book = book_from(
        "fact c.a: bool\nfact c.b: bool\n"
        'provision t.p "p" { version s2 {\n'
        '  require r1 "r1": c.a cite s2 "S" "q"\n'
        '  require r2 "r2 from March": c.b since 2021-03-01 cite s2 "S" "q"\n} }\n'
    )
    res = result(book, "t.p", date(2021, 2, 1), c__a=True, c__b=False)
    assert res.verdict is C and [q.requirement for q in res.requirements] == ["r1"]
    res = result(book, "t.p", date(2021, 3, 1), c__a=True, c__b=False)
    assert res.verdict is V and [f.requirement for f in res.failed] == ["r2"]


def test_explanations_and_notes_show_the_parameters_of_the_law_in_force() -> None:
    book = book_from(
        PARAMETER.replace(
            '  exception heavy for r "heavy work',
            '    explain "held {c.h}; {c.h} against {c.limit}: {margins}"\n'
            '  note "the limit is {c.limit}" cite s1 "S" "q" cite s2 "S" "q"\n'
            '  exception heavy for r "heavy work',
        ).replace("not c.over", "not c.over and c.h <= 96 hours")
    )
    res = result(book, "t.p", DAY, c__h="60 hours", c__heavy=False)
    assert res.explanation == (
        "held 60 hours; 60 hours against 48 hours: c.h: 60 hours, 36 hours within the limit of "
        "96 hours"
    )
    assert [n.text for n in res.notes] == ["the limit is 48 hours"]
    res = result(book, "t.p", date(2017, 6, 1), c__h="60 hours", c__heavy=False)
    assert [n.text for n in res.notes] == ["the limit is 72 hours"]


def test_placeholders_show_durations_in_their_unit_and_counts_without_it() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.n: integer in persons\n"
        'provision t.p "p" { version s2 {\n'
        '  require r "at most 48 hours": c.h <= 48 hours cite s2 "S" "q"\n'
        '    explain "{c.n} workers held {c.h}, {margin}"\n} }\n'
    )
    res = result(book, "t.p", c__h="96 hours", c__n=10)
    assert res.explanation == "10 workers held 96 hours, 48 hours over the limit"


def test_priority_is_transitive() -> None:
    book = book_from(
        "fact c.h: duration in hours\nfact c.a: bool\nfact c.b: bool\nfact c.c: bool\n"
        'provision t.p "p" { version s2 {\n'
        '  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"\n'
        '  exception ea for r "a: 30 hours" when c.a require c.h <= 30 hours priority over eb\n'
        '    cite s2 "S" "qa"\n'
        '  exception eb for r "b: 50 hours" when c.b require c.h <= 50 hours priority over ec\n'
        '    cite s2 "S" "qb"\n'
        '  exception ec for r "c: 60 hours" when c.c require c.h <= 60 hours cite s2 "S" "qc"\n'
        "} }\n"
    )
    res = result(book, "t.p", c__h="45 hours", c__a=True, c__b=True, c__c=True)
    assert res.verdict is V and res.failed[0].text == "a: 30 hours"  # ea beats ec through eb
    res = result(book, "t.p", c__h="45 hours", c__a=True, c__b=False, c__c=True)
    assert res.verdict is V and res.failed[0].text == "a: 30 hours"
    res = result(book, "t.p", c__h="55 hours", c__a=False, c__b=True, c__c=True)
    assert res.verdict is V and res.failed[0].text == "b: 50 hours"


@pytest.mark.parametrize(("open_exceptions", "outcome"), [(8, Outcome.MET), (9, Outcome.UNKNOWN)])
def test_up_to_eight_undecided_exceptions_are_weighed_case_by_case(
    open_exceptions: int, outcome: Outcome
) -> None:
    facts = "".join(f"fact c.e{i}: bool\n" for i in range(open_exceptions))
    exceptions = "".join(
        f'  exception x{i} for r "x{i}" when c.e{i} waived cite s2 "S" "q"\n'
        for i in range(open_exceptions)
    )
    book = book_from(
        f'fact c.ok: bool\n{facts}provision t.p "p" {{ version s2 {{\n'
        f'  require r "ok": c.ok cite s2 "S" "q"\n{exceptions}}} }}\n'
    )
    # the requirement holds, so every exception, waived or not, leaves it met: the requirement
    # is decided when its cases can be weighed, and not past the limit of cases; the verdict is
    # then settled by supervaluation over the facts not given (every completion complies)
    res = result(book, "t.p", c__ok=True)
    assert res.requirements[0].outcome is outcome
    assert res.verdict is C
    settled = "every case gives this verdict" in res.explanation
    assert settled is (outcome is Outcome.UNKNOWN)


# ------------------------------------------------------------ the checker: assignments and calls
def test_parameter_values_and_arguments_must_fit_their_declared_types() -> None:
    ok = book_from(
        FACTS
        + 'parameter c.whole: integer\n  s1 -5\n    cite s1 "S" "q"\n'
        + 'parameter c.ratio: number\n  s1 2\n    cite s1 "S" "q"\n'
        + 'parameter c.dated: duration\n  from 2017-01-01 1 hour\n    cite s1 "S" "q"\n'
        + '  from 2017-06-01 2 hours\n    cite s1 "S" "q"\n'
        + "define f(x: one of {p, q}) = x is p\n"
        + "define g(x: set of {p, q}) = x includes any of {p}\n"
        + "define h(x: number) = x > 1\n"
        + "define c.f = f(p)\ndefine c.g = g({p})\ndefine c.h1 = h(2)\n"
    )
    assert ok.parameters["c.whole"].rows[0].value is not None
    found = diagnostics(
        FACTS
        + 'parameter c.whole: integer\n  s1 1.5\n    cite s1 "S" "q"\n'
        + 'parameter c.many: integer\n  s1 c.n\n    cite s1 "S" "q"\n'
        + '  s2 2 hours\n    cite s2 "S" "q"\n'
    )
    assert [(d.code, d.message, d.span.text if d.span else None) for d in found] == [
        (Code.PARAMETER_VALUE_INVALID, "a value of `c.whole` must be integer, not number", "1.5"),
        (
            Code.PARAMETER_VALUE_INVALID,
            "a value of `c.many` must be written out, such as `48 hours`",
            "c.n",
        ),
        (
            Code.PARAMETER_VALUE_INVALID,
            "a value of `c.many` must be integer, not duration",
            "2 hours",
        ),
    ]
    # calls are checked with the definitions, before the parameters
    found = diagnostics(
        FACTS
        + "define f(x: one of {p, q}) = x is p\n"
        + "define g(x: set of {p, q}) = x includes any of {p}\n"
        + "define h(x: integer) = x > 1\n"
        + "define c.f = f({p})\ndefine c.g = g(p)\ndefine c.h1 = h(1.5)\ndefine c.h2 = h(c.h)\n"
        + "define k(x: number) = x > 1\ndefine c.k2 = k(c.h)\n"
    )
    assert [(d.code, d.message, d.span.text if d.span else None) for d in found] == [
        (
            Code.INVALID_CALL,
            "argument `x` of `f` must be one of {p, q}, not set of enumeration values",
            "{p}",
        ),
        (
            Code.INVALID_CALL,
            "argument `x` of `g` must be set of {p, q}, not enumeration value",
            "p",
        ),
        (Code.INVALID_CALL, "argument `x` of `h` must be integer, not number", "1.5"),
        (Code.INVALID_CALL, "argument `x` of `h` must be integer, not duration", "c.h"),
        (Code.INVALID_CALL, "argument `x` of `k` must be number, not duration", "c.h"),
    ]


def test_the_type_of_a_call_is_its_definitions() -> None:
    (diag,) = diagnostics(FACTS + "define f(x: duration) = x <= 1 hour\ndefine c.k1 = f(c.h) + 1\n")
    assert diag.message == "cannot compute bool + integer"
    assert (
        types_of(FACTS + "define f(x: duration) = x + 1 hour\ndefine c.k1 = f(c.h)\n")["c.k1"]
        == m.DURATION
    )


@pytest.mark.parametrize(
    ("expr", "message", "where"),
    [
        ("c.n * c.d", "cannot compute integer * date", "c.n * c.d"),
        ("c.d / 2", "cannot compute date / integer", "c.d / 2"),
        ("c.p / c.d", "cannot compute percent / date", "c.p / c.d"),
        ("c.nothing + 1", "unknown fact `c.nothing`", "c.nothing"),
        ("1 + c.nothing", "unknown fact `c.nothing`", "c.nothing"),
        ("c.nothing in {p}", "unknown fact `c.nothing`", "c.nothing"),
        ("c.kind in c.nothing", "unknown fact `c.nothing`", "c.nothing"),
        ("c.n in {p}", "`in` needs an enumeration on its left, not integer", "c.n"),
        ("c.kind in c.n", "`in` needs a set such as `{a, b}` on its right, not integer", "c.n"),
        ("c.kind includes any of {p}", "`includes any of` needs a set on its left, not "
         "one of {p, q}", "c.kind"),
        ("c.set includes all of c.set2", "`includes all of` needs a set of the same values, not "
         "set of {p, r}", "c.set2"),
        ("c.kind in {p, z}", "`z` is not one of {p, q}", "{p, z}"),
    ],
)  # fmt: skip
def test_each_type_error_is_reported_once_where_it_is(expr: str, message: str, where: str) -> None:
    (diag,) = diagnostics(FACTS + f"define c.bad = {expr}\n")
    assert diag.message == message
    assert diag.span is not None and diag.span.text == where


def test_clause_checks_name_the_kind_of_clause_and_help() -> None:
    found = diagnostics(
        'fact c.a: bool\npenalty fine "a fine" cite s1 "S" "q"\n'
        'provision t.p "p" {\n  require r "r": c.a cite s1 "S" "q" cite s2 "S" "q"\n'
        '  contested c for zzz "c" when c.a cite s1 "S" "q" cite s2 "S" "q"\n'
        '  exception e2 for r "e" when c.a waived cite s1 "S" "q" cite s2 "S" "q"\n'
        '  exception e1 for r "e" when c.a waived priority over e2x cite s1 "S" "q"\n'
        '    cite s2 "S" "q"\n'
        "  penalty fine\n}\n"
    )
    got = [(d.code, d.message, d.help) for d in found if d.code is not Code.OVERLAPPING_EXCEPTIONS]
    assert got == [
        (
            Code.MISSING_CITATION,
            "penalty `fine` is in force under `s2` but cites nothing from it",
            'add `cite s2.SECTION "verbatim quote"`, or bound the clause with `since`/`until` if '
            "`s2` does not state it",
        ),
        (
            Code.UNKNOWN_REQUIREMENT,
            "contested clause `c` is for `zzz`, which is not a requirement under `s1`",
            "name a requirement of this provision",
        ),
        (
            Code.UNKNOWN_REQUIREMENT,
            "contested clause `c` is for `zzz`, which is not a requirement under `s2`",
            "name a requirement of this provision",
        ),
        (
            Code.UNKNOWN_LABEL,
            "`e1` takes priority over `e2x`, which is not an exception of this provision under "
            "`s1`",
            "did you mean `e2`?",
        ),
        (
            Code.UNKNOWN_LABEL,
            "`e1` takes priority over `e2x`, which is not an exception of this provision under "
            "`s2`",
            "did you mean `e2`?",
        ),
    ]


# ------------------------------------------------------------ the third run's survivors
EXCEPTIONS = """
fact c.h: duration in hours
fact c.a: bool
fact c.b: bool
fact c.flag: bool
provision t.p "p" { version s2 {
  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"
    explain "held {value}; the limit is {limit}"
  exception ea for r "a: 36 hours" when c.a require c.h <= 36 hours cite s2 "S" "qa"
    explain "a: held {value} against {limit}"
  exception eb for r "b: 44 hours" when c.b require c.h <= 44 hours priority over ea
    cite s2 "S" "qb"
} }
provision t.q "q" { version s2 {
  require r "at most 40 hours": c.h <= 40 hours cite s2 "S" "q"
    explain "held {value}; the limit is {limit}"
  exception flagged for r "a flag instead" when c.a require c.flag cite s2 "S" "q"
} }
provision t.never "never applies" { version s2 {
  applies when false
  note "a note shown even when it does not apply"
  require r "r": c.flag cite s2 "S" "q"
} }
"""


def test_an_undecided_exception_decides_only_when_every_case_has_the_same_winner() -> None:
    book = book_from(EXCEPTIONS)
    # whatever c.a is, eb holds and beats ea: eb decides, in its words
    res = result(book, "t.p", c__h="42 hours", c__b=True)
    assert res.verdict is C and res.requirements[0].exception == "b: 44 hours"
    assert res.explanation == "held 42 hours; the limit is 44 hours"
    # c.a open, nothing else holds: the cases agree (30 hours passes both limits), no exception
    # decided it, so the requirement's own words and limit are used
    res = result(book, "t.p", c__h="30 hours", c__b=False)
    assert res.verdict is C and res.requirements[0].exception is None
    assert res.explanation == "held 30 hours; the limit is 40 hours"


def test_a_deciding_exception_uses_its_own_explanation() -> None:
    book = book_from(EXCEPTIONS)
    res = result(book, "t.p", c__h="38 hours", c__a=True, c__b=False)
    assert res.verdict is V and res.explanation == "a: held 38 hours against 36 hours"


def test_a_replacement_without_a_limit_falls_back_to_the_default_words() -> None:
    book = book_from(EXCEPTIONS)
    res = result(book, "t.q", c__h="38 hours", c__a=True, c__flag=False)
    # (the words come from the requirement, not from its `{value}` template, which has no value)
    assert res.verdict is V and res.explanation.startswith("at most 40 hours: not met")


def test_not_applicable_without_facts_keeps_its_notes() -> None:
    res = result(book_from(EXCEPTIONS), "t.never", c__flag=True)
    assert (res.verdict, res.explanation) == (NA, "does not apply to these facts")
    assert [n.text for n in res.notes] == ["a note shown even when it does not apply"]
