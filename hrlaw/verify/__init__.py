"""Analyses of a rule base: `verify` (which verdicts each provision can reach under each law, with
a witness scenario for each; clauses that can never matter; exceptions that hold together without
a priority; provisions no case can comply with at once) and `diff` (what changed between two
reports, with a case whose verdict differs).

    import hrlaw
    from hrlaw.verify import verify, diff

    book = hrlaw.load_rulebook()
    found = verify(book)              # z3 when installed (`hrlaw[verify]`), else a bounded search
    for finding in found.findings:    # Diagnostics located at the clause
        print(finding.render())
    changes = diff(book, "kz2017", "kz2021")

Modules: laws.py (the laws a provision is stated as), goals.py (the questions), grid.py and
search.py (the bounded search), smt.py (the z3 encoding), backend.py, analysis.py, diff.py,
witness.py (witness scenarios, confirmed by hrlaw's own check), render.py (text and JSON).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable

from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.rulebook import RuleBook
from hrlaw.verify.analysis import Verification
from hrlaw.verify.analysis import verify as _verify
from hrlaw.verify.backend import Backend, SearchBackend
from hrlaw.verify.diff import Diff
from hrlaw.verify.diff import diff as _diff
from hrlaw.verify.search import Search

ENGINES = ("auto", "z3", "search")


def z3_available() -> bool:
    return importlib.util.find_spec("z3") is not None


def backend(book: RuleBook, engine: str = "auto") -> Backend:
    """The backend named: `z3` (the SMT encoding; HrlawError HR607 when z3-solver is not
    installed), `search` (the bounded search), or `auto` (z3 when installed)."""
    search = Search(book.compiled)
    if engine == "search" or (engine == "auto" and not z3_available()):
        return SearchBackend(search)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if not z3_available():
        raise HrlawError(
            [
                Diagnostic(
                    Code.VERIFY_ENGINE_MISSING,
                    "the z3 engine needs z3-solver, which is not installed",
                    help="install the extra: pip install 'hrlaw[verify]' (or use --engine search)",
                )
            ]
        )
    from hrlaw.verify.smt import SmtBackend

    return SmtBackend(book.compiled, search)


def _known(book: RuleBook, provisions: Iterable[str] | None) -> set[str] | None:
    if provisions is None:
        return None
    wanted = set(provisions)
    ids = {p.id for p in book.provisions}
    for pid in sorted(wanted - ids):
        raise HrlawError(
            [
                Diagnostic(
                    Code.UNKNOWN_PROVISION,
                    f"unknown provision `{pid}`",
                    help=did_you_mean(pid, ids) or "`hrlaw rules list` lists them",
                )
            ]
        )
    return wanted


def verify(
    book: RuleBook, engine: str = "auto", provisions: Iterable[str] | None = None
) -> Verification:
    """Every analysis over the rule base (or the provisions named)."""
    return _verify(book, backend(book, engine), _known(book, provisions))


def diff(
    book: RuleBook,
    first: str,
    second: str,
    engine: str = "auto",
    provisions: Iterable[str] | None = None,
) -> Diff:
    """What changed between the law of two reports, each change with a witness."""
    for source in (first, second):
        if source not in book.sources:
            raise HrlawError(
                [
                    Diagnostic(
                        Code.UNKNOWN_REPORT,
                        f"unknown report `{source}`",
                        help=did_you_mean(source, book.sources)
                        or f"the reports are: {', '.join(book.sources)}",
                    )
                ]
            )
    return _diff(book, backend(book, engine), first, second, _known(book, provisions))


__all__ = ["ENGINES", "Diff", "Verification", "backend", "diff", "verify", "z3_available"]
