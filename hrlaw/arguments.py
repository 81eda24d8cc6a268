"""The arguments of a Scenario built in Python, checked at construction: the errors a scenario
file gets from the reader (a date of the supported years, facts as a mapping, verdicts in `expect`),
as HrlawErrors instead of a TypeError or AttributeError later."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from hrlaw.coerce import EARLIEST, LATEST
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.report import Verdict
from hrlaw.values import Period

if TYPE_CHECKING:
    from hrlaw.scenario import Scenario


VERDICTS = [v.value for v in Verdict]


def misuse(message: str, path: str | None, help: str | None = None) -> HrlawError:
    return HrlawError([Diagnostic(Code.INVALID_VALUE, message, path=path, help=help)])


def check_arguments(s: Scenario) -> None:
    """A Scenario built in Python gets the errors a scenario file gets, at construction."""
    where = s.path if isinstance(s.path, str) else None
    if isinstance(s.date, Period):
        days = (s.date.start, s.date.end)
    elif isinstance(s.date, date) and not isinstance(s.date, datetime):
        days = (s.date, s.date)
    else:
        raise misuse(
            f"`date` must be a `datetime.date`, not `{type(s.date).__name__}`",
            where,
            "write e.g. `date=datetime.date(2021, 6, 10)` (an `hrlaw.values.Period` for a month "
            "or a year); `hrlaw.load_scenario` reads text",
        )
    if not all(EARLIEST <= day <= LATEST for day in days):
        raise misuse(f"`{s.date}` is outside the supported years 1900 to 2100", where)
    if s.as_of is not None and not isinstance(s.as_of, date):
        raise misuse(
            f"`as_of` must be a `datetime.date` or `datetime.datetime`, "
            f"not `{type(s.as_of).__name__}`",
            where,
        )
    for what, value in (("title", s.title), ("path", s.path)):
        if value is not None and not isinstance(value, str):
            raise misuse(f"`{what}` must be text, not `{type(value).__name__}`", where)
    if not isinstance(s.facts, Mapping):
        raise misuse(
            f"`facts` must be a mapping of fact names to values, not `{type(s.facts).__name__}`",
            where,
            'write e.g. `facts={"arrest.made": True}`',
        )
    if not isinstance(s.expect, Mapping):
        raise misuse(
            f"`expect` must map provision ids to verdicts, not `{type(s.expect).__name__}`",
            where,
        )
    for pid, verdict in s.expect.items():
        if not isinstance(pid, str) or verdict not in VERDICTS:
            raise HrlawError(
                [
                    Diagnostic(
                        Code.INVALID_VERDICT,
                        f"`{verdict}` is not a verdict",
                        path=where,
                        help=f"use one of: {', '.join(VERDICTS)}",
                    )
                ]
            )
    s.flat_facts()
