"""Every shipped scenario, run through `hrlaw check --format json`, honours DESIGN §6.

The scenario files are discovered when the tests are collected, so new scenarios are covered
without touching this file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrlaw.cli import app
from hrlaw.report import Citation, Report, Verdict

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((REPO / "scenarios").glob("**/*.yaml"))
SOURCES = REPO.parent / "shared" / "sources"
MIN_SCENARIOS = 32
VERDICTS = {v.value for v in Verdict}


def collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def report_text(source: str) -> str:
    return collapse((SOURCES / f"{source}.txt").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _no_rules_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HRLAW_RULES", raising=False)


def test_enough_scenarios() -> None:
    assert len(SCENARIOS) >= MIN_SCENARIOS, f"only {len(SCENARIOS)} scenarios under scenarios/"


def assert_cited(citation: Citation, where: str) -> None:
    assert citation.source.strip(), f"{where}: citation without a source"
    assert citation.section.strip(), f"{where}: citation without a section"
    assert citation.quote.strip(), f"{where}: citation without a quote"
    if not SOURCES.is_dir():
        return  # a checkout without the report texts: nothing to compare the quote with
    assert (SOURCES / f"{citation.source}.txt").is_file(), f"{where}: no {citation.source}.txt"
    assert collapse(citation.quote) in report_text(citation.source), (
        f"{where}: quote not found verbatim in {citation.source}: {citation.quote!r}"
    )


@pytest.mark.parametrize("path", SCENARIOS, ids=[str(p.relative_to(REPO)) for p in SCENARIOS])
def test_scenario_honours_the_contract(path: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", str(path)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"hrlaw check raised {result.exception!r}")
    assert result.exit_code in (0, 1), f"invalid scenario:\n{result.output}"
    raw = json.loads(result.stdout)
    assert isinstance(raw, dict), "one scenario must give one JSON object"
    assert [r["verdict"] for r in raw["results"] if r["verdict"] not in VERDICTS] == []
    report = Report.model_validate(raw)

    for res in report.results:
        where = f"{path.name}: {res.provision}"
        if res.verdict is Verdict.VIOLATION:
            assert res.citations, f"{where}: a violation without a citation"
            assert res.failed, f"{where}: a violation without a failed requirement"
            for citation in [*res.citations, *(f.citation for f in res.failed)]:
                assert_cited(citation, where)
        if res.verdict is Verdict.UNDETERMINED:
            # a fact that could decide it, a conflict of readings, or a report silent about the
            # provision (whether it was law at that date is not known)
            silent = "does not state this provision" in res.explanation
            assert res.missing or res.conflicts or silent, f"{where}: undetermined, nothing missing"

    counts = {v.value: sum(r.verdict is v and r.assessed for r in report.results) for v in Verdict}
    counts["not_assessed"] = sum(not r.assessed for r in report.results)
    assert report.summary.model_dump() == counts
    assert all(r.verdict is Verdict.UNDETERMINED for r in report.results if not r.assessed)

    unmet = [
        f"{e.provision}: expected {e.expected.value}, got {e.actual.value}"
        for e in report.expectations
        if not e.met
    ]
    assert unmet == []
    for e in report.expectations:
        assert e.actual is report.result(e.provision).verdict

    failing = bool(report.violations) or any(not e.met for e in report.expectations)
    assert result.exit_code == (1 if failing else 0)
