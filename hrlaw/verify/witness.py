"""Witnesses: the facts an analysis found, made into scenarios a lawyer can read and `hrlaw check`
can confirm.

A witness is first tidied — facts that do not matter are dropped, and its dates are moved so that
the first event falls on the day the law is applied to — then written as a scenario in the plain
YAML format (values in their text forms, an `expect:` block with the verdicts the engine gives),
read back and checked: a witness hrlaw cannot confirm is never reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hrlaw import report as r
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.files import write_atomic
from hrlaw.forms import ScenarioText, scenario_yaml, text_form
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import parse_scenario
from hrlaw.verify.goals import Evaluator, Goal, constrained


@dataclass(frozen=True)
class Witness:
    """A case: its facts (typed), the date of its events and the verdicts it shows."""

    title: str
    day: date
    facts: Mapping[str, object]
    expect: Mapping[str, r.Verdict]
    explanations: Mapping[str, str] = field(default_factory=dict)
    name: str = "witness"  # file name stem when written

    def text(self, book: RuleBook) -> ScenarioText:
        facts = book.checked.facts
        return ScenarioText(
            date=self.day,
            facts={n: text_form(v, facts.get(n)) for n, v in sorted(self.facts.items())},
            title=self.title,
            expect={pid: v.value for pid, v in self.expect.items()},
        )

    def yaml(self, book: RuleBook) -> str:
        return scenario_yaml(self.text(book))

    def shown(self, book: RuleBook) -> dict[str, object]:
        """The facts in their text forms (for reports)."""
        return dict(self.text(book).facts)


class WitnessNotConfirmed(Exception):
    """hrlaw's own check of a witness disagrees with the analysis that found it (a bug)."""


def tidy(
    evaluator: Evaluator, goal: Goal, facts: Mapping[str, object], day: date
) -> dict[str, object]:
    """The witness with every fact the goal does not need dropped (latest chosen first), and
    its dates moved so that the first event is on `day` (when the goal still holds)."""
    goal = constrained(evaluator.book, goal)
    kept = dict(facts)
    for name in reversed(list(facts)):
        fewer = {n: v for n, v in kept.items() if n != name}
        if evaluator.status(goal, fewer)[0] is True:
            kept = fewer
    moved = _moved(kept, day)
    if moved != kept and evaluator.status(goal, moved)[0] is True:
        return moved
    return kept


def _moved(facts: Mapping[str, object], day: date) -> dict[str, object]:
    days = [
        v.date() if isinstance(v, datetime) else v for v in facts.values() if isinstance(v, date)
    ]
    if not days:
        return dict(facts)
    delta = timedelta(days=(day - min(days)).days)
    if not delta:
        return dict(facts)
    try:
        return {n: (v + delta if isinstance(v, date) else v) for n, v in facts.items()}
    except OverflowError:
        return dict(facts)


def confirm(book: RuleBook, witness: Witness) -> None:
    """Write the witness as YAML, read it back and evaluate the provisions it expects: every
    verdict must be the one expected (WitnessNotConfirmed otherwise). `hrlaw check` of the file
    gives the same verdicts (tested)."""
    text = witness.yaml(book)
    try:
        scenario = parse_scenario(text.encode(), f"{witness.name}.yaml")
        facts = book.typed_facts(scenario)
    except HrlawError as exc:
        raise WitnessNotConfirmed(f"{witness.name}: {exc.render()}\n{text}") from exc
    results = book.evaluate(facts, scenario.date, provisions=list(witness.expect))
    unmet = [x for x in results if x.verdict is not witness.expect[x.provision]]
    if unmet:
        said = ", ".join(
            f"{x.provision}: {x.verdict.value} (not {witness.expect[x.provision].value})"
            for x in unmet
        )
        raise WitnessNotConfirmed(f"{witness.name}: {said}\n{text}")


def write(book: RuleBook, witnesses: list[Witness], folder: str) -> list[str]:
    """Write each witness as `<folder>/<name>.yaml`, atomically; the paths written."""
    from pathlib import Path

    root = Path(folder)
    written: list[str] = []
    try:
        for witness in witnesses:
            path = root / f"{witness.name}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, witness.yaml(book))
            written.append(str(path))
    except OSError as exc:
        raise HrlawError(
            [
                Diagnostic(
                    Code.CANNOT_WRITE,
                    f"cannot write witnesses to `{folder}`: {exc.strerror or exc}",
                    path=folder,
                    help="give a directory you can write to",
                )
            ]
        ) from None
    return written
