"""The rule base as a browsable static site (`hrlaw doc`): an index of domains, and a page per
domain with each provision — what it says under each report, its parameters per report, its
notes, every quote inside the report paragraph around it (when the reports' texts are given), the
rule as written, and links to the scenarios that exercise it. What a reviewing lawyer reads.
Plain HTML with one inline stylesheet: no scripts, nothing fetched."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import cast

from hrlaw.citations import MAX_REPORT_BYTES, normalise
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.domains import domain, domains
from hrlaw.exercised import Exercise
from hrlaw.files import write_atomic
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import read_limited

CONTEXT = 600  # characters of the report shown on each side of a quote at most

CSS = """
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; }
nav { font-size: .9rem; margin-bottom: 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #999;
margin-top: 2.4rem; } h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.id, code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85rem; }
pre { background: #f4f4f4; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
blockquote { margin: .4rem 0 .8rem 1rem; padding-left: .8rem; border-left: 3px solid #bbb;
             color: #333; }
mark { background: #fff1a8; }
.source { color: #444; font-size: .9rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: .1rem .5rem; }
@media print { nav { display: none; } .provision { break-inside: avoid-page; } }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


@dataclass(frozen=True)
class ReportText:
    """A report's text as paragraphs, each with whitespace collapsed, joined by one space."""

    joined: str
    starts: tuple[int, ...]  # where each paragraph starts in `joined`

    @classmethod
    def read(cls, text: str) -> ReportText:
        paragraphs = [normalise(p) for p in re.split(r"\n[ \t\f\v]*\n", text)]
        paragraphs = [p for p in paragraphs if p]
        starts, at = [], 0
        for p in paragraphs:
            starts.append(at)
            at += len(p) + 1
        return cls(" ".join(paragraphs), tuple(starts))

    def around(self, quote: str) -> tuple[str, str, str] | None:
        """The paragraph(s) holding the quote, as (before, quote, after); None if not found."""
        wanted = normalise(quote)
        at = self.joined.find(wanted)
        if at < 0:
            return None
        end = at + len(wanted)
        first = max(i for i, s in enumerate(self.starts) if s <= at)
        after = [s for s in self.starts if s >= end]
        start = self.starts[first]
        stop = (after[0] - 1) if after else len(self.joined)
        start = max(start, at - CONTEXT)
        stop = min(stop, end + CONTEXT)
        before, tail = self.joined[start:at], self.joined[end:stop]
        if start > self.starts[first]:
            before = "…" + before
        if stop < ((after[0] - 1) if after else len(self.joined)):
            tail += "…"
        return before, self.joined[at:end], tail


def read_reports(folder: Path, ids: Sequence[str]) -> dict[str, ReportText]:
    """`FOLDER/<id>.txt` for each report id found there (a missing one is simply not shown)."""
    if not folder.is_dir():
        raise HrlawError(
            [
                Diagnostic(
                    Code.FILE_NOT_FOUND,
                    f"`{folder}` is not a directory of reports",
                    path=str(folder),
                    help="--sources must name a directory holding <report id>.txt",
                )
            ]
        )
    found: dict[str, ReportText] = {}
    for source_id in ids:
        path = folder / f"{source_id}.txt"
        if not path.exists():
            continue
        data = read_limited(path, MAX_REPORT_BYTES, "report")
        try:
            found[source_id] = ReportText.read(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise HrlawError(
                [Diagnostic(Code.NOT_UTF8, f"report `{path}` is not UTF-8 text (byte {exc.start})")]
            ) from None
    return found


def _page(title: str, body: str, nav: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)} — hrlaw rule base</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<nav>{nav}</nav>\n{body}\n</body>\n</html>\n"
    )


class Site:
    """The pages of the site for `book`: file name -> HTML."""

    def __init__(
        self,
        book: RuleBook,
        reports: dict[str, ReportText],
        exercised: Exercise | None,
        output: Path,
    ) -> None:
        self.book, self.reports, self.output = book, reports, output
        self.scenarios = {
            p.provision: p.scenarios for p in (exercised.provisions if exercised else [])
        }

    def _quote(self, cite: dict[str, str]) -> str:
        src = self.book.sources.get(cite["source"])
        title = src.title if src is not None else cite["source"]
        where = ""
        if src is not None and src.address:
            where = f', <a href="{_e(src.address)}">{_e(src.address)}</a>'
        found = self.reports.get(cite["source"])
        context = found.around(cite["quote"]) if found is not None else None
        if context is None:
            shown = f"“{_e(cite['quote'])}”"
        else:
            before, quote, after = context
            shown = f"{_e(before)}<mark>{_e(quote)}</mark>{_e(after)}"
        return (
            f'<blockquote><p>{shown}</p><p class="source">— <cite>{_e(title)}</cite>, '
            f"{_e(cite['section'])}{where}</p></blockquote>"
        )

    def _clauses(self, rows: list[dict[str, object]], kind: str) -> list[str]:
        out: list[str] = []
        for row in rows:
            label = row.get("id") or row.get("label") or row.get("name") or ""
            out.append(f'<p><strong>{_e(kind)}</strong> <span class="id">{_e(label)}</span>: ')
            out.append(f"{_e(row['text'])}</p>")
            rule = row.get("rule") or row.get("when")
            if rule:
                out.append(f'<p class="id">{_e(rule)}</p>')
            out += [self._quote(c) for c in cast(list[dict[str, str]], row["citations"])]
        return out

    def provision(self, pid: str) -> str:
        described = self.book.describe(pid)
        p = self.book.provision(pid)
        reports = cast(list[str], described["reports"])
        out = [
            f'<section class="provision" id="{_e(pid)}">',
            f"<h2>{_e(described['title'])}</h2>",
            f'<p class="id">{_e(pid)} · stated by {_e(", ".join(reports))}',
        ]
        aliases = cast(list[str], described["aliases"])
        out.append(f" · also encodes {_e(', '.join(aliases))}</p>" if aliases else "</p>")
        for version in cast(list[dict[str, object]], described["versions"]):
            out.append(f"<h3>Under {_e(version['source'])}</h3>")
            if version["applies_when"]:
                out.append(f"<p>Applies when <code>{_e(version['applies_when'])}</code></p>")
            for kind, key in (
                ("Requirement", "requirements"),
                ("Exception", "exceptions"),
                ("Contested", "contested"),
                ("Penalty", "penalties"),
            ):
                out += self._clauses(cast(list[dict[str, object]], version[key]), kind)
            for note in cast(list[dict[str, object]], version["notes"]):
                out.append(f"<p><em>Interpretation:</em> {_e(note['text'])}</p>")
                out += [self._quote(c) for c in cast(list[dict[str, str]], note["citations"])]
        parameters = cast(dict[str, list[dict[str, object]]], described["parameters"])
        if parameters:
            out.append("<h3>Parameters per report</h3><table><tr><th>parameter</th>")
            out.append("<th>report</th><th>value</th></tr>")
            for name, rows in parameters.items():
                for row in rows:
                    key = str(row["source"] or f"from {row['from']}")
                    out.append(
                        f'<tr><td class="id">{_e(name)}</td><td>{_e(key)}</td>'
                        f"<td>{_e(row['value'])}</td></tr>"
                    )
            out.append("</table>")
        if p.span is not None:
            out.append(f'<h3>The rule as written</h3><p class="id">{_e(p.span.location())}</p>')
            out.append(f"<pre>{_e(p.span.text)}</pre>")
        scenarios = self.scenarios.get(pid, [])
        if scenarios:
            out.append("<h3>Scenarios that exercise it</h3><ul>")
            for path in scenarios:
                link = os.path.relpath(Path(path).resolve(), self.output.resolve())
                out.append(f'<li><a href="{_e(Path(link).as_posix())}">{_e(path)}</a></li>')
            out.append("</ul>")
        elif self.scenarios:
            out.append("<p><em>No scenario exercises it.</em></p>")
        out.append("</section>")
        return "\n".join(out)

    def pages(self) -> dict[str, str]:
        book = self.book
        names = domains(book.provisions)
        nav = '<a href="index.html">index</a> · ' + " · ".join(
            f'<a href="{_e(n)}.html">{_e(n)}</a>' for n in names
        )
        pages: dict[str, str] = {}
        index = ["<h1>The rule base</h1>", f"<p>{len(book.provisions)} provisions.</p>"]
        for name in names:
            chosen = [p for p in book.provisions if domain(p) == name]
            index.append(f'<h2><a href="{_e(name)}.html">{_e(name)}</a></h2><ul>')
            index += [
                f'<li><a href="{_e(name)}.html#{_e(p.id)}">{_e(p.title)}</a> '
                f'<span class="id">{_e(p.id)}</span></li>'
                for p in chosen
            ]
            index.append("</ul>")
            body = [f"<h1>{_e(name)}</h1>"] + [self.provision(p.id) for p in chosen]
            pages[f"{name}.html"] = _page(name, "\n".join(body), nav)
        index.append("<h2>Sources</h2><ul>")
        for s in book.sources.values():
            where = f', <a href="{_e(s.address)}">{_e(s.address)}</a>' if s.address else ""
            index.append(f"<li><cite>{_e(s.title)}</cite> ({_e(s.id)}){where}</li>")
        index.append("</ul>")
        pages["index.html"] = _page("index", "\n".join(index), nav)
        return pages


def write_site(pages: dict[str, str], output: Path) -> list[Path]:
    """Write each page atomically into `output` (created when missing)."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in sorted(pages.items()):
        write_atomic(output / name, text)
        written.append(output / name)
    return written
