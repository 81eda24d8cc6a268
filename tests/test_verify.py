"""`hrlaw verify` (issue 9): per provision and law, a witness for each verdict some case reaches
and the verdicts none does; clauses that can never matter; exceptions that hold together without
a priority; provisions no case can comply with at once. Both backends — z3 (the `verify` extra)
and the bounded search — are run and must agree; every witness is confirmed by `hrlaw check`.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw import model as m
from hrlaw import verify as analyses
from hrlaw.check import in_force
from hrlaw.cli import app
from hrlaw.diagnostics import Code
from hrlaw.report import Verdict
from hrlaw.values import Percent
from hrlaw.verify.analysis import Verification
from hrlaw.verify.grid import rates
from hrlaw.verify.laws import laws
from tests.helpers import book_from

REPO = Path(__file__).resolve().parent.parent
BOOK = hrlaw.load_rulebook()
DEFINES = BOOK.checked.defines
ENGINES = [
    "search",
    pytest.param(
        "z3",
        marks=pytest.mark.skipif(not analyses.z3_available(), reason="z3-solver not installed"),
    ),
]


@pytest.fixture(scope="module")
def searched() -> Verification:
    return analyses.verify(BOOK, "search")


@pytest.fixture(scope="module")
def proved() -> Verification:
    pytest.importorskip("z3")
    return analyses.verify(BOOK, "z3")


def summary(found: Verification) -> list[object]:
    """What an analysis concludes, without the witnesses' values (which backends choose)."""
    out: list[object] = []
    for x in found.laws:
        out.append(
            (
                x.law.provision.id,
                x.law.label,
                [(r.verdict, r.reachable, r.every_fact_known) for r in x.verdicts],
                x.open_when_known.reachable,
                [(c.clause, c.question, c.answer) for c in x.checks],
                [(o.first.label, o.second.label) for o in x.overlaps],
            )
        )
    out.append([(c.first.provision.id, c.second.provision.id) for c in found.conflicts])
    return out


# ------------------------------------------------------------------ the shipped rule base
# Provisions no case can violate on the reports' words: every failure of the rule falls under an
# `unsettled` clause (the verdict is then undetermined, with the reason and the quotes)
NEVER_VIOLATED = {
    # the reports only say a court "may choose" these restraints, not that no one else may
    ("detention.alternative_restraints", "kz2017"),
    ("detention.alternative_restraints", "kz2021"),
    # "a minimal punishment" for fraud may be a ceiling for basic fraud or only the lightest one
    ("penalty.fraud_minimal", "kz2021"),
    # powers: employers "may fire" strikers after a court declares a strike illegal, and
    # prosecutors "may file criminal charges" against organizers; the reports do not say that
    # either is allowed only then
    ("strike.dismissal_after_court_declares_illegal", "kz2017"),
    ("strike.dismissal_after_court_declares_illegal", "kz2021"),
    ("strike.organizer_criminal_liability", "kz2017"),
    ("strike.organizer_criminal_liability", "kz2021"),
    # companies "may refuse" injury compensation when the worker breached safety rules; the reports
    # state no duty to pay compensation otherwise
    ("osh.injury_compensation_refusal", "kz2017"),
    ("osh.injury_compensation_refusal", "kz2021"),
    # a power: the reports say the KNB is empowered to investigate corruption by security,
    # anticorruption-bureau and military officers, not that no other body may
    (
        "corruption.knb_investigates_security_officers",
        "kz2017",
    ),
    ("corruption.knb_investigates_security_officers", "kz2021"),
    # 2017: the report only says what refugees and asylum seekers are not entitled to (no social
    # benefits, allowances, accommodation; financial or medical assistance for specific needs)
    ("refugee.social_benefits", "kz2017"),
    # 2017: a disagreement "may be presented" to the tripartite commission (2021: it is)
    ("labor.tripartite_commission", "kz2017"),
    # powers: the prosecutor general (2017), the cabinet and listed agencies (2021) may suspend
    # communications without a court order; the reports do not say every other suspension needs one
    ("internet.suspension_without_court_order", "kz2017"),
    ("internet.suspension_without_court_order", "kz2021"),
}


def test_the_shipped_rule_base_is_clean_with_a_witness_per_reachable_verdict(
    searched: Verification,
) -> None:
    assert searched.findings == []
    assert {x.law.provision.id for x in searched.laws} == {p.id for p in BOOK.provisions}
    for x in searched.laws:
        pid = x.law.provision.id
        assert [r.verdict for r in x.verdicts] == [
            Verdict.VIOLATION,
            Verdict.COMPLIANT,
            Verdict.NOT_APPLICABLE,
            Verdict.UNDETERMINED,
        ]
        for reach in x.verdicts:
            if reach.witness is not None:
                assert reach.witness.expect == {pid: reach.verdict}
                assert reach.witness.day == x.law.day
        # the undetermined witness is a case as a lawyer meets it: touched, a fact left out
        undetermined = x.verdicts[-1]
        assert undetermined.reachable and not undetermined.every_fact_known, pid
        assert x.verdicts[0].reachable is ((pid, x.law.label) not in NEVER_VIOLATED), pid
        assert x.verdicts[1].reachable, pid


def test_a_provision_that_always_applies_has_no_not_applicable_witness(
    searched: Verification,
) -> None:
    # bail.eligibility applies when `bail.granted or not bail.granted`: every case it has facts for
    bail = [x for x in searched.laws if x.law.provision.id == "bail.eligibility"]
    assert bail and all(x.unreachable == [Verdict.NOT_APPLICABLE] for x in bail)
    never = [x for x in searched.laws if (x.law.provision.id, x.law.label) in NEVER_VIOLATED]
    assert len(never) == len(NEVER_VIOLATED)
    assert all(x.unreachable == [Verdict.VIOLATION] for x in never)
    others = [
        x
        for x in searched.laws
        if x.law.provision.id != "bail.eligibility"
        and (x.law.provision.id, x.law.label) not in NEVER_VIOLATED
    ]
    assert all(not x.unreachable for x in others)


def test_each_law_a_provision_is_stated_as_is_analysed(searched: Verification) -> None:
    for p in BOOK.provisions:
        analysed = [x.law for x in searched.laws if x.law.provision.id == p.id]
        assert [law.label for law in analysed] == [law.label for law in laws(BOOK.compiled, p)]
        for law in analysed:  # each law is what the provision says under its report that day
            expected = in_force(BOOK.checked, p, law.source, BOOK.checked.timeline, law.day)
            assert law.clauses == expected
    labels = {x.law.label for x in searched.laws if x.law.provision.id.startswith("overtime.prem")}
    assert labels == {"kz2017", "kz2021", "kz2017 (events until 2016-12-31)"}


def test_open_with_every_fact_known_says_why(searched: Verification) -> None:
    by = {(x.law.provision.id, x.law.label): x.open_when_known for x in searched.laws}
    charge_2021 = by[("detention.charge_deadline", "kz2021")]
    assert charge_2021.reachable and "72 hours" in (charge_2021.why or "")
    assert not by[("detention.charge_deadline", "kz2017")].reachable  # no contested clause then
    # a regular pay of 0 tenge would leave the overtime rate without a value, but the rule
    # base declares it at least a tiyn: no valid case leaves the 2021 rate open
    assert not by[("overtime.premium_min_50pct", "kz2021")].reachable


def test_the_backends_agree_on_the_shipped_rule_base(
    searched: Verification, proved: Verification
) -> None:
    assert proved.engine == "z3" and searched.engine == "search"
    assert proved.notes == []  # z3 answered every question itself
    assert summary(proved) == summary(searched)


def test_every_witness_written_passes_hrlaw_check(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "witnesses"
    done = runner.invoke(
        app,
        ["verify", "--engine", "search", "--write-witnesses", str(out), "-p", "bail.eligibility"],
    )
    assert done.exit_code == 0, done.output
    files = sorted(out.rglob("*.yaml"))
    assert len(files) == 7  # two laws: 3 + 4 witnesses (no not_applicable; 2017 open when known)
    assert not list(out.rglob("*.tmp"))  # written atomically: no temporary file left
    checked = runner.invoke(app, ["check", *map(str, files), "--format", "json"])
    reports = json.loads(checked.stdout)
    assert len(reports) == len(files)
    assert all(e["met"] for r in reports for e in r["expectations"])
    assert sum(len(r["expectations"]) for r in reports) == len(files)


# ------------------------------------------------------------------ findings
DEAD = """
  exception never for minimum_age "a worker who is not employed"
    when not worker.employed
    waived
    cite kz2017.child_labor, kz2021.child_labor "children ages 14 through 16 may perform light work"
"""


@pytest.fixture
def dead_rules(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    path = folder / "child_labor.hrl"
    text = path.read_text(encoding="utf-8")
    anchor = '    explain "the worker was {worker.age} years old (light-work band'
    at = text.index(anchor)
    end = text.index("\n", at) + 1
    path.write_text(text[:end] + DEAD + text[end:], encoding="utf-8")
    yield folder


@pytest.mark.parametrize("engine", ENGINES)
def test_an_exception_that_cannot_fire_makes_verify_exit_1_naming_it(
    dead_rules: Path, engine: str
) -> None:
    done = CliRunner().invoke(
        app,
        ["verify", "--rules", str(dead_rules), "--engine", engine, "-p", "child_labor.minimum_age"],
    )
    assert done.exit_code == 1, done.output
    assert (
        "warning[HR601]: exception `never` of `child_labor.minimum_age` can never hold"
        in done.output
    )
    line = (dead_rules / "child_labor.hrl").read_text(encoding="utf-8").splitlines().index(
        '  exception never for minimum_age "a worker who is not employed"'
    ) + 1
    assert f"child_labor.hrl:{line}:3" in done.output
    assert "! exception `never`: never holds where the provision applies" in done.output


SMALL = """
fact c.flag: bool ask "Flag?"
fact c.x: duration in hours ask "How long?"
fact c.kind: one of {p, q} ask "Which?"
"""


def cite(text: str = "q") -> str:
    return f'cite s1 "Section A" "{text}"\n    cite s2 "Section A" "{text}"'


def findings(text: str, engine: str) -> list[tuple[Code, str]]:
    found = analyses.verify(book_from(SMALL + text), engine)
    return [(f.code, f.message) for f in found.findings]


@pytest.mark.parametrize("engine", ENGINES)
def test_requirements_that_can_never_fail_or_never_hold(engine: str) -> None:
    text = f"""
provision t.p "P" {{
  applies when c.flag
  require always "always met": c.flag or c.x <= 1 hour
    {cite()}
  require never "never met": not c.flag and c.x <= 1 hour
    {cite()}
  require fine "can go either way": c.x <= 48 hours
    {cite()}
}}
"""
    got = findings(text, engine)
    assert sorted(code for code, _ in got) == [
        Code.REQUIREMENT_NEVER_FAILS,
        Code.REQUIREMENT_NEVER_HOLDS,
    ]
    messages = dict(got)
    assert "requirement `always`" in messages[Code.REQUIREMENT_NEVER_FAILS]
    assert "requirement `never`" in messages[Code.REQUIREMENT_NEVER_HOLDS]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_contested_clause_that_cannot_trigger(engine: str) -> None:
    text = f"""
provision t.p "P" {{
  require limit "within 48 hours": c.x <= 48 hours
    {cite()}
  contested early for limit "only shorter stays are disputed" when c.x <= 24 hours
    {cite()}
  contested late for limit "longer stays are disputed" when c.x >= 60 hours
    {cite()}
}}
"""
    got = findings(text, engine)
    assert [code for code, _ in got] == [Code.DEAD_CONTESTED]
    assert "contested clause `early`" in got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_exceptions_that_hold_together_without_a_priority(engine: str) -> None:
    text = f"""
provision t.p "P" {{
  require limit "within 48 hours": c.x <= 48 hours
    {cite()}
  exception a for limit "flagged: 72 hours" when c.flag require c.x <= 72 hours
    {cite()}
  exception b for limit "kind p: 24 hours" when c.kind is p require c.x <= 24 hours
    {cite()}
  exception c for limit "kind q: waived" when c.kind is q waived
    {cite()}
}}
"""
    found = analyses.verify(book_from(SMALL + text), engine)
    pairs = [(o.first.label, o.second.label) for x in found.laws for o in x.overlaps]
    assert sorted(set(pairs)) == [("a", "b"), ("a", "c")]  # b and c exclude each other
    for x in found.laws:
        for o in x.overlaps:
            assert o.witness.facts["c.flag"] is True
    assert {f.code for f in found.findings} == {Code.EXCEPTIONS_HOLD_TOGETHER}
    prioritised = text.replace('"kind p: 24 hours" when', '"kind p: 24 hours" priority over a when')
    again = analyses.verify(book_from(SMALL + prioritised), engine)
    assert [(o.first.label, o.second.label) for x in again.laws for o in x.overlaps] == [
        ("a", "c"),
        ("a", "c"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_provisions_that_demand_opposite_things_conflict(engine: str) -> None:
    text = f"""
provision t.keep "Keep it p" {{
  applies when c.flag
  require p "the kind is p": c.kind is p
    {cite()}
}}
provision t.other "Make it q when long" {{
  applies when c.flag and c.x >= 10 hours
  require q "the kind is q": c.kind is q
    {cite()}
}}
"""
    found = analyses.verify(book_from(SMALL + text), engine)
    assert [(c.first.provision.id, c.second.provision.id) for c in found.conflicts] == [
        ("t.keep", "t.other"),
        ("t.keep", "t.other"),
    ]  # under each report
    conflict = found.conflicts[0]
    first, second = conflict.witnesses
    assert first.expect == {"t.keep": Verdict.COMPLIANT, "t.other": Verdict.VIOLATION}
    assert second.expect == {"t.keep": Verdict.VIOLATION, "t.other": Verdict.COMPLIANT}
    assert {f.code for f in found.findings} == {Code.PROVISIONS_CONFLICT}
    # when one of them yields, there is no conflict
    calm = text.replace(
        'require q "the kind is q": c.kind is q', 'require q "not long": c.x <= 100 hours'
    )
    assert analyses.verify(book_from(SMALL + calm), engine).conflicts == []


# ------------------------------------------------------------------ the command
def test_verify_json_names_each_law_verdict_and_witness() -> None:
    done = CliRunner().invoke(
        app, ["verify", "--engine", "search", "--format", "json", "-p", "detention.charge_deadline"]
    )
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert data["engine"] == "search" and data["findings"] == []
    (entry,) = data["provisions"]
    assert [law["law"] for law in entry["laws"]] == ["kz2017", "kz2021"]
    law = entry["laws"][1]
    assert set(law["verdicts"]) == {"violation", "compliant", "not_applicable", "undetermined"}
    violation = law["verdicts"]["violation"]["witness"]
    assert violation["expect"] == {"detention.charge_deadline": "violation"}
    assert violation["facts"]["arrest.made"] == "true"
    assert law["undetermined_with_every_fact_known"]["reachable"] is True
    assert data["summary"]["laws"] == 2


def test_verify_refuses_bad_input_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    unknown = runner.invoke(app, ["verify", "-p", "no.such"])
    assert unknown.exit_code == 2 and "HR501" in unknown.output
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    blocked = runner.invoke(
        app,
        [
            "verify",
            "--engine",
            "search",
            "-p",
            "strike.notice_5_days",
            "--write-witnesses",
            str(a_file),
        ],
    )
    assert blocked.exit_code == 2 and "HR609" in blocked.output
    monkeypatch.setattr(analyses, "z3_available", lambda: False)
    missing = runner.invoke(app, ["verify", "--engine", "z3"])
    assert missing.exit_code == 2 and "HR607" in missing.output
    assert "Traceback" not in missing.output
    fallback = runner.invoke(app, ["verify", "-p", "strike.meeting_quorum_half"])
    assert fallback.exit_code == 0 and "engine: search" in fallback.output


def test_the_search_scales_by_every_rate_a_derived_fact_is_compared_with() -> None:
    # `overtime.pay_ratio` is compared with 1.25, 1.5 and 2: each is a rate, not only the first
    # comparison that reads it
    p = BOOK.provision("overtime.premium_min_50pct")
    exprs: list[m.Expr] = []
    for _, body in p.bodies():
        exprs += [r.expr for r in body.requirements] + [c.when for c in body.contested]
        exprs += [x.when for x in body.exceptions]
    found = {c.ratio if isinstance(c, Percent) else Fraction(c) for c in rates(exprs, DEFINES)}
    assert {Fraction(5, 4), Fraction(3, 2), Fraction(2)} <= found
