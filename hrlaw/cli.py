"""The `hrlaw` command: a thin shell over the public API. Exit codes: 0 clean, 1 a violation or an
unmet expectation (or a quote not found), 2 invalid input or usage, 3 a bug in hrlaw, 141 the reader
of the output went away (`hrlaw check … | head`), as for a process ended by SIGPIPE. Never a
traceback.

No `from __future__ import annotations` here: Typer reads each command's annotations when it
builds the command line, and annotations written as strings must be evaluated again each time
(about 40 ms per run of `hrlaw` instead of 15)."""

import difflib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from hrlaw import model as m
from hrlaw import template
from hrlaw.citations import all_citations, check_citations
from hrlaw.coverage import Status, catalogue_file, coverage, read_catalogue
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, Severity, did_you_mean
from hrlaw.domains import choose
from hrlaw.engine import Verdicts
from hrlaw.files import atomic_writer, write_atomic
from hrlaw.render import (
    clean,
    json_line,
    json_reports,
    json_text,
    markdown_report,
    plain_text,
    print_text,
)
from hrlaw.report import Expectation, Report, Verdict
from hrlaw.rulebook import (
    RULES_ENV,
    RuleBook,
    RuleFile,
    __version__,
    decode,
    load_rulebook,
    rule_files,
)
from hrlaw.scenario import Scenario, load_scenario
from hrlaw.schema import schema_text
from hrlaw.stream import InputFormat, Totals, inputs
from hrlaw.terminal import separator, text_console, text_width

if TYPE_CHECKING:  # the verify package is imported by the commands that use it, not by `check`
    from hrlaw.verify.witness import Witness

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
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"


class ListFormat(StrEnum):
    text = "text"
    json = "json"


WidthOption = Annotated[
    int | None,
    typer.Option(
        "--width",
        min=20,
        help="Wrap text at this many columns (default: the terminal's width; no wrapping when "
        "the output is not a terminal).",
        show_default=False,
    ),
]
DomainOption = Annotated[
    list[str] | None,
    typer.Option(
        "--domain",
        "-d",
        help="The provisions of this domain, the name of its rule file (e.g. strikes); repeat "
        "for several.",
        show_default=False,
    ),
]
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


def _out(width: int | None = None) -> Console:
    """Standard output: wrapped at `width` (`--width`), else at a terminal's width, else (a pipe,
    a file) never."""
    return text_console(cast(IO[str], _Stdout()), text_width(width, sys.stdout))


def _err() -> Console:
    return Console(stderr=True, highlight=False)


class ErrorFormat(StrEnum):
    text = "text"
    json = "json"


ErrorFormatOption = Annotated[
    ErrorFormat,
    typer.Option(
        "--error-format",
        help="How to print diagnostics on stderr: text for people, json for tools.",
    ),
]


class Engine(StrEnum):
    auto = "auto"
    z3 = "z3"
    search = "search"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="z3 (the `verify` extra: pip install 'hrlaw[verify]'), the built-in bounded search, "
        "or auto (z3 when installed).",
    ),
]
ProvisionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--provision", "-p", help="Only this provision (repeat for several).", show_default=False
    ),
]
WitnessOption = Annotated[
    Path | None,
    typer.Option(
        "--write-witnesses",
        metavar="DIR",
        help="Write each witness as a scenario YAML file with its expect: block.",
        show_default=False,
    ),
]


def _report(diagnostics: tuple[Diagnostic, ...], errors: ErrorFormat) -> None:
    """Print diagnostics (errors or warnings) on stderr, sorted by location."""
    if not diagnostics:
        return
    console = _err()
    if errors is ErrorFormat.json:
        data = {"diagnostics": [d.to_json() for d in diagnostics]}
        console.print(json.dumps(data, indent=2, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    shown = diagnostics[:20]
    for diag in shown:
        # soft_wrap: a `--> file:line:col` line is never broken, whatever the width
        console.print(diag.render(), markup=False, soft_wrap=True)
        console.print()
    extra = len(diagnostics) - len(shown)
    tail = f" ({extra} more not shown)" if extra else ""
    count = len(diagnostics)
    word = "error" if any(d.severity is Severity.ERROR for d in diagnostics) else "warning"
    style = "bold red" if word == "error" else "bold yellow"
    console.print(f"{count} {word}{'s' if count != 1 else ''}{tail}", style=style)


def _fail(error: HrlawError, errors: ErrorFormat = ErrorFormat.text) -> typer.Exit:
    _report(error.diagnostics, errors)
    return typer.Exit(EXIT_INVALID)


def _unwritable(where: str, exc: OSError, errors: ErrorFormat) -> typer.Exit:
    """A file hrlaw was asked to write could not be written: exit 2 with the reason."""
    diag = Diagnostic(Code.CANNOT_WRITE, f"cannot write {where}: {exc.strerror}")
    return _fail(HrlawError([diag]), errors)


def _book(rules: Path | None, errors: ErrorFormat = ErrorFormat.text) -> RuleBook:
    try:
        return load_rulebook(rules)
    except HrlawError as exc:
        raise _fail(exc, errors) from None


class Output:
    """Where results go, as they are produced: standard output, or a file written atomically.
    Writes are buffered; a closed pipe is noticed when they are flushed."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, text: str) -> None:
        try:
            self.handle.write(text)
        except BrokenPipeError:
            raise ReaderGone from None

    def flush(self) -> None:
        try:
            self.handle.flush()
        except BrokenPipeError:
            raise ReaderGone from None


class _Writer:
    """One output format; `first` is True for the first result of the stream."""

    def __init__(
        self, out: Output, fmt: Format, verbose: bool, verdicts_only: bool, width: int | None
    ) -> None:
        self.out, self.fmt, self.verbose, self.only = out, fmt, verbose, verdicts_only
        self.width = text_width(width, out.handle)
        self.count = 0
        self.held: str | None = None  # JSON: the first result, until a second one makes a list
        self.pages: list[Report] = []  # HTML: one page for every case, written at the end

    def report(self, report: Report) -> None:
        self.count += 1
        fmt = self.fmt
        if fmt is Format.jsonl:
            self.out.write(json_line(report) + "\n")
        elif fmt is Format.json:
            self.json(json_reports([report]))
        elif fmt is Format.markdown:
            self.out.write(markdown_report(report) + "\n")
        elif fmt is Format.html:
            self.pages.append(report)
        else:
            console = text_console(io.StringIO(), self.width)
            if self.count > 1:
                separator(console)
            print_text(console, [report], verbose=self.verbose)
            assert isinstance(console.file, io.StringIO)
            self.out.write(console.file.getvalue())

    def verdicts(self, scenario: Scenario, verdicts: Verdicts, unmet: list[Expectation]) -> None:
        self.count += 1
        record = {
            "scenario": {
                "path": scenario.path,
                "title": scenario.title,
                "date": str(scenario.date),
            },
            "verdicts": {p: v.value for p, v in verdicts.items()},
            "not_assessed": sorted(verdicts.not_assessed),
            "unmet": [e.model_dump(mode="json") for e in unmet],
        }
        if self.fmt is Format.jsonl:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt is Format.json:
            self.json(json.dumps(record, indent=2, ensure_ascii=False))
        else:
            assessed = [v for p, v in verdicts.items() if p not in verdicts.not_assessed]
            counts = {v.value.replace("_", " "): sum(x is v for x in assessed) for v in Verdict}
            counts["not assessed"] = len(verdicts.not_assessed)
            name = scenario.title or scenario.path or "scenario"
            said = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
            self.out.write(f"{name}: {said}\n")
            for e in unmet:
                self.out.write(
                    f"  ✗ expected {e.provision} to be {e.expected.value}, got {e.actual.value}\n"
                )

    def json(self, text: str) -> None:
        if self.held is None and self.count == 1:
            self.held = text
            return
        if self.held is not None:
            self.out.write("[\n" + self.held)
            self.held = None
        self.out.write(",\n" + text)

    def close(self) -> None:
        if self.fmt is Format.html:
            from hrlaw.memo import memo_html

            self.out.write(memo_html(self.pages))
        if self.fmt is Format.json:
            if self.held is not None:
                self.out.write(self.held + "\n")
            elif self.count > 1:
                self.out.write("\n]\n")
            elif self.count == 0:
                self.out.write("[]\n")
        self.out.flush()


@app.command()
def check(
    scenarios: Annotated[
        list[str],
        typer.Argument(
            help="Scenario files, directories of them (read recursively), or - for standard input.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    input: Annotated[
        InputFormat,
        typer.Option("--input", "-i", help="yaml: one scenario per file; jsonl: one per line."),
    ] = InputFormat.yaml,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write results to this file (atomically)."),
    ] = None,
    verdicts_only: Annotated[
        bool,
        typer.Option("--verdicts-only", help="Only each provision's verdict: the fast path."),
    ] = False,
    rules: RulesOption = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show every provision in full.")
    ] = False,
    width: WidthOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Check scenarios: every provision's verdict, explanation and citation. Results are written
    as they are produced; with several scenarios, a grand total ends the output (on stderr for
    json and jsonl, which stay machine-readable)."""
    if verdicts_only and format is Format.html:
        diag = Diagnostic(
            Code.INVALID_VALUE,
            "`--verdicts-only` gives no explanations for an html memo",
            help="use --format json, jsonl or text with --verdicts-only",
        )
        raise _fail(HrlawError([diag]), errors)
    book = _book(rules, errors)
    _report(book.warnings, errors)
    totals = Totals()
    problems = _Problems(errors)
    run = _Run(book, format, verbose, verdicts_only, totals, problems, width)
    if output is not None:
        try:
            with atomic_writer(output) as handle:
                run.stream(scenarios, input, Output(handle))
        except OSError as exc:
            diag = Diagnostic(Code.UNREADABLE, f"cannot write `{output}`: {exc.strerror}")
            raise _fail(HrlawError([diag]), errors) from None
    else:
        run.stream(scenarios, input, Output(sys.stdout))
    problems.close()
    if totals.invalid or problems.count:
        raise typer.Exit(EXIT_INVALID)
    raise typer.Exit(EXIT_OK if totals.ok else EXIT_FINDINGS)


class _Problems:
    """Invalid scenarios, reported on stderr as they are met (the first ones in full)."""

    SHOWN = 20

    def __init__(self, errors: ErrorFormat) -> None:
        self.errors = errors
        self.count = 0

    def add(self, exc: HrlawError) -> None:
        self.count += len(exc.diagnostics)
        if self.count - len(exc.diagnostics) < self.SHOWN:
            _report(exc.diagnostics, self.errors)

    def close(self) -> None:
        if self.count > self.SHOWN:
            _err().print(f"{self.count} errors in all", style="bold red")


@dataclass
class _Run:
    """One `hrlaw check`: what it checks with, how it writes, what it counts."""

    book: RuleBook
    format: Format
    verbose: bool
    verdicts_only: bool
    totals: Totals
    problems: _Problems
    width: int | None = None

    def stream(self, paths: list[str], fmt: InputFormat, out: Output) -> None:
        book, totals, problems = self.book, self.totals, self.problems
        writer = _Writer(out, self.format, self.verbose, self.verdicts_only, self.width)
        with _progress(out) as tick:
            for item in inputs(paths, fmt):
                tick()
                if isinstance(item, HrlawError):
                    totals.invalid += 1
                    problems.add(item)
                    continue
                try:
                    if self.verdicts_only:
                        found = book.verdicts(item)
                        unmet = book.unmet(item, found)
                        totals.add_verdicts(found, len(unmet))
                        writer.verdicts(item, found, unmet)
                    else:
                        report = book.check(item)
                        totals.add(report)
                        writer.report(report)
                except HrlawError as exc:
                    totals.invalid += 1
                    problems.add(exc)
        writer.close()
        if totals.scenarios + totals.invalid > 1:
            line = totals.line()
            machine = (Format.json, Format.jsonl, Format.html)
            if self.format in machine or out.handle is not sys.stdout:
                _err().print(line, markup=False)
            else:
                out.write(("\n" if self.format is Format.text else "") + line + "\n")
                out.flush()


@contextmanager
def _progress(out: Output) -> Iterator[Callable[[], None]]:
    """A progress display on stderr, when stderr is a terminal and the results do not go to it.
    Otherwise no display is made at all: a disabled one still writes a blank line on stderr when
    it stops (rich 13.0), which a script reading stderr would see."""
    if not sys.stderr.isatty() or (out.handle is sys.stdout and sys.stdout.isatty()):
        yield lambda: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=_err(), transient=True) as progress:
        task = progress.add_task("checking", total=None)
        yield lambda: progress.advance(task)


def _provision(book: RuleBook, provision_id: str, errors: ErrorFormat) -> m.Provision:
    try:
        return book.provision(provision_id)
    except KeyError:
        hint = did_you_mean(provision_id, [q.id for q in book.provisions])
        diag = Diagnostic(
            Code.UNKNOWN_PROVISION,
            f"unknown provision `{provision_id}`",
            help=hint or "`hrlaw rules list` lists them",
        )
        raise _fail(HrlawError([diag]), errors) from None


@rules_app.command("list")
def rules_list(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    domain: DomainOption = None,
    width: WidthOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Every provision (or those of a domain): id, title, the reports that state it."""
    book = _book(rules, errors)
    try:
        chosen = choose(book.provisions, [], domain or [])
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    described = [book.describe(p.id) for p in chosen]
    if format is ListFormat.json:
        _echo(json_text(described))
        return
    console = _out(width)
    for p in described:
        reports = ", ".join(cast(list[str], p["reports"]))
        line = f"[bold]{escape(str(p['id']))}[/bold]  {escape(clean(str(p['title'])))}"
        console.print(f"{line}  [dim]({escape(reports)})[/dim]")
    shown = f" in {', '.join(domain)}" if domain else ""
    console.print(f"{len(chosen)} provisions{escape(shown)}")


@rules_app.command("search")
def rules_search(
    words: Annotated[
        list[str], typer.Argument(help="Words that must all occur.", metavar="WORD...")
    ],
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    width: WidthOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The provisions holding every word in their id, title, clauses, notes or quotes (case and
    accents aside), those with the words in the id or title first. Exits 1 when none does."""
    from hrlaw.search import search

    book = _book(rules, errors)
    hits = search(book, words)
    if format is ListFormat.json:
        data = [
            {
                "provision": h.provision,
                "title": h.title,
                "domain": h.domain,
                "found": [{"in": field, "text": text} for field, text in h.found],
            }
            for h in hits
        ]
        _echo(json_text(data))
    else:
        console = _out(width)
        for h in hits:
            console.print(f"[bold]{escape(h.provision)}[/bold]  {escape(clean(h.title))}")
            for field, text in h.found:
                if field not in ("id", "title"):
                    console.print(f"    {field}: {escape(clean(text))}", style="dim")
        console.print(f"{len(hits)} provision{'s' if len(hits) != 1 else ''} found")
    raise typer.Exit(EXIT_OK if hits else EXIT_FINDINGS)


@rules_app.command("show")
def rules_show(
    provision_id: Annotated[str, typer.Argument(metavar="ID", help="A provision id.")],
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """One provision in full: its rule text, the values of its parameters under each report,
    its notes and its citations."""
    book = _book(rules, errors)
    p = _provision(book, provision_id, errors)
    described = book.describe(p.id)
    if format is ListFormat.json:
        _echo(json_text(described))
        return
    out: list[str] = []
    if p.span is not None:
        out += [p.span.location(), p.span.text]
    parameters = cast(dict[str, list[dict[str, object]]], described["parameters"])
    for name, rows in parameters.items():
        out += ["", f"parameter {name}: {book.parameters[name].meaning or ''}".rstrip(": ")]
        for row in rows:
            key = row["source"] or f"from {row['from']}"
            out.append(f"  {key}: {row['value']}")
    named = {
        pen.name for v in p.bodies() for pen in v[1].penalties if isinstance(pen, m.PenaltyRef)
    }
    for name in sorted(n for n in named if n is not None):
        pen = book.checked.penalties[name]
        out += ["", f"penalty {name}: {pen.text}"]
    sources = cast(list[dict[str, str | None]], described["sources"])
    out += ["", "sources:"]
    out += [
        f"  {s['id']}: {s['title']}" + (f", {s['address']}" if s["address"] else "")
        for s in sources
    ]
    _echo(clean("\n".join(out), lines=True))


@rules_app.command("coverage")
def rules_coverage(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    domain: Annotated[
        list[str] | None,
        typer.Option("--domain", "-d", help="Only these catalogue domains (letters, e.g. A)."),
    ] = None,
    width: WidthOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The rule base against the catalogue of provisions: each catalogued id encoded, not
    encodable (with the reason), or missing. Exits 1 when one is missing."""
    book = _book(rules, errors)
    try:
        entries = read_catalogue(catalogue_file(rules))
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    rows, extra = coverage(book.checked, entries)
    wanted = {d.upper() for d in domain or []}
    if wanted:
        rows = [row for row in rows if row.entry.domain in wanted]
    counts = {s: sum(row.status is s for row in rows) for s in Status}
    if format is ListFormat.json:
        data = {
            "provisions": [
                {
                    "id": row.entry.id,
                    "domain": row.entry.domain,
                    "title": row.entry.title,
                    "status": row.status.value,
                    "encoded_in": row.encoded_in,
                    "reason": row.reason,
                }
                for row in rows
            ],
            "summary": {s.value: n for s, n in counts.items()} | {"catalogued": len(rows)},
            "not_catalogued": extra,
        }
        _echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        console = _out(width)
        mark = {Status.ENCODED: "✓", Status.NOT_ENCODABLE: "–", Status.MISSING: "✗"}
        for row in rows:
            where = f" (in {row.encoded_in})" if row.encoded_in not in (None, row.entry.id) else ""
            why = f": {row.reason}" if row.reason else ""
            console.print(
                f"{mark[row.status]} {escape(row.entry.domain)} {escape(row.entry.id)}"
                f"{escape(where)}  [dim]{escape(row.status.value)}{escape(why)}[/dim]"
            )
        if extra:
            console.print(f"not in the catalogue: {escape(', '.join(extra))}")
        share = counts[Status.NOT_ENCODABLE] / len(rows) if rows else 0.0
        console.print(
            f"{counts[Status.ENCODED]} encoded, {counts[Status.NOT_ENCODABLE]} not encodable "
            f"({share:.0%}), {counts[Status.MISSING]} missing of {len(rows)} catalogued"
        )
    raise typer.Exit(EXIT_FINDINGS if counts[Status.MISSING] else EXIT_OK)


@app.command()
def facts(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    width: WidthOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The fact vocabulary: what a scenario may state, the question for each fact and the forms
    its value may take (exact, a bound, a range, an imprecise date, a list known in part)."""
    book = _book(rules, errors)
    entries = book.vocabulary()
    if format is ListFormat.json:
        _echo(json_text([e.as_json() for e in entries]))
        return
    console = _out(width)
    plain = sorted((e for e in entries if not e.derived), key=lambda e: e.fact)
    for e in plain:
        unit = f" in {e.unit}" if e.unit else ""
        console.print(f"[bold]{escape(e.fact)}[/bold]: {escape(e.type)}{escape(unit)}")
        if e.question:
            console.print(f"    {escape(clean(e.question))}", style="dim")
        if e.options:
            said = "; ".join(f"{o.value} = {o.label}" for o in e.options)
            console.print(f"    values: {escape(clean(said))}", style="dim")
        console.print(f"    e.g. {escape('; '.join(e.forms))}", style="dim")
    given = [e for e in entries if e.derived and e.forms]
    for e in given:
        console.print(
            f"[bold]{escape(e.fact)}[/bold]: {escape(e.value_type)}, derived "
            "(may be given instead of the facts it is computed from)"
        )
        if e.question:
            console.print(f"    {escape(e.question)}", style="dim")
        console.print(f"    e.g. {escape('; '.join(e.forms))}", style="dim")
    console.print(
        f"{len(plain)} facts; {len(entries) - len(plain)} derived facts are computed, "
        f"{len(given)} of them may also be given"
    )


def _output(path: Path | None, text: str, errors: ErrorFormat) -> None:
    """`text` on standard output, or written atomically to `path`."""
    if path is None:
        _echo(text, nl=False)
        return
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise _unwritable(f"`{path}`", exc, errors) from None


@app.command()
def new(
    provisions: Annotated[
        list[str] | None,
        typer.Argument(help="Provision ids.", show_default=False, metavar="[ID]..."),
    ] = None,
    domain: DomainOption = None,
    when: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The date of the events (default: the first day of the latest report).",
            show_default=False,
        ),
    ] = None,
    schema: Annotated[
        str, typer.Option("--schema", help="The JSON Schema the editor comment line names.")
    ] = template.SCHEMA_FILE,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the template to this file (atomically)."),
    ] = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """A scenario template for the provisions named or a domain: every fact they read, blank,
    with its question, accepted forms and unit as comments, a `date:` and an empty `expect:`."""
    book = _book(rules, errors)
    try:
        chosen = choose(book.provisions, provisions or [], domain or [])
        day = template.default_date(book) if when is None else template.event_day(when)
        text = template.template(book, chosen, day, schema=schema or None)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    _output(output, text, errors)


@app.command()
def compare(
    scenario: Annotated[
        Path, typer.Argument(help="A scenario file.", show_default=False, metavar="SCENARIO")
    ],
    law: Annotated[
        list[str] | None,
        typer.Option(
            "--law",
            help="Only these reports (ids, e.g. kz2017); default every report.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="text, json or markdown.")] = (
        Format.text
    ),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the comparison to this file (atomically)."),
    ] = None,
    width: WidthOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The same facts under each report's law, side by side: every provision the facts touch,
    its verdict under each report, the provisions whose verdict changes first, then what
    changes in words with the quotes."""
    from hrlaw import compare as comparing

    if format is Format.html:
        diag = Diagnostic(
            Code.INVALID_VALUE,
            "`hrlaw compare` writes text, json or markdown",
            help="`hrlaw check --format html` writes a memo",
        )
        raise _fail(HrlawError([diag]), errors)
    book = _book(rules, errors)
    try:
        found = comparing.compare(book, load_scenario(scenario), law or [])
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    if format in (Format.json, Format.jsonl):
        text = json_text(found.model_dump(mode="json")) + "\n"
    elif format is Format.markdown:
        text = comparing.comparison_markdown(found)
    else:
        shown = text_width(width, sys.stdout) if output is None else width
        text = plain_text(comparing.comparison_text(found), shown)
    _output(output, text, errors)


def _checked(book: RuleBook, paths: list[str], problems: _Problems) -> Iterator[Report]:
    """The reports of the scenarios at `paths`; an invalid one is reported and skipped."""
    for item in inputs(paths, InputFormat.yaml):
        try:
            if isinstance(item, HrlawError):
                raise item
            yield book.check(item)
        except HrlawError as exc:
            problems.add(exc)


@app.command("coverage")
def coverage_command(
    scenarios: Annotated[
        list[str],
        typer.Argument(
            help="Scenario files or directories of them (read recursively).",
            show_default=False,
            metavar="PATH",
        ),
    ],
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Which provisions and clauses the scenarios exercise: per provision the verdicts reached
    under each report's law, the clauses never both met and failed, the exceptions that decided,
    and the provisions no scenario assesses. Exit 2 when a scenario is invalid."""
    from hrlaw.exercised import exercise, exercise_text

    book = _book(rules, errors)
    problems = _Problems(errors)
    found = exercise(book, _checked(book, scenarios, problems))
    if format is ListFormat.json:
        _echo(json_text(found.model_dump(mode="json")))
    else:
        _echo(exercise_text(found), nl=False)
    problems.close()
    raise typer.Exit(EXIT_INVALID if problems.count else EXIT_OK)


def _ask(prompt: str) -> str | None:
    """One answer from standard input; None at its end. From a pipe, the answer is echoed so
    that the transcript reads as a dialogue."""
    if sys.stdin.isatty():
        try:
            return input(prompt)
        except EOFError:
            return None
    _echo(prompt, nl=False)
    line = sys.stdin.readline()
    if not line:
        _echo("")
        return None
    answer = line.rstrip("\r\n")
    _echo(answer)
    return answer


@app.command()
def interview(
    scenario: Annotated[
        Path,
        typer.Argument(
            help="The scenario file to fill in: created when missing, resumed when it exists.",
            show_default=False,
            metavar="SCENARIO",
        ),
    ],
    provision: ProvisionOption = None,
    domain: DomainOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Ask the questions that can still change a verdict, one at a time, the most decisive
    first; check each answer (and ask again when it does not fit); show verdicts as they
    settle; save the scenario atomically after every answer. Answers may come from a pipe, one
    per line; a blank answer means not known, `?` shows the accepted forms, `q` stops."""
    from hrlaw import interview as interviewing

    book = _book(rules, errors)
    try:
        chosen = choose(book.provisions, provision or [], domain or [])
        if scenario.exists():
            case = load_scenario(scenario)
        else:
            found = interviewing.start(book, scenario, _ask, _echo)
            if found is None:
                raise typer.Exit(EXIT_OK)
            case = found
        ids = [p.id for p in chosen] if (provision or domain) else []
        session = interviewing.Interview(book, scenario, case, ids)
        session.save()
        interviewing.run(session, _ask, _echo)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    except OSError as exc:
        raise _unwritable(f"`{scenario}`", exc, errors) from None


@app.command()
def doc(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The directory to write the site into.")
    ],
    sources: Annotated[
        Path | None,
        typer.Option(
            "--sources",
            help="Directory holding <report id>.txt: each quote is shown in its paragraph.",
            show_default=False,
        ),
    ] = None,
    scenarios: Annotated[
        list[str] | None,
        typer.Option(
            "--scenarios",
            help="Scenario files or directories: each provision links to those assessing it.",
            show_default=False,
        ),
    ] = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The rule base as a static HTML site: per domain, per provision, what it says under each
    report, the parameters per report, the notes, each quote in the report paragraph around it,
    the rule as written and the scenarios that exercise it."""
    from hrlaw.exercised import exercise
    from hrlaw.site import Site, read_reports, write_site

    book = _book(rules, errors)
    problems = _Problems(errors)
    try:
        texts = read_reports(sources, list(book.sources)) if sources is not None else {}
        exercised = exercise(book, _checked(book, scenarios, problems)) if scenarios else None
        written = write_site(Site(book, texts, exercised, output).pages(), output)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    except OSError as exc:
        raise _unwritable(f"into `{output}`", exc, errors) from None
    problems.close()
    _err().print(f"{len(written)} pages written to {escape(str(output))} (index.html)")
    raise typer.Exit(EXIT_INVALID if problems.count else EXIT_OK)


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the schema to this file (atomically)."),
    ] = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """The JSON Schema of a scenario for the rule base: editors (yaml-language-server) then
    complete fact names and check values. Templates of `hrlaw new` point at it."""
    book = _book(rules, errors)
    _output(output, schema_text(book), errors)


@app.command()
def validate(rules: RulesOption = None, errors: ErrorFormatOption = ErrorFormat.text) -> None:
    """Parse and check the rule base; report every error and warning."""
    book = _book(rules, errors)
    _report(book.warnings, errors)
    cites = len(all_citations(book.checked))
    warned = len(book.warnings)
    _out().print(
        f"rule base ok: {len(book.provisions)} provisions, {len(book.facts)} facts, "
        f"{len(book.defines)} derived facts, {len(book.parameters)} parameters, "
        f"{len(book.sources)} sources, {cites} citations"
        + (f", {warned} warning{'s' if warned != 1 else ''}" if warned else "")
        + f"  [dim]{book.digest}[/dim]"
    )


@app.command("cite-check")
def cite_check(
    sources: Annotated[Path, typer.Option("--sources", help="Directory holding <source id>.txt.")],
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Verify that every quote occurs verbatim in the report it cites."""
    book = _book(rules, errors)
    try:
        result = check_citations(book.checked, sources)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    _report(result.missing, errors)
    console = _err() if result.missing else _out()
    found = result.checked - len(result.missing)
    console.print(f"{found}/{result.checked} quotes found verbatim in {', '.join(result.sources)}")
    raise typer.Exit(EXIT_FINDINGS if result.missing else EXIT_OK)


@app.command("fmt")
def fmt_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Rule files or directories of them.", show_default=False, metavar="PATH"
        ),
    ],
    check_only: Annotated[
        bool, typer.Option("--check", help="Change nothing; exit 1 if a file would change.")
    ] = False,
    diff: Annotated[
        bool,
        typer.Option("--diff", help="Show what would change; change nothing (like --check)."),
    ] = False,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Rewrite rule files in the canonical layout (comments are kept)."""
    files: list[RuleFile] = []
    try:
        for path in paths:
            files.extend(rule_files(path))
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    problems: list[Diagnostic] = []
    changed: list[str] = []
    for rule in files:
        try:
            source = decode(rule)
            from hrlaw.printer import format_text  # with the parser: only `fmt` needs it

            text = format_text(source)
        except HrlawError as exc:
            problems.extend(exc.diagnostics)
            continue
        if text == source.text:
            continue
        changed.append(rule.name)
        if diff:
            lines = difflib.unified_diff(
                source.text.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=rule.name,
                tofile=f"{rule.name} (formatted)",
            )
            _echo("".join(lines), nl=False)
        if not (check_only or diff):
            write_atomic(Path(rule.name), text)
    if problems:
        raise _fail(HrlawError(problems), errors)
    check_only = check_only or diff
    console = _err() if check_only and changed else _out()
    verb = "would be reformatted" if check_only else "reformatted"
    for name in changed:
        console.print(f"{escape(clean(name))} {verb}", markup=True)
    left = len(files) - len(changed)
    console.print(f"{len(changed)} file{'s' if len(changed) != 1 else ''} {verb}, {left} unchanged")
    raise typer.Exit(EXIT_FINDINGS if check_only and changed else EXIT_OK)


def _witnesses(
    book: RuleBook, found: "list[Witness]", folder: Path | None, errors: ErrorFormat
) -> None:
    if folder is None:
        return
    from hrlaw.verify.witness import write

    try:
        written = write(book, found, str(folder))
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    _err().print(f"{len(written)} witness scenarios written to {escape(str(folder))}")


@app.command()
def verify(
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    write_witnesses: WitnessOption = None,
    engine: EngineOption = Engine.auto,
    provision: ProvisionOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """Prove properties of the rule base: per provision and law, a witness for each verdict
    some case reaches and the verdicts none does; clauses that can never matter; exceptions
    that hold together without a priority; provisions no case can comply with at once. Exit 1
    when something is found."""
    from hrlaw import verify as analyses
    from hrlaw.verify.render import verification_json, verification_text

    book = _book(rules, errors)
    try:
        found = analyses.verify(book, engine.value, provision)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    _witnesses(book, found.witnesses, write_witnesses, errors)
    if format is ListFormat.json:
        _echo(verification_json(book, found))
    else:
        _echo(verification_text(book, found))
        _report(tuple(found.findings), errors)
    raise typer.Exit(EXIT_FINDINGS if found.findings else EXIT_OK)


@app.command()
def diff(
    first: Annotated[
        str, typer.Argument(metavar="FIRST", help="A report (source) id, e.g. kz2017.")
    ],
    second: Annotated[str, typer.Argument(metavar="SECOND", help="Another, e.g. kz2021.")],
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    write_witnesses: WitnessOption = None,
    engine: EngineOption = Engine.auto,
    provision: ProvisionOption = None,
    rules: RulesOption = None,
    errors: ErrorFormatOption = ErrorFormat.text,
) -> None:
    """What changed in the law between two reports: for each provision whose clauses or values
    changed, a minimal case whose verdict differs, with both explanations."""
    from hrlaw import verify as analyses
    from hrlaw.verify.render import diff_json, diff_text

    book = _book(rules, errors)
    try:
        found = analyses.diff(book, first, second, engine.value, provision)
    except HrlawError as exc:
        raise _fail(exc, errors) from None
    witnesses = [w for c in found.changes for w in (c.witnesses or ())]
    _witnesses(book, witnesses, write_witnesses, errors)
    _echo(diff_json(book, found) if format is ListFormat.json else diff_text(book, found))


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
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe that cannot encode `✗` (PYTHONIOENCODING=ascii, a legacy code page)
        # gets `\u2717` instead of a UnicodeEncodeError
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
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
