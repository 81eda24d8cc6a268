"""Supervaluation: verdicts over partial knowledge, and the facts that could still change them.

A verdict over what is known in part (a range, a list known in part, a fact not given) is the
verdict every completion of that knowledge gives. The ranges are cut into cells at the points
where a rule may change its mind (`partial.py`), every combination of cells is evaluated soundly,
and the verdict is decided only when they all agree. The same enumeration says which open facts
matter: a fact is asked only when some answer to it could change the verdict.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from fractions import Fraction

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.partial import MAX_CELLS, cells, completions, split_points
from hrlaw.versions import CompiledVersion

Agreed = tuple[r.Verdict, dict[str, r.Outcome]]  # a verdict and the requirement outcomes agreed
# the verdict, each requirement's outcome and the facts still open, for other facts
Quick = Callable[[Mapping[str, object]], tuple[r.Verdict, dict[str, r.Outcome], set[str]]]


def settled(found: Agreed | None) -> Agreed | None:
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


def refine(
    cv: CompiledVersion, facts: Mapping[str, object], partial: list[str], quick: Quick
) -> Agreed | None:
    """Supervaluation over what is known in part: the verdict every completion gives, found
    by evaluating cells of the ranges (split at the rules' own thresholds); None when the
    completions do not all agree, or there are too many cells to weigh."""
    points = split_points(cv.thresholds, _read(cv, facts))
    choices = [cells(facts[n], points, cv.members) for n in partial]
    count = 1
    for c in choices:
        count *= len(c)
    if count > MAX_CELLS:
        return None
    verdicts: set[r.Verdict] = set()
    agreed: dict[str, set[r.Outcome]] = {}
    for combo in itertools.product(*choices):
        verdict, outcomes, _ = quick({**facts, **dict(zip(partial, combo, strict=True))})
        verdicts.add(verdict)
        if verdict is r.Verdict.UNDETERMINED or len(verdicts) > 1:
            return None
        for rid, outcome in outcomes.items():
            agreed.setdefault(rid, set()).add(outcome)
    (verdict,) = verdicts
    return verdict, {rid: next(iter(o)) for rid, o in agreed.items() if len(o) == 1}


def _read(cv: CompiledVersion, facts: Mapping[str, object]) -> dict[str, object]:
    """The given facts the provision reads (other facts never move its thresholds)."""
    return {n: v for n, v in facts.items() if n in cv.reads}


def decisive(
    cv: CompiledVersion,
    facts: Mapping[str, object],
    candidates: set[str],
    declared: Mapping[str, m.Fact],
    quick: Quick,
) -> tuple[list[str], Agreed | None]:
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
    points = split_points(cv.thresholds, _read(cv, facts))
    choices: dict[str, list[object]] = {}
    complete = True
    for name in sorted(candidates):
        fact = declared.get(name)
        values = completions(fact, facts.get(name), points, cv.members)
        if values:
            choices[name] = values
        elif fact is not None or name in facts:
            complete = False
    alone = {  # the share of its values that decide the verdict on their own
        name: Fraction(
            sum(quick({**facts, name: v})[0] is not r.Verdict.UNDETERMINED for v in values),
            len(values),
        )
        for name, values in choices.items()
    }
    found = _tips(facts, choices, quick) if complete else None
    if found is None:
        kept = {n for n in candidates if n in choices or n in declared}
        tips: dict[str, int] = {}
        settled = None
    else:
        tips, settled = found
        kept = {name for name, count in tips.items() if count}
    order = sorted(kept, key=lambda n: (-alone.get(n, 0), -tips.get(n, 0), n))
    return order, settled


def settles(
    cv: CompiledVersion,
    facts: Mapping[str, object],
    candidates: set[str],
    declared: Mapping[str, m.Fact],
    quick: Quick,
) -> Agreed | None:
    """The verdict every combination of the open facts' values gives, as `decisive` finds it,
    without ranking the facts: it stops at the first two combinations that disagree."""
    points = split_points(cv.thresholds, _read(cv, facts))
    choices: list[tuple[str, list[object]]] = []
    count = 1
    for name in sorted(candidates):
        fact = declared.get(name)
        values = completions(fact, facts.get(name), points, cv.members)
        if values:
            choices.append((name, values))
            count *= len(values)
        elif fact is not None or name in facts:
            return None  # cannot be enumerated: nothing is settled on a guess
    if count > MAX_CELLS:
        return None
    seen: r.Verdict | None = None
    agreed: dict[str, set[r.Outcome]] = {}
    names = [n for n, _ in choices]
    for combo in itertools.product(*(values for _, values in choices)):
        here, outcomes, missing = quick({**facts, **dict(zip(names, combo, strict=True))})
        if missing or (seen is not None and here is not seen):
            return None
        seen = here
        for rid, outcome in outcomes.items():
            agreed.setdefault(rid, set()).add(outcome)
    assert seen is not None
    return seen, {rid: next(iter(o)) for rid, o in agreed.items() if len(o) == 1}


def _tips(
    facts: Mapping[str, object], choices: dict[str, list[object]], quick: Quick
) -> tuple[dict[str, int], Agreed | None] | None:
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
        here, outcomes, missing = quick({**facts, **chosen})
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
