"""The public API the CLI is a shell over (issue 17, item 8): `RuleBook.vocabulary()` and
`RuleBook.describe(id)` are what `hrlaw facts` and `hrlaw rules show` print; a `Scenario` checks
its arguments when it is built; README's API example runs and shows the clause breached."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw.cli import app

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def cli_json(*args: str) -> object:
    result = CliRunner().invoke(app, [*args, "--rules", str(REPO / "rules")])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_facts_json_is_the_vocabulary(book: hrlaw.RuleBook) -> None:
    entries = book.vocabulary()
    assert cli_json("facts", "-f", "json") == [e.as_json() for e in entries]
    names = [e.fact for e in entries if not e.derived]
    assert names == list(book.facts)
    quorum = next(e for e in entries if e.fact == "strike.meeting_attendance")
    assert quorum.question and quorum.forms and not quorum.derived


def test_rules_show_json_is_describe(book: hrlaw.RuleBook) -> None:
    described = book.describe("strike.meeting_quorum_half")
    assert cli_json("rules", "show", "strike.meeting_quorum_half", "-f", "json") == described
    assert described["reports"] == ["kz2017", "kz2021"]
    with pytest.raises(KeyError):
        book.describe("strike.no_such_rule")


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"date": "2021-06-10"}, "`date` must be a `datetime.date`"),
        (
            {"date": date(2021, 6, 10), "facts": [("arrest.made", True)]},
            "`facts` must be a mapping",
        ),
        (
            {"date": date(2021, 6, 10), "expect": {"strike.notice_5_days": "broken"}},
            "not a verdict",
        ),
        ({"date": date(2021, 6, 10), "facts": {"a.b": 1, "a": {"b": 2}}}, "given twice"),
    ],
)
def test_a_scenario_checks_its_arguments_when_built(
    arguments: dict[str, object], words: str
) -> None:
    with pytest.raises(hrlaw.HrlawError) as caught:
        hrlaw.Scenario(**arguments)  # type: ignore[arg-type]
    assert words in str(caught.value)


def readme_api_example() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## The Python API", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_api_example_prints_the_clause_breached(book: hrlaw.RuleBook) -> None:
    done = subprocess.run(
        [sys.executable, "-c", readme_api_example()],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    case = REPO / "scenarios/arrest/held-60h-before-court-approval-2021.yaml"
    [violation] = book.check(hrlaw.load_scenario(case)).violations
    [clause] = violation.failed
    out = done.stdout
    assert f"breaches: {clause.text}" in out
    assert clause.citation.quote in out
    assert book.sources["kz2021"].title in out
    assert out.rstrip().splitlines()[-1] == "violation"
