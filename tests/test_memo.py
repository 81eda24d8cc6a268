"""The memo (issue 17, item 4): `hrlaw check --format html` writes one self-contained, printable
HTML page that parses as HTML5 and holds the verdicts, explanations, clauses breached, quotes with
the report's title, section and address, interpretations, open questions and the statement of
what the tool decides; `--format markdown` holds the same texts."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import shipped_cli as cli

import hrlaw
from hrlaw.render import SCOPE
from hrlaw.report import Report, Verdict

html5lib = pytest.importorskip("html5lib")

REPO = Path(__file__).resolve().parent.parent
HELD = REPO / "scenarios/arrest/held-60h-before-court-approval-2021.yaml"
CONFLICT = REPO / "scenarios/working_time/holiday-overtime-paid-125pct-2017.yaml"


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def parse(page: str) -> Any:
    """The page as a strict HTML5 parser reads it: any parse error raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(page)


def page_text(document: Any) -> str:
    """The text a reader sees, whitespace collapsed."""
    body = document.find("body")
    return " ".join("".join(body.itertext()).split())


def expected_texts(report: Report) -> list[str]:
    """What the memo must show of a report."""
    texts = [report.scenario.title or "", report.scenario.date, SCOPE]
    texts += [s.title for s in report.sources]
    texts += [s.address for s in report.sources if s.address]
    for res in report.results:
        if not res.assessed:
            continue
        texts += [res.title, res.explanation]
        texts += [note.text for note in res.notes]
        for failed in res.failed:
            texts.append(failed.text)
            texts += [c.quote for c in failed.citations]
            texts += [c.section for c in failed.citations]
        if res.verdict is Verdict.UNDETERMINED:
            texts += [m.question for m in res.missing if m.question]
            texts += [c.quote for c in res.citations]
        for conflict in res.conflicts:
            texts.append(conflict.text)
            texts += [c.quote for c in conflict.citations]
    return [" ".join(t.split()) for t in texts if t]


@pytest.mark.parametrize("case", [HELD, CONFLICT], ids=["violation", "conflict"])
def test_the_memo_is_one_valid_page_with_everything_a_lawyer_needs(
    case: Path, book: hrlaw.RuleBook, tmp_path: Path
) -> None:
    target = tmp_path / "memo.html"
    result = cli("check", str(case), "--format", "html", "-o", str(target))
    assert result.exit_code in (0, 1), result.output
    assert [p.name for p in tmp_path.iterdir()] == ["memo.html"]  # one file, written atomically
    page = target.read_text(encoding="utf-8")
    document = parse(page)
    shown = page_text(document)
    report = book.check(hrlaw.load_scenario(case))
    for text in expected_texts(report):
        assert text in shown, text
    for res in report.results:
        if res.assessed:
            assert res.provision in shown
    # the summary
    assert "violation" in shown and "undetermined" in shown


def test_the_memo_is_self_contained_and_printable() -> None:
    page = cli("check", str(HELD), "--format", "html").stdout
    document = parse(page)
    assert document.find(".//script") is None
    assert document.find(".//link") is None
    assert not any(el.get("src") for el in document.iter())
    # the only addresses are the reports', as links
    hrefs = {el.get("href") for el in document.iter() if el.get("href")}
    assert hrefs == {
        "https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/kazakhstan/"
    }
    style = document.find(".//style").text
    assert "@media print" in style and "url(" not in style and "@import" not in style
    assert document.find(".//title").text.endswith("hrlaw memo")


def test_the_breached_clause_is_next_to_its_quote_and_source(book: hrlaw.RuleBook) -> None:
    page = cli("check", str(HELD), "--format", "html").stdout
    [violation] = book.check(hrlaw.load_scenario(HELD)).violations
    [failed] = violation.failed
    source = book.sources["kz2021"]
    after = page.split(f"Clause breached: {html.escape(failed.text)}", 1)[1]
    block = after.split("</blockquote>", 1)[0]
    assert html.escape(failed.citation.quote) in block
    assert html.escape(source.title) in block and failed.citation.section in html.unescape(block)
    assert f'href="{source.address}"' in block


def test_several_cases_make_one_page(tmp_path: Path) -> None:
    folder = REPO / "scenarios" / "strikes"
    count = len(list(folder.glob("*.yaml")))
    result = cli("check", str(folder), "--format", "html")
    document = parse(result.stdout)  # the grand total went to stderr, not into the page
    cases = [el for el in document.iter("article") if el.get("class") == "case"]
    assert len(cases) == count


def test_user_text_is_escaped(tmp_path: Path) -> None:
    case = tmp_path / "hostile.yaml"
    case.write_text(
        'title: "<script>alert(1)</script> & <b>bold</b>"\ndate: 2021-06-10\nfacts: {}\n',
        encoding="utf-8",
    )
    page = cli("check", str(case), "--format", "html").stdout
    document = parse(page)
    assert document.find(".//script") is None and document.find(".//b") is None
    assert "<script>alert(1)</script> & <b>bold</b>" in page_text(document)


def test_markdown_keeps_the_same_content(book: hrlaw.RuleBook) -> None:
    for case in (HELD, CONFLICT):
        markdown = cli("check", str(case), "--format", "markdown").stdout
        flat = " ".join(re.sub(r"[*`>\\]", "", markdown).split())
        report = book.check(hrlaw.load_scenario(case))
        for text in expected_texts(report):
            plain = " ".join(re.sub(r"[*`>\\]", "", text).split())
            assert plain in flat, text


def test_verdicts_only_has_no_memo() -> None:
    result = cli("check", str(HELD), "--format", "html", "--verdicts-only")
    assert result.exit_code == 2
    assert "--verdicts-only" in result.output
