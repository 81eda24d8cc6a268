"""Starting a case (issue 17, item 1): `hrlaw new` writes a scenario template for chosen
provisions or a domain, and `hrlaw schema` a JSON Schema of scenarios for the rule base, which
a JSON Schema validator accepts for every shipped scenario and which refuses a misspelled fact."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import shipped_cli as hrlaw_cli

import hrlaw
from hrlaw.report import Verdict
from hrlaw.template import facts_read

jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((REPO / "scenarios").rglob("*.yaml"))


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it for schema checks: a date is text (YAML
    1.2 has no timestamps), `true` a boolean, `49` an integer."""


EditorLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


def as_editor_reads(text: str) -> object:
    return yaml.load(text, Loader=EditorLoader)  # a SafeLoader subclass: no tags


@pytest.fixture(scope="module")
def validator(book: hrlaw.RuleBook) -> Any:
    result = hrlaw_cli("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)  # a valid JSON Schema
    return jsonschema.Draft202012Validator(schema)


# ------------------------------------------------------------------------------------ schema
def test_the_schema_accepts_every_shipped_scenario(validator: Any) -> None:
    assert len(SCENARIOS) > 50
    for path in SCENARIOS:
        data = as_editor_reads(path.read_text(encoding="utf-8"))
        problems = [e.message for e in validator.iter_errors(data)]
        assert not problems, f"{path.name}: {problems[:3]}"


@pytest.mark.parametrize(
    ("facts", "where"),
    [
        ({"strike": {"caled": True}}, "nested"),
        ({"strike.caled": True}, "dotted"),
        ({"strike": {"called": True, "meeting": {"attendance": 49}}}, "a group that is no group"),
    ],
)
def test_the_schema_refuses_a_misspelled_fact(validator: Any, facts: object, where: str) -> None:
    case = {"date": "2021-06-10", "facts": facts}
    assert not validator.is_valid(case), where
    fine = {"date": "2021-06-10", "facts": {"strike": {"called": True}}}
    assert validator.is_valid(fine)


@pytest.mark.parametrize(
    "case",
    [
        {"facts": {}},  # no date
        {"date": "10 June 2021"},
        {"date": "2021-06-10", "facts": {"strike": {"called": "perhaps"}}},
        {"date": "2021-06-10", "facts": {"worker": {"occupation": "pilot"}}},
        {"date": "2021-06-10", "expect": {"strike.notice_5_days": "broken"}},
        {"date": "2021-06-10", "expect": {"strike.notice_5_dayz": "violation"}},
        {"date": "2021-06-10", "colour": "blue"},
    ],
)
def test_the_schema_refuses_what_check_refuses(validator: Any, case: object) -> None:
    assert not validator.is_valid(case)


def test_the_schema_is_written_atomically_to_a_file(tmp_path: Path, validator: Any) -> None:
    target = tmp_path / "scenario.schema.json"
    result = hrlaw_cli("schema", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8")) == validator.schema
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


# ------------------------------------------------------------------------------------- new
def fill(template: str, answers: dict[str, str]) -> str:
    """Fill the blank facts of a template (`    called:` -> `    called: true`)."""
    out = template
    for key, value in answers.items():
        out, count = re.subn(rf"(?m)^(\s+){re.escape(key)}:$", rf"\g<1>{key}: {value}", out)
        assert count == 1, key
    return out


def test_new_domain_then_three_facts_then_check(tmp_path: Path, validator: Any) -> None:
    result = hrlaw_cli("new", "--domain", "strikes", "--date", "2021-06-10")
    assert result.exit_code == 0, result.output
    template = result.stdout
    assert template.startswith("# yaml-language-server: $schema=")
    blank = tmp_path / "blank.yaml"
    blank.write_text(template, encoding="utf-8")
    # the blank template is a valid scenario that decides nothing
    report = hrlaw.load_rulebook(REPO / "rules").check(hrlaw.load_scenario(blank))
    assert report.summary.violation == report.summary.compliant == 0
    assert validator.is_valid(as_editor_reads(template))
    filled = fill(
        template,
        {"called": "true", "enterprise_workers": "100", "meeting_attendance": "49"},
    ).replace("expect: {}", "expect:\n  strike.meeting_quorum_half: violation")
    case = tmp_path / "s.yaml"
    case.write_text(filled, encoding="utf-8")
    assert validator.is_valid(as_editor_reads(filled))
    checked = hrlaw_cli("check", str(case))
    assert checked.exit_code == 1, checked.output  # a violation, the expectation met
    assert "1/1 expectations met" in checked.stdout
    assert "strike.meeting_quorum_half" in checked.stdout


def test_new_lists_every_fact_the_provisions_read_with_its_question(
    book: hrlaw.RuleBook,
) -> None:
    result = hrlaw_cli("new", "strike.meeting_quorum_half")
    assert result.exit_code == 0, result.output
    text = result.stdout
    # every fact the check of an empty case asks about is in the template, with its question
    [day] = re.findall(r"(?m)^date: (\S+)$", text)
    report = book.check(hrlaw.Scenario(date=date.fromisoformat(day)))
    asked = report.result("strike.meeting_quorum_half").missing
    assert asked
    lines = text.splitlines()
    for fact in asked:
        leaf = fact.fact.rsplit(".", 1)[1]
        at = lines.index(f"    {leaf}:")
        assert fact.question is not None
        assert lines[at - 1].strip().startswith(f"# {' '.join(fact.question.split())}")
    # and the facts of other domains are not
    assert "worker:" not in text and "arrest:" not in text


def test_new_names_the_values_of_an_enumeration(book: hrlaw.RuleBook) -> None:
    text = hrlaw_cli("new", "strike.prohibited_occupations").stdout
    fact = book.facts["worker.occupation"]
    lines = text.splitlines()
    comment = lines[lines.index("    occupation:") - 1]
    for value in fact.type.values:
        assert f"{value} ({fact.label(value)})" in comment


def test_facts_read_covers_every_law(book: hrlaw.RuleBook) -> None:
    """A fact only one report's law reads is still in the template."""
    chosen = [p for p in book.provisions if p.id == "detention.release_without_court_approval"]
    read = facts_read(book, chosen, date(2017, 6, 1))
    assert "detention.extension_ordered" in read  # an exception only the 2021 report states
    assert len(read) == len(set(read))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["new", "--domain", "strike"], "unknown domain `strike`"),
        (["new", "strike.meeting_quorum"], "unknown provision `strike.meeting_quorum`"),
        (["new", "--domain", "strikes", "--date", "June 2021"], "June 2021"),
    ],
)
def test_new_refuses_what_it_does_not_know(args: list[str], words: str) -> None:
    result = hrlaw_cli(*args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_new_writes_a_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "case.yaml"
    result = hrlaw_cli("new", "--domain", "child_labor", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert hrlaw.load_scenario(target).facts == {} or all(
        v is None for v in hrlaw.load_scenario(target).flat_facts().values()
    )
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]


def test_every_domain_has_a_template_check_accepts(book: hrlaw.RuleBook, tmp_path: Path) -> None:
    from hrlaw.domains import domains

    for name in domains(book.provisions):
        target = tmp_path / f"{name}.yaml"
        assert hrlaw_cli("new", "-d", name, "-o", str(target)).exit_code == 0
        report = book.check(hrlaw.load_scenario(target))
        assert all(r.verdict is not Verdict.VIOLATION for r in report.results), name


def test_new_takes_a_month_for_the_date(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    target = tmp_path / "august.yaml"
    result = hrlaw_cli("new", "-d", "child_labor", "--date", "2021-08", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "date: 2021-08" in target.read_text(encoding="utf-8").splitlines()
    assert str(book.check(hrlaw.load_scenario(target)).scenario.date) == "2021-08"
