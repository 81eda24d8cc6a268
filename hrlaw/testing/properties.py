"""Properties every rule book must have, checked on any scenario (`hrlaw.testing.scenarios`
draws them). Each raises an AssertionError naming what broke.

- `check_deterministic`: the same rule base and scenario give the same report, every time.
- `check_monotone`: a fact added (or a partial one made exact) never turns a decided verdict
  undetermined, nor changes it.
- `check_witnesses`: every witness of `hrlaw verify` / `hrlaw diff` reproduces with hrlaw check.
- `check_unchanged_agree`: a provision whose law did not change between two reports gives the
  same verdict under both.
- `check_reference`: the compiled engine agrees with the reference interpreter (reference.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from hrlaw.engine import evaluate
from hrlaw.reference import Judgement, Reference
from hrlaw.report import Verdict
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import Scenario, parse_scenario
from hrlaw.testing.strategies import vocabulary
from hrlaw.typed import PARTS
from hrlaw.values import Between, PartialSet
from hrlaw.verify.analysis import Verification
from hrlaw.verify.diff import Diff, differences
from hrlaw.verify.laws import laws
from hrlaw.verify.witness import Witness


def stated(scenario: Scenario) -> dict[str, object]:
    """The scenario's facts by dotted name, a set known in part kept as one mapping
    (`{"includes": [...], "excludes": [...]}`) under its own name."""
    out: dict[str, object] = {}
    for name, value in scenario.flat_facts().items():
        owner, _, part = name.rpartition(".")
        if part in PARTS and owner:
            known = out.setdefault(owner, {})
            assert isinstance(known, dict), name
            known[part] = value
        else:
            out[name] = value
    return out


def with_facts(scenario: Scenario, more: Mapping[str, object]) -> Scenario:
    """The scenario with facts added (those it already gives are kept as they are)."""
    given = stated(scenario)
    return replace(scenario, facts={**given, **{n: v for n, v in more.items() if n not in given}})


def answered(book: RuleBook, scenario: Scenario, answers: Mapping[str, object]) -> Scenario:
    """The scenario with `answers` in place of what it states of those facts (a bound, a set
    known in part); a derived fact stated directly gives way to the facts it is computed from
    when one of them is answered."""
    inputs = vocabulary(book).inputs
    replaced = {d for d, names in inputs.items() if names & answers.keys()}
    given = {n: v for n, v in stated(scenario).items() if n not in answers.keys() | replaced}
    return replace(scenario, facts={**given, **answers})


def check_deterministic(book: RuleBook, scenario: Scenario, fresh: RuleBook | None = None) -> None:
    """Checking twice (and with another load of the same rule base) gives the same report."""
    first = book.check(scenario)
    for other in (book, fresh or book):
        again = other.check(scenario)
        if again.model_dump_json() != first.model_dump_json():
            changed = [
                a.provision for a, b in zip(first.results, again.results, strict=True) if a != b
            ]
            raise AssertionError(f"the report changed between two checks: {changed}")


def check_monotone(
    book: RuleBook, scenario: Scenario, more: Mapping[str, object] | Scenario
) -> None:
    """Knowing more never turns a decided verdict undetermined, nor into another verdict, nor
    changes whether a provision applies once that is decided. `more` is facts to add (those the
    scenario gives are kept as they are) or a scenario that knows at least as much, such as the
    second of a pair `completions` draws."""
    after_scenario = more if isinstance(more, Scenario) else with_facts(scenario, more)
    before = book.check(scenario)
    after = book.check(after_scenario)
    broken = [
        f"{old.provision}: {old.verdict.value} -> {new.verdict.value}"
        for old, new in zip(before.results, after.results, strict=True)
        if old.verdict is not Verdict.UNDETERMINED and new.verdict is not old.verdict
    ]
    broken += [
        f"{old.provision}: applies {old.applies} -> {new.applies}"
        for old, new in zip(before.results, after.results, strict=True)
        if old.applies is not None and new.applies is not old.applies
    ]
    if broken:
        if isinstance(more, Scenario):
            what = "knowing every fact exactly"
        else:
            what = "adding " + ", ".join(sorted(set(more) - set(scenario.flat_facts())))
        raise AssertionError(f"{what} changed decided verdicts: " + "; ".join(broken))


def _witnesses(found: Verification | Diff) -> list[Witness]:
    if isinstance(found, Verification):
        return found.witnesses + [c.witness for x in found.laws for c in x.checks if c.witness]
    return [w for c in found.changes for w in (c.witnesses or ())]


def check_witnesses(book: RuleBook, found: Verification | Diff) -> None:
    """Every witness, written as a scenario file and read back, gets the verdicts it expects
    from hrlaw check."""
    wrong = []
    for witness in _witnesses(found):
        scenario = parse_scenario(witness.yaml(book).encode(), f"{witness.name}.yaml")
        report = book.check(scenario)
        wrong += [
            f"{witness.name}: {e.provision} is {e.actual.value}, not {e.expected.value}"
            for e in report.expectations
            if not e.met
        ]
        if len(report.expectations) != len(witness.expect):
            wrong.append(f"{witness.name}: its expectations were not all read back")
    if wrong:
        raise AssertionError("witnesses that do not reproduce: " + "; ".join(wrong))


def unchanged(book: RuleBook, first: str, second: str) -> list[str]:
    """The provisions whose law (clauses that decide verdicts, values of parameters) is the same
    under the two reports."""
    out = []
    for p in book.provisions:
        found = laws(book.compiled, p)
        a = next((x for x in found if x.source.id == first and x.whole), None)
        b = next((x for x in found if x.source.id == second and x.whole), None)
        if a is not None and b is not None and not differences(a, b)[1]:
            out.append(p.id)
    return out


def check_unchanged_agree(
    book: RuleBook,
    scenario: Scenario,
    first: str,
    second: str,
    provisions: Iterable[str] | None = None,
) -> None:
    """The scenario's facts judged under each report's law: the provisions whose law did not
    change give the same verdict under both."""
    facts = book.typed_facts(scenario)
    same = set(provisions if provisions is not None else unchanged(book, first, second))
    days = []
    for source in (first, second):
        s = book.sources[source]
        assert s.covers_from is not None
        days.append(s.covers_from)
    a = {r.provision: r.verdict for r in book.evaluate(facts, days[0], provisions=same)}
    b = {r.provision: r.verdict for r in book.evaluate(facts, days[1], provisions=same)}
    differ = [
        f"{p}: {a[p].value} ({first}), {b[p].value} ({second})"
        for p in sorted(same)
        if a[p] is not b[p]
    ]
    if differ:
        raise AssertionError("unchanged provisions judged differently: " + "; ".join(differ))


_READS: dict[int, tuple[RuleBook, dict[str, list[str]]]] = {}


def _reads(book: RuleBook) -> dict[str, list[str]]:
    """The input facts each provision reads (computed once per rule book)."""
    if id(book) not in _READS:
        each = {p.id: [f.name for f in vocabulary(book, [p.id]).facts] for p in book.provisions}
        _READS[id(book)] = (book, each)
    return _READS[id(book)][1]


def _complete(book: RuleBook, facts: Mapping[str, object], reads: Iterable[str]) -> bool:
    return all(n in facts and not isinstance(facts[n], Between | PartialSet) for n in reads)


def check_reference(book: RuleBook, scenario: Scenario) -> list[Judgement]:
    """The compiled engine and the reference interpreter agree: three-valued logic gives the
    same verdict and requirement outcomes; a verdict the reference decides is the engine's too;
    with every fact a provision reads known exactly, the engine's verdict and outcomes are the
    reference's. Returns the reference's judgements (one per provision, in the book's order)."""
    facts = book.typed_facts(scenario)
    when = scenario.date
    single = len(book.compiled.readings(when)) == 1
    reference = Reference(book.checked).verdicts(facts, when)
    kleene = evaluate(book.compiled, facts, when, refining=False)
    full = book.evaluate(facts, when)
    wrong = []
    for ref, three, result in zip(reference, kleene, full, strict=True):
        pid = ref.provision
        outcomes = {x.requirement: x.outcome for x in three.requirements}
        if three.verdict is not ref.verdict:
            wrong.append(
                f"{pid}: three-valued {three.verdict.value}, reference {ref.verdict.value}"
            )
        elif single and outcomes != ref.outcomes:
            wrong.append(f"{pid}: outcomes {outcomes}, reference {ref.outcomes}")
        if ref.verdict is not Verdict.UNDETERMINED and result.verdict is not ref.verdict:
            wrong.append(f"{pid}: engine {result.verdict.value}, reference {ref.verdict.value}")
        if single and _complete(book, facts, _reads(book)[pid]):
            final = {x.requirement: x.outcome for x in result.requirements}
            if result.verdict is not ref.verdict or final != ref.outcomes:
                wrong.append(
                    f"{pid}: with every fact known, engine {result.verdict.value} {final}, "
                    f"reference {ref.verdict.value} {ref.outcomes}"
                )
    if wrong:
        raise AssertionError("the engine and the reference disagree: " + "; ".join(wrong))
    return reference
