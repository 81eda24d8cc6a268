"""The law applied as a whole: results under several laws weighed into one (events between two
reports, or a month or year in which the law changes), the unchecked rules the facts touch, and
the notices a reader must see first."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.compile import Env
from hrlaw.explain import fmt, value_text
from hrlaw.law import Reading
from hrlaw.values import Between, Period, Unknown
from hrlaw.versions import CompiledBook, VersionCompiler, cites, compiled_version


def _name(reading: Reading) -> str:
    """A law weighed, in words: the report, and the part of the period when it is cut."""
    return reading.source.id + (f" ({reading.period})" if reading.period else "")


def weigh(
    book: CompiledBook, p: m.Provision, readings: list[Reading], results: list[r.Result]
) -> r.Result:
    """One result from the results under several laws (two reports that do not date the
    changes between them, or the parts of an imprecise date): their common verdict, or
    `undetermined` with every verdict, explanation and set of citations when they differ."""
    names = [_name(reading) for reading in readings]
    laws = [
        r.LawResult(
            version=x.version or "",
            verdict=x.verdict,
            explanation=x.explanation,
            citations=x.citations,
            period=reading.period,
        )
        for x, reading in zip(results, readings, strict=True)
    ]
    last = results[-1]
    every = "+".join(dict.fromkeys(x.version or "" for x in results))
    warnings = list(dict.fromkeys(w for x in results for w in x.warnings))
    missing = {f.fact: f for x in results for f in x.missing}
    conflicts = list(
        {c.model_dump_json(): c for x in reversed(results) for c in x.conflicts}.values()
    )
    applies = {x.applies for x in results}
    if len({x.verdict for x in results}) == 1:
        said = f"the laws {' and '.join(f'`{n}`' for n in names)} give the same verdict"
        update: dict[str, Any] = {"version": every, "laws": laws, "warnings": [*warnings, said]}
        # whether the provision concerns the case is known only when every law says the same
        # (a report silent about the provision cannot say)
        update["applies"] = applies.pop() if len(applies) == 1 else None
        if last.verdict is r.Verdict.UNDETERMINED:  # what could decide either law is missing
            update["missing"] = [missing[name] for name in sorted(missing)]
            update["conflicts"] = conflicts
            update["assessed"] = any(x.assessed for x in results)
        return last.model_copy(update=update)
    changed = _changed_values(book, p, readings)
    under = "; ".join(
        f"under the law reported in `{n}`: {x.verdict.value} ({x.explanation})"
        for n, x in zip(names, results, strict=True)
    )
    lead = f"{changed}; " if changed else ""
    cut = all(x.period is not None for x in readings)  # parts of an imprecise date
    undated = (
        "the date of the events does not say in which part of it they fall"
        if cut
        else "the reports do not date the change"
    )
    citations = list(dict.fromkeys(c for x in results for c in x.citations))
    first = results[0]
    differing = [
        req.requirement
        for x in results[1:]
        for req, other in zip(x.requirements, first.requirements, strict=False)
        if req.outcome is not other.outcome
    ]
    reqs = [req.requirement for x in reversed(results) for req in x.requirements]
    conflict = r.Conflict(
        requirement=differing[0] if differing else (reqs[0] if reqs else ""),
        text=(
            f"the law changes within the date of the events ({', '.join(names)})"
            if cut
            else f"the law changed between {' and '.join(f'`{n}`' for n in names)}, which do "
            "not date the change"
        )
        + (f": {changed}" if changed else ""),
        citations=citations,
        kind=r.ConflictKind.CHANGE,
    )
    return r.Result(
        provision=p.id,
        title=p.title,
        verdict=r.Verdict.UNDETERMINED,
        applies=applies.pop() if len(applies) == 1 else None,
        version=every,
        explanation=f"{lead}{undated}; {under}",
        missing=[missing[name] for name in sorted(missing)],
        citations=citations,
        failed=[],
        penalty=None,
        warnings=warnings,
        requirements=[req for x in results for req in x.requirements],
        conflicts=[conflict, *conflicts],
        notes=list({n.model_dump_json(): n for x in results for n in x.notes}.values()),
        # a law out of force on part of the period decides nothing about the facts: the result
        # is assessed when the facts touch the provision under a law that is in force
        assessed=any(x.assessed for x in results if x.verdict is not r.Verdict.NOT_APPLICABLE),
        laws=laws,
    )


def _changed_values(book: CompiledBook, p: m.Provision, readings: list[Reading]) -> str:
    """`time …: 72 hours (kz2017) or 48 hours (kz2021)` for each parameter whose value differs."""
    versions = [compiled_version(book, p, reading) for reading in readings]
    names = [_name(reading) for reading in readings]
    common = set.intersection(*(set(v.values) for v in versions))
    parts = []
    for name in sorted(common):
        shown = [value_text(v.values[name]) for v in versions]
        if len(set(shown)) > 1:
            meaning = book.checked.parameters[name].meaning or name
            each = " or ".join(f"{x} ({n})" for x, n in zip(shown, names, strict=True))
            parts.append(f"{meaning}: {each}")
    return "; ".join(parts)


def unchecked_rules(
    book: CompiledBook, facts: Mapping[str, object], when: date | Period
) -> list[r.Unchecked]:
    """The rules the reports state but hrlaw does not check that these facts touch: those that
    apply, or may apply given some of what decides it."""
    env = Env(facts)
    out: list[r.Unchecked] = []
    readings = book.readings(when)
    for u in book.checked.unchecked:
        if u.applies is None:
            continue
        for reading in readings:
            if not book.timeline.in_force(u.bounds, reading.source, reading.day):
                continue
            compiler = VersionCompiler(book, reading.source, {})
            applies = compiler.fn(u.applies)(env)
            reads = compiler.input_facts(u.applies)
            if applies is True or (isinstance(applies, Unknown) and reads & facts.keys()):
                out.append(
                    r.Unchecked(
                        id=u.id,
                        title=u.title,
                        reason=u.reason or "",
                        citations=cites(u.citations, reading.source.id),
                    )
                )
                break
    return out


def notices(book: CompiledBook, facts: Mapping[str, object], when: date | Period) -> list[str]:
    """What the reader must know about the law applied as a whole: a date outside or between
    the reports, an imprecise date in which the law changes, and event dates in the facts that
    fall under another report's law."""
    tl = book.timeline
    readings = book.readings(when)
    said = list(dict.fromkeys(w for reading in readings for w in reading.warnings))
    parts = list(dict.fromkeys(reading.period for reading in readings if reading.period))
    if len(parts) > 1:
        said.append(
            f"the law changes within `date: {when}` ({', '.join(parts)}): each provision is "
            f"weighed under the law of every part, and is undetermined where they differ; a more "
            f"precise date decides"
        )
    law = list(dict.fromkeys(reading.source.id for reading in readings))
    elsewhere: dict[tuple[str, ...], list[str]] = {}
    dated = [(n, v) for n, v in facts.items() if isinstance(v, date | Between)]
    for name, value in sorted(dated):
        ends = [value.lo, value.hi] if isinstance(value, Between) else [value]
        days = {e.date() if isinstance(e, datetime) else e for e in ends if isinstance(e, date)}
        if len(days) != len(ends):
            continue
        other = {tuple(dict.fromkeys(x.source.id for x in tl.readings(day))) for day in days}
        if len(other) == 1 and list(next(iter(other))) != law:
            elsewhere.setdefault(other.pop(), []).append(f"`{name}` ({fmt(value, None)})")
    for other_law, names in elsewhere.items():
        said.append(
            f"{', '.join(names)}: events of that date fall under the law reported in "
            f"{' and '.join(f'`{s}`' for s in other_law)}, but `date: {when}` applies the law "
            f"reported in {' and '.join(f'`{s}`' for s in law)}; the date of the events decides "
            f"which law applies"
        )
    return said
