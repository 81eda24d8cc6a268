"""Scenarios from records: plain mappings (a JSON Lines line, a dict built in code) read with the
same strictness as a scenario file, each problem located at the record (`cases.jsonl:12`).

A record is the scenario object: `date` (a day, month or year), `facts` (nested or dotted), and
optionally `id` or `title`, `as_of`, `expect`, `description`, `notes`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import IO

from hrlaw.arguments import VERDICTS as _VERDICTS
from hrlaw.coerce import CoerceError, parse_date, parse_datetime, parse_when
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.scenario import Scenario
from hrlaw.values import Period

KEYS = ("id", "title", "date", "as_of", "facts", "expect", "description", "notes")
MAX_RECORD_BYTES = 1_000_000
MAX_DEPTH = 64
_PLAIN = {bool, int, float, str}


class _Record:
    def __init__(self, where: str) -> None:
        self.where = where
        self.errors: list[Diagnostic] = []

    def error(self, code: Code, message: str, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, help=help, path=self.where))

    def read(self, obj: object) -> Scenario:
        if not isinstance(obj, Mapping):
            self.error(Code.MALFORMED_YAML, "a record must be an object with `date` and `facts`")
            raise HrlawError(self.errors)
        for key in obj:
            if key not in KEYS:
                hint = did_you_mean(str(key), KEYS) if isinstance(key, str) else None
                self.error(
                    Code.UNKNOWN_KEY, f"unknown key `{key}`", hint or f"use {', '.join(KEYS)}"
                )
        when = self.when(obj.get("date"))
        as_of = self.moment(obj.get("as_of"))
        facts: dict[str, object] = {}
        raw_facts = obj.get("facts", {})
        if not isinstance(raw_facts, Mapping):
            self.error(Code.INVALID_VALUE, "`facts` must map fact names to values")
        else:
            self.facts(raw_facts, facts)
        expect = self.expect(obj.get("expect", {}))
        title = obj.get("title", obj.get("id"))
        if title is not None and not isinstance(title, str | int):
            self.error(Code.INVALID_VALUE, "`id` and `title` must be text")
            title = None
        if self.errors or when is None:
            raise HrlawError(self.errors)
        return Scenario.from_flat(
            when, facts, None if title is None else str(title), self.where, expect, as_of
        )

    def when(self, raw: object) -> date | Period | None:
        if raw is None:
            self.error(
                Code.MISSING_DATE,
                "the record has no `date`",
                "add `date`, the date of the events (YYYY-MM-DD, YYYY-MM or YYYY)",
            )
            return None
        if isinstance(raw, date | Period) and not isinstance(raw, datetime):
            return raw
        if not isinstance(raw, str | int):
            self.error(Code.INVALID_VALUE, "`date` must be a date such as 2021-06-10")
            return None
        try:
            return parse_when(str(raw))
        except CoerceError as exc:
            self.error(Code.INVALID_VALUE, exc.message, exc.help)
            return None

    def moment(self, raw: object) -> date | None:
        if raw is None:
            return None
        if isinstance(raw, date):
            return raw
        if not isinstance(raw, str):
            self.error(Code.INVALID_VALUE, "`as_of` must be a date or a date and time")
            return None
        text = raw.strip()
        try:
            return parse_datetime(text) if ("T" in text or " " in text) else parse_date(text)
        except CoerceError as exc:
            self.error(Code.INVALID_VALUE, exc.message, exc.help)
            return None

    def facts(self, node: Mapping[object, object], out: dict[str, object]) -> None:
        stack: list[tuple[str, Mapping[object, object], int]] = [("", node, 0)]
        while stack:
            prefix, current, depth = stack.pop()
            if depth > MAX_DEPTH:
                self.error(Code.INVALID_VALUE, f"facts nested deeper than {MAX_DEPTH} levels")
                continue
            for key, value in current.items():
                if type(key) is not str:
                    self.error(Code.INVALID_VALUE, "fact names must be text")
                    continue
                name = prefix + key.strip()
                kind = type(value)
                if kind in _PLAIN and name not in out:  # the common case, checked once
                    out[name] = value
                    continue
                if isinstance(value, Mapping):
                    stack.append((name + ".", value, depth + 1))
                elif name in out:
                    self.error(Code.DUPLICATE_FACT, f"fact `{name}` is given twice")
                elif isinstance(value, list):
                    if all(isinstance(item, str | int | bool) for item in value):
                        out[name] = [str(item) for item in value]
                    else:
                        self.error(
                            Code.INVALID_VALUE, f"`{name}`: a list of fact values must hold text"
                        )
                elif value is None or isinstance(value, bool | int | float | str | date):
                    out[name] = value
                else:
                    self.error(Code.INVALID_VALUE, f"`{name}` has a value of an unknown kind")

    def expect(self, raw: object) -> dict[str, str]:
        if not isinstance(raw, Mapping):
            self.error(Code.INVALID_VALUE, "`expect` must map provision ids to verdicts")
            return {}
        out: dict[str, str] = {}
        for key, value in raw.items():
            if not isinstance(value, str) or value not in _VERDICTS:
                hint = did_you_mean(value, _VERDICTS) if isinstance(value, str) else None
                self.error(
                    Code.INVALID_VERDICT,
                    f"`{value}` is not a verdict",
                    hint or f"use one of: {', '.join(_VERDICTS)}",
                )
                continue
            out[str(key)] = value
        return out


def scenario_from_record(obj: object, where: str = "record") -> Scenario:
    """A scenario from a mapping; raises HrlawError with every problem, located at `where`."""
    return _Record(where).read(obj)


def read_jsonl(stream: IO[str], name: str) -> Iterator[Scenario | HrlawError]:
    """Scenarios from JSON Lines, one per non-blank line, read lazily; a bad line yields its
    error (located at `name:line`) and reading goes on."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if len(line) > MAX_RECORD_BYTES:
            yield HrlawError([Diagnostic(Code.TOO_LARGE, "the record is too large", path=where)])
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = getattr(exc, "msg", "nested too deeply")
            column = getattr(exc, "colno", 1)
            yield HrlawError(
                [
                    Diagnostic(
                        Code.MALFORMED_YAML,
                        f"not a JSON object: {msg.lower()}",
                        path=f"{where}:{column}",
                    )
                ]
            )
            continue
        try:
            yield scenario_from_record(obj, where)
        except HrlawError as exc:
            yield exc
