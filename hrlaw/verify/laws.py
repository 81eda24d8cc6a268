"""The laws a provision is analysed under: each report that states it, cut where the rule base's
own dates change what is in force (a clause `until 2016-12-31` makes the 2017 report's law for
events of 2016 a law of its own).

A *moment* is a stretch of days in which one report's law applies and nothing in the rule base
changes; a provision's *law* is what it says over one or more moments (the clauses in force and
the values of its parameters), identified by what it says, so identical moments share one law.
Days between two reports are not moments: the law of both is weighed there (weigh.py), and each
of the two is a law analysed on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from hrlaw import model as m
from hrlaw.check import InForce, in_force, parameters_used, stated
from hrlaw.law import Reading
from hrlaw.versions import CompiledBook, CompiledVersion, compiled_version

_HALF_YEAR = timedelta(days=182)


@dataclass(frozen=True)
class Moment:
    """Days `first`..`last` (None: unbounded) judged under `source`'s law, the rule base
    unchanged in between."""

    source: m.Source
    first: date | None
    last: date | None
    inside: bool  # within the period the report covers (else before the first / after the last)

    @property
    def day(self) -> date:
        """A day of the stretch to date a witness with: the first day of its middle month, or
        half a year from its bounded end."""
        if self.first is not None and self.last is not None:
            middle = self.first + (self.last - self.first) / 2
            return max(self.first, middle.replace(day=1))
        if self.last is not None:
            return (self.last - _HALF_YEAR).replace(day=1)
        assert self.first is not None
        return (self.first + _HALF_YEAR).replace(day=1)

    def __str__(self) -> str:
        if self.first is None and self.last is not None:
            return f"events until {self.last}"
        if self.last is None and self.first is not None:
            return f"events from {self.first}"
        return f"events of {self.first} to {self.last}"


def moments(book: CompiledBook) -> list[Moment]:
    """Every stretch of days with one law: each report's period, the days before the first and
    after the last report, cut at the rule base's dated changes."""
    sources = book.timeline.sources
    out: list[Moment] = []
    for i, source in enumerate(sources):
        start, end = source.covers_from, source.covers_to
        if start is None or end is None:
            continue
        spans: list[tuple[date | None, date | None, bool]] = [(start, end, True)]
        if i == 0:
            spans.insert(0, (None, start - timedelta(days=1), False))
        if i == len(sources) - 1:
            spans.append((end + timedelta(days=1), None, False))
        for first, last, inside in spans:
            cuts = sorted(
                d
                for d in book.changes
                if (first is None or d > first) and (last is None or d <= last)
            )
            lo = first
            for cut in cuts:
                out.append(Moment(source, lo, cut - timedelta(days=1), inside))
                lo = cut
            out.append(Moment(source, lo, last, inside))
    return out


@dataclass(frozen=True)
class Law:
    """Provision `provision` as `source` states it over `moments`."""

    provision: m.Provision
    source: m.Source
    moments: tuple[Moment, ...]
    clauses: InForce
    values: dict[str, m.Expr] = field(hash=False)
    version: CompiledVersion = field(hash=False, compare=False)
    whole: bool = True  # over every moment of the report's own period (else only some of it)

    @property
    def moment(self) -> Moment:
        """The moment a witness is dated in: inside the report's period when the law holds
        there."""
        return next((x for x in self.moments if x.inside), self.moments[0])

    @property
    def day(self) -> date:
        return self.moment.day

    @property
    def label(self) -> str:
        """`kz2021`, or `kz2017 (events until 2016-12-31)` for a law that holds only in part of
        what the report's law covers."""
        if self.whole:
            return self.source.id
        return f"{self.source.id} ({'; '.join(str(x) for x in self.moments)})"

    def reading(self) -> Reading:
        return Reading(self.source, self.day)


def _key(book: CompiledBook, p: m.Provision, moment: Moment) -> tuple[object, ...] | None:
    """What the provision says in `moment` (None when it is not in force there)."""
    tl = book.timeline
    if not stated(p, moment.source, tl) or not tl.dated(p.bounds, moment.day):
        return None
    law = in_force(book.checked, p, moment.source, tl, moment.day)
    clauses = (*law.requirements, *law.exceptions, *law.contested, *law.penalties, *law.notes)
    rows = []
    for name in sorted(parameters_used(book.checked, law)):
        row = tl.row(book.checked.parameters[name], moment.source, moment.day)
        rows.append((name, id(row)))
    return (moment.source.id, tuple(id(c) for c in clauses), tuple(rows))


def laws(book: CompiledBook, p: m.Provision) -> list[Law]:
    """The distinct laws provision `p` is stated as, in the order of the reports."""
    grouped: dict[tuple[object, ...], list[Moment]] = {}
    every = moments(book)
    for moment in every:
        key = _key(book, p, moment)
        if key is not None:
            grouped.setdefault(key, []).append(moment)
    out = []
    for group in grouped.values():
        source = group[0].source
        day = next((x for x in group if x.inside), group[0]).day
        cv = compiled_version(book, p, Reading(source, day))
        law = in_force(book.checked, p, source, book.timeline, day)
        own = [x for x in every if x.source is source and x.inside]
        whole = bool(own) and all(x in group for x in own)
        out.append(Law(p, source, tuple(group), law, dict(cv.values), cv, whole))
    return out


def every_law(book: CompiledBook) -> Iterator[Law]:
    for p in book.provisions:
        yield from laws(book, p)
