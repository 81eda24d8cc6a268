"""Compiled forms: a provision compiled once per law it is evaluated under (the report applied,
the clauses in force, the parameter values), with the words its explanations need."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, partial
from typing import NamedTuple

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook, InForce, in_force, names_read, parameters_used, stated
from hrlaw.compile import Compiler, Fn, constant
from hrlaw.expand import Expander
from hrlaw.explain import law_text
from hrlaw.kernel import Fallback, Generator, KClause, Kernel, KRule, verdict_of
from hrlaw.law import Reading, Timeline
from hrlaw.values import Period


@dataclass(frozen=True)
class Comparison:
    op: str
    left: Fn
    right: Fn
    subject: str  # what the left side is, in words
    unit: str | None  # display unit


@dataclass(frozen=True)
class Clause:
    """An exception (replacement or waiver) or a contested clause, compiled under one law."""

    decl: m.Exception_ | m.Contested
    text: str  # the clause's text with the law's values written in
    when: Fn
    replacement: Fn | None
    comparison: Comparison | None
    comparisons: tuple[Comparison, ...]  # every limit inside the replacement, for {margins}
    beats: frozenset[str] = frozenset()  # labels of the exceptions this one overrides


@dataclass(frozen=True)
class Rule:
    req: m.Requirement
    text: str
    base: Fn
    comparison: Comparison | None
    comparisons: tuple[Comparison, ...]  # every limit inside the requirement, for {margins}
    exceptions: tuple[Clause, ...]
    contested: tuple[Clause, ...]
    reads: tuple[tuple[str, Fn], ...]  # facts shown in a default explanation


class Placeholders(Mapping[str, Fn]):
    """The names an explanation may show under one law (every fact, derived fact and parameter),
    each compiled when a template first shows it: a rule base has hundreds of names, a
    provision's words a few."""

    def __init__(
        self,
        comp: Compiler,
        facts: Mapping[str, m.Fact],
        defines: Mapping[str, m.Define],
        values: Mapping[str, m.Expr],
    ) -> None:
        self._comp, self._facts, self._defines, self._values = comp, facts, defines, values
        self._compiled: dict[str, Fn] = {}

    def __getitem__(self, name: str) -> Fn:
        found = self._compiled.get(name)
        if found is None:
            if name in self._values:
                found = self._comp.expr(self._values[name])
            elif name in self._facts or name in self._defines:
                found = self._comp.expr(m.Ref(name))
            else:
                raise KeyError(name)
            self._compiled[name] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._facts, *self._defines, *self._values]))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True)
class CompiledVersion:
    """A provision as one report states it, for events the law's own dates do not tell apart."""

    source: m.Source
    applies: Fn
    applies_reads: tuple[tuple[str, Fn], ...]
    rules: tuple[Rule, ...]
    penalties: tuple[m.Penalty, ...]
    notes: tuple[tuple[str, tuple[m.Citation, ...]], ...]
    placeholders: Mapping[str, Fn]  # the names explanations may show, under this law
    units: Mapping[str, str | None]
    applies_facts: frozenset[str] = frozenset()  # the input facts `applies when` reads
    values: Mapping[str, m.Expr] = field(default_factory=dict)  # parameter values of this law
    reads: tuple[str, ...] = ()  # every fact and derived fact the provision's clauses read
    thresholds: tuple[object, ...] = ()  # the constants its clauses compare against
    members: frozenset[str] = frozenset()  # the enumeration values its clauses name
    # every fact and derived fact a result of this law depends on: what its clauses read and
    # what its words may show (`{name}` in an explanation), through definitions
    depends: tuple[str, ...] = ()
    # the same logic for exact facts, two-valued (kernel.py): generated on first use, since
    # only the verdicts-only path needs it
    make_kernel: Callable[[], Kernel | None] = field(default=lambda: None, repr=False)

    @cached_property
    def kernel(self) -> Kernel | None:
        return self.make_kernel()


MAX_REMEMBERED_DATES = 4096


@dataclass(frozen=True)
class Slot:
    """A provision under one law that applies to a date of events."""

    reading: Reading
    stated: bool  # the report states the provision
    dated: bool  # the law's own dates hold the events
    version: CompiledVersion | None  # compiled, when both hold


class Step(NamedTuple):
    provision_id: str
    quick: Callable[[Mapping[str, object]], r.Verdict | None] | None  # exact facts, one law
    provision: m.Provision
    slots: tuple[Slot, ...]


@dataclass
class CompiledBook:
    checked: CheckedBook
    timeline: Timeline
    law_dependent: frozenset[str]  # derived facts that read a parameter
    changes: frozenset[date] = frozenset()  # first days of the rule base's dated changes
    cache: dict[tuple[object, ...], CompiledVersion] = field(default_factory=dict)
    # (provision, source, state of the law) -> compiled version: the law cannot change between
    # two dated changes, so a date is reduced to the number of changes before it
    by_state: dict[tuple[str, str, int], CompiledVersion] = field(default_factory=dict)
    change_days: tuple[date, ...] = ()
    read_cache: dict[date | Period, list[Reading]] = field(default_factory=dict)
    plans: dict[date | Period, tuple[tuple[m.Provision, tuple[Slot, ...]], ...]] = field(
        default_factory=dict
    )
    # (provision, source, state) -> whether the report states it, whether its dates hold
    holds: dict[tuple[str, str, int], tuple[bool, bool]] = field(default_factory=dict)
    # (compiled version, the values of the facts it reads) -> its verdict over partial facts:
    # a register repeats the same gaps, and supervaluation is the costly path
    verdict_memo: dict[tuple[int, tuple[object, ...]], r.Verdict] = field(default_factory=dict)
    # (compiled version, how it is judged, the reading, the values it depends on) -> its result
    result_memo: dict[tuple[object, ...], r.Result] = field(default_factory=dict)
    applies_memo: dict[str, frozenset[str]] = field(default_factory=dict)
    steps_memo: dict[date | Period, tuple[Step, ...]] = field(default_factory=dict)

    def steps(self, when: date | Period) -> tuple[Step, ...]:
        """`plan(when)` for the verdicts-only path: each provision with its slots and, when one
        law applies and it has a kernel, the function giving its verdict for exact facts
        (remembered with the plan)."""
        found = self.steps_memo.get(when)
        if found is None:
            if len(self.steps_memo) >= MAX_REMEMBERED_DATES:
                self.steps_memo.clear()
            out = []
            for p, slots in self.plan(when):
                version = slots[0].version if len(slots) == 1 else None
                kernel = version.kernel if version is not None else None
                quick = None if kernel is None else kernel.fused or partial(verdict_of, kernel)
                out.append(Step(p.id, quick, p, slots))
            found = self.steps_memo[when] = tuple(out)
        return found

    def applies_reads(self, p: m.Provision) -> frozenset[str]:
        """The input facts that decide whether `p` applies, through derived facts (remembered):
        a scenario that gives none of them does not touch the provision."""
        found = self.applies_memo.get(p.id)
        if found is None:
            checked = self.checked
            every = {**checked.defines, **checked.macros}
            read = names_read([p.applies], every) if p.applies is not None else set()
            found = self.applies_memo[p.id] = frozenset(read & checked.facts.keys())
        return found

    def plan(self, when: date | Period) -> tuple[tuple[m.Provision, tuple[Slot, ...]], ...]:
        """For events of `when`, each provision with each law that applies to it: the reading,
        and its compiled version when the report states it and its dates hold (remembered)."""
        found = self.plans.get(when)
        if found is None:
            if len(self.plans) >= MAX_REMEMBERED_DATES:
                self.plans.clear()
            slots = []
            for p in self.provisions:
                row = []
                for reading in self.speaking(p, self.readings(when)):
                    said, dated = self.status(p, reading)
                    cv = compiled_version(self, p, reading) if said and dated else None
                    row.append(Slot(reading, said, dated, cv))
                slots.append((p, tuple(row)))
            found = self.plans[when] = tuple(slots)
        return found

    def speaking(self, p: m.Provision, readings: list[Reading]) -> list[Reading]:
        """The readings whose report can say something about `p`: a report silent about a law
        that began after its period (or ended before it) is left out, when another report
        states it."""
        kept = [
            reading
            for reading in readings
            if self.status(p, reading)[0]
            or not self.timeline.before_or_after(p.bounds, reading.source)
        ]
        return kept or readings

    def status(self, p: m.Provision, reading: Reading) -> tuple[bool, bool]:
        """Whether the report of `reading` states provision `p`, and whether the law's own dates
        put the events within it."""
        key = (p.id, reading.source.id, self.state(reading.day))
        found = self.holds.get(key)
        if found is None:
            found = self.holds[key] = (
                stated(p, reading.source, self.timeline),
                self.timeline.dated(p.bounds, reading.day),
            )
        return found

    def __post_init__(self) -> None:
        self.change_days = tuple(sorted(self.changes))

    def state(self, day: date) -> int:
        """Which stretch between the rule base's dated changes `day` falls in."""
        return bisect.bisect_right(self.change_days, day)

    def readings(self, when: date | Period) -> list[Reading]:
        """The laws that apply to events of `when` (remembered: a register repeats its dates)."""
        found = self.read_cache.get(when)
        if found is None:
            if len(self.read_cache) >= MAX_REMEMBERED_DATES:
                self.read_cache.clear()
            found = self.read_cache[when] = self.timeline.readings_over(when, self.changes)
        return found

    @property
    def provisions(self) -> tuple[m.Provision, ...]:
        return self.checked.provisions


def compile_book(book: CheckedBook) -> CompiledBook:
    return CompiledBook(book, book.timeline, _law_dependent(book), _changes(book))


def _changes(book: CheckedBook) -> frozenset[date]:
    """The days on which a dated clause, penalty or parameter row starts or stops holding."""
    bounds: list[m.Bound] = [b for u in book.unchecked for b in u.bounds]
    bounds.extend(b for pen in book.penalties.values() for b in pen.bounds)
    for p in book.provisions:
        bounds.extend(p.bounds)
        for _, body in p.bodies():
            for clause in body.clauses():
                if not isinstance(clause, m.PenaltyRef):
                    bounds.extend(clause.bounds)
    days = {b.day if b.kind == "since" else b.day + timedelta(days=1) for b in bounds if b.day}
    days.update(row.day for par in book.parameters.values() for row in par.rows if row.day)
    # a report's own parameter row takes over from a dated row on the first day it covers
    days.update(s.covers_from for s in book.sources.values() if s.covers_from)
    return frozenset(days)


def _law_dependent(book: CheckedBook) -> frozenset[str]:
    """The derived facts whose value depends on the law: they read a parameter, directly or
    through other definitions."""
    every = {**book.defines, **book.macros}
    return frozenset(
        name
        for name, define in book.defines.items()
        if names_read([define.expr], every) & book.parameters.keys()
    )


def _literal_unit(e: m.Expr) -> str | None:
    if isinstance(e, m.Literal):
        return e.unit
    if isinstance(e, m.Arith):
        return _literal_unit(e.right) or _literal_unit(e.left)
    return None


class VersionCompiler:
    """Builds the compiled form of one provision under one law."""

    def __init__(self, book: CompiledBook, source: m.Source, values: dict[str, m.Expr]) -> None:
        checked = book.checked
        self.book = checked
        self.values = values
        self.expander = Expander(checked.macros, values)
        law = (source.id, tuple(sorted((n, id(v)) for n, v in values.items())))
        self.comp = Compiler(checked.defines, self.expander, law, book.law_dependent)
        self.units: dict[str, str | None] = {n: f.unit for n, f in checked.facts.items()}
        self.subjects = {n: d.meaning for n, d in checked.defines.items() if d.meaning}

    def fn(self, e: m.Expr) -> Fn:
        return self.comp.expr(self.expander.expr(e))

    def reads(self, e: m.Expr | None) -> tuple[tuple[str, Fn], ...]:
        if e is None:
            return ()
        names = m.refs(self.expander.expr(e))
        return tuple((n, self.comp.expr(m.Ref(n))) for n in sorted(names))

    def comparison(self, e: m.Expr | None) -> Comparison | None:
        if not isinstance(e, m.Compare):
            return None
        unit = _literal_unit(e.right) or _literal_unit(e.left)
        if unit is None and isinstance(e.left, m.Ref):
            unit = self.units.get(e.left.name)
        subject = "the value"
        if isinstance(e.left, m.Ref):
            subject = self.subjects.get(e.left.name, e.left.name)
        return Comparison(e.op, self.comp.expr(e.left), self.comp.expr(e.right), subject, unit)

    def limits(self, e: m.Expr | None) -> tuple[Comparison, ...]:
        """The comparisons against a written limit (`x <= 48 hours`) inside an expression."""
        found: list[Comparison] = []
        stack: list[m.Expr] = [e] if e is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, m.Compare) and node.op not in ("=", "!="):
                if _literal_unit(node.right) or _literal_unit(node.left):
                    cmp = self.comparison(node)
                    assert cmp is not None
                    found.append(cmp)
                continue
            stack.extend(reversed(m.children(node)))
        return tuple(found)

    def clause(self, x: m.Exception_ | m.Contested, beats: frozenset[str]) -> Clause:
        repl = None
        if isinstance(x, m.Exception_) and x.replacement is not None:
            repl = self.expander.expr(x.replacement)
        return Clause(
            x,
            law_text(x.text, self.values),
            self.fn(x.when),
            self.comp.expr(repl) if repl is not None else None,
            self.comparison(repl),
            self.limits(repl),
            beats,
        )

    def version(self, source: m.Source, p: m.Provision, day: date) -> CompiledVersion:
        law = in_force(self.book, p, source, day=day)
        beats = _beats(law.exceptions)
        rules = []
        for req in law.requirements:
            expr = self.expander.expr(req.expr)
            rules.append(
                Rule(
                    req,
                    law_text(req.text, self.values),
                    self.comp.expr(expr),
                    self.comparison(expr),
                    self.limits(expr),
                    tuple(
                        self.clause(x, beats.get(x.label, frozenset()))
                        for x in law.exceptions
                        if x.target == req.id
                    ),
                    tuple(self.clause(x, frozenset()) for x in law.contested if x.target == req.id),
                    self.reads(req.expr),
                )
            )
        placeholders = Placeholders(self.comp, self.book.facts, self.book.defines, self.values)
        for name, value in self.values.items():
            if isinstance(value, m.Literal):
                self.units[name] = value.unit
        return CompiledVersion(
            source,
            self.fn(law.applies) if law.applies is not None else constant(True),
            self.reads(law.applies),
            tuple(rules),
            law.penalties,
            tuple((law_text(n.text, self.values), n.citations) for n in law.notes),
            placeholders,
            self.units,
            self.input_facts(law.applies),
            dict(self.values),
            *(vocabulary := self.vocabulary(law)),
            self.depends(law, vocabulary[0]),
            partial(self.kernel, law, beats),
        )

    def depends(self, law: InForce, reads: tuple[str, ...]) -> tuple[str, ...]:
        """The names a result under `law` depends on: `reads`, and the facts and derived facts
        its explanations may show, with what those derived facts read."""
        texts: list[str | None] = [req.explain for req in law.requirements]
        texts += [x.explain for x in law.exceptions]
        texts += [x.explain for x in law.contested]
        shown = {n for t in texts if t for n in m.PLACEHOLDER.findall(t)}
        every = {**self.book.defines, **self.book.macros}
        shown |= names_read([m.Ref(n) for n in shown], every)
        known = self.book.facts.keys() | self.book.defines.keys()
        return tuple(sorted((shown & known) | set(reads)))

    def kernel(self, law: InForce, beats: dict[str, frozenset[str]]) -> Kernel | None:
        """The provision's logic as generated Python for exact facts (None if it cannot be)."""
        book = self.book
        gen = Generator(book.facts, book.defines, book.define_types, self.expander)
        try:
            applies = gen.function(law.applies) if law.applies is not None else None
            plans = []
            for req in law.requirements:
                clauses = []
                for x in law.exceptions:
                    if x.target != req.id:
                        continue
                    repl = gen.function(x.replacement) if x.replacement is not None else None
                    clauses.append((x.label, gen.function(x.when), repl, beats.get(x.label)))
                contested = [gen.function(c.when) for c in law.contested if c.target == req.id]
                plans.append((req.id, gen.function(req.expr), clauses, contested))
            plain = all(not clauses and not contested for _, _, clauses, contested in plans)
            fused = gen.verdict(applies, [base for _, base, _, _ in plans]) if plain else None
            fns = gen.build()
        except Fallback:
            return None
        rules = tuple(
            KRule(
                rid,
                fns[base],
                tuple(
                    KClause(label or "", fns[when], fns[repl] if repl else None, b or frozenset())
                    for label, when, repl, b in clauses
                ),
                tuple(fns[c] for c in contested),
            )
            for rid, base, clauses, contested in plans
        )
        return Kernel(
            fns[applies] if applies is not None else None,
            rules,
            fns[fused] if fused is not None else None,  # type: ignore[arg-type]
        )

    def vocabulary(
        self, law: InForce
    ) -> tuple[tuple[str, ...], tuple[object, ...], frozenset[str]]:
        """The names a provision's clauses read, the constants and the enumeration values they
        name (through definitions): what partial knowledge is split at."""
        exprs = [e for e in (law.applies,) if e is not None]
        for req in law.requirements:
            exprs.append(req.expr)
        for x in law.exceptions:
            exprs.extend(e for e in (x.when, x.replacement) if e is not None)
        exprs.extend(c.when for c in law.contested)
        names: set[str] = set()
        constants: list[object] = []
        members: set[str] = set()
        todo = [self.expander.expr(e) for e in exprs]
        while todo:
            node = todo.pop()
            if isinstance(node, m.Ref) and node.name not in names:
                names.add(node.name)
                if node.name in self.book.defines:
                    todo.append(self.expander.expr(self.book.defines[node.name].expr))
            elif isinstance(node, m.Literal):
                constants.append(node.value)
            elif isinstance(node, m.SymbolSet):
                members.update(node.names)
            elif isinstance(node, m.Symbol):
                members.add(node.name)
            todo.extend(m.children(node))
        known = self.book.facts.keys() | self.book.defines.keys()
        return tuple(sorted(names & known)), tuple(constants), frozenset(members)

    def input_facts(self, e: m.Expr | None) -> frozenset[str]:
        """The input facts an expression reads, through derived facts and definitions."""
        if e is None:
            return frozenset()
        every = {**self.book.defines, **self.book.macros}
        return frozenset(names_read([e], every) & self.book.facts.keys())


def _beats(exceptions: tuple[m.Exception_, ...]) -> dict[str, frozenset[str]]:
    """For each exception, every exception it overrides, directly or through another."""
    direct = {x.label: set(x.priority_over) for x in exceptions}
    out: dict[str, frozenset[str]] = {}
    for start, first in direct.items():
        reach: set[str] = set()
        todo = list(first)
        while todo:
            label = todo.pop()
            if label not in reach:
                reach.add(label)
                todo.extend(direct.get(label, ()))
        out[start] = frozenset(reach)
    return out


def compiled_version(
    book: CompiledBook, p: m.Provision, reading: Reading
) -> CompiledVersion:  # fmt: skip
    """Provision `p` under the law of `reading`, compiled on first use."""
    source, day = reading.source, reading.day
    known = (p.id, source.id, book.state(day))
    hit = book.by_state.get(known)
    if hit is not None:
        return hit
    tl = book.timeline
    law = in_force(book.checked, p, source, tl, day)
    rows = {}
    for name in sorted(parameters_used(book.checked, law)):
        row = tl.row(book.checked.parameters[name], source, day)
        if row is not None:
            rows[name] = row
    clauses = (*law.requirements, *law.exceptions, *law.contested, *law.penalties, *law.notes)
    key = (p.id, source.id, tuple(id(c) for c in clauses), tuple(id(r) for r in rows.values()))
    cached = book.cache.get(key)
    if cached is None:
        values = {name: row.value for name, row in rows.items()}
        cached = VersionCompiler(book, source, values).version(source, p, day)
        book.cache[key] = cached
    book.by_state[known] = cached
    return cached


# ---------------------------------------------------------------------------- evaluation


def cite(c: m.Citation) -> r.Citation:
    return r.Citation(source=c.source, section=c.section, quote=c.quote)


def cites(citations: tuple[m.Citation, ...], source: str) -> list[r.Citation]:
    """The citations from `source`, each once, in order."""
    out: list[r.Citation] = []
    for c in citations:
        if c.source == source and cite(c) not in out:
            out.append(cite(c))
    return out
