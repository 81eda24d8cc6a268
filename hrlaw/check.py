"""IR -> checked rule book: names, types and units, duplicates, citations and their coverage.

Every problem in the whole rule base is collected and raised once; warnings (overlapping
exceptions without a priority) are kept on the checked book.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from hrlaw import model as m
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean, ordered
from hrlaw.law import Timeline
from hrlaw.overlap import disjoint
from hrlaw.source import Span
from hrlaw.typecheck import Typer, assignable

MAX_NESTING = 100  # levels of expression nesting, counted through definitions


@dataclass(frozen=True)
class CheckedBook:
    """A rule base that passed every check: the vocabulary and the provisions, typed."""

    sources: dict[str, m.Source]
    facts: dict[str, m.Fact]
    defines: dict[str, m.Define]  # derived facts
    define_types: dict[str, m.Type]
    provisions: tuple[m.Provision, ...]  # section aliases resolved in every citation
    parameters: dict[str, m.Parameter] = field(default_factory=dict)
    macros: dict[str, m.Define] = field(default_factory=dict)  # definitions with parameters
    macro_types: dict[str, m.Type] = field(default_factory=dict)
    penalties: dict[str, m.Penalty] = field(default_factory=dict)  # named penalties
    warnings: tuple[Diagnostic, ...] = ()
    unchecked: tuple[m.Unchecked, ...] = ()  # rules stated by the reports, not checked
    constraints: tuple[m.Constraint, ...] = ()  # what the facts of a scenario must satisfy

    def aliases(self) -> dict[str, str]:
        """Catalogue ids encoded inside another provision -> that provision's id."""
        return {a: p.id for p in self.provisions for a in p.aliases}

    @property
    def timeline(self) -> Timeline:
        return Timeline(self.sources.values())


@dataclass(frozen=True)
class InForce:
    """The clauses of a provision in force under one report (ignoring the law's own dates)."""

    applies: m.Expr | None
    requirements: tuple[m.Requirement, ...]
    exceptions: tuple[m.Exception_, ...]
    contested: tuple[m.Contested, ...]
    penalties: tuple[m.Penalty, ...]
    notes: tuple[m.Note, ...]


def stated(p: m.Provision, source: m.Source, timeline: Timeline) -> bool:
    """Whether `source` states provision `p`: within its `since`/`until` reports, and with a body
    for it (the shared body, or a version block of that report)."""
    if not timeline.stated(p.bounds, source):
        return False
    return bool(p.body.requirements) or any(v.source == source.id for v in p.versions)


def in_force(
    book: CheckedBook,
    p: m.Provision,
    source: m.Source,
    timeline: Timeline | None = None,
    day: date | None = None,
) -> InForce:
    """What provision `p` says under `source` (for events of `day`, when given): the shared body
    and that report's version block, without the clauses whose `since`/`until` exclude it."""
    tl = timeline or book.timeline
    bodies = [p.body, *(v.body for v in p.versions if v.source == source.id)]

    def keep(clause: m.Requirement | m.Exception_ | m.Contested | m.Penalty | m.Note) -> bool:
        return tl.in_force(clause.bounds, source, day)

    penalties: list[m.Penalty] = []
    for body in bodies:
        for pen in body.penalties:
            named = book.penalties.get(pen.name) if isinstance(pen, m.PenaltyRef) else pen
            if named is not None and keep(named):
                penalties.append(named)
    applies = next((b.applies for b in reversed(bodies) if b.applies is not None), None)
    return InForce(
        applies,
        tuple(r for b in bodies for r in b.requirements if keep(r)),
        tuple(x for b in bodies for x in b.exceptions if keep(x)),
        tuple(x for b in bodies for x in b.contested if keep(x)),
        tuple(penalties),
        tuple(n for b in bodies for n in b.notes if keep(n)),
    )


class _Checker:
    def __init__(self, module: m.Module) -> None:
        self.module = module
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []
        self.sources: dict[str, m.Source] = {}
        self.facts: dict[str, m.Fact] = {}
        self.defines: dict[str, m.Define] = {}
        self.macros: dict[str, m.Define] = {}
        self.parameters: dict[str, m.Parameter] = {}
        self.penalties: dict[str, m.Penalty] = {}
        self.define_types: dict[str, m.Type] = {}
        self.macro_types: dict[str, m.Type] = {}
        self.typer = Typer(
            self.facts,
            self.defines,
            self.define_types,
            self.parameters,
            self.macros,
            self.macro_types,
        )
        self.reported: set[tuple[str, str, str, int]] = set()
        self.typer.errors = self.errors
        self.timeline = Timeline(())

    def error(self, code: Code, message: str, span: Span | None, help: str | None = None) -> None:
        # a clause checked under two reports is reported once
        key = (code, message, span.file.name if span else "", span.start if span else -1)
        if key not in self.reported:
            self.reported.add(key)
            self.errors.append(Diagnostic(code, message, span, help))

    def duplicate(self, what: str, name: str, span: Span | None, first: Span | None) -> None:
        where = f"first defined at {first.location()}" if first is not None else None
        self.error(Code.DUPLICATE, f"{what} `{name}` is defined twice", span, where)

    # ------------------------------------------------------------------ declarations
    def declare(self) -> None:
        for src in self.module.sources:
            self.source(src)
        self.timeline = Timeline(self.sources.values())
        taken: dict[str, Span | None] = {}
        for fact in self.module.facts:
            self.dotted(fact.name, "fact", fact.span)
            if self.claim(taken, "fact", fact.name, fact.span):
                self.facts[fact.name] = fact
        for d in self.module.defines:
            if self.claim(taken, "name", d.name, d.span):
                (self.macros if d.params else self.defines)[d.name] = d
        for p in self.module.parameters:
            self.dotted(p.name, "parameter", p.span)
            if self.claim(taken, "name", p.name, p.span):
                self.parameters[p.name] = p
        for pen in self.module.penalties:
            assert pen.name is not None
            if pen.name in self.penalties:
                self.duplicate("penalty", pen.name, pen.span, self.penalties[pen.name].span)
            else:
                self.penalties[pen.name] = pen

    def claim(self, taken: dict[str, Span | None], what: str, name: str, span: Span | None) -> bool:
        if name in taken:
            self.duplicate(what, name, span, taken[name])
            return False
        taken[name] = span
        return True

    def dotted(self, name: str, what: str, span: Span | None) -> None:
        if "." not in name:
            self.error(
                Code.DOTTED_NAME_REQUIRED,
                f"{what} name `{name}` needs a namespace",
                span,
                f"write e.g. `case.{name}`",
            )

    def source(self, src: m.Source) -> None:
        if src.id in self.sources:
            self.duplicate("source", src.id, src.span, self.sources[src.id].span)
            return
        self.sources[src.id] = src
        if src.year is None or src.covers_from is None or src.covers_to is None:
            self.error(
                Code.INVALID_SOURCE,
                f"source `{src.id}` needs `year` and `covers FROM to TO`",
                src.span,
                "e.g. `year 2021  covers 2021-01-01 to 2021-12-31`",
            )
        elif src.covers_from > src.covers_to:
            self.error(
                Code.INVALID_SOURCE,
                f"source `{src.id}` covers a period that ends before it starts",
                src.span,
            )
        keys: dict[str, m.Section] = {}
        for section in src.sections:
            if section.key in keys:
                self.duplicate(f"section of `{src.id}`", section.key, section.span, None)
            keys[section.key] = section

    # ------------------------------------------------------------------ definitions
    def definition_order(self) -> list[str]:
        """Definitions (derived facts and those with parameters) in dependency order, found
        without recursion. Cycles and chains nested too deeply are reported; the names returned
        are safe to type and to expand."""
        every = {**self.defines, **self.macros}
        deps = {
            n: sorted((m.refs(d.expr) | m.calls(d.expr)) & every.keys()) for n, d in every.items()
        }
        users: dict[str, list[str]] = {n: [] for n in deps}
        for name, needs in deps.items():
            for need in needs:
                users[need].append(name)
        waiting = {n: len(needs) for n, needs in deps.items()}
        depth = {n: expr_depth(d.expr) for n, d in every.items()}
        ready = [n for n, count in waiting.items() if count == 0]
        order: list[str] = []
        while ready:
            name = ready.pop()
            order.append(name)
            for user in users[name]:
                depth[user] = max(depth[user], depth[name] + expr_depth(every[user].expr))
                waiting[user] -= 1
                if waiting[user] == 0:
                    ready.append(user)
        for name in (n for n in deps if waiting[n] > 0):
            cycle, at = [name], deps[name][0]
            while at not in cycle:  # follow the unresolved dependencies until one repeats
                cycle.append(at)
                at = next(d for d in deps[at] if waiting[d] > 0)
            loop = cycle[cycle.index(at) :]
            shown = " -> ".join([*loop, at])
            self.error(
                Code.CYCLE,
                f"`{name}` is defined in terms of itself: {shown}"
                if name in loop
                else f"`{name}` depends on a recursive definition: {shown}",
                every[name].span,
                "definitions may not be recursive",
            )
        deep = {n for n in order if depth[n] > MAX_NESTING}
        for name in sorted(deep):
            self.error(
                Code.TOO_DEEP,
                f"`{name}` nests more than {MAX_NESTING} levels deep through other definitions",
                every[name].span,
                "flatten the chain of definitions",
            )
        return [n for n in order if n not in deep]

    def type_definition(self, name: str) -> None:
        d = self.defines.get(name) or self.macros[name]
        self.typer.scope = {p.name: p.type for p in d.params}
        try:
            typ = self.typer.infer(d.expr)
        finally:
            self.typer.scope = {}
        if typ is None:
            return
        if typ.kind in (m.Kind.SYMBOL, m.Kind.SYMBOLS):
            self.error(
                Code.TYPE_MISMATCH,
                f"`{name}` must have a type of its own",
                d.span,
                "a definition cannot be a bare enumeration value",
            )
            return
        (self.macro_types if d.params else self.define_types)[name] = typ

    # ------------------------------------------------------------------ citations
    def resolve(self, c: m.Citation) -> m.Citation:
        """A citation with its section alias resolved to the section's heading."""
        src = self.sources.get(c.source)
        if src is None:
            self.error(
                Code.UNKNOWN_SOURCE,
                f"citation names undeclared source `{c.source}`",
                c.span,
                did_you_mean(c.source, self.sources) or "declare it with `source`",
            )
            return c
        if not c.quote.strip():
            self.error(Code.EMPTY_QUOTE, "citation has an empty quote", c.span)
        if c.alias is None:
            return c
        section = src.section(c.alias)
        if section is None:
            keys = [s.key for s in src.sections]
            self.error(
                Code.UNKNOWN_SECTION,
                f"`{c.source}` has no section `{c.alias}`",
                c.span,
                did_you_mean(c.alias, keys)
                or f'declare it in `source {c.source}`: `section {c.alias} "Section …"`',
            )
            return c
        return dataclasses.replace(c, section=section.heading)

    def resolve_all(self, node: _N) -> _N:
        """`node` with every citation inside it resolved."""
        resolved: _N = self._resolve_node(node)
        return resolved

    def _resolve_node(self, node: Any) -> Any:
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(node):
            value = getattr(node, f.name)
            if f.name == "citations":
                changes[f.name] = tuple(self.resolve(c) for c in value)
            elif isinstance(value, _WITH_CITATIONS):
                changes[f.name] = self._resolve_node(value)
            elif isinstance(value, tuple) and value and isinstance(value[0], _WITH_CITATIONS):
                changes[f.name] = tuple(self._resolve_node(v) for v in value)
        return dataclasses.replace(node, **changes)

    # ------------------------------------------------------------------ parameters and bounds
    def parameter(self, p: m.Parameter) -> m.Parameter:
        p = self.resolve_all(p)
        seen: dict[str, m.ParamRow] = {}
        for row in p.rows:
            key = row.source if row.source is not None else str(row.day)
            if key in seen:
                self.duplicate(f"value of `{p.name}` for", key, row.span, seen[key].span)
            seen[key] = row
            if row.source is not None:
                if row.source not in self.sources:
                    self.unknown_source(row.source, row.span)
                elif all(c.source != row.source for c in row.citations):
                    self.error(
                        Code.MISSING_CITATION,
                        f"the `{row.source}` value of `{p.name}` cites nothing from it",
                        row.span,
                        f"cite the sentence of `{row.source}` that states the value",
                    )
            value = row.value
            if isinstance(value, m.Neg) and isinstance(value.operand, m.Literal):
                value = value.operand
            if not isinstance(value, m.Literal):
                self.error(
                    Code.PARAMETER_VALUE_INVALID,
                    f"a value of `{p.name}` must be written out, such as `48 hours`",
                    row.value.span,
                )
                continue
            got = self.typer.infer(row.value)
            if got is not None and not assignable(p.type, got):
                self.error(
                    Code.PARAMETER_VALUE_INVALID,
                    f"a value of `{p.name}` must be {p.type}, not {got}",
                    row.value.span,
                )
        return p

    def unknown_source(self, name: str, span: Span | None) -> None:
        self.error(
            Code.UNKNOWN_SOURCE,
            f"undeclared source `{name}`",
            span,
            did_you_mean(name, self.sources) or "declare it with `source`",
        )

    def bounds(self, bounds: tuple[m.Bound, ...], what: str) -> None:
        """At most one `since` and one `until` of each kind: a report (which reports state the
        clause) and a date (the law's own dates); `since kz2021` with `since 2020-01-01` says
        both that only the later report states it and that the law itself began then."""
        rank = self.timeline.rank
        seen: dict[tuple[str, bool], m.Bound] = {}
        for b in bounds:
            if b.source is not None and b.source not in self.sources:
                self.unknown_source(b.source, b.span)
                return
            key = (b.kind, b.source is not None)
            if key in seen:
                kind = "report" if b.source is not None else "date"
                self.error(
                    Code.MISPLACED_CLAUSE, f"more than one `{b.kind}` {kind} on {what}", b.span
                )
            seen[key] = b
        for by_report in (True, False):
            since, until = seen.get(("since", by_report)), seen.get(("until", by_report))
            if since is None or until is None:
                continue
            if since.source is not None and until.source is not None:
                empty = rank[since.source] > rank[until.source]
            else:
                assert since.day is not None and until.day is not None
                empty = since.day > until.day
            if empty:
                self.error(
                    Code.INVALID_PERIOD,
                    f"{what} is in force under no report: `until` before `since`",
                    until.span,
                )

    # ------------------------------------------------------------------ provisions
    def provisions(self) -> tuple[m.Provision, ...]:
        seen: dict[str, m.Provision] = {}
        ids: dict[str, Span | None] = {}
        for p in self.module.provisions:
            for alias in p.aliases:
                self.dotted(alias, "alias", p.span)
                self.claim(ids, "provision id", alias, p.span)
            if p.id in seen:
                self.duplicate("provision", p.id, p.span, seen[p.id].span)
                continue
            self.claim(ids, "provision id", p.id, p.span)
            if "." not in p.id:
                self.error(
                    Code.DOTTED_NAME_REQUIRED,
                    f"provision id `{p.id}` needs a domain prefix",
                    p.span,
                    f"e.g. `detention.{p.id}`",
                )
            seen[p.id] = self.provision(self.resolve_all(p))
        return tuple(seen.values())

    def provision(self, p: m.Provision) -> m.Provision:
        self.bounds(p.bounds, f"provision `{p.id}`")
        versions: dict[str, m.Version] = {}
        for v in p.versions:
            if v.source not in self.sources:
                self.unknown_source(v.source, v.span)
            elif v.source in versions:
                self.duplicate(
                    f"version of `{p.id}` for", v.source, v.span, versions[v.source].span
                )
            versions[v.source] = v
        for _, body in p.bodies():
            self.body(body)
        book = self.partial_book()
        tl = self.timeline
        window = [s for s in tl.sources if stated(p, s, tl) and tl.in_force(p.bounds, s, None)]
        if not window:
            self.error(
                Code.NO_REQUIREMENT,
                f"provision `{p.id}` has no requirement under any report",
                p.span,
                'add `require ID "text": CONDITION`, cited from each report that states it',
            )
        for src in window:
            self.under(p, src, in_force(book, p, src, self.timeline))
        self.overlaps(p, window, book)
        return p

    def body(self, body: m.Body) -> None:
        t = self.typer
        if body.applies is not None:
            t.expect(body.applies, m.BOOL, "`applies when`")
        for r in body.requirements:
            t.expect(r.expr, m.BOOL, f"requirement `{r.id}`")
            t.template(r.explain, r.span, comparison=isinstance(r.expr, m.Compare))
            t.template(r.text, r.span, facts=False, what="the requirement's text")
            self.bounds(r.bounds, f"requirement `{r.id}`")
        for x in body.exceptions:
            t.expect(x.when, m.BOOL, "the condition of the exception")
            if x.replacement is not None:
                t.expect(x.replacement, m.BOOL, "the replacement requirement")
            comparison = isinstance(x.replacement, m.Compare)
            t.template(x.explain, x.span, comparison=comparison)
            t.template(x.text, x.span, facts=False, what="the exception's text")
            self.bounds(x.bounds, f"exception `{x.label}`")
        for c in body.contested:
            t.expect(c.when, m.BOOL, "the condition of the contested clause")
            t.template(c.explain, c.span)
            t.template(c.text, c.span, facts=False, what="the contested clause's text")
            self.bounds(c.bounds, f"contested clause `{c.label}`")
        for pen in body.penalties:
            if isinstance(pen, m.PenaltyRef) and pen.name not in self.penalties:
                self.error(
                    Code.UNKNOWN_PENALTY,
                    f"unknown penalty `{pen.name}`",
                    pen.span,
                    did_you_mean(pen.name, self.penalties) or "declare it with `penalty NAME`",
                )
            elif isinstance(pen, m.Penalty):
                self.bounds(pen.bounds, "the penalty")
        for note in body.notes:
            t.template(note.text, note.span, facts=False, what="the note")
            self.bounds(note.bounds, "the note")

    def under(self, p: m.Provision, src: m.Source, law: InForce) -> None:
        """The checks that hold per report: requirements, targets, labels, coverage."""
        if not law.requirements:
            self.error(
                Code.NO_REQUIREMENT,
                f"provision `{p.id}` has no requirement under `{src.id}`",
                p.span,
                f"add a requirement, or bound the provision with `since`/`until` "
                f"so that it is not in force under `{src.id}`",
            )
        reqs: dict[str, m.Requirement] = {}
        for r in law.requirements:
            if r.id in reqs:
                self.duplicate("requirement", r.id, r.span, reqs[r.id].span)
            reqs[r.id] = r
        labels: dict[tuple[str, str], m.Exception_ | m.Contested] = {}
        targeted: list[m.Exception_ | m.Contested] = [*law.exceptions, *law.contested]
        for x in targeted:
            kind = "exception" if isinstance(x, m.Exception_) else "contested clause"
            if x.target not in reqs and not (
                isinstance(x, m.Exception_) and x.shared and x.target in every_requirement(p)
            ):
                self.error(
                    Code.UNKNOWN_REQUIREMENT,
                    f"{kind} `{x.label}` is for `{x.target}`, which is not a requirement "
                    f"under `{src.id}`",
                    x.span,
                    did_you_mean(x.target, reqs) or "name a requirement of this provision",
                )
            key = (x.target, x.label)
            if x.label and key in labels and labels[key] is not x:
                self.duplicate("label", x.label, x.span, labels[key].span)
            labels[key] = x
        for x in law.exceptions:
            for other in x.priority_over:
                known = labels.get((x.target, other))
                if not isinstance(known, m.Exception_):
                    self.error(
                        Code.UNKNOWN_LABEL,
                        f"`{x.label}` takes priority over `{other}`, which is not an exception "
                        f"of this provision under `{src.id}`",
                        x.span,
                        did_you_mean(other, [label for _, label in labels]) or None,
                    )
        self.priority_cycles(law.exceptions)
        clauses: list[tuple[str, m.Requirement | m.Exception_ | m.Contested | m.Penalty]] = [
            *((f"requirement `{r.id}`", r) for r in law.requirements),
            *((f"exception `{x.label}`", x) for x in law.exceptions),
            *((f"contested clause `{x.label}`", x) for x in law.contested),
            *((f"penalty `{pen.name or pen.text}`", pen) for pen in law.penalties),
        ]
        for what, clause in clauses:
            if all(c.source != src.id for c in clause.citations):
                self.error(
                    Code.MISSING_CITATION,
                    f"{what} is in force under `{src.id}` but cites nothing from it",
                    clause.span,
                    f'add `cite {src.id}.SECTION "verbatim quote"`, or bound the clause with '
                    f"`since`/`until` if `{src.id}` does not state it",
                )
        self.parameters_under(p, src, law)

    def parameters_under(self, p: m.Provision, src: m.Source, law: InForce) -> None:
        for name in sorted(parameters_used(self.partial_book(), law)):
            if self.timeline.row(self.parameters[name], src, None) is None:
                self.error(
                    Code.PARAMETER_VALUE_MISSING,
                    f"`{name}` has no value under `{src.id}`, where `{p.id}` reads it",
                    p.span,
                    f'add a row `{src.id} VALUE cite {src.id}.SECTION "…"` to `{name}`',
                )

    def priority_cycles(self, exceptions: Iterable[m.Exception_]) -> None:
        beats = {x.label: set(x.priority_over) for x in exceptions}
        for x in exceptions:
            reach, todo = set(), list(beats.get(x.label, ()))
            while todo:
                label = todo.pop()
                if label not in reach:
                    reach.add(label)
                    todo.extend(beats.get(label, ()))
            if x.label in reach:
                self.error(
                    Code.PRIORITY_CYCLE,
                    f"exception `{x.label}` takes priority over itself through `priority over`",
                    x.span,
                    "priorities must form an order: remove one of them",
                )

    def overlaps(self, p: m.Provision, window: list[m.Source], book: CheckedBook) -> None:
        """Warn once per pair of exceptions to one requirement that can hold at once, are in
        force under a common report and have no priority between them."""
        warned: set[tuple[int, int]] = set()
        for src in window:
            law = in_force(book, p, src, self.timeline)
            beats = _transitive({x.label: set(x.priority_over) for x in law.exceptions})
            for i, a in enumerate(law.exceptions):
                for b in law.exceptions[i + 1 :]:
                    key = (id(a), id(b))
                    if a.target != b.target or key in warned:
                        continue
                    if b.label in beats.get(a.label, ()) or a.label in beats.get(b.label, ()):
                        continue
                    if disjoint(a.when, b.when):
                        continue
                    warned.add(key)
                    self.warnings.append(
                        Diagnostic(
                            Code.OVERLAPPING_EXCEPTIONS,
                            f"exceptions `{a.label}` and `{b.label}` to `{a.target}` can hold at "
                            f"once and neither has priority; a case where both hold is "
                            f"answered `undetermined`",
                            b.span,
                            f"if one prevails, say so: `priority over {a.label}` on `{b.label}` "
                            f"(or the reverse); if they cannot both hold, make the conditions "
                            f"visibly exclusive",
                        )
                    )

    def partial_book(self) -> CheckedBook:
        return CheckedBook(
            self.sources, self.facts, self.defines, self.define_types, (), self.parameters,
            self.macros, self.macro_types, self.penalties,
        )  # fmt: skip

    def run(self) -> CheckedBook:
        self.declare()
        for name in self.definition_order():
            self.type_definition(name)
        if self.errors:  # provisions cannot be checked against broken definitions
            raise HrlawError(self.errors)
        self.parameters.update({n: self.parameter(p) for n, p in self.parameters.items()})
        self.penalties.update({n: self.resolve_all(p) for n, p in self.penalties.items()})
        for pen in self.penalties.values():
            self.bounds(pen.bounds, f"penalty `{pen.name}`")
        provisions = self.provisions()
        unchecked = self.unchecked(
            {p.id for p in provisions} | {a for p in provisions for a in p.aliases}
        )
        constraints = self.constraints()
        if self.errors:
            raise HrlawError(self.errors)
        return dataclasses.replace(
            self.partial_book(),
            provisions=provisions,
            warnings=ordered(self.warnings),
            unchecked=unchecked,
            constraints=constraints,
        )

    def unchecked(self, taken: set[str]) -> tuple[m.Unchecked, ...]:
        out: list[m.Unchecked] = []
        for u in self.module.unchecked:
            if u.id in taken:
                self.duplicate("provision id", u.id, u.span, None)
                continue
            taken.add(u.id)
            self.dotted(u.id, "unchecked rule", u.span)
            self.bounds(u.bounds, f"unchecked rule `{u.id}`")
            if u.applies is not None:
                self.typer.expect(u.applies, m.BOOL, "`applies when`")
            if not u.reason:
                self.error(
                    Code.UNCHECKED_WITHOUT_REASON,
                    f"unchecked rule `{u.id}` does not say why it is not checked",
                    u.span,
                    'add `because "…"`: no checkable figure, not yet encoded, …',
                )
            u = dataclasses.replace(u, citations=tuple(self.resolve(c) for c in u.citations))
            for src in self.timeline.sources:
                stated = self.timeline.in_force(u.bounds, src, None)
                if stated and all(c.source != src.id for c in u.citations):
                    self.error(
                        Code.MISSING_CITATION,
                        f"unchecked rule `{u.id}` is stated under `{src.id}` but cites nothing "
                        f"from it",
                        u.span,
                        f'add `cite {src.id}.SECTION "…"`, or bound it with `since`/`until`',
                    )
            out.append(u)
        return tuple(out)

    def constraints(self) -> tuple[m.Constraint, ...]:
        """Constraints are conditions on the facts alone, checked when a scenario is typed: they
        may read facts and definitions, not parameters (the law in force is not known yet)."""
        seen: dict[str, m.Constraint] = {}
        every = {**self.defines, **self.macros}
        for c in self.module.constraints:
            self.dotted(c.name, "constraint", c.span)
            if c.name in seen:
                self.duplicate("constraint", c.name, c.span, seen[c.name].span)
                continue
            seen[c.name] = c
            self.typer.expect(c.expr, m.BOOL, f"constraint `{c.name}`")
            for name in sorted(names_read([c.expr], every) & self.parameters.keys()):
                self.error(
                    Code.INVALID_CONSTRAINT,
                    f"constraint `{c.name}` reads the parameter `{name}`",
                    c.span,
                    "a constraint is checked before the law in force is chosen: "
                    "compare facts with facts or with written values",
                )
        return tuple(seen.values())


_N = TypeVar(
    "_N",
    m.Provision,
    m.Body,
    m.Version,
    m.Requirement,
    m.Exception_,
    m.Contested,
    m.Penalty,
    m.Note,
    m.Parameter,
    m.ParamRow,
)
_WITH_CITATIONS = (
    m.Body,
    m.Version,
    m.Requirement,
    m.Exception_,
    m.Contested,
    m.Penalty,
    m.Note,
    m.ParamRow,
)


def _transitive(beats: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for start in beats:
        reach: set[str] = set()
        todo = list(beats[start])
        while todo:
            label = todo.pop()
            if label not in reach:
                reach.add(label)
                todo.extend(beats.get(label, ()))
        out[start] = reach
    return out


def every_requirement(p: m.Provision) -> set[str]:
    """The ids of all requirements of a provision, under any report."""
    return {r.id for _, body in p.bodies() for r in body.requirements}


def parameters_used(book: CheckedBook, law: InForce) -> set[str]:
    """The parameters a provision's clauses in force can read (through definitions, and in
    their texts)."""
    if not book.parameters:
        return set()
    every = {**book.defines, **book.macros}
    texts: list[str] = [n.text for n in law.notes]
    exprs: list[m.Expr] = [law.applies] if law.applies is not None else []
    for req in law.requirements:
        exprs.append(req.expr)
        texts.append(req.text)
    for x in law.exceptions:
        exprs.extend(e for e in (x.when, x.replacement) if e is not None)
        texts.append(x.text)
    for c in law.contested:
        exprs.append(c.when)
        texts.append(c.text)
    found = names_read(exprs, every) & book.parameters.keys()
    for text in texts:
        found.update(n for n in m.PLACEHOLDER.findall(text) if n in book.parameters)
    return found


def names_read(exprs: Iterable[m.Expr], every: Mapping[str, m.Define]) -> set[str]:
    """Every name the expressions read or call, directly or through the definitions in `every`
    (iteratively: definitions may chain deeply)."""
    names = [n for e in exprs for n in m.refs(e) | m.calls(e)]
    read: set[str] = set()
    while names:
        name = names.pop()
        if name in read:
            continue
        read.add(name)
        if name in every:
            expr = every[name].expr
            names.extend(m.refs(expr) | m.calls(expr))
    return read


def expr_depth(expr: m.Expr) -> int:
    """How deeply an expression nests (iteratively: expressions can be deep)."""
    deepest = 0
    stack: list[tuple[m.Expr, int]] = [(expr, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in m.children(node))
    return deepest


def walk_citations(node: object) -> Iterator[m.Citation]:
    """Every citation inside an IR node, in order."""
    if isinstance(node, m.Citation):
        yield node
        return
    if isinstance(node, (*_WITH_CITATIONS, m.Provision, m.Parameter)):
        for f in dataclasses.fields(node):
            value = getattr(node, f.name)
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                if isinstance(item, (m.Citation, *_WITH_CITATIONS)):
                    yield from walk_citations(item)


def check(module: m.Module) -> CheckedBook:
    return _Checker(module).run()
