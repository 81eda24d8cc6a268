"""Reports -> what people and tools read: Rich text for lawyers, JSON (the contract), Markdown."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from enum import Enum
from typing import TypeVar

from pydantic import BaseModel
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from hrlaw.report import Citation, ConflictKind, MissingFact, Report, Result, SourceInfo, Verdict
from hrlaw.terminal import separator, text_console

# why a verdict is not settled, as a heading over the texts and quotes
CONFLICT_HEADING = {
    ConflictKind.CONTRADICTION: "Sources conflict",
    ConflictKind.UNSETTLED: "Left open by the reports",
    ConflictKind.EXCEPTIONS: "Exceptions clash",
    ConflictKind.SILENCE: "Report silent",
    ConflictKind.CHANGE: "Law changed",
}

# what must never reach a terminal from user text (a scenario's title, a rule's words): C0 and C1
# control characters (ESC starts terminal commands: clear the screen, retitle the window, recolour
# the verdicts), DEL, and the invisible marks that reorder text (bidirectional overrides)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NOT_IN_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LAYOUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str, *, lines: bool = False) -> str:
    """`text` with control characters shown escaped (`\\x1b`), never sent; with `lines`, line
    breaks and tabs are kept (a rule's text as written)."""
    return (_LAYOUT if lines else _CONTROL).sub(_escaped, text)


_M = TypeVar("_M")


def cleaned(value: _M) -> _M:
    """A report (or any part of one) with every string in it cleaned: done once, here, before
    text or Markdown is made of it."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return clean(value)  # type: ignore[return-value]
    if isinstance(value, BaseModel):
        return value.model_copy(update={k: cleaned(v) for k, v in value})
    if isinstance(value, list):
        return [cleaned(v) for v in value]  # type: ignore[return-value]
    return value


def json_text(data: object) -> str:
    """JSON for people and tools: json escapes C0 controls itself; C1 controls, DEL and
    bidirectional marks are written as `\\u` escapes too, so the text holds none (the data
    read back is unchanged)."""
    return escaped_json(json.dumps(data, indent=2, ensure_ascii=False))


def escaped_json(text: str) -> str:
    """JSON text with C1 controls, DEL and bidirectional marks written as `\\u` escapes."""
    return _NOT_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# provisions named one by one on the "not applicable" and "not assessed" lines; past it, a count
# (a case about one arrest leaves some 190 of the 201 shipped provisions untouched)
MAX_NAMED = 12
_ORDER = [Verdict.VIOLATION, Verdict.UNDETERMINED, Verdict.COMPLIANT, Verdict.NOT_APPLICABLE]
_MARK = {
    Verdict.VIOLATION: ("✗ VIOLATION", "bold red"),
    Verdict.UNDETERMINED: ("? UNDETERMINED", "bold yellow"),
    Verdict.COMPLIANT: ("✓ compliant", "green"),
    Verdict.NOT_APPLICABLE: ("– not applicable", "dim"),
}


def summary_line(report: Report) -> str:
    s = report.summary
    parts = [
        f"{s.violation} violation{'s' if s.violation != 1 else ''}",
        f"{s.undetermined} undetermined",
        f"{s.compliant} compliant",
        f"{s.not_applicable} not applicable",
        f"{s.not_assessed} not assessed",
    ]
    unmet = sum(not e.met for e in report.expectations)
    if report.expectations:
        parts.append(
            f"{len(report.expectations) - unmet}/{len(report.expectations)} expectations met"
        )
    return ", ".join(parts)


def _quote(c: Citation) -> Text:
    return Text.assemble((f"{c.source}, {c.section}: ", "dim"), (f"“{c.quote}”", "italic"))


def _options(fact: MissingFact) -> str:
    """The values an enumeration question accepts, with their words."""
    shown = [o.value if o.label == o.value else f"{o.value} ({o.label})" for o in fact.options]
    return ("; one of: " if "one of" in fact.type else "; any of: ") + ", ".join(shown)


def _result(res: Result, notices: Sequence[str] = ()) -> RenderableType:
    label, style = _MARK[res.verdict]
    head = Text.assemble(
        (label, style),
        "  ",
        (res.provision, "bold"),
        f" — {res.title}",
        (f"  [{res.version}]", "dim"),
    )
    body: list[RenderableType] = [Text(res.explanation)]
    if res.verdict is Verdict.COMPLIANT:
        for cite in res.citations[:1]:
            body.append(Padding(_quote(cite), (0, 0, 0, 2), expand=False))
    if res.verdict is Verdict.VIOLATION:
        for failed in res.failed:
            body.append(Text.assemble(("Breaches: ", "bold"), failed.text))
            for cite in failed.citations or [failed.citation]:
                body.append(Padding(_quote(cite), (0, 0, 0, 2), expand=False))
        for penalty in res.penalties:
            body.append(Text.assemble(("Penalty: ", "bold"), penalty.text))
    for conflict in res.conflicts:
        heading = CONFLICT_HEADING[conflict.kind]
        body.append(Text.assemble((f"{heading}: ", "bold yellow"), conflict.text))
        body.extend(Padding(_quote(c), (0, 0, 0, 2), expand=False) for c in conflict.citations)
    if res.verdict is Verdict.UNDETERMINED and res.missing:
        body.append(Text("To decide, answer:", style="bold"))
        for fact in res.missing:
            question = fact.question or f"What is `{fact.fact}`?"
            kind = _options(fact) if fact.options else f": {fact.type}"
            body.append(Text.assemble("  • ", question, (f"  ({fact.fact}{kind})", "dim")))
    for note in res.notes:
        body.append(Text(f"interpretation: {note.text}", style="dim italic"))
    for warning in res.warnings:
        if warning not in notices:
            body.append(Text(f"note: {warning}", style="dim"))
    return Group(head, Padding(Group(*body), (0, 0, 0, 4), expand=False))


def _unassessed(result: Result) -> bool:
    """Not assessed: the facts do not touch the provision at all."""
    return not result.assessed


def _compliant_line(res: Result, notices: Sequence[str]) -> RenderableType:
    """A compliant result in short: the explanation, and the quote that grounds it."""
    body: list[RenderableType] = [
        Padding(_quote(c), (0, 0, 0, 4), expand=False) for c in res.citations[:1]
    ]
    body += [Text(f"    note: {w}", style="dim") for w in res.warnings if w not in notices]
    head = Text.assemble(
        ("✓ compliant", "green"), "  ", (res.provision, "bold"), f" — {res.explanation}"
    )
    return Group(head, *body)


def _named(results: list[Result], hint: str = "") -> str:
    """The provisions' ids, or how many they are when they are many (`--verbose` shows each),
    then `hint`."""
    if len(results) <= MAX_NAMED:
        return ", ".join(r.provision for r in results)
    return f"{len(results)} provisions{hint}"


def text_report(report: Report, *, verbose: bool = False) -> RenderableType:
    report = cleaned(report)
    title = report.scenario.title or report.scenario.path or "scenario"
    parts: list[RenderableType] = [
        Text.assemble((title, "bold"), (f"  (events of {report.scenario.date})", "dim")),
    ]
    if report.scenario.path and report.scenario.title:
        parts.append(Text(report.scenario.path, style="dim"))
    for notice in report.notices:
        parts.append(Text(f"note: {notice}", style="bold yellow"))
    parts.append(Text(""))
    unasked = [] if verbose else [r for r in report.results if _unassessed(r)]
    for verdict in _ORDER:
        group = [
            r for r in report.results if r.verdict is verdict and (verbose or not _unassessed(r))
        ]
        if verdict is Verdict.NOT_APPLICABLE and not verbose and group:
            named = _named(group, " (--verbose shows each)")
            parts.append(Text.assemble(("– not applicable: ", "dim"), (named, "dim")))
            continue
        for res in group:
            if verdict is Verdict.COMPLIANT and not verbose:
                parts.append(_compliant_line(res, report.notices))
            else:
                parts.append(_result(res, report.notices))
    if unasked:
        parts.append(
            Text.assemble(
                ("? not assessed: ", "yellow"),
                (_named(unasked), "dim"),
                (
                    " — the facts do not say whether these apply (--verbose shows their questions)",
                    "dim",
                ),
            )
        )
    for item in report.unchecked:
        parts.append(
            Text.assemble(
                ("! not checked: ", "bold yellow"),
                (item.id, "bold"),
                f" — {item.title}: {item.reason}",
            )
        )
        parts.extend(Padding(_quote(c), (0, 0, 0, 4), expand=False) for c in item.citations[:1])
    for exp in report.expectations:
        if not exp.met:
            parts.append(
                Text(
                    f"✗ expected {exp.provision} to be {exp.expected.value}, "
                    f"got {exp.actual.value}",
                    style="bold red",
                )
            )
    if report.sources:
        parts.append(Text("Sources:", style="bold"))
        parts.extend(
            Padding(Text(source_line(src)), (0, 0, 0, 2), expand=False) for src in report.sources
        )
    parts.append(Text(""))
    parts.append(Text(summary_line(report), style="bold"))
    return Group(*parts)


def source_line(src: SourceInfo) -> str:
    """`kz2021: Kazakhstan 2021 Human Rights Report (…), https://…`: what a citation's id
    stands for."""
    return f"{src.id}: {src.title}" + (f", {src.address}" if src.address else "")


_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def print_text(console: Console, reports: Sequence[Report], *, verbose: bool = False) -> None:
    """Print reports; Rich pads wrapped lines to the width, so trailing spaces are removed."""
    with console.capture() as captured:
        for i, report in enumerate(reports):
            if i:
                separator(console)
            console.print(text_report(report, verbose=verbose))
    console.file.write(_TRAILING.sub(r"\1", captured.get()))


def plain_text(renderable: RenderableType, width: int | None) -> str:
    """What Rich prints of `renderable` wrapped at `width` (None: not wrapped), without colour
    and without the spaces Rich pads lines with."""
    console = text_console(io.StringIO(), width)
    with console.capture() as captured:
        console.print(renderable)
    return _TRAILING.sub(r"\1", captured.get())


def json_reports(reports: Sequence[Report]) -> str:
    if len(reports) == 1:  # pydantic's serialiser: the same text as json.dumps, much quicker
        return escaped_json(reports[0].model_dump_json(indent=2))
    return json_text([r.model_dump(mode="json") for r in reports])


def json_line(report: Report) -> str:
    """One report on one line (JSON Lines), escaped as `json_text` escapes."""
    return escaped_json(report.model_dump_json())


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def stated_quotes(res: Result) -> list[Citation]:
    """The citations of a result, each quote once (a clause may cite the same words twice),
    leaving out those already shown with a conflict."""
    shown = {(c.source, c.quote) for conflict in res.conflicts for c in conflict.citations}
    seen: dict[tuple[str, str], Citation] = {}
    for c in res.citations:
        if (c.source, c.quote) not in shown:
            seen.setdefault((c.source, c.quote), c)
    return list(seen.values())


def _md_quotes(cites: Sequence[Citation], titles: dict[str, SourceInfo]) -> list[str]:
    out: list[str] = []
    for c in cites:
        src = titles.get(c.source)
        said = f"*{_md(src.title)}*" if src is not None else c.source
        out += [f"> {_md(c.quote)}  \n> — {said}, {_md(c.section)}", ""]
    return out


SCOPE = (
    "hrlaw compares the facts stated in this case with provisions of Kazakh law as the U.S. "
    "State Department's human rights reports describe them, and quotes the report for every "
    "verdict. It decides a verdict only when every case consistent with the stated facts gives "
    "it; otherwise the verdict is undetermined and the questions that could settle it are listed. "
    "It does not establish or weigh the facts, read Kazakh legislation itself, or consider law "
    "the reports do not describe: a compliant verdict means compliant with the provisions "
    "encoded, as the reports state them, not lawful in every respect. The interpretations it "
    "relies on are stated with each provision. This memo is not legal advice."
)


def markdown_report(report: Report) -> str:
    report = cleaned(report)
    titles = {s.id: s for s in report.sources}
    title = report.scenario.title or report.scenario.path or "Scenario"
    lines = [
        f"# {_md(title)}",
        "",
        f"Events of **{report.scenario.date}**. {summary_line(report)}.",
        "",
    ]
    for notice in report.notices:
        lines += [f"**Note:** {_md(notice)}", ""]
    lines += ["| Provision | Verdict | Version | Explanation |", "|---|---|---|---|"]
    ordered = sorted(report.results, key=lambda r: (_ORDER.index(r.verdict), _unassessed(r)))
    for r in ordered:
        if _unassessed(r):
            text = "not assessed: the facts do not say whether it applies"
        elif r.verdict is Verdict.NOT_APPLICABLE:  # no section of its own below: its title here
            text = f"{_md(r.title)}: {_md(r.explanation)}"
        else:
            text = _md(r.explanation)
        lines.append(f"| `{r.provision}` | {r.verdict.value} | {r.version or ''} | {text} |")
    shown = (Verdict.VIOLATION, Verdict.UNDETERMINED, Verdict.COMPLIANT)
    for r in ordered:
        if r.verdict not in shown or _unassessed(r):
            continue
        lines += [
            "",
            f"## `{r.provision}` — {_md(r.title)}",
            "",
            f"**{r.verdict.value}**: {_md(r.explanation)}",
            "",
        ]
        for failed in r.failed:
            lines += [f"**Clause breached:** {_md(failed.text)}", ""]
            lines += _md_quotes(failed.citations or [failed.citation], titles)
        if r.verdict is Verdict.COMPLIANT:
            lines += _md_quotes(r.citations[:1], titles)
        for conflict in r.conflicts:
            lines += [f"{CONFLICT_HEADING[conflict.kind]}: {_md(conflict.text)}", ""]
            lines += _md_quotes(conflict.citations, titles)
        stated = stated_quotes(r) if r.verdict is Verdict.UNDETERMINED else []
        if stated:
            lines += ["What the report states:", ""]
            lines += _md_quotes(stated, titles)
        for penalty in r.penalties:
            lines += [f"Penalty: {_md(penalty.text)}", ""]
        if r.missing:
            lines.append("To decide, answer:")
            lines += [
                f"- {_md(m.question or m.fact)} (`{m.fact}`{_md(_options(m)) if m.options else ''})"
                for m in r.missing
            ]
        lines += [f"\n*Interpretation: {_md(n.text)}*" for n in r.notes]
        lines += [f"\n*Note: {_md(w)}*" for w in r.warnings if w not in report.notices]
    if report.unchecked:
        lines += ["", "## Not checked", ""]
        for item in report.unchecked:
            lines.append(f"- `{item.id}` — {_md(item.title)}: {_md(item.reason)}")
            lines += [f"  > {_md(c.quote)} — {c.source}, {_md(c.section)}" for c in item.citations]
    unmet = [e for e in report.expectations if not e.met]
    if unmet:
        lines += ["", "## Unmet expectations", ""]
        lines += [
            f"- `{e.provision}`: expected {e.expected.value}, got {e.actual.value}" for e in unmet
        ]
    if report.sources:
        lines += ["", "## Sources", ""]
        for src in report.sources:
            where = f", <{src.address}>" if src.address else ""
            lines.append(f"- `{src.id}`: *{_md(src.title)}*{where}")
    lines += ["", "## What this memo decides", "", SCOPE]
    return "\n".join(lines) + "\n"
