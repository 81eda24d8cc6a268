"""Checking every quoted citation of a rule base against the text of the reports it cites."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from hrlaw import model as m
from hrlaw.check import CheckedBook, walk_citations
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.scenario import read_limited

MAX_REPORT_BYTES = 20_000_000  # the reports are about 100 KB; nothing near this is a report


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space (the catalogue's rule for quotes)."""
    return " ".join(text.split())


def all_citations(book: CheckedBook) -> list[tuple[str, m.Citation]]:
    """Every citation of the rule base with what it belongs to (a provision id, a parameter or a
    named penalty), in rule-base order."""
    found: list[tuple[str, m.Citation]] = []
    for param in book.parameters.values():
        found.extend((param.name, c) for c in walk_citations(param))
    for name, pen in book.penalties.items():
        found.extend((f"penalty {name}", c) for c in walk_citations(pen))
    for p in book.provisions:
        found.extend((p.id, c) for c in walk_citations(p))
    for u in book.unchecked:
        found.extend((u.id, c) for c in u.citations)
    # one written citation counts once (an exception for several requirements is copied)
    unique: dict[tuple[str, str, int], tuple[str, m.Citation]] = {}
    for owner, c in found:
        unique.setdefault((c.source, c.quote, c.span.start if c.span else id(c)), (owner, c))
    return list(unique.values())


@dataclass(frozen=True)
class CiteReport:
    checked: int
    sources: tuple[str, ...]
    missing: tuple[Diagnostic, ...]


def check_citations(book: CheckedBook, sources: os.PathLike[str] | str) -> CiteReport:
    """Verify that each quote occurs in `SOURCES/<source id>.txt` after whitespace normalisation.
    Raises HrlawError when a report file is missing or unreadable."""
    folder = Path(sources)
    cites = all_citations(book)
    texts: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for source_id in sorted({c.source for _, c in cites}):
        path = folder / f"{source_id}.txt"
        try:
            # a FIFO, a device or a link to /dev/zero is refused before it is opened
            data = read_limited(path, MAX_REPORT_BYTES, "report")
            texts[source_id] = normalise(data.decode("utf-8"))
        except HrlawError as exc:
            problems.extend(
                dataclasses.replace(d, help=d.help or f"--sources must hold {source_id}.txt")
                for d in exc.diagnostics
            )
        except UnicodeDecodeError as exc:
            problems.append(
                Diagnostic(
                    Code.NOT_UTF8,
                    f"report `{path}` is not UTF-8 text (byte {exc.start})",
                    path=str(path),
                    help="save the report as UTF-8 text",
                )
            )
    if problems:
        raise HrlawError(problems)
    missing = tuple(
        Diagnostic(
            Code.QUOTE_NOT_FOUND,
            f"quote in `{owner}` not found in `{c.source}`",
            c.span,
            f"the quote must occur verbatim in {c.source}.txt (whitespace may differ)",
        )
        for owner, c in cites
        if normalise(c.quote) not in texts[c.source]
    )
    return CiteReport(len(cites), tuple(sorted(texts)), missing)
