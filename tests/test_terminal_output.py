"""Honest terminal output (issue 17, item 5): text that goes to a pipe or a file is never
hard-wrapped, `--width` wraps on request, rule source is printed as written, and the reports a
result cites are named by their full title and address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw.cli import app
from hrlaw.report import Verdict

REPO = Path(__file__).resolve().parent.parent
CASE = REPO / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def hrlaw_piped(*args: str) -> str:
    """`hrlaw ARGS | cat`: standard output is a pipe, as in a script."""
    env = {k: v for k, v in os.environ.items() if k not in ("HRLAW_RULES", "COLUMNS")}
    done = subprocess.run(
        [sys.executable, "-m", "hrlaw", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def long_texts(book: hrlaw.RuleBook, case: Path) -> list[str]:
    """The explanations, questions and quotes of the assessed results: each longer than 80
    characters, so that wrapping at 80 columns would break it."""
    report = book.check(hrlaw.load_scenario(case))
    texts: list[str] = []
    for res in report.results:
        if not res.assessed or res.verdict is Verdict.NOT_APPLICABLE:
            continue
        texts.append(res.explanation)
        texts += [m.question for m in res.missing if m.question]
        texts += [c.quote for f in res.failed for c in f.citations]
    return [t for t in texts if len(t) > 80]


def test_piped_check_keeps_every_explanation_question_and_quote_on_one_line(
    book: hrlaw.RuleBook,
) -> None:
    texts = long_texts(book, CASE)
    assert len(texts) >= 5  # the case has long explanations to break
    lines = hrlaw_piped("check", str(CASE)).splitlines()
    for text in texts:
        assert any(text in line for line in lines), f"not on one line: {text}"


def test_piped_check_of_a_folder_has_one_summary_line_per_scenario() -> None:
    folder = REPO / "scenarios" / "strikes"
    count = len(list(folder.glob("*.yaml")))
    out = hrlaw_piped("check", str(folder))
    met = [line for line in out.splitlines() if "expectations met" in line]
    assert len(met) == count
    assert all(line.endswith(" expectations met") for line in met)


def test_width_wraps_on_request(book: hrlaw.RuleBook) -> None:
    texts = long_texts(book, CASE)
    out = hrlaw_piped("check", "--width", "60", str(CASE))
    lines = out.splitlines()
    # Rich breaks at spaces: a line runs over only with a word too long to break
    assert all(len(line) <= 60 or " " not in line.strip() for line in lines)
    assert not any(text in line for text in texts for line in lines)
    words = " ".join(out.split())
    assert all(" ".join(text.split()) in words for text in texts)


def test_output_file_is_not_wrapped(book: hrlaw.RuleBook, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    result = CliRunner().invoke(app, ["check", str(CASE), "-o", str(target)])
    assert result.exit_code == 1, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    for text in long_texts(book, CASE):
        assert any(text in line for line in lines)


def test_reports_are_named_by_full_title_and_address(book: hrlaw.RuleBook) -> None:
    report = book.check(hrlaw.load_scenario(CASE))
    source = book.sources["kz2021"]
    assert source.address and source.address.startswith("https://")
    cited = report.source("kz2021")
    assert (cited.title, cited.address) == (source.title, source.address)
    # the 2021 law applies and nothing the facts touch quotes the 2017 report
    with pytest.raises(KeyError):
        report.source("kz2017")
    out = hrlaw_piped("check", str(CASE))
    assert f"kz2021: {source.title}, {source.address}" in out.splitlines()[-3]
    markdown = hrlaw_piped("check", "-f", "markdown", str(CASE))
    assert source.address in markdown and source.title in markdown


def test_json_names_the_sources(book: hrlaw.RuleBook) -> None:
    import json

    data = json.loads(hrlaw_piped("check", "-f", "json", str(CASE)))
    assert [s["id"] for s in data["sources"]] == ["kz2021"]
    assert data["sources"][0]["address"] == book.sources["kz2021"].address


def test_rules_show_prints_the_rule_as_written_with_its_sources(book: hrlaw.RuleBook) -> None:
    provision = book.provision("detention.charge_deadline")
    assert provision.span is not None
    lines = hrlaw_piped("rules", "show", provision.id).splitlines()
    for line in provision.span.text.splitlines():
        assert line in lines  # never re-wrapped
    assert any(
        line.strip().startswith("kz2017: ") and book.sources["kz2017"].title in line
        for line in lines
    )


def test_facts_and_rules_list_are_not_wrapped_in_a_pipe(book: hrlaw.RuleBook) -> None:
    facts_out = hrlaw_piped("facts").splitlines()
    questions = [f.question for f in book.facts.values() if f.question and len(f.question) > 80]
    assert questions
    for question in questions:
        assert any(question in line for line in facts_out)
    listed = hrlaw_piped("rules", "list").splitlines()
    for p in book.provisions:
        assert any(line.startswith(p.id) and p.title in line for line in listed)


def test_many_provisions_not_assessed_are_counted_and_verbose_shows_each(
    book: hrlaw.RuleBook,
) -> None:
    """A case about one arrest leaves most of the rule base untouched: the text says how many
    provisions it does not assess, not some 190 ids on one line; `--verbose` shows each."""
    report = book.check(hrlaw.load_scenario(CASE))
    unassessed = [r.provision for r in report.results if not r.assessed]
    assert len(unassessed) > 12
    short = CliRunner().invoke(app, ["check", str(CASE)])
    line = next(x for x in short.stdout.splitlines() if x.startswith("? not assessed"))
    assert f"? not assessed: {len(unassessed)} provisions — " in line
    assert not any(pid in line for pid in unassessed)
    verbose = CliRunner().invoke(app, ["check", "--verbose", str(CASE)])
    assert all(pid in verbose.stdout for pid in unassessed)
