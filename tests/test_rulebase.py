"""The shipped rule base against the catalogue: the 16 core provisions, both report versions,
every quote verbatim, and the public API used the way another tool would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrlaw
from hrlaw.check import in_force, stated
from hrlaw.citations import all_citations, check_citations

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
# the ★ provisions of ../shared/provisions/README.md, under the catalogue's ids
CORE = {
    "arrest.statement_within_3h",
    "detention.release_without_court_approval",
    "detention.charge_deadline",
    "pretrial.max_term",
    "pretrial.not_longer_than_potential_sentence",
    "bail.eligibility",
    "trial.mandatory_defense_counsel",
    "strike.meeting_quorum_half",
    "strike.notice_5_days",
    "strike.prohibited_occupations",
    "child_labor.minimum_age",
    "child_labor.hazardous_work_minors",
    "hours.workweek_max",
    "overtime.daily_cap",
    "overtime.premium_min_50pct",
    "overtime.no_compulsory_no_hazardous",
}


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook()


def test_every_core_provision_is_stated_by_both_reports(book: hrlaw.RuleBook) -> None:
    ids = {p.id for p in book.provisions}
    assert ids >= CORE
    for p in book.provisions:
        # a provision only one report states is bounded with `since`/`until` (language v2)
        expected = [
            s.id for s in book.checked.timeline.sources if stated(p, s, book.checked.timeline)
        ]
        assert book.describe(p.id)["reports"] == expected, p.id
        if p.id in CORE:
            assert expected == ["kz2017", "kz2021"], p.id


def test_every_clause_in_force_cites_the_report_it_is_in_force_under(book: hrlaw.RuleBook) -> None:
    checked = book.checked
    for p in book.provisions:
        for src in checked.timeline.sources:
            if not stated(p, src, checked.timeline):
                continue  # a provision one report does not state (`since`/`until` on it)
            law = in_force(checked, p, src)
            for item in (*law.requirements, *law.exceptions, *law.contested, *law.penalties):
                assert any(c.source == src.id for c in item.citations), (p.id, src.id)


def test_no_provision_is_written_once_per_report(book: hrlaw.RuleBook) -> None:
    # language v2: one body per provision, the reports as its evidence
    assert all(not p.versions for p in book.provisions)


def test_the_changed_limits_are_parameters_cited_per_report(book: hrlaw.RuleBook) -> None:
    for name, hours in (
        ("detention.approval_limit", (72, 48)),
        ("detention.charge_limit", (72, 48)),
    ):
        rows = {row.source: row for row in book.parameters[name].rows}
        assert set(rows) == {"kz2017", "kz2021"}
        for source, expected in zip(("kz2017", "kz2021"), hours, strict=True):
            assert f"{expected} hours" in rows[source].citations[0].quote
            assert all(c.source == source for c in rows[source].citations)


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the reports are not beside this checkout")
def test_every_quote_is_verbatim_in_its_report(book: hrlaw.RuleBook) -> None:
    result = check_citations(book.checked, SOURCES)
    assert result.checked == len(all_citations(book.checked)) > 0
    assert [d.message for d in result.missing] == []


def test_the_2017_overtime_contradiction_is_surfaced(book: hrlaw.RuleBook) -> None:
    checked = book.checked
    p = book.provision("overtime.premium_min_50pct")
    under = {s.id: in_force(checked, p, s) for s in checked.timeline.sources}
    assert under["kz2017"].contested and not under["kz2021"].contested
    quotes = [c.quote for x in under["kz2017"].contested for c in x.citations]
    assert any("1.25 times regular salary" in q for q in quotes)


def test_the_api_from_a_fresh_interpreter(tmp_path: Path) -> None:
    scenario = ROOT / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"
    code = (
        "import hrlaw, json, sys\n"
        "book = hrlaw.load_rulebook()\n"
        "report = book.check(hrlaw.load_scenario(sys.argv[1]))\n"
        "print(json.dumps([r.provision for r in report.violations]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(scenario)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        timeout=120,
    )
    assert json.loads(proc.stdout) == ["detention.release_without_court_approval"]
