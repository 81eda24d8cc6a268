"""Legal domains: the rule base's files (`rules/strikes.hrl` holds the domain `strikes`), and
choosing provisions by id or by domain, with located, suggesting errors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePath

from hrlaw import model as m
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean


def domain(p: m.Provision) -> str:
    """The domain of a provision: the name of the rule file it is written in (`strikes`)."""
    return PurePath(p.file).stem if p.file else ""


def domains(provisions: Iterable[m.Provision]) -> list[str]:
    """Every domain, in the order of the rule base."""
    return list(dict.fromkeys(domain(p) for p in provisions))


def choose(
    provisions: Sequence[m.Provision], ids: Sequence[str] = (), wanted: Sequence[str] = ()
) -> list[m.Provision]:
    """The provisions named by id (a catalogue id a provision also encodes names it too) or in
    one of the `wanted` domains, in the rule base's order; every provision when neither is
    given. HrlawError names each unknown id or domain with the closest known one."""
    known = {p.id: p for p in provisions}
    for p in provisions:
        for alias in p.aliases:
            known.setdefault(alias, p)
    every = domains(provisions)
    problems = [
        Diagnostic(
            Code.UNKNOWN_PROVISION,
            f"unknown provision `{pid}`",
            help=did_you_mean(pid, list(known)) or "`hrlaw rules list` lists them",
        )
        for pid in ids
        if pid not in known
    ]
    problems += [
        Diagnostic(
            Code.UNKNOWN_DOMAIN,
            f"unknown domain `{name}`",
            help=did_you_mean(name, every) or f"the domains are: {', '.join(every)}",
        )
        for name in wanted
        if name not in every
    ]
    if problems:
        raise HrlawError(problems)
    if not ids and not wanted:
        return list(provisions)
    chosen = {known[pid].id for pid in ids}
    return [p for p in provisions if p.id in chosen or domain(p) in wanted]
