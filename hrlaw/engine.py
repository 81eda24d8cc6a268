"""Checked rule book + typed facts -> per-provision verdicts. Pure: no clock, no I/O, no globals.

A provision is compiled once per law it is evaluated under (the report applied, the clauses in
force and the parameter values), on first use; evaluation then only calls closures.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook, InForce, in_force, parameters_used, stated
from hrlaw.compile import Compiler, Env, Fn, Result, constant
from hrlaw.expand import Expander
from hrlaw.explain import OPWORD, Slot, fill_known, fmt, law_text, margin, value_text
from hrlaw.law import Reading, Timeline
from hrlaw.partial import MAX_CELLS, cells, completions, split_points
from hrlaw.typed import given_as
from hrlaw.values import Between, Duration, PartialSet, Period, Unknown, unknown

MAX_OPEN_EXCEPTIONS = 8  # undecided exceptions of one requirement weighed case by case


def _settled(
    found: tuple[r.Verdict, dict[str, r.Outcome]] | None,
) -> tuple[r.Verdict, dict[str, r.Outcome]] | None:
    """A verdict every completion agrees on, kept when it can be shown as one: compliant, not
    applicable, or a violation with a requirement that fails in every completion (a violation
    failing one requirement here and another there stays undetermined: no single breach could
    be cited)."""
    if found is None:
        return None
    verdict, agreed = found
    if verdict in (r.Verdict.COMPLIANT, r.Verdict.NOT_APPLICABLE):
        return found
    if verdict is r.Verdict.VIOLATION and r.Outcome.FAILED in agreed.values():
        return found
    return None


def _gap(value: object, name: str) -> str | None:
    """The name of a value that is not given, for the words of an explanation."""
    return name if isinstance(value, Unknown) else None


# ---------------------------------------------------------------------------- compiled forms
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


@dataclass
class CompiledBook:
    checked: CheckedBook
    timeline: Timeline
    law_dependent: frozenset[str]  # derived facts that read a parameter
    changes: frozenset[date] = frozenset()  # first days of the rule base's dated changes
    cache: dict[tuple[object, ...], CompiledVersion] = field(default_factory=dict)

    def readings(self, when: date | Period) -> list[Reading]:
        return self.timeline.readings_over(when, self.changes)

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
    return frozenset(days)


def _law_dependent(book: CheckedBook) -> frozenset[str]:
    """The derived facts whose value depends on the law: they read a parameter, directly or
    through other definitions."""
    every = {**book.defines, **book.macros}
    dependent: set[str] = set()
    for name in book.defines:
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            if current in every:
                expr = every[current].expr
                todo.extend(m.refs(expr) | m.calls(expr))
        if seen & book.parameters.keys():
            dependent.add(name)
    return frozenset(dependent)


def _literal_unit(e: m.Expr) -> str | None:
    if isinstance(e, m.Literal):
        return e.unit
    if isinstance(e, m.Arith):
        return _literal_unit(e.right) or _literal_unit(e.left)
    return None


class _VersionCompiler:
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
        names = [*self.book.facts, *self.book.defines]
        placeholders: dict[str, Fn] = {n: self.comp.expr(m.Ref(n)) for n in names}
        for name, value in self.values.items():
            placeholders[name] = self.comp.expr(value)
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
            *self.vocabulary(law),
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
        found: set[str] = set()
        todo = list(m.refs(self.expander.expr(e)))
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            if name in self.book.facts:
                found.add(name)
            elif name in self.book.defines:
                todo.extend(m.refs(self.expander.expr(self.book.defines[name].expr)))
        return frozenset(found)


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
        cached = _VersionCompiler(book, source, values).version(source, p, day)
        book.cache[key] = cached
    return cached


# ---------------------------------------------------------------------------- evaluation
@dataclass(frozen=True)
class Dispute:
    """Why a failed requirement is not a violation: the reports contradict each other, or two
    exceptions hold and the rules give neither priority."""

    text: str  # what is in dispute, shown with the citations
    said: str  # the words added to the explanation
    citations: tuple[m.Citation, ...]


@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    outcome: r.Outcome
    missing: frozenset[str]
    explanation: str
    decided_by: Clause | None
    dispute: Dispute | None


def _cite(c: m.Citation) -> r.Citation:
    return r.Citation(source=c.source, section=c.section, quote=c.quote)


def _cites(citations: tuple[m.Citation, ...], source: str) -> list[r.Citation]:
    """The citations from `source`, each once, in order."""
    out: list[r.Citation] = []
    for c in citations:
        if c.source == source and _cite(c) not in out:
            out.append(_cite(c))
    return out


def _same(a: Result, b: Result) -> bool:
    return not isinstance(a, Unknown) and not isinstance(b, Unknown) and a == b


class _Evaluator:
    """Evaluates provisions for one scenario. `words`: build explanations (off when only the
    verdict is wanted); `refining`: weigh partial knowledge cell by cell and rank the missing
    facts (off inside that weighing)."""

    def __init__(
        self, book: CompiledBook, env: Env, *, words: bool = True, refining: bool = True
    ) -> None:
        self.book = book
        self.env = env
        self.words = words
        self.refining = refining
        self.version: CompiledVersion  # the law of the provision being evaluated

    # ------------------------------------------------------------------ words
    def show(self, name: str, value: Result) -> str:
        fact = self.book.checked.facts.get(name)
        unit = self.version.units.get(name)
        # a template already names what is counted ("{x} workers"): units only for durations
        return fmt(value, unit if isinstance(value, Duration) else None, fact)

    def margins(self, comparisons: tuple[Comparison, ...]) -> str:
        """Every decided limit: `time from the arrest …: 60 hours, 12 hours over the limit of
        48 hours`."""
        parts = []
        for cmp in comparisons:
            left, right = cmp.left(self.env), cmp.right(self.env)
            said = margin(cmp.op, cmp.unit, left, right, with_limit=True)
            if not said and isinstance(left, Between) and not isinstance(right, Unknown):
                # known in part, on both sides of the limit: what is known, and the limit
                kind = "limit" if cmp.op in ("<", "<=") else "minimum"
                said = f"which may be on either side of the {kind} of {fmt(right, cmp.unit)}"
            if said:
                parts.append(f"{cmp.subject}: {fmt(left, cmp.unit)}, {said}")
        return "; ".join(parts) or "no limit could be measured yet"

    def template(
        self, text: str, cmp: Comparison | None, comparisons: tuple[Comparison, ...] = ()
    ) -> str:
        slots: dict[str, Slot] = {}
        if "{margins}" in text:
            slots["margins"] = (self.margins(comparisons), None)
        if cmp is not None:
            left, right = cmp.left(self.env), cmp.right(self.env)
            slots |= {
                "value": (fmt(left, cmp.unit), _gap(left, cmp.subject)),
                "limit": (fmt(right, cmp.unit), _gap(right, "the limit")),
                "margin": (margin(cmp.op, cmp.unit, left, right, with_limit=False), None),
            }

        def lookup(key: str) -> Slot | None:
            if key in slots:
                return slots[key]
            fn = self.version.placeholders.get(key)
            if fn is None:
                return None
            value = fn(self.env)
            return self.show(key, value), _gap(value, key)

        return fill_known(text, lookup)

    def auto(
        self, rule: Rule, cmp: Comparison | None, outcome: r.Outcome, limits: tuple[Comparison, ...]
    ) -> str:
        if cmp is not None:
            left, right = cmp.left(self.env), cmp.right(self.env)
            said = margin(cmp.op, cmp.unit, left, right, with_limit=False)
            must = f"{OPWORD[cmp.op]} {fmt(right, cmp.unit)}".strip()
            tail = f"; {said}" if said else ""
            return f"{cmp.subject} is {fmt(left, cmp.unit)} (must be {must}{tail})"
        shown = self.margins(limits) if limits else self.values(rule.reads)
        word = {r.Outcome.MET: "met", r.Outcome.FAILED: "not met"}.get(outcome, "not decided")
        return f"{rule.text}: {word}" + (f" ({shown})" if shown else "")

    def values(self, reads: tuple[tuple[str, Fn], ...]) -> str:
        parts = []
        for name, fn in reads:
            value = fn(self.env)
            if not isinstance(value, Unknown):
                fact = self.book.checked.facts.get(name)
                unit = self.version.units.get(name)
                parts.append(f"{name} = {fmt(value, unit, fact)}")
        return ", ".join(parts)

    # ------------------------------------------------------------------ one requirement
    def exceptions(self, rule: Rule, base: Result) -> tuple[Result, Clause | None, Dispute | None]:
        """The requirement after its exceptions: the exception that holds and is not overridden
        decides; undecided exceptions are weighed case by case, and the value is known only when
        every case agrees. Two holding exceptions without a priority and with different effects
        are a dispute, never "the last one wins"."""
        env = self.env
        live = [(x, x.when(env)) for x in rule.exceptions]
        live = [(x, c) for x, c in live if c is not False]
        if not live:
            return base, None, None
        effects: dict[int, Result] = {}

        def effect(x: Clause) -> Result:
            if id(x) not in effects:
                effects[id(x)] = x.replacement(env) if x.replacement is not None else True
            return effects[id(x)]

        open_ = [i for i, (_, c) in enumerate(live) if isinstance(c, Unknown)]
        if len(open_) > MAX_OPEN_EXCEPTIONS:  # too many to weigh: nothing is decided
            return unknown(*(c for _, c in live if isinstance(c, Unknown))), None, None
        cases: list[tuple[Result, Clause | None, tuple[Clause, ...]]] = []
        for bits in itertools.product((True, False), repeat=len(open_)):
            assumed = dict(zip(open_, bits, strict=True))
            holding = [x for i, (x, c) in enumerate(live) if c is True or assumed.get(i, False)]
            winners = [x for x in holding if not any(x.decl.label in o.beats for o in holding)]
            if not winners:
                cases.append((base, None, ()))
                continue
            values = [effect(w) for w in winners]
            if len(winners) == 1 or all(_same(values[0], v) for v in values[1:]):
                cases.append((values[0], winners[0], ()))
            else:
                cases.append((Unknown(frozenset()), None, tuple(winners)))
        if not open_:
            value, winner, clash = cases[0]
            return (value, None, self.clash(clash)) if clash else (value, winner, None)
        first = cases[0][0]
        if all(not clash and _same(first, v) for v, _, clash in cases):
            winners_seen = {id(w) for _, w, _ in cases}
            return first, cases[0][1] if len(winners_seen) == 1 else None, None
        missing = [c for _, c in live if isinstance(c, Unknown)]
        missing += [v for v, _, _ in cases if isinstance(v, Unknown)]
        return unknown(*missing), None, None

    def clash(self, winners: tuple[Clause, ...]) -> Dispute:
        labels = " and ".join(f"`{w.decl.label}`" for w in winners)
        texts = "; ".join(w.text for w in winners)
        return Dispute(
            f"exceptions {labels} both apply and the rules give neither priority: {texts}",
            f"two exceptions apply and the rules give neither priority: {texts}",
            tuple(c for w in winners for c in w.decl.citations),
        )

    def rule(self, rule: Rule) -> _Outcome:
        env = self.env
        current, decided_by, dispute = self.exceptions(rule, rule.base(env))
        cmp, limits = rule.comparison, rule.comparisons
        if decided_by is not None:
            cmp, limits = decided_by.comparison, decided_by.comparisons
        if dispute is None and current is not True and rule.contested:
            # a failed requirement is contested when a clause holds; while the requirement or a
            # clause is still unknown, every fact that could decide between them is missing
            conds = [clause.when(env) for clause in rule.contested]
            open_ = [c for c in conds if isinstance(c, Unknown)]
            if current is False:
                for clause, cond in zip(rule.contested, conds, strict=True):
                    if cond is True:
                        explain = clause.decl.explain
                        said = (
                            self.template(explain, None) if explain and self.words else clause.text
                        )
                        dispute = Dispute(
                            clause.text,
                            f"but the sources conflict: {said}",
                            rule.req.citations + clause.decl.citations,
                        )
                        current = Unknown(frozenset())
                        break
                else:
                    current = unknown(*open_) if open_ else False
            else:
                assert isinstance(current, Unknown)
                current = unknown(current, *open_)
        waiver = decided_by is not None and decided_by.replacement is None
        if waiver and current is True:
            outcome = r.Outcome.WAIVED
        elif dispute is not None:
            outcome = r.Outcome.CONTESTED
        elif current is True:
            outcome = r.Outcome.MET
        elif current is False:
            outcome = r.Outcome.FAILED
        else:
            outcome = r.Outcome.UNKNOWN
        missing = current.missing if isinstance(current, Unknown) else frozenset()
        if not self.words:
            return _Outcome(rule, outcome, missing, "", decided_by, dispute)
        explain = decided_by.decl.explain if decided_by is not None else None
        text = explain or rule.req.explain
        if outcome is r.Outcome.WAIVED:
            assert decided_by is not None
            explanation = f"waived: {decided_by.text}"
        elif text is not None and (cmp is not None or "{value}" not in text):
            explanation = self.template(text, cmp, limits)
        else:
            explanation = self.auto(rule, cmp, outcome, limits)
        if dispute is not None:
            explanation += f"; {dispute.said}"
        return _Outcome(rule, outcome, missing, explanation, decided_by, dispute)

    # ------------------------------------------------------------------ one provision
    def judge(self, cv: CompiledVersion) -> tuple[Result, list[_Outcome], r.Verdict, set[str]]:
        """Whether the provision applies, each requirement's outcome, the verdict and the facts
        still open (Kleene logic over the facts as given, partial knowledge included)."""
        applies = cv.applies(self.env)
        if applies is False:
            return applies, [], r.Verdict.NOT_APPLICABLE, set()
        outcomes = [self.rule(rule) for rule in cv.rules]
        failed = any(o.outcome is r.Outcome.FAILED for o in outcomes)
        open_ = [o for o in outcomes if o.outcome in (r.Outcome.UNKNOWN, r.Outcome.CONTESTED)]
        missing: set[str] = set()
        if isinstance(applies, Unknown):
            verdict = r.Verdict.UNDETERMINED
            missing |= applies.missing
            for o in open_:
                missing |= o.missing
        elif failed:
            verdict = r.Verdict.VIOLATION
        elif open_:
            verdict = r.Verdict.UNDETERMINED
            for o in open_:
                missing |= o.missing
        else:
            verdict = r.Verdict.COMPLIANT
        return applies, outcomes, verdict, missing

    def provision(self, p: m.Provision, reading: Reading) -> r.Result:
        source = reading.source
        base: dict[str, Any] = {
            "provision": p.id,
            "title": p.title,
            "version": source.id,
            "warnings": list(reading.warnings),
        }
        if not stated(p, source, self.book.timeline):
            return self.outside(p, reading, base, stated_by_report=False)
        if not self.book.timeline.dated(p.bounds, reading.day):
            return self.outside(p, reading, base, stated_by_report=True)
        cv = compiled_version(self.book, p, reading)
        self.version = cv
        notes = [r.Note(text=t, citations=_cites(c, source.id)) for t, c in cv.notes]
        applies, outcomes, verdict, missing = self.judge(cv)

        def not_applicable() -> r.Result:
            facts = self.values(cv.applies_reads)
            return r.Result(
                **base,
                verdict=r.Verdict.NOT_APPLICABLE,
                applies=False,
                explanation="does not apply to these facts" + (f" ({facts})" if facts else ""),
                missing=[],
                citations=[],
                failed=[],
                penalty=None,
                requirements=[],
                conflicts=[],
                notes=notes,
            )

        if applies is False:
            return not_applicable()
        partial = [n for n in cv.reads if isinstance(self.env.facts.get(n), Between | PartialSet)]
        if verdict is r.Verdict.UNDETERMINED and partial and self.refining:
            decided = _settled(self.refine(cv, partial))
            if decided is not None:
                verdict, agreed = decided
                if verdict is r.Verdict.NOT_APPLICABLE:
                    return not_applicable()
                outcomes = [
                    dataclasses.replace(o, outcome=agreed.get(o.rule.req.id, o.outcome))
                    for o in outcomes
                ]
                missing, applies = set(), True
        # the facts do not touch a provision when nothing that decides whether it applies is given
        untouched = isinstance(applies, Unknown) and not cv.applies_facts & self.env.facts.keys()
        whatever = False  # decided although facts are missing: every answer gives one verdict
        if verdict is r.Verdict.UNDETERMINED and not untouched and self.refining:
            order, every_answer = self.decisive(cv, missing | set(partial))
            missing = set(order)
            decided = _settled(every_answer)
            if decided is not None:
                verdict, agreed = decided
                if verdict is r.Verdict.NOT_APPLICABLE:
                    return not_applicable()
                outcomes = [
                    dataclasses.replace(o, outcome=agreed.get(o.rule.req.id, o.outcome))
                    for o in outcomes
                ]
                missing, order, applies, whatever = set(), [], True, True
        else:
            order = sorted(missing)
        failed = [o for o in outcomes if o.outcome is r.Outcome.FAILED]
        relevant = failed if verdict is r.Verdict.VIOLATION else outcomes
        every: list[m.Citation] = []
        for o in relevant:
            every.extend(o.rule.req.citations)
            if o.decided_by is not None:
                every.extend(o.decided_by.decl.citations)
            if o.dispute is not None:
                every.extend(o.dispute.citations)
        explanation = "; ".join(dict.fromkeys(o.explanation for o in relevant if o.explanation))
        if whatever:
            explanation += "; whatever the facts not given are, every case gives this verdict"
        if verdict is r.Verdict.UNDETERMINED and isinstance(applies, Unknown):
            # only what the facts already decide is worth reading; the rest is in `missing`
            decided_words = [o.explanation for o in outcomes if o.outcome is not r.Outcome.UNKNOWN]
            explanation = "; ".join(["whether it applies is not known yet", *decided_words])
        penalties = []
        if verdict is r.Verdict.VIOLATION:
            penalties = [
                r.Penalty(text=pen.text, citations=_cites(pen.citations, source.id))
                for pen in cv.penalties
            ]
        return r.Result(
            **base,
            assessed=not untouched,
            verdict=verdict,
            applies=None if isinstance(applies, Unknown) else True,
            explanation=explanation,
            missing=[self.missing_fact(name) for name in order if name in missing],
            citations=_cites(tuple(every), source.id),
            failed=[self.failed(o, source.id) for o in failed]
            if verdict is r.Verdict.VIOLATION
            else [],
            penalty=penalties[0] if penalties else None,
            penalties=penalties,
            requirements=[
                r.RequirementResult(
                    requirement=o.rule.req.id,
                    text=o.rule.text,
                    outcome=o.outcome,
                    explanation=o.explanation,
                    exception=o.decided_by.text if o.decided_by else None,
                )
                for o in outcomes
            ],
            conflicts=[
                r.Conflict(
                    requirement=o.rule.req.id,
                    text=o.dispute.text,
                    citations=_cites(o.dispute.citations, source.id),
                )
                for o in outcomes
                if o.dispute is not None
            ],
            notes=notes,
        )

    # ------------------------------------------------------------------ partial knowledge
    def quick(
        self, cv: CompiledVersion, facts: Mapping[str, object]
    ) -> tuple[r.Verdict, dict[str, r.Outcome], set[str]]:
        """The verdict (and each requirement's outcome) for other facts, without words."""
        other = _Evaluator(self.book, Env(facts), words=False, refining=False)
        other.version = cv
        _, outcomes, verdict, missing = other.judge(cv)
        return verdict, {o.rule.req.id: o.outcome for o in outcomes}, missing

    def refine(
        self, cv: CompiledVersion, partial: list[str]
    ) -> tuple[r.Verdict, dict[str, r.Outcome]] | None:
        """Supervaluation over what is known in part: the verdict every completion gives, found
        by evaluating cells of the ranges (split at the rules' own thresholds); None when the
        completions do not all agree, or there are too many cells to weigh."""
        points = split_points(cv.thresholds, self.read(cv))
        choices = [cells(self.env.facts[n], points, cv.members) for n in partial]
        count = 1
        for c in choices:
            count *= len(c)
        if count > MAX_CELLS:
            return None
        verdicts: set[r.Verdict] = set()
        agreed: dict[str, set[r.Outcome]] = {}
        for combo in itertools.product(*choices):
            facts = {**self.env.facts, **dict(zip(partial, combo, strict=True))}
            verdict, outcomes, _ = self.quick(cv, facts)
            verdicts.add(verdict)
            if verdict is r.Verdict.UNDETERMINED or len(verdicts) > 1:
                return None
            for rid, outcome in outcomes.items():
                agreed.setdefault(rid, set()).add(outcome)
        (verdict,) = verdicts
        return verdict, {rid: next(iter(o)) for rid, o in agreed.items() if len(o) == 1}

    def read(self, cv: CompiledVersion) -> dict[str, object]:
        """The given facts the provision reads (other facts never move its thresholds)."""
        return {n: v for n, v in self.env.facts.items() if n in cv.reads}

    def decisive(
        self, cv: CompiledVersion, candidates: set[str]
    ) -> tuple[list[str], tuple[r.Verdict, dict[str, r.Outcome]] | None]:
        """The facts that could still change the verdict, the most decisive first.

        Every combination of the open facts' values (their cells: the rules' thresholds and the
        stretches between them) is evaluated, when there are at most MAX_CELLS. When every
        combination is decided, a fact matters exactly when two combinations that differ in it
        alone give different verdicts, and the others are dropped. When the combinations cannot
        all be decided (a fact with no threshold to split it at, a relation between two unknown
        times), no question is dropped on a guess: every candidate stays. Facts rank by the
        share of their values that decide the verdict on their own, then by how many combinations
        they tip, then by name. When every combination gives one verdict, that verdict is
        returned too, with the outcome of each requirement that every combination agrees on."""
        points = split_points(cv.thresholds, self.read(cv))
        choices: dict[str, list[object]] = {}
        complete = True
        for name in sorted(candidates):
            fact = self.book.checked.facts.get(name)
            values = completions(fact, self.env.facts.get(name), points, cv.members)
            if values:
                choices[name] = values
            elif fact is not None or name in self.env.facts:
                complete = False
        alone = {  # the share of its values that decide the verdict on their own
            name: Fraction(
                sum(
                    self.quick(cv, {**self.env.facts, name: v})[0] is not r.Verdict.UNDETERMINED
                    for v in values
                ),
                len(values),
            )
            for name, values in choices.items()
        }
        found = self.tips(cv, choices) if complete else None
        if found is None:
            kept = {n for n in candidates if n in choices or n in self.book.checked.facts}
            tips: dict[str, int] = {}
            settled = None
        else:
            tips, settled = found
            kept = {name for name, count in tips.items() if count}
        order = sorted(kept, key=lambda n: (-alone.get(n, 0), -tips.get(n, 0), n))
        return order, settled

    def tips(
        self, cv: CompiledVersion, choices: dict[str, list[object]]
    ) -> tuple[dict[str, int], tuple[r.Verdict, dict[str, r.Outcome]] | None] | None:
        """For each open fact, how many pairs of combinations differing in it alone give
        different verdicts, and the verdict (with the agreed requirement outcomes) when every
        combination gives the same one; None when the combinations exceed MAX_CELLS or some
        combination is not decided by its facts (only a contested reading may leave it open)."""
        names = list(choices)
        count = 1
        for values in choices.values():
            count *= len(values)
        if count > MAX_CELLS:
            return None
        verdict: dict[tuple[int, ...], r.Verdict] = {}
        agreed: dict[str, set[r.Outcome]] = {}
        for combo in itertools.product(*(range(len(choices[n])) for n in names)):
            chosen = {n: choices[n][i] for n, i in zip(names, combo, strict=True)}
            here, outcomes, missing = self.quick(cv, {**self.env.facts, **chosen})
            if missing:
                return None
            verdict[combo] = here
            for rid, outcome in outcomes.items():
                agreed.setdefault(rid, set()).add(outcome)
        tips = dict.fromkeys(names, 0)
        for combo, here in verdict.items():
            for k, name in enumerate(names):
                for other in range(combo[k] + 1, len(choices[name])):
                    if verdict[(*combo[:k], other, *combo[k + 1 :])] is not here:
                        tips[name] += 1
        verdicts = set(verdict.values())
        if len(verdicts) != 1:
            return tips, None
        outcomes = {rid: next(iter(o)) for rid, o in agreed.items() if len(o) == 1}
        return tips, (verdicts.pop(), outcomes)

    def failed(self, o: _Outcome, source: str) -> r.FailedRequirement:
        clause = o.decided_by.decl if o.decided_by is not None else o.rule.req
        citations = _cites(clause.citations, source)
        return r.FailedRequirement(
            requirement=o.rule.req.id,
            text=o.decided_by.text if o.decided_by is not None else o.rule.text,
            citation=citations[0],
            citations=citations,
            explanation=o.explanation,
        )

    def outside(
        self, p: m.Provision, reading: Reading, base: dict[str, Any], *, stated_by_report: bool
    ) -> r.Result:
        """A provision the law applied does not hold: not applicable when the law's own dates
        exclude the events; unknown when the report is merely silent about it."""
        touched = True
        if stated_by_report:
            verdict, applies = r.Verdict.NOT_APPLICABLE, False
            text = f"not in force on {reading.day}"
        else:
            reads = _VersionCompiler(self.book, reading.source, {}).input_facts(p.applies)
            touched = bool(reads & self.env.facts.keys()) or not reads
            verdict, applies = r.Verdict.UNDETERMINED, None
            text = (
                f"the `{reading.source.id}` report does not state this provision; whether it was "
                f"law for events of {reading.day} is not known"
            )
        return r.Result(
            **base,
            assessed=touched,
            verdict=verdict,
            applies=applies,
            explanation=text,
            missing=[],
            citations=[],
            failed=[],
            penalty=None,
            requirements=[],
            conflicts=[],
        )

    def missing_fact(self, name: str) -> r.MissingFact:
        """The question for a fact (or a derived fact given in part, e.g. a length of custody)."""
        fact = self.book.checked.facts.get(name)
        if fact is None:
            derived = given_as(self.book.checked, name)
            assert derived is not None, name
            ask = f"What was the {derived.question}?" if derived.question else None
            fact = dataclasses.replace(derived, question=ask)
        options = [r.Option(value=v, label=fact.label(v)) for v in fact.type.values]
        return r.MissingFact(
            fact=name, type=str(fact.type), question=fact.question, options=options
        )


def evaluate(
    book: CompiledBook,
    facts: Mapping[str, object],
    when: date | Period,
    only: frozenset[str] | None = None,
) -> list[r.Result]:
    """Every provision's verdict (or those in `only`) for typed facts (fact name -> value) on
    the date of the events; between two reports, or over an imprecise date in which the law
    changes, each provision is weighed under every law that may apply."""
    evaluator = _Evaluator(book, Env(facts))
    readings = book.readings(when)
    out = []
    for p in book.provisions:
        if only is not None and p.id not in only:
            continue
        results = [evaluator.provision(p, reading) for reading in readings]
        out.append(results[0] if len(results) == 1 else weigh(book, p, readings, results))
    return out


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
    if len({x.verdict for x in results}) == 1:
        said = f"the laws {' and '.join(f'`{n}`' for n in names)} give the same verdict"
        update: dict[str, Any] = {"version": every, "laws": laws, "warnings": [*warnings, said]}
        if last.verdict is r.Verdict.UNDETERMINED:  # what could decide either law is missing
            update["missing"] = [missing[name] for name in sorted(missing)]
            update["conflicts"] = conflicts
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
    )
    applies = {x.applies for x in results}
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
        assessed=any(x.assessed for x in results),
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
            compiler = _VersionCompiler(book, reading.source, {})
            applies = compiler.fn(u.applies)(env)
            reads = compiler.input_facts(u.applies)
            if applies is True or (isinstance(applies, Unknown) and reads & facts.keys()):
                out.append(
                    r.Unchecked(
                        id=u.id,
                        title=u.title,
                        reason=u.reason or "",
                        citations=_cites(u.citations, reading.source.id),
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
    for name, value in sorted(facts.items()):
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
