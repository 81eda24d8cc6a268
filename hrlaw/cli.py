"""The `hrlaw` command: a thin shell over the public API. Exit codes: 0 clean, 1 a violation or an
unmet expectation (or a quote not found), 2 invalid input or usage, 3 a bug in hrlaw, 141 the reader
of the output went away (`hrlaw check … | head`), as for a process ended by SIGPIPE. Never a
traceback."""

from __future__ import annotations

import io
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, cast

import typer
from rich.console import Console
from rich.markup import escape

from hrlaw import model as m
from hrlaw.citations import all_citations, check_citations
from hrlaw.diagnostics import Diagnostic, HrlawError, did_you_mean
from hrlaw.render import json_reports, markdown_report, print_text
from hrlaw.report import Report
from hrlaw.rulebook import RULES_ENV, RuleBook, __version__, load_rulebook
from hrlaw.scenario import load_scenario

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_CLOSED_PIPE = 128 + 13  # the shell's code for a process ended by SIGPIPE

app = typer.Typer(
    name="hrlaw",
    help="Check the facts of a case against Kazakh law as the 2017 and 2021 U.S. State "
    "Department human rights reports describe it, with a verbatim citation for every verdict.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
rules_app = typer.Typer(help="List and show the provisions of the rule base.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


class ListFormat(StrEnum):
    text = "text"
    json = "json"


RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        envvar=RULES_ENV,
        help="A directory of .hrl files to use instead of the shipped rule base.",
        show_default=False,
    ),
]


class ReaderGone(Exception):
    """The reader of standard output went away (a closed pipe). Not an OSError, so that it passes
    click's own handler (which would exit 1, the code for "a violation was found")."""


class _Stdout(io.TextIOBase):
    """Standard output as it is at the time of writing; every write is flushed at once, so that
    a closed pipe is noticed here and not at interpreter exit."""

    def write(self, text: str) -> int:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise ReaderGone from None
        return len(text)

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()


def _echo(text: str, nl: bool = True) -> None:
    _Stdout().write(text + "\n" if nl else text)


def _out() -> Console:
    return Console(file=cast(IO[str], _Stdout()), highlight=False, soft_wrap=False)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(error: HrlawError) -> typer.Exit:
    console = _err()
    shown = error.diagnostics[:20]
    for diag in shown:
        # soft_wrap: a `--> file:line:col` line is never broken, whatever the width
        console.print(diag.render(), markup=False, soft_wrap=True)
        console.print()
    extra = len(error.diagnostics) - len(shown)
    count = len(error.diagnostics)
    tail = f" ({extra} more not shown)" if extra else ""
    console.print(f"{count} error{'s' if count != 1 else ''}{tail}", style="bold red")
    return typer.Exit(EXIT_INVALID)


def _book(rules: Path | None) -> RuleBook:
    try:
        return load_rulebook(rules)
    except HrlawError as exc:
        raise _fail(exc) from None


@app.command()
def check(
    scenarios: Annotated[
        list[Path],
        typer.Argument(help="Scenario YAML files.", show_default=False, metavar="SCENARIO"),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    rules: RulesOption = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show every provision in full.")
    ] = False,
) -> None:
    """Check scenarios: every provision's verdict, explanation and citation."""
    book = _book(rules)
    reports: list[Report] = []
    errors: list[Diagnostic] = []
    for path in scenarios:
        try:
            reports.append(book.check(load_scenario(path)))
        except HrlawError as exc:
            errors.extend(exc.diagnostics)
    if format is Format.json:
        if reports:
            _echo(json_reports(reports))
    elif format is Format.markdown:
        _echo("\n".join(markdown_report(r) for r in reports), nl=False)
    else:
        print_text(_out(), reports, verbose=verbose)
    if errors:
        raise _fail(HrlawError(errors))
    raise typer.Exit(EXIT_OK if all(r.ok for r in reports) else EXIT_FINDINGS)


def _provision_json(p: m.Provision) -> dict[str, object]:
    def cites(items: tuple[m.Citation, ...]) -> list[dict[str, str]]:
        return [{"source": c.source, "section": c.section, "quote": c.quote} for c in items]

    def expr(e: m.Expr | None) -> str | None:
        return " ".join(e.span.text.split()) if e is not None and e.span is not None else None

    versions = [
        {
            "source": v.source,
            "applies_when": expr(v.applies or p.applies),
            "requirements": [
                {
                    "id": r.id,
                    "text": r.text,
                    "rule": expr(r.expr),
                    "explain": r.explain,
                    "citations": cites(r.citations),
                }
                for r in v.requirements
            ],
            "exceptions": [
                {
                    "for": x.target,
                    "text": x.text,
                    "when": expr(x.when),
                    "rule": expr(x.replacement),
                    "waived": x.replacement is None,
                    "citations": cites(x.citations),
                }
                for x in v.exceptions
            ],
            "contested": [
                {
                    "for": x.target,
                    "text": x.text,
                    "when": expr(x.when),
                    "citations": cites(x.citations),
                }
                for x in v.contested
            ],
            "penalties": [{"text": x.text, "citations": cites(x.citations)} for x in v.penalties],
        }
        for v in p.versions
    ]
    every = [c for _, c in all_citations((p,))]
    return {
        "id": p.id,
        "title": p.title,
        "file": p.file,
        "versions": versions,
        "citations": cites(tuple(every)),
    }


@rules_app.command("list")
def rules_list(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    rules: RulesOption = None,
) -> None:
    """Every provision: id, title, versions."""
    book = _book(rules)
    if format is ListFormat.json:
        _echo(
            json.dumps([_provision_json(p) for p in book.provisions], indent=2, ensure_ascii=False)
        )
        return
    console = _out()
    for p in book.provisions:
        versions = ", ".join(v.source for v in p.versions)
        console.print(f"[bold]{escape(p.id)}[/bold]  {escape(p.title)}  [dim]({versions})[/dim]")
    console.print(f"{len(book.provisions)} provisions")


@rules_app.command("show")
def rules_show(
    provision_id: Annotated[str, typer.Argument(metavar="ID", help="A provision id.")],
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    rules: RulesOption = None,
) -> None:
    """One provision in full: its rule text and its citations."""
    book = _book(rules)
    try:
        p = book.provision(provision_id)
    except KeyError:
        hint = did_you_mean(provision_id, [q.id for q in book.provisions])
        raise _fail(
            HrlawError(
                [
                    Diagnostic(
                        "HR301",
                        f"unknown provision `{provision_id}`",
                        help=hint or "`hrlaw rules list` lists them",
                    )
                ]
            )
        ) from None
    if format is ListFormat.json:
        _echo(json.dumps(_provision_json(p), indent=2, ensure_ascii=False))
        return
    console = _out()
    if p.span is not None:
        console.print(f"[dim]{escape(p.span.location())}[/dim]")
        console.print(escape(p.span.text))


@app.command()
def facts(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    rules: RulesOption = None,
) -> None:
    """The fact vocabulary: what a scenario may state, with the question for each fact."""
    book = _book(rules)
    if format is ListFormat.json:
        data = [
            {
                "fact": f.name,
                "type": str(f.type),
                "unit": f.unit,
                "question": f.question,
                "derived": False,
            }
            for f in book.facts.values()
        ]
        data += [
            {
                "fact": d.name,
                "type": "derived",
                "unit": None,
                "question": d.meaning,
                "derived": True,
                "definition": " ".join(d.expr.span.text.split()) if d.expr.span else None,
            }
            for d in book.defines.values()
        ]
        _echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    console = _out()
    for f in sorted(book.facts.values(), key=lambda f: f.name):
        unit = f" in {f.unit}" if f.unit else ""
        console.print(f"[bold]{escape(f.name)}[/bold]: {escape(str(f.type))}{escape(unit)}")
        if f.question:
            console.print(f"    {escape(f.question)}", style="dim")
    console.print(f"{len(book.facts)} facts; {len(book.defines)} derived facts are computed")


@app.command()
def validate(rules: RulesOption = None) -> None:
    """Parse and check the rule base; report every error."""
    book = _book(rules)
    cites = len(all_citations(book.provisions))
    _out().print(
        f"rule base ok: {len(book.provisions)} provisions, {len(book.facts)} facts, "
        f"{len(book.defines)} derived facts, {len(book.sources)} sources, "
        f"{cites} citations  [dim]{book.digest}[/dim]"
    )


@app.command("cite-check")
def cite_check(
    sources: Annotated[Path, typer.Option("--sources", help="Directory holding <source id>.txt.")],
    rules: RulesOption = None,
) -> None:
    """Verify that every quote occurs verbatim in the report it cites."""
    book = _book(rules)
    try:
        result = check_citations(book.provisions, sources)
    except HrlawError as exc:
        raise _fail(exc) from None
    console = _err() if result.missing else _out()
    for diag in result.missing:
        console.print(diag.render(), markup=False, soft_wrap=True)
        console.print()
    found = result.checked - len(result.missing)
    console.print(f"{found}/{result.checked} quotes found verbatim in {', '.join(result.sources)}")
    raise typer.Exit(EXIT_FINDINGS if result.missing else EXIT_OK)


def _version(value: bool) -> None:
    if value:
        _echo(f"hrlaw {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """hrlaw: legal provisions as checkable rules."""


def main() -> None:
    """Console entry point. Usage errors exit 2 (Typer); anything unexpected is a bug in hrlaw,
    reported in one line with exit code 3 instead of a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except (ReaderGone, BrokenPipeError):
        # the reader went away (`hrlaw ... | head`): stop quietly, as other tools do; not 1,
        # which would claim a violation that nobody saw
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_CLOSED_PIPE)
    except Exception as exc:
        _err().print(
            f"internal error: {type(exc).__name__}: {escape(str(exc))}\n"
            "please report it with the command you ran",
            style="bold red",
        )
        sys.exit(EXIT_INTERNAL)
