"""Golden files for what people read: the text and Markdown renderings of three scenarios.

After a deliberate change to the output, regenerate with `HRLAW_UPDATE_GOLDEN=1 pytest
tests/test_golden.py` and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

import hrlaw
from hrlaw.render import markdown_report, print_text

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = [
    "scenarios/arrest/held-60h-before-court-approval-2021.yaml",  # violation with margin
    "scenarios/arrest/held-60h-before-court-approval-2017.yaml",  # same facts, 2017 law
    "scenarios/working_time/holiday-overtime-paid-125pct-2017.yaml",  # sources conflict
]


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook()


def compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("HRLAW_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with HRLAW_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=[Path(c).stem for c in CASES])
def test_text_rendering(case: str, book: hrlaw.RuleBook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = book.check(hrlaw.load_scenario(case))
    out = io.StringIO()
    print_text(Console(file=out, width=100, color_system=None), [report])
    compare(f"{Path(case).stem}.txt", out.getvalue())


@pytest.mark.parametrize("case", CASES, ids=[Path(c).stem for c in CASES])
def test_markdown_rendering(
    case: str, book: hrlaw.RuleBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    report = book.check(hrlaw.load_scenario(case))
    compare(f"{Path(case).stem}.md", markdown_report(report))


def test_committed_json_schema_matches_the_report_model() -> None:
    import json

    from hrlaw.report import Report

    committed = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert committed == Report.model_json_schema(), (
        "the JSON contract changed: regenerate docs/report.schema.json and document the change "
        "in docs/json.md"
    )
