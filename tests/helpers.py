"""Shared helpers for building small rule books from text in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from hrlaw.cli import app
from hrlaw.diagnostics import Diagnostic, HrlawError
from hrlaw.rulebook import RuleBook, RuleFile, build

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"

SOURCES = """
source s1 "Report one" { year 2017 covers 2017-01-01 to 2017-12-31 }
source s2 "Report two" { year 2021 covers 2021-01-01 to 2021-12-31 }
"""


def book_from(text: str, *, name: str = "t.hrl", with_sources: bool = True) -> RuleBook:
    files = [RuleFile(name, text.encode())]
    if with_sources:
        files.append(RuleFile("sources.hrl", SOURCES.encode()))
    checked, digest = build(files)
    return RuleBook(checked, digest)


def diagnostics(text: str, *, with_sources: bool = True) -> list[Diagnostic]:
    """The diagnostics that loading `text` raises (fails the test if it loads cleanly)."""
    try:
        book_from(text, with_sources=with_sources)
    except HrlawError as exc:
        return list(exc.diagnostics)
    raise AssertionError("expected the rule text to be rejected")


def shipped_cli(*args: str) -> Any:
    """`hrlaw ARGS --rules <the shipped rules>` in this process; a Python exception is a bug in
    hrlaw whatever the exit code says."""
    result = CliRunner().invoke(app, [*args, "--rules", str(SHIPPED_RULES)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"hrlaw {' '.join(args)} raised {result.exception!r}")
    return result
