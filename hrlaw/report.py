"""The report: verdicts, explanations and citations. These pydantic models are the JSON contract."""

from __future__ import annotations

from datetime import date as Day  # `ScenarioInfo.date` is the date as stated
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Verdict(StrEnum):
    VIOLATION = "violation"
    COMPLIANT = "compliant"
    UNDETERMINED = "undetermined"
    NOT_APPLICABLE = "not_applicable"


class Outcome(StrEnum):
    MET = "met"
    FAILED = "failed"
    UNKNOWN = "unknown"
    CONTESTED = "contested"
    WAIVED = "waived"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(_Frozen):
    source: str
    section: str
    quote: str


class Option(_Frozen):
    """One answer to a question about an enumeration fact: its value and the words for it."""

    value: str
    label: str


class MissingFact(_Frozen):
    fact: str
    type: str
    question: str | None = None
    options: list[Option] = []  # for an enumeration or set fact: every value it can take


class FailedRequirement(_Frozen):
    requirement: str
    text: str
    citation: Citation  # the first of `citations`
    explanation: str
    citations: list[Citation] = []  # every citation of the breached clause under the law applied


class Evidence(_Frozen):
    """One measured limit of a requirement, as the facts give it: what was compared with what,
    in the words and unit a lawyer reads, and which side of the limit it falls."""

    requirement: str  # the requirement the limit belongs to
    exception: str | None = None  # the label of the exception whose rule replaced it, if any
    subject: str  # what is measured, in words
    op: str  # <=, <, >=, >, = or !=
    value: str  # the value as the facts give it ("60 hours", "under 16 years", "not given")
    limit: str  # the limit under the law applied ("48 hours")
    unit: str | None  # the unit both are shown in
    margin: str | None  # how far over or under ("12 hours over the limit"), when it can be measured
    holds: bool | None  # whether the value keeps the limit (None: not known from the facts)


class RequirementResult(_Frozen):
    requirement: str
    text: str
    outcome: Outcome
    explanation: str
    exception: str | None = None  # the text of the exception that decided it, if any


class ConflictKind(StrEnum):
    """Why no answer to a question settles a verdict."""

    CONTRADICTION = "contradiction"  # the sources say different things (`contested`)
    UNSETTLED = "unsettled"  # the sources leave it open: a gap, an ambiguous sentence
    EXCEPTIONS = "exceptions"  # two exceptions hold and the rules give neither priority
    SILENCE = "silence"  # the report applied is silent on a provision another report states
    CHANGE = "change"  # the law changed between two reports, which do not date the change


class Conflict(_Frozen):
    requirement: str
    text: str
    citations: list[Citation]
    kind: ConflictKind


class Penalty(_Frozen):
    text: str
    citations: list[Citation]


class LawResult(_Frozen):
    """The verdict under one report's law, when the events fall between two reports."""

    version: str
    verdict: Verdict
    explanation: str
    citations: list[Citation]
    # the part of an imprecise date of the events this law holds for, when the law changes in it
    period: str | None = None


class Unchecked(_Frozen):
    """A rule the reports state that hrlaw does not check, and why: shown when the facts touch it,
    so that silence is not read as "lawful"."""

    id: str
    title: str
    reason: str
    citations: list[Citation]


class SourceInfo(_Frozen):
    """A report the citations quote: its id (as citations name it), full title and address."""

    id: str
    title: str
    address: str | None = None
    year: int | None = None


class Note(_Frozen):
    """A stated interpretation of the reports that this result relies on."""

    text: str
    citations: list[Citation] = []


class Result(_Frozen):
    provision: str
    title: str
    verdict: Verdict
    applies: bool | None  # whether the provision concerns the case (None: not known yet)
    version: str | None
    explanation: str
    missing: list[MissingFact]
    citations: list[Citation]
    failed: list[FailedRequirement]
    penalty: Penalty | None  # the first of `penalties`
    warnings: list[str]
    requirements: list[RequirementResult]
    conflicts: list[Conflict]
    penalties: list[Penalty] = []  # every sanction the report names, on a violation
    notes: list[Note] = []  # the interpretations this provision's rules rely on
    # False: the facts do not touch the provision at all (none of what decides whether it
    # applies is given); such a result is `undetermined` but counted as not assessed
    assessed: bool = True
    # events between two reports: the verdict under each report's law (empty otherwise)
    laws: list[LawResult] = []
    evidence: list[Evidence] = []  # every limit the requirements measure, under the law applied


class ScenarioInfo(_Frozen):
    path: str | None
    title: str | None
    date: str  # as stated: a day (2021-06-10), a month (2021-08) or a year (2021)
    first_day: Day  # the days the date of the events may be
    last_day: Day


class RulebookInfo(_Frozen):
    digest: str
    hrlaw_version: str


class Summary(_Frozen):
    violation: int = 0
    compliant: int = 0
    undetermined: int = 0  # assessed provisions only
    not_applicable: int = 0
    not_assessed: int = 0  # undetermined because the facts do not touch the provision


class Expectation(_Frozen):
    provision: str
    expected: Verdict
    actual: Verdict
    met: bool
    encoded_in: str | None = None  # for a catalogue id encoded inside another provision


class Report(_Frozen):
    scenario: ScenarioInfo
    rulebook: RulebookInfo
    results: list[Result]
    summary: Summary
    expectations: list[Expectation]
    # about the law applied as a whole: dates outside or between the reports, event dates
    # under another law than `date:`
    notices: list[str] = []
    unchecked: list[Unchecked] = []  # rules the facts touch that hrlaw does not check
    # the reports quoted by the assessed results and the rules not checked: title and address
    sources: list[SourceInfo] = []

    def source(self, source_id: str) -> SourceInfo:
        """The full title and address of a report the results cite, by its id (`kz2021`);
        KeyError for a report not cited here."""
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.verdict is Verdict.VIOLATION]

    @property
    def ok(self) -> bool:
        """No violation and every expectation met (exit code 0 of `hrlaw check`)."""
        return not self.violations and all(e.met for e in self.expectations)

    def result(self, provision: str) -> Result:
        """The result of a provision, by its id or by a catalogue id it also encodes."""
        hosts = {e.provision: e.encoded_in for e in self.expectations if e.encoded_in}
        wanted = hosts.get(provision, provision)
        for r in self.results:
            if r.provision == wanted:
                return r
        raise KeyError(provision)


def cited_sources(results: list[Result], unchecked: list[Unchecked]) -> set[str]:
    """The ids of every report quoted by a citation of the assessed results (those the facts
    touch) or of the rules not checked."""
    found: set[str] = set()
    for res in results:
        if not res.assessed:
            continue
        cites = [*res.citations, *(c for f in res.failed for c in [f.citation, *f.citations])]
        cites += [c for x in res.conflicts for c in x.citations]
        cites += [c for p in res.penalties for c in p.citations]
        cites += [c for n in res.notes for c in n.citations]
        cites += [c for law in res.laws for c in law.citations]
        found |= {c.source for c in cites}
    found |= {c.source for u in unchecked for c in u.citations}
    return found


def summarize(results: list[Result]) -> Summary:
    counts = {v.value: 0 for v in Verdict} | {"not_assessed": 0}
    for r in results:
        counts[r.verdict.value if r.assessed else "not_assessed"] += 1
    return Summary(**counts)
