"""Expected verdicts against a report, in words: what the pytest plugin and `hrlaw.testing` say
when a scenario's `expect:` block (or an assertion) is not met."""

from __future__ import annotations

from hrlaw.report import Report, Result, Verdict
from hrlaw.scenario import Scenario


def where(scenario: Scenario, provision: str) -> str | None:
    """The file:line:column of the expectation for `provision`, when the scenario was read from
    a file."""
    span = scenario.spans.get("expect:" + provision)
    return span.location() if span is not None else None


def mismatch(result: Result, expected: Verdict, location: str | None = None) -> str:
    """`file:line:col: provision: expected violation, got compliant`, then what hrlaw found:
    the explanation, the law applied and the questions still open."""
    head = f"{result.provision}: expected {expected.value}, got {result.verdict.value}"
    lines = [f"{location}: {head}" if location else head]
    if result.version:
        lines.append(f"  law applied: {result.version}")
    if result.explanation:
        lines.append(f"  explanation: {result.explanation}")
    for failed in result.failed:
        lines.append(f"  breached: {failed.text}")
    for conflict in result.conflicts:
        lines.append(f"  conflict: {conflict.text}")
    if result.missing:
        lines.append("  still open: " + ", ".join(f.fact for f in result.missing))
    lines += [f"  warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def unmet(report: Report, scenario: Scenario) -> list[str]:
    """Every expectation of the scenario the report does not meet, in words."""
    return [
        mismatch(report.result(e.provision), e.expected, where(scenario, e.provision))
        for e in report.expectations
        if not e.met
    ]
