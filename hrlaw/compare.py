"""The same facts under each report's law, side by side (`hrlaw compare`): for each provision
the facts touch, its verdict under every report, the provisions whose verdict changes first."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from hrlaw import report as r
from hrlaw.render import cleaned, source_line
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import Scenario


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Compared(_Frozen):
    """One provision under each report's law (`results` in the order of `Comparison.laws`)."""

    provision: str
    title: str
    changed: bool  # the verdicts differ between the reports
    results: list[r.Result]


class Comparison(_Frozen):
    """`hrlaw compare --format json`: the provisions whose verdict changes first, then those
    every report judges alike; a provision no law's result is assessed for is left out (listed
    in `not_assessed`)."""

    scenario: r.ScenarioInfo
    laws: list[str]  # report ids, oldest first
    law_in_force: list[str]  # the report(s) whose law `check` applies to the date of the events
    provisions: list[Compared]
    not_assessed: list[str]
    sources: list[r.SourceInfo]

    @property
    def changed(self) -> list[Compared]:
        return [c for c in self.provisions if c.changed]


def compare(book: RuleBook, scenario: Scenario, laws: Sequence[str] = ()) -> Comparison:
    """The scenario's facts under the law of each report in `laws` (default: every report the
    rule base cites, oldest first). HrlawError for invalid facts or an unknown report."""
    chosen = list(laws) or list(book.sources)
    reports = [book.check_under(scenario, law) for law in chosen]
    in_force = book.check(scenario)
    rows: list[Compared] = []
    unassessed: list[str] = []
    for i, first in enumerate(reports[0].results):
        results = [rep.results[i] for rep in reports]
        if not any(res.assessed for res in results):
            unassessed.append(first.provision)
            continue
        verdicts = {res.verdict for res in results}
        rows.append(
            Compared(
                provision=first.provision,
                title=first.title,
                changed=len(verdicts) > 1,
                results=results,
            )
        )
    rows.sort(key=lambda c: not c.changed)  # stable: the rule base's order within each group
    ids = {s.id for rep in reports for s in rep.sources}
    versions = [v for res in in_force.results for v in (res.version or "").split("+") if v]
    return Comparison(
        scenario=reports[0].scenario,
        laws=chosen,
        law_in_force=list(dict.fromkeys(versions)),
        provisions=rows,
        not_assessed=unassessed,
        sources=[
            r.SourceInfo(id=s.id, title=s.title, address=s.address, year=s.year)
            for s in book.sources.values()
            if s.id in ids
        ],
    )


_MARK = {
    r.Verdict.VIOLATION: ("✗ violation", "bold red"),
    r.Verdict.UNDETERMINED: ("? undetermined", "yellow"),
    r.Verdict.COMPLIANT: ("✓ compliant", "green"),
    r.Verdict.NOT_APPLICABLE: ("– not applicable", "dim"),
}


def _detail(res: r.Result, law: str) -> RenderableType:
    label, style = _MARK[res.verdict]
    lines: list[RenderableType] = [
        Text.assemble((f"{law}: ", "bold"), (label, style), f" — {res.explanation}")
    ]
    for failed in res.failed:
        lines.append(Padding(Text.assemble(("breaches: ", "bold"), failed.text), (0, 0, 0, 2)))
        for c in failed.citations or [failed.citation]:
            quote = Text.assemble((f"{c.source}, {c.section}: ", "dim"), (f"“{c.quote}”", "italic"))
            lines.append(Padding(quote, (0, 0, 0, 4)))
    if res.verdict is r.Verdict.UNDETERMINED and res.missing:
        asked = ", ".join(m.fact for m in res.missing)
        lines.append(Padding(Text(f"to decide: {asked}", style="dim"), (0, 0, 0, 2)))
    return Group(*lines)


def comparison_text(found: Comparison) -> RenderableType:
    """Verdicts side by side (changed first), then each change in words with its quotes."""
    found = cleaned(found)
    info = found.scenario
    title = info.title or info.path or "scenario"
    parts: list[RenderableType] = [
        Text.assemble(
            (title, "bold"),
            (
                f"  (events of {info.date}; the law in force: {', '.join(found.law_in_force)})",
                "dim",
            ),
        ),
        Text("The same facts under each report's law; the verdicts that change first.", "dim"),
        Text(""),
    ]
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("")
    table.add_column("provision")
    for law in found.laws:
        table.add_column(law)
    for row in found.provisions:
        cells: list[Text] = []
        for res in row.results:
            label, style = _MARK[res.verdict]
            cells.append(Text(label, style=style))
        table.add_row("≠" if row.changed else "", row.provision, *cells)
    parts.append(table)
    changed = found.changed
    if changed:
        parts += [Text(""), Text("What changes:", style="bold")]
    for row in changed:
        parts.append(Text.assemble((row.provision, "bold"), f" — {row.title}"))
        for law, res in zip(found.laws, row.results, strict=True):
            parts.append(Padding(_detail(res, law), (0, 0, 0, 2)))
    if found.not_assessed:
        parts += [
            Text(""),
            Text(
                f"not assessed under any report (the facts do not touch them): "
                f"{', '.join(found.not_assessed)}",
                style="dim",
            ),
        ]
    if found.sources:
        parts += [Text(""), Text("Sources:", style="bold")]
        parts += [Padding(Text(source_line(s)), (0, 0, 0, 2)) for s in found.sources]
    parts += [Text(""), Text(summary(found), style="bold")]
    return Group(*parts)


def summary(found: Comparison) -> str:
    n = len(found.changed)
    return (
        f"{n} provision{'s' if n != 1 else ''} with a verdict that changes between "
        f"{' and '.join(found.laws)}, {len(found.provisions) - n} alike"
    )


def comparison_markdown(found: Comparison) -> str:
    found = cleaned(found)
    info = found.scenario
    title = info.title or info.path or "Scenario"

    def md(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        f"# {md(title)} — under each report's law",
        "",
        f"Events of **{info.date}**; the law in force: {', '.join(found.law_in_force)}. "
        f"{summary(found)}.",
        "",
        "| | Provision | " + " | ".join(found.laws) + " |",
        "|---|---|" + "---|" * len(found.laws),
    ]
    for row in found.provisions:
        verdicts = " | ".join(res.verdict.value for res in row.results)
        lines.append(f"| {'≠' if row.changed else ''} | `{row.provision}` | {verdicts} |")
    for row in found.changed:
        lines += ["", f"## `{row.provision}` — {md(row.title)}", ""]
        for law, res in zip(found.laws, row.results, strict=True):
            lines.append(f"- **{law}: {res.verdict.value}** — {md(res.explanation)}")
            for failed in res.failed:
                for c in failed.citations or [failed.citation]:
                    lines.append(f"  > {md(c.quote)} — {c.source}, {md(c.section)}")
    if found.sources:
        lines += ["", "## Sources", ""]
        for s in found.sources:
            where = f", <{s.address}>" if s.address else ""
            lines.append(f"- `{s.id}`: *{md(s.title)}*{where}")
    return "\n".join(lines) + "\n"
