"""`hrlaw verify`: for each provision and each law it is stated as, which verdicts some case
reaches (with a witness scenario for each) and which none does; the clauses that can never
matter; exceptions without a priority that hold together; provisions no case can comply with at
once.

The questions are goals (goals.py) put to a backend: the SMT encoding when z3 is installed, the
bounded search otherwise. Every witness is tidied and confirmed by hrlaw's own check before it is
reported; a finding is a `Diagnostic` located at the clause it is about.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.diagnostics import Code, Diagnostic, ordered
from hrlaw.engine import evaluate
from hrlaw.overlap import disjoint
from hrlaw.rulebook import RuleBook
from hrlaw.source import Span
from hrlaw.verify.backend import Backend, Clash
from hrlaw.verify.goals import Breached, Evaluator, Gives, Goal, Holds, applies
from hrlaw.verify.laws import Law, laws, moments
from hrlaw.verify.witness import Witness, confirm, tidy
from hrlaw.versions import _beats

VERDICTS = (
    r.Verdict.VIOLATION,
    r.Verdict.COMPLIANT,
    r.Verdict.NOT_APPLICABLE,
    r.Verdict.UNDETERMINED,
)


@dataclass(frozen=True)
class Finding:
    """Something verify found, under one law (merged over the laws it holds under)."""

    code: Code
    text: str
    span: Span | None
    help: str
    law: str

    def diagnostic(self, laws: list[str] | None = None) -> Diagnostic:
        under = " and ".join(f"`{x}`" for x in (laws or [self.law]))
        return Diagnostic(self.code, f"{self.text} (under {under})", self.span, self.help)


@dataclass
class Reach:
    """Whether a verdict is reachable under a law, with a witness when it is."""

    verdict: r.Verdict
    witness: Witness | None
    every_fact_known: bool = True  # False: an undetermined witness with a fact left out
    why: str | None = None  # for `undetermined` with every fact known: what leaves it open

    @property
    def reachable(self) -> bool:
        return self.witness is not None


@dataclass
class Check:
    """A question about one clause: can it ever matter?"""

    clause: str  # `exception light_work`
    question: str  # `holds where the provision applies`
    answer: bool
    witness: Witness | None
    finding: Finding | None = None


@dataclass
class Overlap:
    """Two exceptions to one requirement, neither with priority, that hold for one case."""

    law: Law
    first: m.Exception_
    second: m.Exception_
    witness: Witness
    finding: Finding


@dataclass
class Conflict:
    """Two provisions no case can comply with at once (under one law)."""

    first: Law
    second: Law
    witnesses: tuple[Witness, Witness]  # complying with the first; complying with the second
    finding: Finding


@dataclass
class LawReport:
    law: Law
    verdicts: list[Reach]
    open_when_known: Reach  # undetermined although every fact is known
    checks: list[Check]
    overlaps: list[Overlap] = field(default_factory=list)

    @property
    def unreachable(self) -> list[r.Verdict]:
        return [x.verdict for x in self.verdicts if not x.reachable]


@dataclass
class Verification:
    engine: str
    laws: list[LawReport]
    conflicts: list[Conflict]
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # e.g. goals the SMT backend left to the search

    @property
    def findings(self) -> list[Diagnostic]:
        """Every finding, once per clause (naming each law it holds under), by place."""
        found: list[Finding] = []
        for report in self.laws:
            found += [c.finding for c in report.checks if c.finding is not None]
            found += [o.finding for o in report.overlaps]
        found += [c.finding for c in self.conflicts]
        merged: dict[tuple[object, ...], list[Finding]] = {}
        for f in found:
            place = (f.span.file.name, f.span.start) if f.span is not None else None
            merged.setdefault((f.code, f.text, place), []).append(f)
        out = [same[0].diagnostic([f.law for f in same]) for same in merged.values()]
        return list(ordered(out))

    @property
    def witnesses(self) -> list[Witness]:
        out: list[Witness] = []
        for report in self.laws:
            out += [x.witness for x in report.verdicts if x.witness is not None]
            if report.open_when_known.witness is not None:
                out.append(report.open_when_known.witness)
            out += [o.witness for o in report.overlaps]
        for c in self.conflicts:
            out += list(c.witnesses)
        return out


def _slug(text: str) -> str:
    """`kz2017 (events until 2016-12-31)` -> `kz2017-events-until-2016-12-31`: a file name."""
    kept = "".join(ch if ch.isalnum() or ch in "._" else "-" for ch in text)
    return "-".join(part for part in kept.split("-") if part)


class Analyst:
    def __init__(self, book: RuleBook, backend: Backend) -> None:
        self.book = book
        self.backend = backend
        self.compiled = book.compiled
        self.evaluator = Evaluator(self.compiled)

    # ------------------------------------------------------------------ witnesses
    def witness(
        self,
        goal: Goal,
        law: Law,
        facts: Mapping[str, object],
        name: str,
        title: str,
        provisions: tuple[str, ...] | None = None,
    ) -> Witness:
        """The facts found for `goal`, tidied, with the verdicts hrlaw gives for them (each
        confirmed by `hrlaw check` of the scenario written out)."""
        kept = tidy(self.evaluator, goal, facts, law.day)
        return self.confirmed(kept, law.day, name, title, provisions or (law.provision.id,))

    def confirmed(
        self,
        facts: Mapping[str, object],
        day: date,
        name: str,
        title: str,
        provisions: tuple[str, ...],
    ) -> Witness:
        results = evaluate(self.compiled, facts, day, frozenset(provisions))
        witness = Witness(
            title=title,
            day=day,
            facts=dict(facts),
            expect={x.provision: x.verdict for x in results},
            explanations={x.provision: x.explanation for x in results},
            name=name,
        )
        confirm(self.book, witness)
        return witness

    # ------------------------------------------------------------------ one law
    def law(self, law: Law) -> LawReport:
        p = law.provision
        base = f"{_slug(p.id)}/{_slug(law.label)}"
        found: dict[r.Verdict, dict[str, object] | None] = {}
        verdicts: list[Reach] = []
        for verdict in VERDICTS[:3]:
            goal: Goal = (Gives(law, verdict),)
            facts = self.backend.solve(goal)
            found[verdict] = facts
            witness = None
            if facts is not None:
                title = f"{p.id} under {law.label}: {verdict.value}"
                witness = self.witness(goal, law, facts, f"{base}/{verdict.value}", title)
                found[verdict] = dict(witness.facts)
            verdicts.append(Reach(verdict, witness))
        open_when_known = self.open_when_known(law, base)
        verdicts.append(self.undetermined(law, base, found, open_when_known))
        report = LawReport(law, verdicts, open_when_known, self.checks(law))
        report.overlaps = self.overlaps(law, base)
        return report

    def open_when_known(self, law: Law, base: str) -> Reach:
        goal: Goal = (Gives(law, r.Verdict.UNDETERMINED),)
        facts = self.backend.solve(goal)
        if facts is None:
            return Reach(r.Verdict.UNDETERMINED, None)
        title = f"{law.provision.id} under {law.label}: undetermined with every fact known"
        witness = self.witness(goal, law, facts, f"{base}/undetermined-every-fact-known", title)
        (result,) = evaluate(self.compiled, witness.facts, law.day, frozenset({law.provision.id}))
        why = "; ".join(c.text for c in result.conflicts) or "a value the rules need does not exist"
        return Reach(r.Verdict.UNDETERMINED, witness, True, why)

    def undetermined(
        self,
        law: Law,
        base: str,
        found: Mapping[r.Verdict, dict[str, object] | None],
        known: Reach,
    ) -> Reach:
        """A case the provision cannot decide: a decided witness with a fact it needs left out
        (as a lawyer meets it), else one the rules leave open with every fact known."""
        pid = law.provision.id
        reads = law.version.applies_facts
        for verdict in (r.Verdict.VIOLATION, r.Verdict.COMPLIANT):
            facts = found.get(verdict)
            if not facts:
                continue
            for name in sorted(facts, key=lambda n: (n in reads, n)):
                fewer = {n: v for n, v in facts.items() if n != name}
                (result,) = evaluate(self.compiled, fewer, law.day, frozenset({pid}))
                if result.verdict is r.Verdict.UNDETERMINED and result.assessed:
                    title = f"{pid} under {law.label}: undetermined ({name} not given)"
                    witness = self.confirmed(fewer, law.day, f"{base}/undetermined", title, (pid,))
                    return Reach(r.Verdict.UNDETERMINED, witness, every_fact_known=False)
        if known.witness is not None:
            return known
        return Reach(r.Verdict.UNDETERMINED, None)

    # ------------------------------------------------------------------ clauses
    def checks(self, law: Law) -> list[Check]:
        out: list[Check] = []
        where = applies(law)
        src = law.label
        reqs = {x.id for x in law.clauses.requirements}
        for req in law.clauses.requirements:
            what = f"requirement `{req.id}`"
            fails = self.ask(law, (*where, Holds(law, req.expr, False)), what, "can fail")
            holds = self.ask(law, (*where, Holds(law, req.expr, True)), what, "can be met")
            if not fails.answer:
                fails.finding = Finding(
                    Code.REQUIREMENT_NEVER_FAILS,
                    f"{what} of `{law.provision.id}` can never fail where the provision applies",
                    req.span,
                    "a requirement every case meets checks nothing: correct its condition or "
                    "the provision's `applies when`",
                    src,
                )
            if not holds.answer:
                holds.finding = Finding(
                    Code.REQUIREMENT_NEVER_HOLDS,
                    f"{what} of `{law.provision.id}` can never be met where the provision applies",
                    req.span,
                    "every case that the provision applies to would breach it: check its condition",
                    src,
                )
            out += [fails, holds]
        for x in law.clauses.exceptions:
            if x.target not in reqs:
                continue
            what = f"exception `{x.label}`"
            live = self.ask(
                law, (*where, Holds(law, x.when)), what, "holds where the provision applies"
            )
            if not live.answer:
                live.finding = Finding(
                    Code.DEAD_EXCEPTION,
                    f"{what} of `{law.provision.id}` can never hold where the provision applies",
                    x.span,
                    "its condition contradicts the provision's `applies when` (or itself): "
                    "correct the condition, or remove the exception",
                    src,
                )
            out.append(live)
            if x.replacement is not None and live.answer:
                what_r = f"the requirement of exception `{x.label}`"
                under = (*where, Holds(law, x.when))
                fails = self.ask(
                    law, (*under, Holds(law, x.replacement, False)), what_r, "can fail"
                )
                holds = self.ask(
                    law, (*under, Holds(law, x.replacement, True)), what_r, "can be met"
                )
                if not fails.answer:
                    fails.finding = Finding(
                        Code.REQUIREMENT_NEVER_FAILS,
                        f"{what_r} of `{law.provision.id}` can never fail where the exception "
                        "holds",
                        x.span,
                        "write `waived` if the exception removes the requirement",
                        src,
                    )
                if not holds.answer:
                    holds.finding = Finding(
                        Code.REQUIREMENT_NEVER_HOLDS,
                        f"{what_r} of `{law.provision.id}` can never be met where the exception "
                        "holds",
                        x.span,
                        "check the replacement's condition against the exception's",
                        src,
                    )
                out += [fails, holds]
        for c in law.clauses.contested:
            if c.target not in reqs:
                continue
            what = f"contested clause `{c.label}`"
            goal = (*where, Breached(law, c.target), Holds(law, c.when))
            check = self.ask(
                law, goal, what, f"triggers (its condition holds when `{c.target}` fails)"
            )
            if not check.answer:
                check.finding = Finding(
                    Code.DEAD_CONTESTED,
                    f"{what} of `{law.provision.id}` can never trigger: its condition never "
                    f"holds when `{c.target}` is breached",
                    c.span,
                    "a contested clause matters only where its requirement fails: correct its "
                    "condition",
                    src,
                )
            out.append(check)
        return out

    def ask(self, law: Law, goal: Goal, clause: str, question: str) -> Check:
        facts = self.backend.solve(goal)
        if facts is None:
            return Check(clause, question, False, None)
        name = f"{_slug(law.provision.id)}/{_slug(law.label)}/{_slug(clause)}-{_slug(question)}"
        title = f"{law.provision.id} under {law.label}: {clause} {question}"
        return Check(clause, question, True, self.witness(goal, law, facts, name, title))

    # ------------------------------------------------------------------ overlaps
    def overlaps(self, law: Law, base: str) -> list[Overlap]:
        out: list[Overlap] = []
        beats = _beats(law.clauses.exceptions)
        reqs = {x.id for x in law.clauses.requirements}
        where = applies(law)
        for a, b in itertools.combinations(law.clauses.exceptions, 2):
            if a.target != b.target or a.target not in reqs:
                continue
            if b.label in beats.get(a.label, ()) or a.label in beats.get(b.label, ()):
                continue
            if disjoint(a.when, b.when):  # overlap.py proves it without a search
                continue
            goal = (*where, Holds(law, a.when), Holds(law, b.when))
            facts = self.backend.solve(goal)
            if facts is None:
                continue
            name = f"{base}/exceptions-{_slug(a.label)}-{_slug(b.label)}"
            title = (
                f"{law.provision.id} under {law.label}: exceptions `{a.label}` and "
                f"`{b.label}` both hold"
            )
            witness = self.witness(goal, law, facts, name, title)
            finding = Finding(
                Code.EXCEPTIONS_HOLD_TOGETHER,
                f"exceptions `{a.label}` and `{b.label}` to `{a.target}` of "
                f"`{law.provision.id}` both hold for the witness `{name}.yaml` and neither has "
                "priority",
                b.span,
                f"if one prevails, say so: `priority over {a.label}` on `{b.label}` (or the "
                "reverse)",
                law.label,
            )
            out.append(Overlap(law, a, b, witness, finding))
        return out

    # ------------------------------------------------------------------ conflicts
    def conflicts(self, provisions: set[str] | None) -> list[Conflict]:
        """Pairs of provisions under one law whose compliance depends on a common fact beyond
        what decides that they apply: can every case that both apply to comply with both?"""
        out: list[Conflict] = []
        seen: set[tuple[int, int]] = set()
        by_provision = {p.id: laws(self.compiled, p) for p in self.compiled.provisions}
        for moment in moments(self.compiled):
            current: list[Law] = []
            for pid, candidates in by_provision.items():
                if provisions is not None and pid not in provisions:
                    continue
                current += [law for law in candidates if moment in law.moments]
            for a, b in itertools.combinations(current, 2):
                if (id(a), id(b)) in seen or not self.share_conduct(a, b):
                    continue
                seen.add((id(a), id(b)))
                clash = self.backend.conflict(a, b)
                if clash is None:
                    continue
                out.append(self.conflict(a, b, moment.day, clash))
        return out

    def share_conduct(self, a: Law, b: Law) -> bool:
        decided = a.version.applies_facts | b.version.applies_facts
        facts = self.compiled.checked.facts
        reads_a = {n for n in a.version.reads if n in facts} - decided
        reads_b = {n for n in b.version.reads if n in facts} - decided
        return bool(reads_a & reads_b)

    def conflict(self, a: Law, b: Law, day: date, clash: Clash) -> Conflict:
        pids = (a.provision.id, b.provision.id)
        name = f"conflicts/{_slug(pids[0])}--{_slug(pids[1])}--{_slug(a.label)}"
        witnesses = (
            self.confirmed(
                clash.first, day, f"{name}-1", f"complying with {pids[0]} breaks {pids[1]}", pids
            ),
            self.confirmed(
                clash.second, day, f"{name}-2", f"complying with {pids[1]} breaks {pids[0]}", pids
            ),
        )
        facts = witnesses[0].shown(self.book)
        shown = ", ".join(f"{n}: {facts[n]}" for n in sorted(clash.facts) if n in facts)
        finding = Finding(
            Code.PROVISIONS_CONFLICT,
            f"`{pids[0]}` and `{pids[1]}` cannot both be complied with when "
            f"{shown or 'they apply'}: see `{name}-1.yaml` and `{name}-2.yaml`",
            b.provision.span,
            "one of them requires what the other forbids: check both against the reports",
            a.label,
        )
        return Conflict(a, b, witnesses, finding)


def verify(book: RuleBook, backend: Backend, provisions: set[str] | None = None) -> Verification:
    """Every analysis over the rule base (or the provisions named)."""
    started = time.perf_counter()
    analyst = Analyst(book, backend)
    reports = []
    for p in book.provisions:
        if provisions is not None and p.id not in provisions:
            continue
        for law in laws(book.compiled, p):
            reports.append(analyst.law(law))
    conflicts = analyst.conflicts(provisions)
    notes = list(getattr(backend, "notes", []))
    return Verification(backend.name, reports, conflicts, time.perf_counter() - started, notes)
