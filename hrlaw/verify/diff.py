"""`hrlaw diff A B`: what changed in the law between two reports, provision by provision, with
a minimal case whose verdict differs ("60 hours: compliant under 72 hours (kz2017), violation
under 48 hours (kz2021)").

A provision changed when the clauses in force or the values of its parameters differ between
the two reports' own periods. For each, the backend looks for facts that give different verdicts
under the two laws — decided verdicts first (compliant against violation), then one that the
rules leave open — and the witness is written twice, once dated under each report (the dates of
its events moved by whole years), each confirmed by hrlaw's own check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.engine import evaluate
from hrlaw.expand import Expander
from hrlaw.explain import fmt, value_text
from hrlaw.rulebook import RuleBook
from hrlaw.values import Unknown
from hrlaw.verify.backend import Backend
from hrlaw.verify.goals import Evaluator, Gives, Goal
from hrlaw.verify.laws import Law, laws, moments
from hrlaw.verify.witness import Witness, WitnessNotConfirmed, confirm, tidy
from hrlaw.versions import VersionCompiler

V = r.Verdict
# the pairs of verdicts a witness may show, the most telling first
PAIRS = [
    (V.COMPLIANT, V.VIOLATION),
    (V.VIOLATION, V.COMPLIANT),
    (V.NOT_APPLICABLE, V.VIOLATION),
    (V.VIOLATION, V.NOT_APPLICABLE),
    (V.NOT_APPLICABLE, V.COMPLIANT),
    (V.COMPLIANT, V.NOT_APPLICABLE),
    (V.UNDETERMINED, V.VIOLATION),
    (V.VIOLATION, V.UNDETERMINED),
    (V.UNDETERMINED, V.COMPLIANT),
    (V.COMPLIANT, V.UNDETERMINED),
    (V.UNDETERMINED, V.NOT_APPLICABLE),
    (V.NOT_APPLICABLE, V.UNDETERMINED),
]


@dataclass
class Change:
    """One provision whose law differs between the two reports."""

    provision: m.Provision
    first: Law | None  # None: not stated under the first report
    second: Law | None
    what: list[str]  # what changed, in words
    logic: bool  # the clauses or values that decide verdicts changed (not only penalties or notes)
    verdicts: tuple[r.Verdict, r.Verdict] | None = None
    witnesses: tuple[Witness, Witness] | None = None
    summary: str | None = None  # "60 hours: compliant under 72 hours (kz2017), violation …"


@dataclass
class Diff:
    first: str
    second: str
    changes: list[Change]
    unchanged: list[str] = field(default_factory=list)
    engine: str = ""
    notes: list[str] = field(default_factory=list)


def _main(found: list[Law], source: str) -> Law | None:
    """The provision's law over the report's own period."""
    own = [x for x in found if x.source.id == source]
    return next((x for x in own if x.whole), own[0] if own else None)


def _ids(items: tuple[object, ...]) -> set[int]:
    return {id(x) for x in items}


def differences(a: Law, b: Law) -> tuple[list[str], bool]:
    """What differs between two laws of one provision, in words, and whether it can change a
    verdict."""
    words: list[str] = []
    ca, cb = a.clauses, b.clauses
    logic = False
    if ca.applies != cb.applies:
        words.append("`applies when` differs")
        logic = True
    for kind, xs, ys in (
        ("requirement", ca.requirements, cb.requirements),
        ("exception", ca.exceptions, cb.exceptions),
        ("contested clause", ca.contested, cb.contested),
    ):
        only_a = [x for x in xs if id(x) not in _ids(ys)]
        only_b = [y for y in ys if id(y) not in _ids(xs)]
        for x, src in [*((x, a) for x in only_a), *((y, b) for y in only_b)]:
            label = x.id if isinstance(x, m.Requirement) else x.label
            words.append(f"{kind} `{label}` is in force under `{src.source.id}` only")
            logic = True
    for name in sorted(set(a.values) | set(b.values)):
        va, vb = a.values.get(name), b.values.get(name)
        if va is None or vb is None or value_text(va) != value_text(vb):
            shown_a = value_text(va) if va is not None else "no value"
            shown_b = value_text(vb) if vb is not None else "no value"
            words.append(f"`{name}`: {shown_a} ({a.source.id}), {shown_b} ({b.source.id})")
            logic = True
    if _ids(ca.penalties) != _ids(cb.penalties):
        words.append("the penalties differ")
    if _ids(ca.notes) != _ids(cb.notes):
        words.append("the notes differ")
    return words, logic


def _shift_years(facts: Mapping[str, object], years: int) -> dict[str, object] | None:
    """The facts with every date moved by whole years (None when a 29 February has no
    counterpart)."""
    out: dict[str, object] = {}
    for name, value in facts.items():
        if isinstance(value, date):
            try:
                value = value.replace(year=value.year + years)
            except ValueError:
                return None
        out[name] = value
    return out


class Differ:
    def __init__(self, book: RuleBook, backend: Backend) -> None:
        self.book = book
        self.compiled = book.compiled
        self.backend = backend
        self.evaluator = Evaluator(self.compiled)

    def diff(self, first: str, second: str, provisions: set[str] | None = None) -> Diff:
        out = Diff(first, second, [], engine=self.backend.name)
        for p in self.compiled.provisions:
            if provisions is not None and p.id not in provisions:
                continue
            found = laws(self.compiled, p)
            a, b = _main(found, first), _main(found, second)
            if a is None and b is None:
                continue
            if a is None or b is None:
                stated = a if a is not None else b
                assert stated is not None
                only = stated.source.id
                change = Change(p, a, b, [f"stated under `{only}` only"], logic=True)
                self.one_sided(change, stated, second if a is not None else first, first)
                out.changes.append(change)
                continue
            words, logic = differences(a, b)
            if not words:
                out.unchanged.append(p.id)
                continue
            change = Change(p, a, b, words, logic)
            if logic:
                self.witness(change, a, b)
            out.changes.append(change)
        out.notes = list(getattr(self.backend, "notes", []))
        return out

    def witness(self, change: Change, a: Law, b: Law) -> None:
        for va, vb in PAIRS:
            goal: Goal = (Gives(a, va), Gives(b, vb))
            facts = self.backend.solve(goal)
            if facts is None:
                continue
            kept = tidy(self.evaluator, goal, facts, a.day)
            dated = ((a.source.id, a.day), (b.source.id, b.day))
            pair = self.confirmed(change.provision, dated, kept, (va, vb))
            if pair is None:
                continue
            change.verdicts = (va, vb)
            change.witnesses = pair
            change.summary = self.summary(a, b, kept, (va, vb))
            return

    def one_sided(self, change: Change, law: Law, silent: str, first: str) -> None:
        """A provision one report states and the other does not: a case the stating report
        decides, which the silent report leaves undetermined."""
        other_day = next(
            (x.day for x in moments(self.compiled) if x.source.id == silent and x.inside),
            None,
        )
        if other_day is None:  # the silent report covers no period of its own
            return
        for verdict in (V.VIOLATION, V.COMPLIANT, V.NOT_APPLICABLE):
            goal: Goal = (Gives(law, verdict),)
            facts = self.backend.solve(goal)
            if facts is None:
                continue
            kept = tidy(self.evaluator, goal, facts, law.day)
            (result,) = evaluate(self.compiled, kept, other_day, frozenset({law.provision.id}))
            if result.verdict is verdict:
                continue
            sides = [((law.source.id, law.day), verdict), ((silent, other_day), result.verdict)]
            if law.source.id != first:
                sides.reverse()
            dated = (sides[0][0], sides[1][0])
            verdicts = (sides[0][1], sides[1][1])
            pair = self.confirmed(change.provision, dated, kept, verdicts)
            if pair is None:
                continue
            change.verdicts = verdicts
            change.witnesses = pair
            change.summary = (
                f"{verdicts[0].value} under {dated[0][0]}, {verdicts[1].value} under "
                f"{dated[1][0]} (the report of {silent} does not state the provision)"
            )
            return

    def confirmed(
        self,
        p: m.Provision,
        dated: tuple[tuple[str, date], tuple[str, date]],
        facts: Mapping[str, object],
        verdicts: tuple[r.Verdict, r.Verdict],
    ) -> tuple[Witness, Witness] | None:
        """The witness dated under each report (its dates moved by whole years to the second
        report's period when the verdict stays), each confirmed."""
        (first, day_a), (second, day_b) = dated
        later = _shift_years(facts, day_b.year - day_a.year) or dict(facts)
        out: list[Witness] = []
        for (source, day), these, verdict in (
            ((first, day_a), facts, verdicts[0]),
            ((second, day_b), later, verdicts[1]),
        ):
            (result,) = evaluate(self.compiled, these, day, frozenset({p.id}))
            if result.verdict is not verdict and these is later:
                these = dict(facts)
                (result,) = evaluate(self.compiled, these, day, frozenset({p.id}))
            if result.verdict is not verdict:
                return None
            witness = Witness(
                title=f"{p.title}: {verdict.value} under the law reported in {source}",
                day=day,
                facts=dict(these),
                expect={p.id: verdict},
                explanations={p.id: result.explanation},
                name=f"{p.id}/{source}",
            )
            try:
                confirm(self.book, witness)
            except WitnessNotConfirmed:
                return None
            out.append(witness)
        return out[0], out[1]

    def summary(
        self, a: Law, b: Law, facts: Mapping[str, object], verdicts: tuple[r.Verdict, r.Verdict]
    ) -> str:
        """`60 hours: compliant under 72 hours (kz2017), violation under 48 hours (kz2021)` for
        a changed value; else both verdicts and the clauses that changed."""
        changed = [
            n
            for n in sorted(set(a.values) & set(b.values))
            if value_text(a.values[n]) != value_text(b.values[n])
        ]
        for name in changed:
            subject = self.measured(a, name, facts)
            if subject is None:
                continue
            what, shown = subject
            va, vb = value_text(a.values[name]), value_text(b.values[name])
            return (
                f"{what}: {shown}: {verdicts[0].value} under {va} ({a.source.id}), "
                f"{verdicts[1].value} under {vb} ({b.source.id})"
            )
        return f"{verdicts[0].value} under {a.source.id}, {verdicts[1].value} under {b.source.id}"

    def measured(
        self, law: Law, parameter: str, facts: Mapping[str, object]
    ) -> tuple[str, str] | None:
        """What the witness measures against a parameter (`time from the arrest …`, `60 hours`),
        from the first comparison with it whose other side the facts decide."""
        checked = self.compiled.checked
        expand = Expander(checked.macros, {})
        exprs: list[m.Expr] = [law.clauses.applies] if law.clauses.applies is not None else []
        exprs += [x.expr for x in law.clauses.requirements]
        exprs += [
            e for x in law.clauses.exceptions for e in (x.when, x.replacement) if e is not None
        ]
        todo = [expand.expr(e) for e in exprs]
        compiler = VersionCompiler(self.compiled, law.source, law.values)
        from hrlaw.compile import Env

        while todo:
            node = todo.pop(0)
            if isinstance(node, m.Compare):
                for side, other in ((node.left, node.right), (node.right, node.left)):
                    if isinstance(side, m.Ref) and side.name == parameter:
                        value = compiler.fn(other)(Env(dict(facts)))
                        if not isinstance(value, Unknown):
                            return self.subject(other), fmt(value, None)
            todo.extend(m.children(node))
        return None

    def subject(self, e: m.Expr) -> str:
        checked = self.compiled.checked
        if isinstance(e, m.Ref):
            define = checked.defines.get(e.name)
            if define is not None and define.meaning:
                return define.meaning
            return e.name
        return "the value"


def diff(
    book: RuleBook, backend: Backend, first: str, second: str, provisions: set[str] | None = None
) -> Diff:
    return Differ(book, backend).diff(first, second, provisions)
