"""`hrlaw compare` (issue 17, item 3): the same facts under each report's law, side by side, the
provisions whose verdict changes first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shipped_cli as cli

import hrlaw
from hrlaw.compare import compare
from hrlaw.report import Verdict

REPO = Path(__file__).resolve().parent.parent
HELD_2021 = REPO / "scenarios/arrest/held-60h-before-court-approval-2021.yaml"
HELD_2017 = REPO / "scenarios/arrest/held-60h-before-court-approval-2017.yaml"
# a sample of shipped scenarios inside one report's period (a date between the reports is
# weighed under both laws by `check`)
SAMPLE = [
    HELD_2021,
    HELD_2017,
    *sorted((REPO / "scenarios/strikes").glob("*.yaml"))[:6],
    *sorted((REPO / "scenarios/working_time").glob("*.yaml"))[:4],
]


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def test_the_2021_limit_changes_the_verdict_of_the_same_facts(book: hrlaw.RuleBook) -> None:
    found = compare(book, hrlaw.load_scenario(HELD_2021))
    assert found.laws == ["kz2017", "kz2021"]
    assert found.law_in_force == ["kz2021"]
    first = found.provisions[0]
    assert first.provision == "detention.release_without_court_approval"
    assert first.changed
    assert [res.verdict for res in first.results] == [Verdict.COMPLIANT, Verdict.VIOLATION]
    assert "72 hours" in first.results[0].explanation
    assert "48 hours" in first.results[1].explanation


def test_changed_provisions_come_first(book: hrlaw.RuleBook) -> None:
    for path in SAMPLE:
        found = compare(book, hrlaw.load_scenario(path))
        flags = [row.changed for row in found.provisions]
        assert flags == sorted(flags, reverse=True), path.name
        for row in found.provisions:
            assert row.changed == (len({res.verdict for res in row.results}) > 1)


def test_the_column_of_the_law_in_force_is_what_check_gives(book: hrlaw.RuleBook) -> None:
    for path in SAMPLE:
        scenario = hrlaw.load_scenario(path)
        found = compare(book, scenario)
        [law] = found.law_in_force
        column = found.laws.index(law)
        checked = {res.provision: res for res in book.check(scenario).results}
        for row in found.provisions:
            under = row.results[column]
            assert under.verdict is checked[row.provision].verdict, (path.name, row.provision)
            assert under.explanation == checked[row.provision].explanation
        assessed = {p for p, res in checked.items() if res.assessed}
        assert assessed <= {row.provision for row in found.provisions}


def test_the_same_facts_dated_2017_give_the_2017_column(book: hrlaw.RuleBook) -> None:
    """The 2017 twin of the scenario holds the same facts dated 2017: its `check` is the
    comparison's 2017 column for the provision whose law changed."""
    found = compare(book, hrlaw.load_scenario(HELD_2021))
    twin = book.check(hrlaw.load_scenario(HELD_2017))
    row = found.provisions[0]
    assert row.results[0].verdict is twin.result(row.provision).verdict is Verdict.COMPLIANT


def test_text_side_by_side_and_in_words() -> None:
    result = cli("compare", str(HELD_2021))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "kz2017" in line and "kz2021" in line)
    row = next(line for line in lines if line.startswith("≠"))
    assert "detention.release_without_court_approval" in row
    assert row.index("compliant") < row.index("violation")  # kz2017 left of kz2021
    assert header.index("kz2017") < header.index("kz2021")
    assert any(line.strip().startswith("kz2021: ✗ violation — ") for line in lines)
    assert any("“If within 48 hours of the arrest" in line for line in lines)
    assert lines[-1].startswith("1 provision with a verdict that changes")


def test_json_and_markdown(tmp_path: Path) -> None:
    result = cli("compare", str(HELD_2021), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["provisions"][0]["changed"] is True
    assert [s["id"] for s in data["sources"]] == ["kz2017", "kz2021"]
    target = tmp_path / "compare.md"
    result = cli("compare", str(HELD_2021), "-f", "markdown", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    markdown = target.read_text(encoding="utf-8")
    assert "| ≠ | `detention.release_without_court_approval` | compliant | violation |" in markdown
    assert [p.name for p in tmp_path.iterdir()] == ["compare.md"]


def test_one_law_only_and_unknown_laws() -> None:
    result = cli("compare", str(HELD_2021), "--law", "kz2021", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["laws"] == ["kz2021"]
    bad = cli("compare", str(HELD_2021), "--law", "kz2020")
    assert bad.exit_code == 2
    assert "unknown report `kz2020`" in bad.output and "kz2021" in bad.output


def test_an_invalid_scenario_is_located(tmp_path: Path) -> None:
    case = tmp_path / "bad.yaml"
    case.write_text("date: 2021-06-10\nfacts:\n  strike:\n    caled: true\n", encoding="utf-8")
    result = cli("compare", str(case))
    assert result.exit_code == 2
    assert f"{case}:4:5" in result.output
    assert "Traceback" not in result.output
