"""The interview (`hrlaw interview`): the questions that can still change a verdict, one at a time,
the most decisive first; each answer checked as a scenario file's value is, and asked again when
it does not fit; verdicts shown as they settle; the scenario written atomically after every
answer, so that an interview stopped at any point resumes from its file.

Input and output are two functions, so that the same interview runs in a terminal, from a pipe
(one answer per line: scriptable) and in tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from hrlaw import model as m
from hrlaw.coerce import CoerceError, accepted_forms, parse_date, parse_datetime, parse_when
from hrlaw.diagnostics import HrlawError
from hrlaw.files import write_atomic
from hrlaw.forms import ScenarioText, scenario_yaml
from hrlaw.report import MissingFact, Report, Result, Verdict
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import AS_OF_DAY, AS_OF_MOMENT, Scenario
from hrlaw.values import Period

Ask = Callable[[str], str | None]  # a prompt -> the answer, None when the input ends
Say = Callable[[str], None]

HELP = (
    "Answer in any form the fact accepts (`?` lists them); a blank answer means not known "
    "(the question is not asked again); `q` stops. The file is saved after every answer."
)
_MARK = {
    Verdict.VIOLATION: "✗ violation",
    Verdict.COMPLIANT: "✓ compliant",
    Verdict.NOT_APPLICABLE: "– not applicable",
    Verdict.UNDETERMINED: "? undetermined",
}


@dataclass
class Interview:
    """One interview of `book` about the case in `path` for `provisions` (all when empty)."""

    book: RuleBook
    path: Path
    scenario: Scenario
    provisions: Sequence[str] = ()
    skipped: set[str] = field(default_factory=set)
    answered: int = 0

    def report(self) -> Report:
        return self.book.check(replace(self.scenario, expect={}))

    def chosen(self, report: Report) -> list[Result]:
        """The provisions the interview is about: those named; else those the facts touch;
        else every provision."""
        if self.provisions:
            wanted = set(self.provisions)
            return [r for r in report.results if r.provision in wanted]
        touched = [r for r in report.results if r.assessed]
        return touched or list(report.results)

    def next_question(self, report: Report) -> MissingFact | None:
        """The open fact that weighs most: asked by the most undetermined provisions, the
        most decisive first within each (`missing` is ranked by the engine)."""
        score: dict[str, float] = {}
        facts: dict[str, MissingFact] = {}
        for res in self.chosen(report):
            if res.verdict is not Verdict.UNDETERMINED:
                continue
            for rank, fact in enumerate(res.missing):
                if fact.fact in self.skipped:
                    continue
                score[fact.fact] = score.get(fact.fact, 0.0) + 1.0 / (1 + rank)
                facts.setdefault(fact.fact, fact)
        if not score:
            return None
        best = max(score, key=lambda name: (score[name], -list(score).index(name)))
        return facts[best]

    def answer(self, fact: MissingFact, text: str) -> Scenario:
        """The scenario with the answer; HrlawError (or CoerceError) when it does not fit."""
        text = text.strip()
        if fact.fact in (AS_OF_MOMENT, AS_OF_DAY):
            as_of: date = parse_datetime(text) if ("T" in text or " " in text) else parse_date(text)
            candidate = replace(self.scenario, as_of=as_of)
        else:
            facts = {k: v for k, v in self.scenario.flat_facts().items() if v is not None}
            facts[fact.fact] = _value(text, fact)
            candidate = Scenario(
                date=self.scenario.date,
                facts=facts,
                title=self.scenario.title,
                path=self.scenario.path,
                expect=self.scenario.expect,
                as_of=self.scenario.as_of,
            )
        self.book.typed_facts(replace(candidate, expect={}))  # raises when it does not fit
        return candidate

    def save(self) -> None:
        write_atomic(self.path, scenario_text(self.scenario))


def _value(text: str, fact: MissingFact) -> object:
    """An answer as a scenario file would hold it: a list for a set (`a, b` or `[a, b]`)."""
    if "set of" in fact.type or fact.type.startswith("set"):
        inner = text.strip().removeprefix("[").removesuffix("]")
        return [part.strip() for part in inner.split(",") if part.strip()]
    lowered = text.lower()
    if fact.type == "bool" and lowered in ("y", "n"):
        return "true" if lowered == "y" else "false"
    return text


def scenario_text(s: Scenario) -> str:
    """The scenario as YAML, facts not known left out."""
    facts = {k: v for k, v in s.flat_facts().items() if v is not None}
    return scenario_yaml(
        ScenarioText(
            date=s.date,
            facts=facts,
            title=s.title,
            expect=dict(s.expect),
            as_of=s.as_of,
        )
    )


def _forms(book: RuleBook, fact: MissingFact) -> str:
    declared: m.Fact | None = book.facts.get(fact.fact)
    if fact.options:
        return "one of: " + ", ".join(f"{o.value} ({o.label})" for o in fact.options)
    if declared is not None:
        return "e.g. " + "; ".join(accepted_forms(declared))
    if fact.fact == AS_OF_MOMENT:
        return "e.g. 2021-06-12T20:00"
    return f"a {fact.type}"


def _settled(before: Report, after: Report, chosen: set[str]) -> list[Result]:
    old = {r.provision: r.verdict for r in before.results}
    return [
        r
        for r in after.results
        if r.provision in chosen
        and r.verdict is not Verdict.UNDETERMINED
        and old.get(r.provision) is not r.verdict
    ]


def start(book: RuleBook, path: Path, ask: Ask, say: Say) -> Scenario | None:
    """A new case: its date (asked until valid) and title. None when the input ends."""
    say(f"A new case, saved to {path}.")
    while True:
        text = ask("Date of the events (YYYY-MM-DD, or YYYY-MM, YYYY): ")
        if text is None:
            return None
        try:
            when: date | Period = parse_when(text.strip())
            break
        except CoerceError as exc:
            say(f"  {exc.message}" + (f" — {exc.help}" if exc.help else ""))
    title = ask("A title for the case (blank for none): ")
    return Scenario(date=when, facts={}, title=(title or "").strip() or None, path=str(path))


def run(interview: Interview, ask: Ask, say: Say) -> Report:
    """Ask until no question can change a verdict, the input ends or `q`; save after every
    answer. Returns the last report."""
    book = interview.book
    say(HELP)
    report = interview.report()
    chosen = {r.provision for r in interview.chosen(report)}
    while True:
        fact = interview.next_question(report)
        if fact is None:
            say("No question left that could change a verdict.")
            break
        question = " ".join((fact.question or f"What is `{fact.fact}`?").split())
        prompt = f"{question}\n  ({fact.fact}: {fact.type}) > "
        text = ask(prompt)
        if text is None or text.strip().lower() in ("q", "quit"):
            break
        if text.strip() == "?":
            say(f"  {_forms(book, fact)}")
            continue
        if not text.strip():
            interview.skipped.add(fact.fact)
            continue
        try:
            interview.scenario = interview.answer(fact, text)
        except (HrlawError, CoerceError) as exc:
            say(f"  not accepted: {_problem(exc)}")
            say(f"  {_forms(book, fact)}")
            continue
        interview.answered += 1
        interview.save()
        after = interview.report()
        for res in _settled(report, after, chosen):
            say(f"  {_MARK[res.verdict]}: {res.provision} — {res.explanation}")
        report = after
    interview.save()
    counts = {
        v: sum(r.verdict is v for r in report.results if r.provision in chosen) for v in Verdict
    }
    said = ", ".join(f"{n} {v.value.replace('_', ' ')}" for v, n in counts.items() if n)
    say(f"{said}. Saved to {interview.path}; `hrlaw check {interview.path}` shows everything.")
    return report


def _problem(exc: HrlawError | CoerceError) -> str:
    if isinstance(exc, CoerceError):
        return exc.message + (f" ({exc.help})" if exc.help else "")
    first = exc.diagnostics[0]
    return first.message + (f" ({first.help})" if first.help else "")
