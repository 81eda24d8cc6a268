"""Checking every quoted citation of a rule base against the text of the reports it cites."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from hrlaw import model as m
from hrlaw.diagnostics import Diagnostic, HrlawError


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space (the catalogue's rule for quotes)."""
    return " ".join(text.split())


def all_citations(provisions: tuple[m.Provision, ...]) -> list[tuple[str, m.Citation]]:
    """Every citation of every provision, with the provision id, in rule-base order."""
    found: list[tuple[str, m.Citation]] = []
    for p in provisions:
        for v in p.versions:
            items: list[m.Requirement | m.Exception_ | m.Contested | m.Penalty] = [
                *v.requirements,
                *v.exceptions,
                *v.contested,
                *v.penalties,
            ]
            for item in items:
                found.extend((p.id, c) for c in item.citations)
    return found


@dataclass(frozen=True)
class CiteReport:
    checked: int
    sources: tuple[str, ...]
    missing: tuple[Diagnostic, ...]


def check_citations(
    provisions: tuple[m.Provision, ...], sources: os.PathLike[str] | str
) -> CiteReport:
    """Verify that each quote occurs in `SOURCES/<source id>.txt` after whitespace normalisation.
    Raises HrlawError when a report file is missing or unreadable."""
    folder = Path(sources)
    cites = all_citations(provisions)
    texts: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for source_id in sorted({c.source for _, c in cites}):
        path = folder / f"{source_id}.txt"
        try:
            texts[source_id] = normalise(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(
                Diagnostic(
                    "HR001",
                    f"report `{path}` does not exist",
                    path=str(path),
                    help=f"--sources must hold {source_id}.txt",
                )
            )
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                Diagnostic("HR003", f"cannot read report `{path}`: {exc}", path=str(path))
            )
    if problems:
        raise HrlawError(problems)
    missing = tuple(
        Diagnostic(
            "HR320",
            f"quote in `{pid}` not found in `{c.source}`",
            c.span,
            f"the quote must occur verbatim in {c.source}.txt (whitespace may differ)",
        )
        for pid, c in cites
        if normalise(c.quote) not in texts[c.source]
    )
    return CiteReport(len(cites), tuple(sorted(texts)), missing)
