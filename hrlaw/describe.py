"""A provision described for people and tools: what it says under each report, with the values
of its parameters, its notes and every citation (`hrlaw rules show`, `RuleBook.describe`)."""

from __future__ import annotations

from hrlaw import model as m
from hrlaw.check import CheckedBook, InForce, in_force, parameters_used, stated, walk_citations
from hrlaw.domains import domain
from hrlaw.explain import law_text, value_text


def _cites(items: tuple[m.Citation, ...], source: str | None = None) -> list[dict[str, str]]:
    return [
        {"source": c.source, "section": c.section, "quote": c.quote}
        for c in items
        if source is None or c.source == source
    ]


def _expr(e: m.Expr | None) -> str | None:
    return " ".join(e.span.text.split()) if e is not None and e.span is not None else None


def parameter_values(book: CheckedBook, name: str) -> list[dict[str, object]]:
    """Each cited value of a parameter: under which report or from which date."""
    return [
        {
            "source": row.source,
            "from": row.day.isoformat() if row.day else None,
            "value": value_text(row.value),
            "citations": _cites(row.citations),
        }
        for row in book.parameters[name].rows
    ]


def _under(book: CheckedBook, law: InForce, source: str) -> dict[str, object]:
    values: dict[str, m.Expr] = {}
    src = book.sources[source]
    for name in sorted(parameters_used(book, law)):
        row = book.timeline.row(book.parameters[name], src, None)
        if row is not None:
            values[name] = row.value
    return {
        "source": source,
        "applies_when": _expr(law.applies),
        "parameters": {name: value_text(v) for name, v in values.items()},
        "requirements": [
            {
                "id": r.id,
                "text": law_text(r.text, values),
                "rule": _expr(r.expr),
                "explain": r.explain,
                "citations": _cites(r.citations, source),
            }
            for r in law.requirements
        ],
        "exceptions": [
            {
                "label": x.label,
                "for": x.target,
                "text": law_text(x.text, values),
                "when": _expr(x.when),
                "rule": _expr(x.replacement),
                "waived": x.replacement is None,
                "priority_over": list(x.priority_over),
                "citations": _cites(x.citations, source),
            }
            for x in law.exceptions
        ],
        "contested": [
            {
                "label": x.label,
                "for": x.target,
                "kind": x.keyword,
                "text": law_text(x.text, values),
                "when": _expr(x.when),
                "citations": _cites(x.citations, source),
            }
            for x in law.contested
        ],
        "penalties": [
            {"name": p.name, "text": p.text, "citations": _cites(p.citations, source)}
            for p in law.penalties
        ],
        "notes": [
            {"text": law_text(n.text, values), "citations": _cites(n.citations, source)}
            for n in law.notes
        ],
    }


def describe(book: CheckedBook, p: m.Provision) -> dict[str, object]:
    """The provision under each report that states it, and every citation it carries."""
    tl = book.timeline
    window = [s for s in tl.sources if stated(p, s, tl) and tl.in_force(p.bounds, s, None)]
    versions = [_under(book, in_force(book, p, src, tl), src.id) for src in window]
    used: set[str] = set()
    for src in window:
        used |= parameters_used(book, in_force(book, p, src, tl))
    every = [*walk_citations(p)]
    for name in sorted(used):
        every.extend(walk_citations(book.parameters[name]))
    return {
        "id": p.id,
        "title": p.title,
        "file": p.file,
        "domain": domain(p),
        "reports": [v["source"] for v in versions],
        "aliases": list(p.aliases),
        "versions": versions,
        "parameters": {name: parameter_values(book, name) for name in sorted(used)},
        "citations": _cites(tuple(every)),
        "sources": [
            {"id": s.id, "title": s.title, "address": s.address}
            for s in book.sources.values()
            if s.id in {v["source"] for v in versions} | {c.source for c in every}
        ],
    }
