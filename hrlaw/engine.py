"""Checked rule book + typed facts -> per-provision verdicts. Pure: no clock, no I/O, no globals.

A provision is compiled once per law it is evaluated under (`versions.py`), on first use;
evaluation then only calls closures: three-valued logic, exceptions and their priorities,
verdicts and their words. Partial knowledge is settled by `supervaluation.py`; results under
several laws are weighed by `weigh.py`.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.compile import Env, Fn, Result
from hrlaw.explain import OPWORD, Slot, fill_known, fmt, margin
from hrlaw.kernel import exact
from hrlaw.law import Reading
from hrlaw.ops import compare
from hrlaw.supervaluation import Quick, decisive, refine, settled, settles
from hrlaw.typed import given_as
from hrlaw.values import Between, Duration, PartialSet, Period, Unknown, unknown
from hrlaw.versions import (
    Clause,
    Comparison,
    CompiledBook,
    CompiledVersion,
    Rule,
    cite,
    cites,
    compiled_version,
)
from hrlaw.weigh import weigh

MAX_OPEN_EXCEPTIONS = 8  # undecided exceptions of one requirement weighed case by case
MAX_REMEMBERED_VERDICTS = 65536  # verdicts over partial facts remembered per rule book
MAX_REMEMBERED_RESULTS = 4096  # results with their words remembered per rule book
_ABSENT = object()  # a fact the scenario does not state


def _gap(value: object, name: str) -> str | None:
    """The name of a value that is not given, for the words of an explanation."""
    return name if isinstance(value, Unknown) else None


@dataclass(frozen=True)
class Dispute:
    """Why a failed requirement is not a violation: the reports contradict each other, or two
    exceptions hold and the rules give neither priority."""

    text: str  # what is in dispute, shown with the citations
    said: str  # the words added to the explanation
    citations: tuple[m.Citation, ...]
    kind: r.ConflictKind


@dataclass(frozen=True)
class _Outcome:
    rule: Rule
    outcome: r.Outcome
    missing: frozenset[str]
    explanation: str
    decided_by: Clause | None
    dispute: Dispute | None
    evidence: tuple[r.Evidence, ...] = ()


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
            r.ConflictKind.EXCEPTIONS,
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
            holding = tuple(
                c for c, cond in zip(rule.contested, conds, strict=True) if cond is True
            )
            if current is False and holding:  # every clause that holds is shown, not the first
                said = "; ".join(
                    self.template(c.decl.explain, None) if c.decl.explain and self.words else c.text
                    for c in holding
                )
                dispute = _dispute(rule, holding, said)
                current = Unknown(frozenset())
            elif current is False:
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
        measured = limits or ((cmp,) if cmp is not None else ())
        label = decided_by.decl.label if decided_by is not None else None
        evidence = tuple(self.evidence(rule.req.id, label, c) for c in measured)
        return _Outcome(rule, outcome, missing, explanation, decided_by, dispute, evidence)

    def evidence(self, requirement: str, exception: str | None, cmp: Comparison) -> r.Evidence:
        left, right = cmp.left(self.env), cmp.right(self.env)
        holds: bool | Unknown = Unknown(frozenset())
        if not isinstance(left, Unknown) and not isinstance(right, Unknown):
            holds = compare(cmp.op, left, right)
        return r.Evidence(
            requirement=requirement,
            exception=exception,
            subject=cmp.subject,
            op=cmp.op,
            value=fmt(left, cmp.unit),
            limit=fmt(right, cmp.unit),
            unit=cmp.unit,
            margin=margin(cmp.op, cmp.unit, left, right, with_limit=False) or None,
            holds=None if isinstance(holds, Unknown) else holds,
        )

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

    def verdict(self, cv: CompiledVersion) -> r.Verdict:
        """The verdict `provision` gives under `cv`, without words or ranked questions."""
        self.version = cv
        applies, _, verdict, missing = self.judge(cv)
        if applies is False:
            return r.Verdict.NOT_APPLICABLE
        facts = self.env.facts
        partial = [n for n in cv.reads if isinstance(facts.get(n), Between | PartialSet)]
        if verdict is r.Verdict.UNDETERMINED and partial and self.refining:
            decided = settled(refine(cv, facts, partial, self.quicker(cv)))
            if decided is not None:
                return decided[0]
        untouched = isinstance(applies, Unknown) and not cv.applies_facts & facts.keys()
        if verdict is r.Verdict.UNDETERMINED and not untouched and self.refining:
            candidates = missing | set(partial)
            decided = settled(
                settles(cv, facts, candidates, self.book.checked.facts, self.quicker(cv))
            )
            if decided is not None:
                return decided[0]
        return verdict

    def provision(self, p: m.Provision, reading: Reading) -> r.Result:
        source = reading.source
        base: dict[str, Any] = {
            "provision": p.id,
            "title": p.title,
            "version": source.id,
            "warnings": list(reading.warnings),
        }
        said, dated = self.book.status(p, reading)
        if not dated:  # the law's own dates exclude the events, whichever report states it
            return self.outside(p, reading, base, stated_by_report=True)
        if not said:
            return self.outside(p, reading, base, stated_by_report=False)
        cv = compiled_version(self.book, p, reading)
        self.version = cv
        # a result depends on nothing but the law (`cv`, which the day selected), the reading's
        # warnings and the values of the names `cv.depends` lists, not on the day itself: a
        # register repeats them, and words are the costly part
        facts = self.env.facts
        values = tuple(facts.get(n, _ABSENT) for n in cv.depends)
        key = (id(cv), self.refining, self.words, reading.warnings, values)
        return _remembered(self.book.result_memo, key, lambda: self.judged(p, reading, cv, base))

    def judged(
        self, p: m.Provision, reading: Reading, cv: CompiledVersion, base: dict[str, Any]
    ) -> r.Result:
        """The result of provision `p` under the law `cv` of `reading`, with its words."""
        source = reading.source
        notes = [r.Note(text=t, citations=cites(c, source.id)) for t, c in cv.notes]
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
            decided = settled(refine(cv, self.env.facts, partial, self.quicker(cv)))
            if decided is not None:
                verdict, agreed = decided
                if verdict is r.Verdict.NOT_APPLICABLE:
                    return not_applicable()
                outcomes = _agreed(outcomes, agreed)
                missing, applies = set(), True
        # the facts do not touch a provision when nothing that decides whether it applies is given
        untouched = isinstance(applies, Unknown) and not cv.applies_facts & self.env.facts.keys()
        whatever = False  # decided although facts are missing: every answer gives one verdict
        breached_anyway = False  # every answer breaches a requirement, not the same one
        if verdict is r.Verdict.UNDETERMINED and not untouched and self.refining:
            candidates = missing | set(partial)
            order, every_answer = decisive(
                cv, self.env.facts, candidates, self.book.checked.facts, self.quicker(cv)
            )
            missing = set(order)
            decided = settled(every_answer)
            if decided is None and every_answer is not None and not order:
                # one verdict whatever the answers, which the facts cannot show as one: a
                # violation with no one clause breached in all of them, or undetermined by
                # contested clauses. Those contested in every answer are named; otherwise the
                # facts that say which clause is at stake are what to ask
                breached_anyway = every_answer[0] is r.Verdict.VIOLATION
                if every_answer[0] is r.Verdict.UNDETERMINED:
                    outcomes = _agreed(outcomes, every_answer[1])
                if breached_anyway or not any(o.dispute for o in outcomes):
                    order = sorted(candidates)
                    missing = set(order)
            if decided is not None:
                verdict, agreed = decided
                if verdict is r.Verdict.NOT_APPLICABLE:
                    return not_applicable()
                outcomes = _agreed(outcomes, agreed)
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
        if breached_anyway:
            explanation += (
                "; a requirement is breached whatever the facts not given are, but which one "
                "depends on them"
            )
        if verdict is r.Verdict.UNDETERMINED and isinstance(applies, Unknown):
            # only what the facts already decide is worth reading; the rest is in `missing`
            decided_words = [o.explanation for o in outcomes if o.outcome is not r.Outcome.UNKNOWN]
            explanation = "; ".join(["whether it applies is not known yet", *decided_words])
        penalties = []
        if verdict is r.Verdict.VIOLATION:
            penalties = [
                r.Penalty(text=pen.text, citations=cites(pen.citations, source.id))
                for pen in cv.penalties
            ]
        return r.Result(
            **base,
            assessed=not untouched,
            verdict=verdict,
            applies=None if isinstance(applies, Unknown) else True,
            explanation=explanation,
            evidence=[] if untouched else [e for o in outcomes for e in o.evidence],
            missing=[self.missing_fact(name) for name in order if name in missing],
            citations=cites(tuple(every), source.id),
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
                    citations=cites(o.dispute.citations, source.id),
                    kind=o.dispute.kind,
                )
                for o in outcomes
                if o.dispute is not None
            ],
            notes=notes,
        )

    # ------------------------------------------------------------------ partial knowledge
    def quicker(self, cv: CompiledVersion) -> Quick:
        """The verdict (each requirement's outcome, the facts still open) of provision `cv`
        for other facts, without words: what supervaluation evaluates each completion with."""

        def quick(facts: Mapping[str, object]) -> tuple[r.Verdict, dict[str, r.Outcome], set[str]]:
            other = _Evaluator(self.book, Env(facts), words=False, refining=False)
            other.version = cv
            _, outcomes, verdict, missing = other.judge(cv)
            return verdict, {o.rule.req.id: o.outcome for o in outcomes}, missing

        return quick

    def failed(self, o: _Outcome, source: str) -> r.FailedRequirement:
        clause = o.decided_by.decl if o.decided_by is not None else o.rule.req
        # a clause in force under a report's law for events outside the report's period (a law
        # dated by its own dates, weighed between two reports) may cite only the other report:
        # its quotes still ground the breach
        citations = cites(clause.citations, source) or [cite(c) for c in clause.citations]
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
        touched = None
        if not stated_by_report:
            reads = self.book.applies_reads(p)
            touched = bool(reads & self.env.facts.keys()) or not reads
        key = (p.id, reading.day, reading.period, reading.warnings, reading.source.id, touched)
        return _remembered(
            self.book.result_memo, key, lambda: self.out_of_law(p, reading, base, touched)
        )

    def out_of_law(
        self, p: m.Provision, reading: Reading, base: dict[str, Any], touched: bool | None
    ) -> r.Result:
        """`outside`'s result: `touched` is None when the law's own dates exclude the events."""
        conflicts: list[r.Conflict] = []
        if touched is None:
            verdict, applies = r.Verdict.NOT_APPLICABLE, False
            text = f"not in force on {reading.day}"
        else:
            verdict, applies = r.Verdict.UNDETERMINED, None
            text = (
                f"the `{reading.source.id}` report does not state this provision; whether it was "
                f"law for events of {reading.day} is not known"
            )
            conflicts = [silence(p, reading)]
        return r.Result(
            **base,
            assessed=touched is not False,
            verdict=verdict,
            applies=applies,
            explanation=text,
            missing=[],
            citations=[],
            failed=[],
            penalty=None,
            requirements=[],
            conflicts=conflicts,
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


def silence(p: m.Provision, reading: Reading) -> r.Conflict:
    """Why a provision is undetermined under a report that does not state it: the reports that
    do state it, with their quotes (the sources differ, and no answer to a fact settles it)."""
    own = reading.source.id
    quotes = [
        c
        for _, body in p.bodies()
        for req in body.requirements
        for c in req.citations
        if c.source != own
    ]
    citations = list(dict.fromkeys(cite(c) for c in quotes))
    others = " and ".join(f"`{s}`" for s in dict.fromkeys(c.source for c in quotes))
    return r.Conflict(
        requirement="",
        text=f"the `{own}` report is silent on this provision"
        + (f"; {others} states it" if others else ""),
        citations=citations,
        kind=r.ConflictKind.SILENCE,
    )


def _remembered(
    memo: dict[tuple[object, ...], r.Result], key: tuple[object, ...], make: Callable[[], r.Result]
) -> r.Result:
    """The result remembered for `key`, else made and remembered (at most
    `MAX_REMEMBERED_RESULTS`: the memo starts afresh when full). A key holding a value that
    cannot be hashed is made every time."""
    try:
        found = memo.get(key)
    except TypeError:
        return make()
    if found is None:
        found = make()
        if len(memo) >= MAX_REMEMBERED_RESULTS:
            memo.clear()
        memo[key] = found
    return found


def _agreed(outcomes: list[_Outcome], agreed: Mapping[str, r.Outcome]) -> list[_Outcome]:
    """Each requirement's outcome as every completion of the partial facts agrees on it. A
    requirement contested in every completion names the clauses that contest it (the facts as
    given, known in part, could not say which one holds)."""
    out = []
    for o in outcomes:
        outcome = agreed.get(o.rule.req.id, o.outcome)
        dispute = o.dispute
        if outcome is r.Outcome.CONTESTED and dispute is None and o.rule.contested:
            dispute = _dispute(o.rule, o.rule.contested)
        out.append(dataclasses.replace(o, outcome=outcome, dispute=dispute))
    return out


def _dispute(rule: Rule, clauses: tuple[Clause, ...], said: str | None = None) -> Dispute:
    """Why the failed `rule` is not a violation: the `contested` or `unsettled` clauses that
    hold (the reports contradict each other, or leave the question open), with what they say."""
    decls = [c.decl for c in clauses if isinstance(c.decl, m.Contested)]
    unsettled = all(d.unsettled for d in decls)
    lead = "but the reports leave it open" if unsettled else "but the sources conflict"
    if not unsettled and any(d.unsettled for d in decls):
        lead = "but the sources conflict and leave it open"
    return Dispute(
        "; ".join(c.text for c in clauses),
        f"{lead}: {said}" if said is not None else lead,
        rule.req.citations + tuple(x for d in decls for x in d.citations),
        r.ConflictKind.UNSETTLED if unsettled else r.ConflictKind.CONTRADICTION,
    )


def evaluate(
    book: CompiledBook,
    facts: Mapping[str, object],
    when: date | Period,
    only: frozenset[str] | None = None,
    *,
    refining: bool = True,
) -> list[r.Result]:
    """Every provision's verdict (or those in `only`) for typed facts (fact name -> value) on
    the date of the events; between two reports, or over an imprecise date in which the law
    changes, each provision is weighed under every law that may apply. `refining=False` gives
    the verdicts of three-valued logic alone, without supervaluation (for comparison with the
    reference interpreter)."""
    evaluator = _Evaluator(book, Env(facts), refining=refining)
    return _each(book, evaluator, book.readings(when), only)


def _each(
    book: CompiledBook,
    evaluator: _Evaluator,
    readings: list[Reading],
    only: frozenset[str] | None,
) -> list[r.Result]:
    """Each provision's result under the readings, weighed when there are several."""
    out = []
    for p in book.provisions:
        if only is not None and p.id not in only:
            continue
        weighed = book.speaking(p, readings)
        results = [evaluator.provision(p, reading) for reading in weighed]
        out.append(results[0] if len(results) == 1 else weigh(book, p, weighed, results))
    return out


def evaluate_under(
    book: CompiledBook,
    facts: Mapping[str, object],
    when: date | Period,
    source: m.Source,
    only: frozenset[str] | None = None,
) -> list[r.Result]:
    """Every provision's verdict (or those in `only`) for the facts under the law as `source`
    reports it, whatever report's period holds the date of the events (`hrlaw compare`): the
    date still decides the law's own dated changes, part by part for an imprecise date."""
    seen: dict[tuple[date, str | None], Reading] = {}
    for reading in book.readings(when):
        key = (reading.day, reading.period)
        seen.setdefault(key, Reading(source, reading.day, (), reading.period))
    return _each(book, _Evaluator(book, Env(facts)), list(seen.values()), only)


def judge(
    book: CompiledBook, cv: CompiledVersion, facts: Mapping[str, object]
) -> tuple[Result, dict[str, r.Outcome], r.Verdict, set[str]]:
    """Whether provision version `cv` applies, each requirement's outcome, the verdict and the
    facts still open, by three-valued logic over the facts as given (no supervaluation, no
    words): what `hrlaw verify` searches with. Monotone: a fact added never changes what is
    decided."""
    evaluator = _Evaluator(book, Env(facts), words=False, refining=False)
    evaluator.version = cv
    applies, outcomes, verdict, missing = evaluator.judge(cv)
    return applies, {o.rule.req.id: o.outcome for o in outcomes}, verdict, missing


def after_exceptions(
    book: CompiledBook, cv: CompiledVersion, rule: Rule, facts: Mapping[str, object]
) -> Result:
    """A requirement of `cv` after its exceptions, before its contested clauses (unknown when
    two exceptions without a priority disagree)."""
    evaluator = _Evaluator(book, Env(facts), words=False, refining=False)
    evaluator.version = cv
    value, _, dispute = evaluator.exceptions(rule, rule.base(evaluator.env))
    return Unknown(frozenset()) if dispute is not None else value


class Verdicts(dict[str, r.Verdict]):
    """Each provision's verdict; `not_assessed` names the undetermined ones the facts do not
    touch at all (nothing that decides whether they apply is given), as `Result.assessed`."""

    not_assessed: frozenset[str] = frozenset()


def verdicts(
    book: CompiledBook,
    facts: Mapping[str, object],
    when: date | Period,
    only: frozenset[str] | None = None,
) -> Verdicts:
    """Every provision's verdict (or those in `only`), without words: the verdict `evaluate`
    gives, found by the generated kernel where the facts are exact and by the general engine
    (three-valued logic, supervaluation) where they are not."""
    out = Verdicts()
    untouched: list[str] = []
    general: _Evaluator | None = None
    fast = exact(facts)
    # the reports that can speak of each provision (CompiledBook.speaking)
    for pid, quick, p, slots in book.steps(when):
        if only is not None and pid not in only:
            continue
        if fast and quick is not None:  # the common case: one law, exact facts
            found_quickly = quick(facts)
            if found_quickly is not None:
                out[pid] = found_quickly
                continue
        found = []
        for slot in slots:
            if not slot.dated:  # the law's own dates exclude the events
                found.append(r.Verdict.NOT_APPLICABLE)
                continue
            if not slot.stated or slot.version is None:  # the report is silent about it
                found.append(r.Verdict.UNDETERMINED)
                continue
            kernel = slot.version.kernel
            judged = kernel.judge(facts) if fast and kernel is not None else None
            if judged is not None:
                found.append(judged[0])
                continue
            # the verdict depends on nothing but the values of the facts the provision reads
            key = (id(slot.version), tuple(facts.get(n, _ABSENT) for n in slot.version.reads))
            verdict = book.verdict_memo.get(key)
            if verdict is None:
                if general is None:
                    general = _Evaluator(book, Env(facts), words=False)
                verdict = general.verdict(slot.version)
                if len(book.verdict_memo) >= MAX_REMEMBERED_VERDICTS:
                    book.verdict_memo.clear()
                book.verdict_memo[key] = verdict
            found.append(verdict)
        out[p.id] = found[0] if len(found) == 1 or len(set(found)) == 1 else r.Verdict.UNDETERMINED
        if out[p.id] is r.Verdict.UNDETERMINED:
            # as `Result.assessed`: no law's `applies when` reads a fact the scenario gives
            deciding = [
                s.version.applies_facts if s.version else book.applies_reads(p) for s in slots
            ]
            if all(reads and not reads & facts.keys() for reads in deciding):
                untouched.append(p.id)
    out.not_assessed = frozenset(untouched)
    return out
