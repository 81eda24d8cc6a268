"""The law in force: which report's law applies to the date of the events, which clauses are in
force under it, and the value each parameter takes.

A report (`source`) describes the law for the period its events cover. `since`/`until` with a
source id are bounds of evidence (the first or last report that states a clause); with a date they
are the law's own dates of change. A parameter's value under a report is that report's row, unless
a dated row (`from DATE`) records a later change that the events post-date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from hrlaw import model as m
from hrlaw.values import Period


@dataclass(frozen=True)
class Reading:
    """The law as one report describes it, applied to events of one date."""

    source: m.Source
    day: date
    warnings: tuple[str, ...] = ()
    period: str | None = None  # part of an imprecise date of the events, when the law changes in it


def _holds(source: m.Source, day: date) -> bool:
    start, end = source.covers_from, source.covers_to
    return start is not None and end is not None and start <= day <= end


class Timeline:
    """The reports of a rule base in the order of the periods they cover."""

    def __init__(self, sources: Iterable[m.Source]) -> None:
        self.sources = tuple(sorted(sources, key=lambda s: (s.covers_from or date.min, s.id)))
        self.rank = {s.id: i for i, s in enumerate(self.sources)}

    def readings(self, day: date, said: str | None = None) -> list[Reading]:
        """The law that applies to events of `day`: the report whose period holds it; between
        two reports, both of them (they do not date the changes between them); before the first
        or after the last report, that report, with a warning. `said` is the date as the
        scenario states it (a month or a year), for the warnings."""
        shown = said or str(day)
        sources = self.sources
        inside = [s for s in sources if _holds(s, day)]
        if inside:
            return [Reading(inside[-1], day)]
        earlier = [s for s in sources if s.covers_to is not None and s.covers_to < day]
        later = [s for s in sources if s.covers_from is not None and s.covers_from > day]
        if earlier and later:
            a, b = earlier[-1], later[0]
            assert a.covers_to is not None and b.covers_from is not None
            gap = f"{a.covers_to + timedelta(days=1)} to {b.covers_from - timedelta(days=1)}"
            note = (
                f"{shown} falls between the reports `{a.id}` and `{b.id}`, which do not date the "
                f"changes made between them ({gap}): the law of both is weighed"
            )
            return [Reading(a, day, (note,)), Reading(b, day, (note,))]
        chosen = later[0] if later else earlier[-1]
        start, end = chosen.covers_from, chosen.covers_to
        label = f"law as reported in `{chosen.id}` (events of {start} to {end})"
        if later:
            warning = (
                f"{shown} is before the period the sources cover; {label} applied, "
                f"earlier law may have differed"
            )
        else:
            warning = (
                f"{shown} is after the period the sources cover; {label} applied: "
                f"changes after {end} are not covered"
            )
        return [Reading(chosen, day, (warning,))]

    def stretches(self, when: date | Period, changes: Iterable[date]) -> list[tuple[date, date]]:
        """The parts of the date of the events within which the law applied cannot change: one
        day, or an imprecise date cut where a report's period starts or ends and at every dated
        change of the rule base (`changes`: the first day of each new state)."""
        if not isinstance(when, Period):
            return [(when, when)]
        starts = {when.start}
        for s in self.sources:
            if s.covers_from is not None:
                starts.add(s.covers_from)
            if s.covers_to is not None:
                starts.add(s.covers_to + timedelta(days=1))
        starts |= set(changes)
        cuts = sorted(d for d in starts if when.start <= d <= when.end)
        ends = [d - timedelta(days=1) for d in cuts[1:]] + [when.end]
        return list(zip(cuts, ends, strict=True))

    def readings_over(self, when: date | Period, changes: Iterable[date]) -> list[Reading]:
        """The law that applies to events of `when`: `readings` of its day; for an imprecise
        date, the readings of each part of it in which the law may differ, every one of them
        weighed (a date that selects one law gives one reading)."""
        parts = self.stretches(when, changes)
        if len(parts) == 1:
            return self.readings(parts[0][0], str(when))
        out: list[Reading] = []
        for start, end in parts:
            label = f"{start} to {end}" if start != end else str(start)
            for reading in self.readings(start, label):
                out.append(Reading(reading.source, start, reading.warnings, label))
        return out

    def before_or_after(self, bounds: Iterable[m.Bound], source: m.Source) -> bool:
        """Whether a clause's own dates lie wholly outside the period `source` covers (the law
        began after it, or ended before it): that report's silence about it says nothing."""
        start, end = source.covers_from, source.covers_to
        return any(
            b.day is not None
            and (
                (b.kind == "since" and end is not None and b.day > end)
                or (b.kind == "until" and start is not None and b.day < start)
            )
            for b in bounds
        )

    def stated(self, bounds: Iterable[m.Bound], source: m.Source) -> bool:
        """Whether `source` lies within the reports that state a clause (its source bounds)."""
        rank = self.rank[source.id]
        for b in bounds:
            other = self.rank.get(b.source) if b.source is not None else None
            if other is not None and (rank < other if b.kind == "since" else rank > other):
                return False
        return True

    def dated(self, bounds: Iterable[m.Bound], day: date) -> bool:
        """Whether events of `day` fall within a clause's own dates (its dated bounds)."""
        for b in bounds:
            if b.day is not None and (day < b.day if b.kind == "since" else day > b.day):
                return False
        return True

    def in_force(self, bounds: Iterable[m.Bound], source: m.Source, day: date | None) -> bool:
        """Whether a clause with these bounds is in force under `source` for events of `day`.
        Without a day (checking the rule base), a dated bound asks whether the report's period
        reaches the date."""
        bounds = tuple(bounds)
        if not self.stated(bounds, source):
            return False
        if day is not None:
            return self.dated(bounds, day)
        start, end = source.covers_from, source.covers_to
        return all(
            b.day is None
            or (b.kind == "since" and (end is None or end >= b.day))
            or (b.kind == "until" and (start is None or start <= b.day))
            for b in bounds
        )

    def row(self, parameter: m.Parameter, source: m.Source, day: date | None) -> m.ParamRow | None:
        """The row that gives `parameter` its value under `source` for events of `day`: the most
        recent evidence in force on that day — the report's own row or a dated change — and
        else the report's own row. Without a day (checking the rule base), the row the report's
        period would use."""
        own = next((row for row in parameter.rows if row.source == source.id), None)
        point = day if day is not None else source.covers_to
        best: tuple[date, int, m.ParamRow] | None = None
        for row in parameter.rows:
            if row is own:
                key = (source.covers_from or date.min, 1, row)
            elif row.day is not None:
                key = (row.day, 0, row)
            else:
                continue
            if point is not None and key[0] > point:
                continue
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best is not None else own
