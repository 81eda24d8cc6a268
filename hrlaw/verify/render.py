"""What `hrlaw verify` and `hrlaw diff` print: plain text for authors and lawyers, JSON for tools
(docs/json.md describes both objects)."""

from __future__ import annotations

import json

from hrlaw import report as r
from hrlaw.rulebook import RuleBook, __version__
from hrlaw.verify.analysis import Check, LawReport, Reach, Verification
from hrlaw.verify.diff import Change, Diff
from hrlaw.verify.witness import Witness


def _facts(book: RuleBook, witness: Witness) -> str:
    shown = witness.shown(book)
    if not shown:
        return "no fact given"
    return "; ".join(f"{n}: {_value(v)}" for n, v in shown.items())


def _value(v: object) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(str(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + "; ".join(f"{k}: {_value(x)}" for k, x in v.items()) + "}"
    return str(v)


def _witness(book: RuleBook, witness: Witness | None) -> dict[str, object] | None:
    if witness is None:
        return None
    return {
        "name": f"{witness.name}.yaml",
        "title": witness.title,
        "date": str(witness.day),
        "facts": witness.shown(book),
        "expect": {pid: v.value for pid, v in witness.expect.items()},
        "explanations": dict(witness.explanations),
    }


# ---------------------------------------------------------------------------- verify
def _reach_line(book: RuleBook, reach: Reach) -> str:
    name = f"{reach.verdict.value:<15}"
    if reach.witness is None:
        return f"    {name} unreachable: no case gives it"
    note = "" if reach.every_fact_known else "  (a fact left out)"
    return f"    {name} e.g. {_facts(book, reach.witness)}{note}"


def _law_text(book: RuleBook, report: LawReport) -> list[str]:
    law = report.law
    out = [f"  under {law.label}  (witnesses dated {law.day})"]
    out += [_reach_line(book, x) for x in report.verdicts]
    known = report.open_when_known
    if known.witness is None:
        out.append("    with every fact known, always decided")
    else:
        out.append(f"    open with every fact known: {known.why}")
        out.append(f"      e.g. {_facts(book, known.witness)}")
    dead = [c for c in report.checks if not c.answer]
    for check in dead:
        out.append(f"    ! {check.clause}: never {check.question}")
    for overlap in report.overlaps:
        out.append(
            f"    ! exceptions `{overlap.first.label}` and `{overlap.second.label}` hold "
            f"together, neither has priority: {_facts(book, overlap.witness)}"
        )
    return out


def verification_text(book: RuleBook, found: Verification) -> str:
    out: list[str] = []
    provisions = list(dict.fromkeys(x.law.provision.id for x in found.laws))
    for pid in provisions:
        reports = [x for x in found.laws if x.law.provision.id == pid]
        out.append(f"{pid} — {reports[0].law.provision.title}")
        for report in reports:
            out += _law_text(book, report)
        out.append("")
    checks = [c for x in found.laws for c in x.checks]
    out.append(
        f"clauses: {len(checks)} questions asked, "
        f"{sum(not c.answer for c in checks)} answered never"
    )
    overlaps = sum(len(x.overlaps) for x in found.laws)
    out.append(f"exceptions holding together without a priority: {overlaps or 'none'}")
    if found.conflicts:
        out.append("conflicts between provisions:")
        for c in found.conflicts:
            out.append(
                f"  {c.first.provision.id} and {c.second.provision.id} under {c.first.label}: "
                f"{_facts(book, c.witnesses[0])} / {_facts(book, c.witnesses[1])}"
            )
    else:
        out.append("conflicts between provisions: none")
    for note in found.notes:
        out.append(f"note: {note}")
    findings = found.findings
    out.append(
        f"{len(provisions)} provisions, {len(found.laws)} laws, {len(found.witnesses)} witnesses, "
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} "
        f"(engine: {found.engine}, {found.seconds:.1f} s)"
    )
    return "\n".join(out)


def _check_json(book: RuleBook, check: Check) -> dict[str, object]:
    return {
        "clause": check.clause,
        "question": check.question,
        "answer": check.answer,
        "witness": _witness(book, check.witness),
        "finding": check.finding.diagnostic().to_json() if check.finding is not None else None,
    }


def _reach_json(book: RuleBook, reach: Reach) -> dict[str, object]:
    out: dict[str, object] = {
        "reachable": reach.reachable,
        "witness": _witness(book, reach.witness),
    }
    if reach.verdict is r.Verdict.UNDETERMINED:
        out["every_fact_known"] = reach.every_fact_known
        if reach.why is not None:
            out["why"] = reach.why
    return out


def verification_json(book: RuleBook, found: Verification) -> str:
    provisions: dict[str, dict[str, object]] = {}
    for report in found.laws:
        law = report.law
        entry = provisions.setdefault(
            law.provision.id,
            {"provision": law.provision.id, "title": law.provision.title, "laws": []},
        )
        laws = entry["laws"]
        assert isinstance(laws, list)
        laws.append(
            {
                "law": law.label,
                "source": law.source.id,
                "date": str(law.day),
                "events": [str(x) for x in law.moments],
                "verdicts": {x.verdict.value: _reach_json(book, x) for x in report.verdicts},
                "unreachable": [v.value for v in report.unreachable],
                "undetermined_with_every_fact_known": _reach_json(book, report.open_when_known),
                "clauses": [_check_json(book, c) for c in report.checks],
                "overlaps": [
                    {
                        "requirement": o.first.target,
                        "exceptions": [o.first.label, o.second.label],
                        "witness": _witness(book, o.witness),
                    }
                    for o in report.overlaps
                ],
            }
        )
    data = {
        "rulebook": {"digest": book.digest, "hrlaw_version": __version__},
        "engine": found.engine,
        "provisions": list(provisions.values()),
        "conflicts": [
            {
                "provisions": [c.first.provision.id, c.second.provision.id],
                "law": c.first.label,
                "witnesses": [_witness(book, w) for w in c.witnesses],
            }
            for c in found.conflicts
        ],
        "findings": [f.to_json() for f in found.findings],
        "summary": {
            "provisions": len(provisions),
            "laws": len(found.laws),
            "witnesses": len(found.witnesses),
            "findings": len(found.findings),
            "seconds": round(found.seconds, 2),
        },
        "notes": found.notes,
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------- diff
def _change_text(book: RuleBook, change: Change, first: str, second: str) -> list[str]:
    p = change.provision
    out = [f"{p.id} — {p.title}", f"  changed: {'; '.join(change.what)}"]
    if not change.logic:
        out.append("  no verdict can differ (only penalties or notes changed)")
        return out
    if change.witnesses is None or change.verdicts is None:
        out.append("  no case gets a different verdict under the two laws")
        return out
    out.append(f"  {change.summary}")
    for witness, verdict, source in zip(
        change.witnesses, change.verdicts, (first, second), strict=True
    ):
        explanation = witness.explanations.get(p.id, "")
        out.append(f"    {source}: {verdict.value} — {explanation}")
    out.append(f"    facts: {_facts(book, change.witnesses[0])}")
    return out


def diff_text(book: RuleBook, found: Diff) -> str:
    out = [f"What changed between the law reported in {found.first} and in {found.second}", ""]
    for change in found.changes:
        out += _change_text(book, change, found.first, found.second)
        out.append("")
    if found.unchanged:
        out.append(f"unchanged: {', '.join(found.unchanged)}")
    for note in found.notes:
        out.append(f"note: {note}")
    witnessed = sum(c.witnesses is not None for c in found.changes)
    out.append(
        f"{len(found.changes)} provisions changed, {witnessed} with a case whose verdict "
        f"differs (engine: {found.engine})"
    )
    return "\n".join(out)


def diff_json(book: RuleBook, found: Diff) -> str:
    data = {
        "rulebook": {"digest": book.digest, "hrlaw_version": __version__},
        "engine": found.engine,
        "first": found.first,
        "second": found.second,
        "changes": [
            {
                "provision": c.provision.id,
                "title": c.provision.title,
                "changed": c.what,
                "verdicts_can_differ": c.logic,
                "summary": c.summary,
                "verdicts": [v.value for v in c.verdicts] if c.verdicts else None,
                "witnesses": [_witness(book, w) for w in c.witnesses] if c.witnesses else None,
            }
            for c in found.changes
        ],
        "unchanged": found.unchanged,
        "notes": found.notes,
    }
    return json.dumps(data, indent=2, ensure_ascii=False)
