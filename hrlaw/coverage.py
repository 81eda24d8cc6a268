"""The rule base measured against the catalogue of provisions (`rules/catalogue.tsv`): each
catalogued id is encoded (a provision, or an alias of the provision that encodes it), declared not
checkable with a reason (an `unchecked` declaration), or missing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib.abc import Traversable
from pathlib import Path

from hrlaw.check import CheckedBook
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.shipped import shipped

CATALOGUE = "catalogue.tsv"
COLUMNS = ("id", "domain", "domain_title", "core", "title", "other_year")
MAX_CATALOGUE_BYTES = 1_000_000


class Status(StrEnum):
    ENCODED = "encoded"
    NOT_ENCODABLE = "not_encodable"
    MISSING = "missing"


@dataclass(frozen=True)
class Entry:
    id: str
    domain: str
    domain_title: str
    core: bool
    title: str
    other_year: str


@dataclass(frozen=True)
class Covered:
    entry: Entry
    status: Status
    encoded_in: str | None  # the provision that encodes it (itself, or the one it is an alias of)
    reason: str | None  # why it cannot be checked from facts


def catalogue_file(rules: Path | None) -> Traversable:
    """The catalogue next to the rule base in use, else the one shipped with hrlaw."""
    if rules is not None:
        folder = rules if rules.is_dir() else rules.parent
        if (folder / CATALOGUE).is_file():
            return folder / CATALOGUE
    return shipped("rules").joinpath(CATALOGUE)


def read_catalogue(path: Traversable) -> list[Entry]:
    """The catalogue rows; a malformed row is a located error."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HrlawError(
            [Diagnostic(Code.UNREADABLE, f"cannot read `{name}`: {exc.strerror}", path=name)]
        ) from None
    if len(data) > MAX_CATALOGUE_BYTES:
        raise HrlawError([Diagnostic(Code.TOO_LARGE, "the catalogue is too large", path=name)])
    lines = data.decode("utf-8", errors="replace").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise HrlawError(
            [
                Diagnostic(
                    Code.INVALID_VALUE,
                    "the catalogue must start with the header " + " ".join(COLUMNS),
                    path=f"{name}:1:1",
                )
            ]
        )
    entries: list[Entry] = []
    problems: list[Diagnostic] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            problems.append(
                Diagnostic(
                    Code.INVALID_VALUE,
                    f"a catalogue row has {len(cells)} columns, not {len(COLUMNS)}",
                    path=f"{name}:{number}:1",
                )
            )
            continue
        pid, domain, domain_title, core, title, other = cells
        entries.append(Entry(pid, domain, domain_title, core == "yes", title, other))
    if problems:
        raise HrlawError(problems)
    return entries


def coverage(book: CheckedBook, entries: list[Entry]) -> tuple[list[Covered], list[str]]:
    """Each catalogue entry's status, and the rule base's provisions the catalogue does not list."""
    aliases = book.aliases()
    provisions = {p.id for p in book.provisions}
    unchecked = {u.id: u for u in book.unchecked}
    out: list[Covered] = []
    for e in entries:
        if e.id in provisions or e.id in aliases:
            out.append(Covered(e, Status.ENCODED, aliases.get(e.id, e.id), None))
        elif e.id in unchecked:
            out.append(Covered(e, Status.NOT_ENCODABLE, None, unchecked[e.id].reason))
        else:
            out.append(Covered(e, Status.MISSING, None, None))
    listed = {e.id for e in entries}
    extra = sorted(provisions - listed)
    return out, extra
