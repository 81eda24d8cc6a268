"""`hrlaw diff A B` (issue 9): every provision whose law changed between two reports, each with a
minimal case whose verdict differs under the two laws — written as one scenario per report, each
confirmed by `hrlaw check` — and both explanations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw import verify as analyses
from hrlaw.check import in_force, parameters_used, stated
from hrlaw.cli import app
from hrlaw.explain import value_text

BOOK = hrlaw.load_rulebook()
ENGINES = [
    "search",
    pytest.param(
        "z3",
        marks=pytest.mark.skipif(not analyses.z3_available(), reason="z3-solver not installed"),
    ),
]


def changed_logic(first: str, second: str) -> set[str]:
    """The provisions whose clauses in force (other than penalties and notes) or parameter values
    differ between the two reports' periods, read straight from the checked rule base."""
    book, tl = BOOK.checked, BOOK.checked.timeline
    a, b = book.sources[first], book.sources[second]
    day_a, day_b = a.covers_from, b.covers_from
    assert day_a is not None and day_b is not None
    out = set()
    for p in book.provisions:
        if stated(p, a, tl) != stated(p, b, tl):  # one report states it, the other is silent
            out.add(p.id)
            continue
        la, lb = in_force(book, p, a, tl, day_a), in_force(book, p, b, tl, day_b)
        clauses = [(x.requirements, x.exceptions, x.contested, x.applies) for x in (la, lb)]
        values = [
            {
                n: value_text(tl.row(book.parameters[n], s, d).value)
                for n in parameters_used(book, x)
            }  # type: ignore[union-attr]
            for x, s, d in ((la, a, day_a), (lb, b, day_b))
        ]
        if clauses[0] != clauses[1] or values[0] != values[1]:
            out.add(p.id)
    return out


# Clauses changed, but no case gets a different verdict: a `contested` clause stated by 2017 alone
# holds only where an `unsettled` clause of both reports holds (a refugee parent is never the only
# kind of parent the provision asks for), so the verdict is undetermined under either law.
NO_CASE_DIFFERS = {
    "citizenship.children_of_recognized_stateless",
    "citizenship.by_birth_and_parentage",
}


@pytest.mark.parametrize("engine", ENGINES)
def test_every_change_has_a_witness_that_hrlaw_check_confirms(engine: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "witnesses"
    done = runner.invoke(
        app,
        ["diff", "kz2017", "kz2021", "--engine", engine, "--format", "json",
         "--write-witnesses", str(out)],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    logic = {c["provision"] for c in data["changes"] if c["verdicts_can_differ"]}
    assert logic == changed_logic("kz2017", "kz2021")
    unchanged = set(data["unchanged"]) | {c["provision"] for c in data["changes"]}
    assert unchanged == {p.id for p in BOOK.provisions}
    written = sorted(out.rglob("*.yaml"))
    checked = runner.invoke(app, ["check", *map(str, written), "--format", "json"])
    reports = {Path(r["scenario"]["path"]).resolve(): r for r in json.loads(checked.stdout)}
    for change in data["changes"]:
        if not change["verdicts_can_differ"]:
            assert change["witnesses"] is None
            continue
        if change["provision"] in NO_CASE_DIFFERS:
            assert change["witnesses"] is None and change["verdicts"] is None
            continue
        first, second = change["witnesses"]
        assert first["date"].startswith("2017") and second["date"].startswith("2021")
        verdicts = change["verdicts"]
        assert verdicts[0] != verdicts[1]
        for witness, verdict in zip((first, second), verdicts, strict=True):
            (expectation,) = reports[(out / witness["name"]).resolve()]["expectations"]
            assert expectation == {
                "provision": change["provision"],
                "expected": verdict,
                "actual": verdict,
                "met": True,
                "encoded_in": None,
            }
            # the same case, only the date of its events moved into the other report's period
        assert first["facts"].keys() == second["facts"].keys()


def test_a_changed_limit_is_explained_with_the_value_and_both_limits() -> None:
    found = analyses.diff(
        BOOK, "kz2017", "kz2021", "search", ["detention.release_without_court_approval"]
    )
    (change,) = found.changes
    assert change.summary == (
        "time from the arrest until the detention facility received the court decision approving "
        "the arrest: 60 hours: compliant under 72 hours (kz2017), violation under 48 hours (kz2021)"
    )
    assert any(
        "`detention.approval_limit`: 72 hours (kz2017), 48 hours (kz2021)" in w for w in change.what
    )
    assert change.witnesses is not None
    kz2017, kz2021 = change.witnesses
    assert (
        "60 hours, 12 hours within the limit of 72 hours"
        in kz2017.explanations[change.provision.id]
    )
    assert (
        "60 hours, 12 hours over the limit of 48 hours" in kz2021.explanations[change.provision.id]
    )


def test_text_output_and_a_change_that_no_verdict_shows() -> None:
    done = CliRunner().invoke(app, ["diff", "kz2017", "kz2021", "--engine", "search"])
    assert done.exit_code == 0, done.output
    assert "strike.notice_5_days" in done.output
    assert "no verdict can differ (only penalties or notes changed)" in done.output
    assert "violation under 48 hours (kz2021)" in done.output
    same = CliRunner().invoke(app, ["diff", "kz2021", "kz2021", "--engine", "search"])
    assert same.exit_code == 0 and "0 provisions changed" in same.output


def test_an_unknown_report_is_refused() -> None:
    done = CliRunner().invoke(app, ["diff", "kz2017", "kz2022"])
    assert done.exit_code == 2
    assert "error[HR608]: unknown report `kz2022`" in done.output
    assert "did you mean `kz2021`?" in done.output
