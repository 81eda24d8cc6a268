"""Finding rules (issue 17, item 6): `rules list --domain`, `rules search WORDS` and
`hrlaw coverage SCENARIOS…` (which provisions and clauses the scenarios exercise)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from helpers import shipped_cli as cli

import hrlaw
from hrlaw.exercised import exercise
from hrlaw.search import search

REPO = Path(__file__).resolve().parent.parent
STRIKES = REPO / "scenarios" / "strikes"


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


# ------------------------------------------------------------------------ rules list --domain
def test_rules_list_domain_lists_the_provisions_of_that_rule_file(book: hrlaw.RuleBook) -> None:
    result = cli("rules", "list", "--domain", "strikes", "-f", "json")
    assert result.exit_code == 0, result.output
    listed = [p["id"] for p in json.loads(result.stdout)]
    expected = [p.id for p in book.provisions if p.file.endswith("/strikes.hrl")]
    assert listed == expected and len(expected) >= 3
    both = cli("rules", "list", "-d", "strikes", "-d", "child_labor", "-f", "json")
    assert len(json.loads(both.stdout)) > len(expected)
    text = cli("rules", "list", "-d", "strikes").stdout.splitlines()
    assert text[-1] == f"{len(expected)} provisions in strikes"


def test_rules_list_unknown_domain_suggests_one() -> None:
    result = cli("rules", "list", "--domain", "strike")
    assert result.exit_code == 2
    assert "unknown domain `strike`" in result.output and "strikes" in result.output


# ---------------------------------------------------------------------------- rules search
def test_search_finds_by_title_words_first(book: hrlaw.RuleBook) -> None:
    hits = search(book, ["quorum"])
    assert hits[0].provision == "strike.meeting_quorum_half"
    result = cli("rules", "search", "QUORUM")  # case aside
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("strike.meeting_quorum_half")


def test_search_needs_every_word(book: hrlaw.RuleBook) -> None:
    one = {h.provision for h in search(book, ["prosecutor"])}
    two = {h.provision for h in search(book, ["prosecutor", "12 hours"])}
    assert two and two < one
    assert not search(book, ["quorum", "wiretap"])
    result = cli("rules", "search", "quorum", "wiretap")
    assert result.exit_code == 1
    assert result.stdout.strip() == "0 provisions found"


def test_search_reads_quotes_and_notes(book: hrlaw.RuleBook) -> None:
    """A word only a quote holds finds the provision, and says where."""
    p = book.provision("strike.meeting_quorum_half")
    described = book.describe(p.id)
    quote = described["citations"][0]["quote"]  # type: ignore[index]
    hits = search(book, [quote.replace("’", "'")])  # typographic quotes aside
    assert [h.provision for h in hits] == [p.id]
    assert ("quote", quote) in hits[0].found
    data = json.loads(cli("rules", "search", "one-half", "-f", "json").stdout)
    found = next(d for d in data if d["provision"] == p.id)
    assert {"in": "note", "text": described["versions"][0]["notes"][0]["text"]} in found["found"]  # type: ignore[index]


# ------------------------------------------------------------------------------- coverage
def test_coverage_counts_what_the_scenarios_reach(book: hrlaw.RuleBook) -> None:
    paths = sorted(STRIKES.glob("*.yaml"))
    reports = [book.check(hrlaw.load_scenario(p)) for p in paths]
    found = exercise(book, reports)
    assert found.scenarios == len(paths)
    use = next(p for p in found.provisions if p.provision == "strike.meeting_quorum_half")
    assessing = [rep for rep in reports if rep.result(use.provision).assessed]
    assert len(use.scenarios) == len(assessing)
    reached: Counter[str] = Counter()
    for law_counts in use.verdicts.values():
        reached.update(law_counts)
    assert reached == Counter(rep.result(use.provision).verdict.value for rep in assessing)
    # the quorum clause is tested on both sides by the shipped scenarios (49 of 100; half)
    quorum = [c for c in use.clauses if c.requirement == "quorum_half"]
    assert quorum and any(c.both_sides for c in quorum)
    assert "detention.charge_deadline" in found.unassessed


def test_coverage_cli_text_and_json(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    result = cli("coverage", str(STRIKES))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    data = json.loads(cli("coverage", str(STRIKES), "-f", "json").stdout)
    ids = {p["provision"] for p in data["provisions"] if p["scenarios"]}
    # the strike scenarios assess every strike provision, and those of other rules whose facts
    # they state (a foreign worker's registration and health insurance), as `check` says
    strikes = {p.id for p in book.provisions if p.id.startswith("strike.")}
    reports = [book.check(hrlaw.load_scenario(path)) for path in STRIKES.glob("*.yaml")]
    touched = {r.provision for report in reports for r in report.results if r.assessed}
    assert strikes <= ids <= touched
    total = f"{len(list(STRIKES.glob('*.yaml')))} scenarios: {len(ids)} of "
    assert lines[-1].startswith(total), lines[-1]
    assert any(line.startswith("never assessed: ") for line in lines)


def test_coverage_reports_an_invalid_scenario_and_counts_the_others(tmp_path: Path) -> None:
    good = STRIKES / "quorum-49-of-100-2017.yaml"
    (tmp_path / "good.yaml").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("date: 2021-06-10\nfacts: [1]\n", encoding="utf-8")
    result = cli("coverage", str(tmp_path))
    assert result.exit_code == 2
    assert "bad.yaml:2" in result.output
    assert result.stdout.splitlines()[-1].startswith("1 scenario: ")
