"""`hrlaw doc` (issue 17, item 7): the rule base as a static site a reviewing lawyer reads — per
domain and provision, what it says under each report, each quote in its report paragraph, the
rule as written, the parameters per report, the notes and the scenarios that exercise it."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw.cli import app
from hrlaw.domains import domain, domains
from hrlaw.site import ReportText

html5lib = pytest.importorskip("html5lib")

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO.parent / "shared" / "sources"
STRIKES = REPO / "scenarios" / "strikes"


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def parse(page: str) -> Any:
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def test_a_quote_is_shown_in_its_paragraph() -> None:
    text = (
        "First paragraph, about\nsomething else.\n\n"
        "The law allows police to hold a detainee for 48 hours\nbefore submitting charges. "
        "Human rights observers said otherwise.\n \n"
        "Third paragraph."
    )
    report = ReportText.read(text)
    found = report.around("The law allows police to hold a detainee for 48 hours before submitting")
    assert found == (
        "",
        "The law allows police to hold a detainee for 48 hours before submitting",
        " charges. Human rights observers said otherwise.",
    )
    assert report.around("not in the report") is None
    # a quote across a paragraph break keeps both paragraphs
    both = report.around("something else. The law allows")
    assert both is not None and both[0] == "First paragraph, about " and "observers" in both[2]


def test_the_site(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    out = tmp_path / "site"
    args = ["doc", "-o", str(out), "--scenarios", str(STRIKES), "--rules", str(REPO / "rules")]
    if SOURCES.is_dir():
        args += ["--sources", str(SOURCES)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    names = domains(book.provisions)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["index.html"] + [f"{n}.html" for n in names]
    )
    index = parse((out / "index.html").read_text(encoding="utf-8"))
    links = {a.get("href") for a in index.iter("a")}
    for p in book.provisions:
        assert f"{domain(p)}.html#{p.id}" in links
    page_text = (out / "strikes.html").read_text(encoding="utf-8")
    page = parse(page_text)
    assert page.find(".//script") is None
    sections = {s.get("id"): s for s in page.iter("section")}
    for p in book.provisions:
        if domain(p) != "strikes":
            continue
        section = sections[p.id]
        assert p.span is not None
        [rule] = [pre.text for pre in section.iter("pre")]
        assert rule == p.span.text
        # every scenario link resolves to a scenario that assesses it
        hrefs = [a.get("href") for a in section.iter("a") if a.get("href", "").endswith(".yaml")]
        assert hrefs, p.id
        for href in hrefs:
            target = (out / unquote(href)).resolve()
            assert target.is_file()
            assert book.check(hrlaw.load_scenario(target)).result(p.id).assessed
        described = book.describe(p.id)
        for cite in described["citations"]:  # type: ignore[attr-defined]
            assert html.escape(cite["quote"]) in page_text
        if SOURCES.is_dir():
            marked = ["".join(m.itertext()) for m in section.iter("mark")]
            for cite in described["citations"]:  # type: ignore[attr-defined]
                assert " ".join(cite["quote"].split()) in marked
    # a note and a parameter value of another domain's page
    arrest = (out / "arrest.html").read_text(encoding="utf-8")
    assert "48 hours" in arrest and "72 hours" in arrest and "Interpretation:" in arrest
    parse(arrest)


def test_an_unwritable_output_is_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["doc", "-o", str(blocker / "site")])
    assert result.exit_code == 2
    assert "cannot write into" in result.output


def test_a_missing_sources_directory_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir"
    result = CliRunner().invoke(
        app, ["doc", "-o", str(tmp_path / "site"), "--sources", str(missing)]
    )
    assert result.exit_code == 2
    assert f"`{missing}` is not a directory of reports" in result.output
    assert not (tmp_path / "site").exists()
