"""The shipped rule base against the catalogue: the 16 core provisions, both report versions,
every quote verbatim, and the public API used the way another tool would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrlaw
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


def test_every_core_provision_is_encoded_for_both_reports(book: hrlaw.RuleBook) -> None:
    ids = {p.id for p in book.provisions}
    assert ids >= CORE
    for provision in book.provisions:
        assert [v.source for v in provision.versions] == ["kz2017", "kz2021"], provision.id


def test_every_requirement_exception_and_penalty_is_cited(book: hrlaw.RuleBook) -> None:
    for p in book.provisions:
        for v in p.versions:
            for item in (*v.requirements, *v.exceptions, *v.contested, *v.penalties):
                assert item.citations, p.id
                assert all(c.source == v.source for c in item.citations), (p.id, v.source)


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the reports are not beside this checkout")
def test_every_quote_is_verbatim_in_its_report(book: hrlaw.RuleBook) -> None:
    result = check_citations(book.provisions, SOURCES)
    assert result.checked == len(all_citations(book.provisions)) > 0
    assert [d.message for d in result.missing] == []


def test_the_2017_overtime_contradiction_is_surfaced(book: hrlaw.RuleBook) -> None:
    versions = {v.source: v for v in book.provision("overtime.premium_min_50pct").versions}
    assert versions["kz2017"].contested and not versions["kz2021"].contested
    quotes = [c.quote for x in versions["kz2017"].contested for c in x.citations]
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
