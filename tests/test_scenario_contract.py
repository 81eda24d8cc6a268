"""Every shipped scenario, run through `hrlaw check --format json`, honours DESIGN §6.

The scenario folders are discovered when the tests are collected, so new scenarios are covered
without touching this file. One `hrlaw check` per folder (a list of reports, one exit code for
all of them): each scenario's problems are listed by file, every one of them, not the first.
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
FOLDERS = sorted({p.parent for p in SCENARIOS})
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


def citation_problems(citation: Citation) -> list[str]:
    """What is wrong with a citation: an empty part, or a quote not in the report's text."""
    parts = {"source": citation.source, "section": citation.section, "quote": citation.quote}
    problems = [f"citation without a {name}" for name, text in parts.items() if not text.strip()]
    if problems or not SOURCES.is_dir():
        return problems  # a checkout without the report texts: nothing to compare the quote with
    if not (SOURCES / f"{citation.source}.txt").is_file():
        return [f"no {citation.source}.txt"]
    if collapse(citation.quote) not in report_text(citation.source):
        return [f"quote not found verbatim in {citation.source}: {citation.quote!r}"]
    return []


def contract_problems(raw: object) -> list[str]:
    """Every way one scenario's JSON report breaks the contract (an empty list when none)."""
    if not isinstance(raw, dict):
        return ["each scenario must give one JSON object"]
    bad = [r["verdict"] for r in raw["results"] if r["verdict"] not in VERDICTS]
    if bad:
        return [f"verdicts outside the contract: {bad}"]
    report = Report.model_validate(raw)
    problems = []
    for res in report.results:
        where = res.provision
        if res.verdict is Verdict.VIOLATION:
            if not res.citations:
                problems.append(f"{where}: a violation without a citation")
            if not res.failed:
                problems.append(f"{where}: a violation without a failed requirement")
            for citation in [*res.citations, *(f.citation for f in res.failed)]:
                problems += [f"{where}: {p}" for p in citation_problems(citation)]
        if res.verdict is Verdict.UNDETERMINED:
            # a fact that could decide it, a conflict of readings, or a report silent about the
            # provision (whether it was law at that date is not known)
            silent = "does not state this provision" in res.explanation
            if not (res.missing or res.conflicts or silent):
                problems.append(f"{where}: undetermined, nothing missing")
        if not res.assessed and res.verdict is not Verdict.UNDETERMINED:
            problems.append(f"{where}: not assessed but {res.verdict.value}")
        # a value not given is named ("worker.age not given"), never written into a sentence
        texts = [res.explanation, *(q.explanation for q in res.requirements)]
        problems += [f"{where}: says unknown: {t!r}" for t in texts if "unknown" in t]

    counts = {v.value: sum(r.verdict is v and r.assessed for r in report.results) for v in Verdict}
    counts["not_assessed"] = sum(not r.assessed for r in report.results)
    if report.summary.model_dump() != counts:
        problems.append(f"summary {report.summary.model_dump()}, results {counts}")
    for e in report.expectations:
        if not e.met:
            problems.append(f"{e.provision}: expected {e.expected.value}, got {e.actual.value}")
        if e.actual is not report.result(e.provision).verdict:
            problems.append(f"{e.provision}: expectation reports {e.actual.value}, result differs")
    return problems


def failing(raw: dict[str, object]) -> bool:
    """A violation or an unmet expectation: what makes `hrlaw check` exit 1."""
    results, expectations = raw["results"], raw["expectations"]
    assert isinstance(results, list) and isinstance(expectations, list)
    return any(r["verdict"] == "violation" for r in results) or not all(
        e["met"] for e in expectations
    )


@pytest.mark.parametrize("folder", FOLDERS, ids=[str(f.relative_to(REPO)) for f in FOLDERS])
def test_every_scenario_honours_the_contract(folder: Path) -> None:
    paths = sorted(folder.glob("**/*.yaml"))
    result = CliRunner().invoke(app, ["check", "--format", "json", str(folder)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"hrlaw check raised {result.exception!r}")
    assert result.exit_code in (0, 1), f"invalid scenario:\n{result.output}"
    raw = json.loads(result.stdout)
    reports = raw if len(paths) > 1 else [raw]  # one scenario gives one object, several a list
    assert isinstance(reports, list)
    by_path = {Path(r["scenario"]["path"]).resolve(): r for r in reports}
    assert sorted(by_path) == [p.resolve() for p in paths], "one report per scenario file"
    problems = {
        str(path.relative_to(REPO)): found
        for path in paths
        if (found := contract_problems(by_path[path.resolve()]))
    }
    assert problems == {}
    assert result.exit_code == (1 if any(failing(r) for r in reports) else 0)


def test_the_contract_check_finds_what_breaks_it() -> None:
    path = REPO / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"
    result = CliRunner().invoke(app, ["check", "--format", "json", str(path)])
    raw = json.loads(result.stdout)
    assert contract_problems(raw) == [] and failing(raw)
    broken = json.loads(result.stdout)
    violation = next(r for r in broken["results"] if r["verdict"] == "violation")
    violation["citations"] = []
    violation["failed"][0]["citation"]["quote"] = "words no report says"
    broken["summary"]["violation"] += 1
    broken["results"][-1]["explanation"] = "the worker was unknown years old"
    problems = contract_problems(broken)
    pid = violation["provision"]
    assert f"{pid}: a violation without a citation" in problems
    assert any(p.startswith(f"{pid}: quote not found verbatim") for p in problems) == (
        SOURCES.is_dir()
    )
    assert any(p.startswith("summary ") for p in problems)
    assert any("says unknown" in p for p in problems)
