"""Checked rule book + typed facts -> per-provision verdicts. Pure: no clock, no I/O, no globals.

The rule book is compiled once (`compile_book`); `evaluate` then only calls closures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook
from hrlaw.compile import Compiler, Env, Fn, Result, constant
from hrlaw.ops import compare, neg, sub
from hrlaw.units import fmt_value
from hrlaw.values import Duration, Money, Percent, Unknown, unknown

_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_OPWORD = {
    "<=": "at most",
    ">=": "at least",
    "<": "less than",
    ">": "more than",
    "=": "",
    "!=": "other than",
}


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
    """An exception (replacement or waiver) or a contested clause, compiled."""

    decl: m.Exception_ | m.Contested
    when: Fn
    replacement: Fn | None
    comparison: Comparison | None
    comparisons: tuple[Comparison, ...]  # every limit inside the replacement, for {margins}


@dataclass(frozen=True)
class Rule:
    req: m.Requirement
    base: Fn
    comparison: Comparison | None
    comparisons: tuple[Comparison, ...]  # every limit inside the requirement, for {margins}
    exceptions: tuple[Clause, ...]
    contested: tuple[Clause, ...]
    reads: tuple[tuple[str, Fn], ...]  # facts shown in a default explanation


@dataclass(frozen=True)
class CompiledVersion:
    version: m.Version
    source: m.Source
    applies: Fn
    applies_reads: tuple[tuple[str, Fn], ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class CompiledProvision:
    provision: m.Provision
    versions: tuple[CompiledVersion, ...]  # ordered by the start of their source's period


@dataclass(frozen=True)
class CompiledBook:
    checked: CheckedBook
    provisions: tuple[CompiledProvision, ...]
    placeholders: Mapping[str, Fn]
    units: Mapping[str, str | None]


def compile_book(book: CheckedBook) -> CompiledBook:
    comp = Compiler(book.defines)
    units: dict[str, str | None] = {name: f.unit for name, f in book.facts.items()}
    names = [*book.facts, *book.defines]
    placeholders = {n: comp.expr(m.Ref(n)) for n in names}
    subjects = {n: d.meaning for n, d in book.defines.items() if d.meaning}

    def reads(e: m.Expr | None) -> tuple[tuple[str, Fn], ...]:
        return tuple((n, placeholders[n]) for n in sorted(m.refs(e))) if e is not None else ()

    def comparison(e: m.Expr | None) -> Comparison | None:
        if not isinstance(e, m.Compare):
            return None
        unit = _literal_unit(e.right) or _literal_unit(e.left)
        if unit is None and isinstance(e.left, m.Ref):
            unit = units.get(e.left.name)
        subject = (
            subjects.get(e.left.name, e.left.name) if isinstance(e.left, m.Ref) else "the value"
        )
        return Comparison(e.op, comp.expr(e.left), comp.expr(e.right), subject, unit)

    def limits(e: m.Expr | None) -> tuple[Comparison, ...]:
        """The comparisons against a written limit (`x <= 48 hours`) inside an expression."""
        found: list[Comparison] = []
        stack: list[m.Expr] = [e] if e is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, m.Compare) and node.op not in ("=", "!="):
                if _literal_unit(node.right) or _literal_unit(node.left):
                    cmp = comparison(node)
                    assert cmp is not None
                    found.append(cmp)
                continue
            stack.extend(reversed(m.children(node)))
        return tuple(found)

    provisions: list[CompiledProvision] = []
    for p in book.provisions:
        versions: list[CompiledVersion] = []
        for v in p.versions:
            applies_expr = v.applies if v.applies is not None else p.applies
            rules = []
            for req in v.requirements:
                excs = tuple(
                    Clause(
                        x,
                        comp.expr(x.when),
                        comp.expr(x.replacement) if x.replacement is not None else None,
                        comparison(x.replacement),
                        limits(x.replacement),
                    )
                    for x in v.exceptions
                    if x.target == req.id
                )
                cons = tuple(
                    Clause(x, comp.expr(x.when), None, None, ())
                    for x in v.contested
                    if x.target == req.id
                )
                rules.append(
                    Rule(
                        req,
                        comp.expr(req.expr),
                        comparison(req.expr),
                        limits(req.expr),
                        excs,
                        cons,
                        reads(req.expr),
                    )
                )
            versions.append(
                CompiledVersion(
                    v,
                    book.sources[v.source],
                    comp.expr(applies_expr) if applies_expr is not None else constant(True),
                    reads(applies_expr),
                    tuple(rules),
                )
            )
        versions.sort(key=lambda cv: cv.source.covers_from or date.min)
        provisions.append(CompiledProvision(p, tuple(versions)))
    return CompiledBook(book, tuple(provisions), placeholders, units)


def _literal_unit(e: m.Expr) -> str | None:
    if isinstance(e, m.Literal):
        return e.unit
    if isinstance(e, m.Arith):
        return _literal_unit(e.right) or _literal_unit(e.left)
    return None


# ---------------------------------------------------------------------------- version selection
def select_version(
    versions: tuple[CompiledVersion, ...], when: date
) -> tuple[CompiledVersion, list[str]]:
    """The latest version whose report period starts on or before `when` (else the earliest),
    with a warning when `when` lies outside that report's period."""
    chosen = versions[0]
    for cv in versions:
        start = cv.source.covers_from
        if start is not None and start <= when:
            chosen = cv
    src = chosen.source
    start, end = src.covers_from, src.covers_to
    warnings: list[str] = []
    label = f"law as reported in `{src.id}` (events of {start} to {end})"
    if start is not None and when < start:
        warnings.append(
            f"{when} is before the period the sources cover; {label} applied, "
            f"earlier law may have differed"
        )
    elif end is not None and when > end:
        later = [
            cv.source.covers_from
            for cv in versions
            if cv.source.covers_from and cv.source.covers_from > end
        ]
        if later:
            gap_end = min(later) - timedelta(days=1)
            warnings.append(
                f"{when} falls between the reports; {label} applied: "
                f"changes between {end + timedelta(days=1)} and {gap_end} are not covered"
            )
        else:
            warnings.append(
                f"{when} is after the period the sources cover; {label} applied: "
                f"changes after {end} are not covered"
            )
    return chosen, warnings


# ---------------------------------------------------------------------------- evaluation
@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    outcome: r.Outcome
    missing: frozenset[str]
    explanation: str
    decided_by: m.Exception_ | None
    conflict: m.Contested | None


def _cite(c: m.Citation) -> r.Citation:
    return r.Citation(source=c.source, section=c.section, quote=c.quote)


def _unique(citations: tuple[m.Citation, ...]) -> list[r.Citation]:
    out: list[r.Citation] = []
    for c in citations:
        if _cite(c) not in out:
            out.append(_cite(c))
    return out


def _fmt(value: Result, unit: str | None) -> str:
    return "unknown" if isinstance(value, Unknown) else fmt_value(value, unit)


def _zero(value: object) -> object:
    if isinstance(value, Duration):
        return Duration()
    if isinstance(value, Money):
        return Money(Fraction(0))
    if isinstance(value, Percent):
        return Percent(Fraction(0))
    return 0


def _margin(cmp: Comparison, left: Result, right: Result, *, with_limit: bool = False) -> str:
    """How far the value is over or under its limit: `12 hours over the limit`."""
    if isinstance(left, Unknown) or isinstance(right, Unknown) or cmp.op in ("=", "!="):
        return ""
    try:
        diff = sub(left, right)
        sign = int(compare(">", diff, _zero(diff))) - int(compare("<", diff, _zero(diff)))
    except (TypeError, AssertionError):
        return ""
    upper = cmp.op in ("<", "<=")
    of = f" of {_fmt(right, cmp.unit)}" if with_limit else ""
    if sign == 0:
        return f"exactly at the limit{of}" if upper else f"exactly at the minimum{of}"
    size = _fmt(diff if sign > 0 else neg(diff), cmp.unit)
    if sign > 0:
        return f"{size} over the limit{of}" if upper else f"{size} above the minimum{of}"
    return f"{size} within the limit{of}" if upper else f"{size} short of the minimum{of}"


class _Evaluator:
    def __init__(self, book: CompiledBook, env: Env) -> None:
        self.book = book
        self.env = env

    def margins(self, comparisons: tuple[Comparison, ...]) -> str:
        """Every decided limit: `time from the arrest ...: 60 hours, 12 hours over the limit of
        48 hours`."""
        parts = []
        for cmp in comparisons:
            left, right = cmp.left(self.env), cmp.right(self.env)
            margin = _margin(cmp, left, right, with_limit=True)
            if margin:
                parts.append(f"{cmp.subject}: {_fmt(left, cmp.unit)}, {margin}")
        return "; ".join(parts) or "no limit could be measured yet"

    def template(
        self, text: str, cmp: Comparison | None, comparisons: tuple[Comparison, ...] = ()
    ) -> str:
        slots: dict[str, str] = {}
        if "{margins}" in text:
            slots["margins"] = self.margins(comparisons)
        if cmp is not None:
            left, right = cmp.left(self.env), cmp.right(self.env)
            slots |= {
                "value": _fmt(left, cmp.unit),
                "limit": _fmt(right, cmp.unit),
                "margin": _margin(cmp, left, right),
            }

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in slots:
                return slots[key]
            fn = self.book.placeholders.get(key)
            if fn is None:
                return match.group(0)
            value = fn(self.env)
            # a template already names what is counted ("{x} workers"): units only for durations
            return _fmt(value, self.book.units.get(key) if isinstance(value, Duration) else None)

        # a margin that cannot be measured yet leaves no empty brackets behind
        return _EMPTY_BRACKETS.sub("", m.PLACEHOLDER.sub(fill, text))

    def auto(
        self,
        rule: Rule,
        cmp: Comparison | None,
        outcome: r.Outcome,
        limits: tuple[Comparison, ...] = (),
    ) -> str:
        if cmp is not None:
            left, right = cmp.left(self.env), cmp.right(self.env)
            margin = _margin(cmp, left, right)
            must = f"{_OPWORD[cmp.op]} {_fmt(right, cmp.unit)}".strip()
            tail = f"; {margin}" if margin else ""
            return f"{cmp.subject} is {_fmt(left, cmp.unit)} (must be {must}{tail})"
        shown = self.margins(limits) if limits else self.values(rule.reads)
        word = {r.Outcome.MET: "met", r.Outcome.FAILED: "not met"}.get(outcome, "not decided")
        return f"{rule.req.text}: {word}" + (f" ({shown})" if shown else "")

    def values(self, reads: tuple[tuple[str, Fn], ...]) -> str:
        parts = []
        for name, fn in reads:
            value = fn(self.env)
            if not isinstance(value, Unknown):
                parts.append(f"{name} = {fmt_value(value, self.book.units.get(name))}")
        return ", ".join(parts)

    def rule(self, rule: Rule) -> _Outcome:
        env = self.env
        current: Result = rule.base(env)
        decided_by: m.Exception_ | None = None
        cmp, limits = rule.comparison, rule.comparisons
        for clause in rule.exceptions:
            cond = clause.when(env)
            if cond is False:
                continue
            replaced: Result = clause.replacement(env) if clause.replacement else True
            if cond is True:
                current, cmp, limits = replaced, clause.comparison, clause.comparisons
                assert isinstance(clause.decl, m.Exception_)
                decided_by = clause.decl
            elif not (isinstance(replaced, Unknown) or isinstance(current, Unknown)) and (
                replaced == current
            ):
                pass  # the exception could not change the result
            else:
                assert isinstance(cond, Unknown)
                parts = [x for x in (cond, replaced, current) if isinstance(x, Unknown)]
                current = unknown(*parts)
        conflict: m.Contested | None = None
        if current is not True and rule.contested:
            # a failed requirement is contested when a clause holds; while the requirement or a
            # clause is still unknown, every fact that could decide between them is missing
            conds = [clause.when(env) for clause in rule.contested]
            open_ = [c for c in conds if isinstance(c, Unknown)]
            if current is False:
                for clause, cond in zip(rule.contested, conds, strict=True):
                    if cond is True:
                        assert isinstance(clause.decl, m.Contested)
                        conflict = clause.decl
                        current = Unknown(frozenset())
                        break
                else:
                    current = unknown(*open_) if open_ else False
            else:
                assert isinstance(current, Unknown)
                current = unknown(current, *open_)
        if decided_by is not None and decided_by.replacement is None and current is True:
            outcome = r.Outcome.WAIVED
        elif conflict is not None:
            outcome = r.Outcome.CONTESTED
        elif current is True:
            outcome = r.Outcome.MET
        elif current is False:
            outcome = r.Outcome.FAILED
        else:
            outcome = r.Outcome.UNKNOWN
        missing = current.missing if isinstance(current, Unknown) else frozenset()
        text = (
            decided_by.explain if decided_by and decided_by.explain else None
        ) or rule.req.explain
        if outcome is r.Outcome.WAIVED:
            assert decided_by is not None
            explanation = f"waived: {decided_by.text}"
        elif text is not None and (cmp is not None or "{value}" not in text):
            explanation = self.template(text, cmp, limits)
        else:
            explanation = self.auto(rule, cmp, outcome, limits)
        if conflict is not None:
            said = self.template(conflict.explain, None) if conflict.explain else conflict.text
            explanation += f"; but the sources conflict: {said}"
        return _Outcome(rule, outcome, missing, explanation, decided_by, conflict)

    def provision(self, cp: CompiledProvision, when: date) -> r.Result:
        cv, warnings = select_version(cp.versions, when)
        p = cp.provision
        applies = cv.applies(self.env)
        if applies is False:
            facts = self.values(cv.applies_reads)
            return r.Result(
                provision=p.id,
                title=p.title,
                version=cv.source.id,
                warnings=warnings,
                verdict=r.Verdict.NOT_APPLICABLE,
                applies=False,
                explanation="does not apply to these facts" + (f" ({facts})" if facts else ""),
                missing=[],
                citations=[],
                failed=[],
                penalty=None,
                requirements=[],
                conflicts=[],
            )
        outcomes = [self.rule(rule) for rule in cv.rules]
        failed = [o for o in outcomes if o.outcome is r.Outcome.FAILED]
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
        relevant = failed if verdict is r.Verdict.VIOLATION else outcomes
        citations = _unique(
            tuple(
                c
                for o in relevant
                for clause in (o.rule.req, o.decided_by, o.conflict)
                if clause is not None
                for c in clause.citations
            )
        )
        explanation = "; ".join(o.explanation for o in relevant)
        if verdict is r.Verdict.UNDETERMINED and isinstance(applies, Unknown):
            # only what the facts already decide is worth reading; the rest is in `missing`
            decided = [o.explanation for o in outcomes if o.outcome is not r.Outcome.UNKNOWN]
            explanation = "; ".join(["whether it applies is not known yet", *decided])
        penalty = None
        if verdict is r.Verdict.VIOLATION and cv.version.penalties:
            pen = cv.version.penalties[0]
            penalty = r.Penalty(text=pen.text, citations=[_cite(c) for c in pen.citations])
        return r.Result(
            provision=p.id,
            title=p.title,
            version=cv.source.id,
            warnings=warnings,
            verdict=verdict,
            applies=None if isinstance(applies, Unknown) else True,
            explanation=explanation,
            missing=[self.missing_fact(name) for name in sorted(missing)],
            citations=citations,
            failed=[
                r.FailedRequirement(
                    requirement=o.rule.req.id,
                    text=(o.decided_by or o.rule.req).text,
                    citation=_cite((o.decided_by or o.rule.req).citations[0]),
                    explanation=o.explanation,
                )
                for o in failed
            ]
            if verdict is r.Verdict.VIOLATION
            else [],
            penalty=penalty,
            requirements=[
                r.RequirementResult(
                    requirement=o.rule.req.id,
                    text=o.rule.req.text,
                    outcome=o.outcome,
                    explanation=o.explanation,
                    exception=o.decided_by.text if o.decided_by else None,
                )
                for o in outcomes
            ],
            conflicts=[
                r.Conflict(
                    requirement=o.rule.req.id,
                    text=o.conflict.text,
                    citations=_unique(o.rule.req.citations + o.conflict.citations),
                )
                for o in outcomes
                if o.conflict is not None
            ],
        )

    def missing_fact(self, name: str) -> r.MissingFact:
        fact = self.book.checked.facts[name]
        return r.MissingFact(fact=name, type=str(fact.type), question=fact.question)


def evaluate(book: CompiledBook, facts: Mapping[str, object], when: date) -> list[r.Result]:
    """Every provision's verdict for typed facts (fact name -> value) on the date of the events."""
    evaluator = _Evaluator(book, Env(facts))
    return [evaluator.provision(cp, when) for cp in book.provisions]
