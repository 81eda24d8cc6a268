"""What scenarios exercise (`hrlaw coverage SCENARIOS…`): for each provision, the verdicts the
scenarios reach under each report's law, the outcomes each clause takes, the exceptions that
decide; and the provisions and clauses no scenario reaches. A clause only ever met is tested on
one side only: a lawyer reviewing the rule base wants a scenario on each side of every clause."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import cast

from pydantic import BaseModel, ConfigDict

from hrlaw import report as r
from hrlaw.rulebook import RuleBook


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ClauseUse(_Frozen):
    """A requirement under one report's law: how often the scenarios found it met, failed, ..."""

    law: str
    requirement: str
    text: str
    outcomes: dict[str, int]  # outcome (met, failed, unknown, contested, waived) -> scenarios

    @property
    def both_sides(self) -> bool:
        return bool(self.outcomes.get("met")) and bool(self.outcomes.get("failed"))


class ProvisionUse(_Frozen):
    provision: str
    title: str
    domain: str
    verdicts: dict[str, dict[str, int]]  # law -> verdict -> number of scenarios
    clauses: list[ClauseUse]
    exceptions: dict[str, int]  # the text of an exception that decided a clause -> scenarios
    scenarios: list[str]  # the scenarios that assess it

    @property
    def assessed(self) -> bool:
        return bool(self.scenarios)


class Exercise(_Frozen):
    """`hrlaw coverage --format json`."""

    scenarios: int
    provisions: list[ProvisionUse]

    @property
    def unassessed(self) -> list[str]:
        return [p.provision for p in self.provisions if not p.assessed]


def _law(res: r.Result) -> list[tuple[str, r.Result]]:
    """The result under each law it was judged by (two between the reports)."""
    if res.laws:
        return [(law.version, res) for law in res.laws]
    return [(res.version or "", res)]


def exercise(book: RuleBook, reports: Iterable[r.Report]) -> Exercise:
    """What the reports of scenarios (as `book.check` gives them) reach, per provision."""
    verdicts: dict[str, dict[str, Counter[str]]] = {}
    outcomes: dict[tuple[str, str, str], Counter[str]] = {}
    texts: dict[tuple[str, str, str], str] = {}
    exceptions: dict[str, Counter[str]] = {}
    seen: dict[str, list[str]] = {}
    count = 0
    for report in reports:
        count += 1
        name = report.scenario.path or report.scenario.title or f"scenario {count}"
        for res in report.results:
            if not res.assessed:
                continue
            seen.setdefault(res.provision, []).append(name)
            for law, _ in _law(res):
                per = verdicts.setdefault(res.provision, {}).setdefault(law, Counter())
                law_verdict = next((x.verdict for x in res.laws if x.version == law), res.verdict)
                per[law_verdict.value] += 1
            law = res.version or ""
            for req in res.requirements:
                key = (res.provision, law, req.requirement)
                outcomes.setdefault(key, Counter())[req.outcome.value] += 1
                texts.setdefault(key, req.text)
                if req.exception:
                    exceptions.setdefault(res.provision, Counter())[req.exception] += 1
    rows: list[ProvisionUse] = []
    for p in book.provisions:
        described = book.describe(p.id)
        clauses: list[ClauseUse] = []
        for version in cast(list[dict[str, object]], described["versions"]):
            law = str(version["source"])
            for clause in cast(list[dict[str, object]], version["requirements"]):
                key = (p.id, law, str(clause["id"]))
                clauses.append(
                    ClauseUse(
                        law=law,
                        requirement=str(clause["id"]),
                        text=texts.get(key, str(clause["text"])),
                        outcomes=dict(outcomes.get(key, Counter())),
                    )
                )
        rows.append(
            ProvisionUse(
                provision=p.id,
                title=p.title,
                domain=str(described["domain"]),
                verdicts={law: dict(c) for law, c in sorted(verdicts.get(p.id, {}).items()) if law},
                clauses=clauses,
                exceptions=dict(exceptions.get(p.id, Counter())),
                scenarios=seen.get(p.id, []),
            )
        )
    return Exercise(scenarios=count, provisions=rows)


_ORDER = ["violation", "compliant", "undetermined", "not_applicable"]


def exercise_text(found: Exercise) -> str:
    """Per provision: verdicts reached per law, clauses tested on one side only or never."""
    lines: list[str] = []
    for p in found.provisions:
        if not p.assessed:
            continue
        n = len(p.scenarios)
        lines.append(f"{p.provision} — {p.title}  ({n} scenario{'s' if n != 1 else ''})")
        for law, counts in p.verdicts.items():
            reached = ", ".join(f"{v} {counts[v]}" for v in _ORDER if counts.get(v))
            missing = [v for v in ("violation", "compliant") if not counts.get(v)]
            gap = f"; never {' or '.join(missing)}" if missing else ""
            lines.append(f"    {law}: {reached}{gap}")
        for clause in p.clauses:
            if clause.both_sides:
                continue
            said = ", ".join(f"{o} {n}" for o, n in sorted(clause.outcomes.items()))
            what = f"only {said}" if said else "never reached"
            lines.append(f"    clause {clause.law}/{clause.requirement}: {what}")
        for text, n in p.exceptions.items():
            lines.append(f"    exception decided {n}×: {text}")
    unassessed = found.unassessed
    if unassessed:
        lines.append(f"never assessed: {', '.join(unassessed)}")
    clauses = [c for p in found.provisions for c in p.clauses]
    both = sum(c.both_sides for c in clauses)
    assessed = len(found.provisions) - len(unassessed)
    plural = "s" if found.scenarios != 1 else ""
    lines.append(
        f"{found.scenarios} scenario{plural}: {assessed} of {len(found.provisions)} provisions "
        f"assessed; {both} of {len(clauses)} clauses (per report) both met and failed"
    )
    return "\n".join(lines) + "\n"
