"""A memo a lawyer can hand over (`hrlaw check --format html`): one self-contained HTML page, no
scripts and no external assets, printable (print CSS), with the case, a summary, each assessed
provision's verdict and explanation, the clause breached, every quote with the report's full title,
section and address, the stated interpretations, the open questions, and what the tool decides."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from hrlaw.render import CONFLICT_HEADING, SCOPE, cleaned, stated_quotes, summary_line
from hrlaw.report import Citation, Report, Result, SourceInfo, Verdict

_LABEL = {
    Verdict.VIOLATION: "Violation",
    Verdict.UNDETERMINED: "Undetermined",
    Verdict.COMPLIANT: "Compliant",
    Verdict.NOT_APPLICABLE: "Not applicable",
}
_ORDER = [Verdict.VIOLATION, Verdict.UNDETERMINED, Verdict.COMPLIANT, Verdict.NOT_APPLICABLE]

CSS = """
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 48rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .3rem; }
.meta, .source, .id { color: #444; font-size: .9rem; }
.id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.verdict { display: inline-block; font: bold .8rem/1.6 Arial, Helvetica, sans-serif;
           padding: 0 .5rem; border: 1px solid; border-radius: .2rem; margin-right: .4rem; }
.violation { color: #a40000; } .undetermined { color: #7a5a00; }
.compliant { color: #1d6b1d; } .not_applicable { color: #555; }
blockquote { margin: .4rem 0 .6rem 1rem; padding-left: .8rem; border-left: 3px solid #bbb; }
blockquote p { margin: 0; font-style: italic; }
.breach { font-weight: bold; }
.note { color: #333; font-size: .95rem; }
table { border-collapse: collapse; margin: .6rem 0; }
td, th { border: 1px solid #bbb; padding: .15rem .5rem; text-align: left; }
.scope { border: 1px solid #999; padding: .6rem .9rem; background: #f6f6f6; font-size: .92rem; }
a { color: inherit; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  .case + .case { break-before: page; }
  .provision, blockquote { break-inside: avoid; }
  a[href]::after { content: " <" attr(href) ">"; font-size: .85em; word-break: break-all; }
  .scope { background: none; }
}
@page { margin: 18mm 16mm; }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _source(cite: Citation, sources: dict[str, SourceInfo]) -> str:
    src = sources.get(cite.source)
    if src is None:
        return f"{_e(cite.source)}, {_e(cite.section)}"
    where = f', <a href="{_e(src.address)}">{_e(src.address)}</a>' if src.address else ""
    return f"<cite>{_e(src.title)}</cite>, {_e(cite.section)}{where}"


def _quote(cite: Citation, sources: dict[str, SourceInfo]) -> str:
    return (
        f"<blockquote><p>“{_e(cite.quote)}”</p>"
        f'<footer class="source">— {_source(cite, sources)}</footer></blockquote>'
    )


def _verdict(v: Verdict) -> str:
    return f'<span class="verdict {v.value}">{_LABEL[v]}</span>'


def _provision(res: Result, sources: dict[str, SourceInfo], notices: Sequence[str]) -> str:
    out = [
        '<section class="provision">',
        f"<h3>{_verdict(res.verdict)}{_e(res.title)}</h3>",
        f'<p class="id">{_e(res.provision)} · law applied: {_e(res.version or "—")}</p>',
        f"<p>{_e(res.explanation)}</p>",
    ]
    for failed in res.failed:
        out.append(f'<p class="breach">Clause breached: {_e(failed.text)}</p>')
        out += [_quote(c, sources) for c in failed.citations or [failed.citation]]
    for penalty in res.penalties:
        out.append(f"<p><strong>Penalty the report names:</strong> {_e(penalty.text)}</p>")
        out += [_quote(c, sources) for c in penalty.citations]
    for conflict in res.conflicts:
        heading = CONFLICT_HEADING[conflict.kind]
        out.append(f"<p><strong>{heading}:</strong> {_e(conflict.text)}</p>")
        out += [_quote(c, sources) for c in conflict.citations]
    if res.verdict is Verdict.COMPLIANT:
        out += [_quote(c, sources) for c in res.citations[:1]]
    stated = stated_quotes(res) if res.verdict is Verdict.UNDETERMINED else []
    if stated:
        out.append("<p>What the report states:</p>")
        out += [_quote(c, sources) for c in stated]
    if res.verdict is Verdict.UNDETERMINED and res.missing:
        out.append("<p><strong>Open questions</strong> (the most decisive first):</p><ol>")
        for fact in res.missing:
            question = fact.question or f"What is {fact.fact}?"
            options = ""
            if fact.options:
                options = " — " + "; ".join(f"{o.value}: {o.label}" for o in fact.options)
            out.append(
                f'<li>{_e(question)} <span class="id">({_e(fact.fact)}{_e(options)})</span></li>'
            )
        out.append("</ol>")
    for note in res.notes:
        out.append(f'<p class="note"><strong>Interpretation:</strong> {_e(note.text)}</p>')
    for warning in res.warnings:
        if warning not in notices:
            out.append(f'<p class="note"><strong>Note:</strong> {_e(warning)}</p>')
    out.append("</section>")
    return "\n".join(out)


def _case(report: Report) -> str:
    report = cleaned(report)
    info = report.scenario
    title = info.title or info.path or "Case"
    sources = {s.id: s for s in report.sources}
    out = [
        '<article class="case">',
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Events of {_e(info.date)}'
        + (f" · {_e(info.path)}" if info.path and info.title else "")
        + f" · rule base {_e(report.rulebook.digest[:19])}… · hrlaw "
        f"{_e(report.rulebook.hrlaw_version)}</p>",
        "<h2>Summary</h2>",
        f"<p>{_e(summary_line(report))}.</p>",
    ]
    out += [f'<p class="note"><strong>Note:</strong> {_e(n)}</p>' for n in report.notices]
    assessed = [r for r in report.results if r.assessed]
    ordered = sorted(assessed, key=lambda r: _ORDER.index(r.verdict))
    if ordered:
        out.append("<table><thead><tr><th>Provision</th><th>Verdict</th><th>Law</th></tr>")
        out.append("</thead><tbody>")
        out += [
            f"<tr><td>{_e(r.title)} <span class='id'>{_e(r.provision)}</span></td>"
            f"<td>{_verdict(r.verdict)}</td><td>{_e(r.version or '')}</td></tr>"
            for r in ordered
        ]
        out.append("</tbody></table>")
    unmet = [e for e in report.expectations if not e.met]
    if unmet:
        out.append("<p><strong>Unmet expectations:</strong></p><ul>")
        out += [
            f"<li>{_e(e.provision)}: expected {_e(e.expected.value)}, got {_e(e.actual.value)}</li>"
            for e in unmet
        ]
        out.append("</ul>")
    out.append("<h2>Provisions</h2>")
    out += [_provision(r, sources, report.notices) for r in ordered]
    others = [r.provision for r in report.results if not r.assessed]
    if others:
        out.append(
            f'<p class="note">Not assessed (the facts do not say whether they apply): '
            f'<span class="id">{_e(", ".join(others))}</span></p>'
        )
    if report.unchecked:
        out.append("<h2>Stated by the reports but not checked</h2>")
        for item in report.unchecked:
            out.append(f"<p><strong>{_e(item.title)}</strong>: {_e(item.reason)}</p>")
            out += [_quote(c, sources) for c in item.citations[:1]]
    if report.sources:
        out.append("<h2>Sources</h2><ul>")
        for s in report.sources:
            where = f', <a href="{_e(s.address)}">{_e(s.address)}</a>' if s.address else ""
            out.append(f"<li><cite>{_e(s.title)}</cite> ({_e(s.id)}){where}</li>")
        out.append("</ul>")
    out.append(f'<h2>What this memo decides</h2><p class="scope">{_e(SCOPE)}</p>')
    out.append("</article>")
    return "\n".join(out)


def memo_html(reports: Sequence[Report]) -> str:
    """One HTML page for the reports (one case per printed page group)."""
    if len(reports) == 1:
        name = reports[0].scenario.title or reports[0].scenario.path or "Case"
    else:
        name = f"{len(reports)} cases"
    cases = "\n".join(_case(r) for r in reports)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(name)} — hrlaw memo</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n{cases}\n</body>\n</html>\n"
    )
