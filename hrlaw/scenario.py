"""Scenarios: the facts of a case and the date of the events, read strictly from YAML.

A scenario is vocabulary-free until a rule book types it (`RuleBook.check`), so the same object
works with any rule base. Every value keeps its location for file:line:column errors.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hrlaw.arguments import VERDICTS, check_arguments, misuse
from hrlaw.coerce import CoerceError, parse_date, parse_datetime, parse_when
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.source import SourceFile, Span
from hrlaw.values import Period
from hrlaw.yaml_safe import YamlError, YMap, YNode, YScalar, YSeq, load_yaml

MAX_SCENARIO_BYTES = 1_000_000
_PLAIN = {bool, int, str, float, list}  # values that are never a mapping of facts
Day = date  # a date, or a datetime (its subclass)
TOP_KEYS = ("title", "date", "as_of", "facts", "expect", "description", "notes")
# the facts `as_of:` stands for, when the rule base declares them
AS_OF_MOMENT, AS_OF_DAY = "assessment.at", "assessment.on"


@dataclass(frozen=True)
class Scenario:
    """The facts of a case. `facts` may be nested (`{"arrest": {"made": True}}`) or dotted
    (`{"arrest.made": True}`); values are Python values or text such as `"60 hours"`. The facts
    are read (checked and flattened) at construction: build a new Scenario for other facts."""

    date: date | Period  # a day, or a month or year when the report says no more
    facts: Mapping[str, object] = field(default_factory=dict)
    title: str | None = None
    path: str | None = None
    expect: Mapping[str, str] = field(default_factory=dict)
    spans: Mapping[str, Span] = field(default_factory=dict, repr=False, compare=False)
    # when the case is assessed: a clock still running (a custody, a term) is judged up to here
    as_of: Day | None = None
    # the facts flattened once, when the arguments are checked at construction
    _flat: dict[str, object] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_arguments(self)

    @classmethod
    def from_flat(
        cls,
        when: Day | Period,
        facts: dict[str, object],
        title: str | None,
        path: str | None,
        expect: Mapping[str, str],
        as_of: Day | None,
    ) -> Scenario:
        """A scenario whose facts a reader has already checked and flattened (dotted names, as
        records.py reads them): checked as any other, without flattening the facts again."""
        scenario = cls.__new__(cls)
        fields = {
            "date": when,
            "facts": facts,
            "title": title,
            "path": path,
            "expect": expect,
            "spans": {},
            "as_of": as_of,
            "_flat": facts,
        }
        for name, value in fields.items():
            object.__setattr__(scenario, name, value)
        check_arguments(scenario)
        return scenario

    def flat_facts(self) -> dict[str, object]:
        """Facts keyed by dotted name; nested mappings are joined with dots. A fact given both
        dotted and nested (`{"a.b": 1, "a": {"b": 2}}`) is an HrlawError, never overwritten."""
        if self._flat is None:
            object.__setattr__(self, "_flat", self._flatten())
        assert self._flat is not None
        return dict(self._flat)

    def _flatten(self) -> dict[str, object]:
        flat: dict[str, object] = {}
        stack: list[tuple[str, Mapping[str, object]]] = [("", self.facts)]
        while stack:
            prefix, mapping = stack.pop()
            for key, value in mapping.items():
                if not isinstance(key, str):
                    raise misuse(f"fact names must be text, not `{type(key).__name__}`", self.path)
                name = prefix + key if prefix else key
                if type(value) is dict or (
                    type(value) not in _PLAIN and isinstance(value, Mapping)
                ):
                    stack.append((name + ".", value))
                elif name in flat:
                    raise HrlawError(
                        [
                            Diagnostic(
                                Code.DUPLICATE_FACT,
                                f"fact `{name}` is given twice",
                                path=self.path,
                                help="give each fact once, either dotted or nested",
                            )
                        ]
                    )
                else:
                    flat[name] = value
        return flat


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """Read a file, with located errors for missing, non-regular and oversized files."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise HrlawError(
            [Diagnostic(Code.FILE_NOT_FOUND, f"{what} `{name}` does not exist", path=name)]
        ) from None
    except OSError as exc:
        raise HrlawError(
            [Diagnostic(Code.UNREADABLE, f"cannot read `{name}`: {exc.strerror}", path=name)]
        ) from None
    if not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise HrlawError(
            [
                Diagnostic(
                    Code.NOT_A_FILE,
                    f"`{name}` is {kind}",
                    path=name,
                    help=f"give the path of a {what}",
                )
            ]
        )
    if st.st_size > limit:
        raise HrlawError(
            [
                Diagnostic(
                    Code.TOO_LARGE,
                    f"`{name}` is too large: {st.st_size:,} bytes (the limit is {limit:,})",
                    path=name,
                )
            ]
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise HrlawError(
            [Diagnostic(Code.UNREADABLE, f"cannot read `{name}`: {exc.strerror}", path=name)]
        ) from None
    if len(data) > limit:
        raise HrlawError(
            [Diagnostic(Code.TOO_LARGE, f"`{name}` is larger than {limit:,} bytes", path=name)]
        )
    return data


class _Reader:
    def __init__(self, file: SourceFile) -> None:
        self.file = file
        self.errors: list[Diagnostic] = []

    def span(self, node: YNode) -> Span:
        start = self.file.offset(node.mark.line, node.mark.column)
        if isinstance(node, YScalar) and node.style is None:
            end = start + max(1, len(node.value))
        else:
            end = start + 1
        return Span(self.file, start, min(end, len(self.file.text)))

    def error(self, code: Code, message: str, node: YNode, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, self.span(node), help))

    def scenario(self, root: YNode | None) -> Scenario:
        if root is None or (isinstance(root, YScalar) and root.value.strip() in ("", "~", "null")):
            raise HrlawError(
                [
                    Diagnostic(
                        Code.EMPTY_SCENARIO,
                        "the scenario is empty",
                        path=self.file.name,
                        help="write `date:` and `facts:`",
                    )
                ]
            )
        if not isinstance(root, YMap):
            self.error(
                Code.MALFORMED_YAML,
                "a scenario must be a mapping of `title`, `date`, `facts`",
                root,
            )
            raise HrlawError(self.errors)
        fields: dict[str, YNode] = {}
        for key, value in root.items:
            if key.value not in TOP_KEYS:
                self.error(
                    Code.UNKNOWN_KEY,
                    f"unknown key `{key.value}`",
                    key,
                    did_you_mean(key.value, TOP_KEYS) or f"use {', '.join(TOP_KEYS)}",
                )
            fields[key.value] = value
        title = self.text(fields.get("title"), "title")
        self.text(fields.get("description"), "description")
        self.text(fields.get("notes"), "notes")
        when = self.date(fields.get("date"), root)
        as_of = self.moment(fields.get("as_of"))
        facts: dict[str, object] = {}
        spans: dict[str, Span] = {}
        if "as_of" in fields:
            spans["as_of"] = self.span(fields["as_of"])
        if "facts" in fields:
            self.facts(fields["facts"], "", facts, spans)
        expect: dict[str, str] = {}
        if "expect" in fields:
            self.expect(fields["expect"], expect, spans)
        if self.errors or when is None:
            raise HrlawError(self.errors)
        return Scenario(when, facts, title, self.file.name, expect, spans, as_of)

    def text(self, node: YNode | None, what: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, YScalar):
            self.error(Code.INVALID_VALUE, f"`{what}` must be text", node)
            return None
        return node.value

    def date(self, node: YNode | None, root: YNode) -> date | Period | None:
        if node is None:
            self.error(
                Code.MISSING_DATE,
                "the scenario has no `date`",
                root,
                "add `date: YYYY-MM-DD` (or YYYY-MM, YYYY), the date of the events; it selects "
                "the law in force",
            )
            return None
        if not isinstance(node, YScalar):
            self.error(Code.INVALID_VALUE, "`date` must be a date such as 2021-06-10", node)
            return None
        try:
            return parse_when(node.value)
        except CoerceError as exc:
            self.error(Code.INVALID_VALUE, exc.message, node, exc.help)
            return None

    def moment(self, node: YNode | None) -> Day | None:
        """`as_of:` a date (2021-06-12) or a date and time (2021-06-12T18:00)."""
        if node is None:
            return None
        if not isinstance(node, YScalar):
            self.error(Code.INVALID_VALUE, "`as_of` must be a date or a date and time", node)
            return None
        text = node.value.strip()
        try:
            return parse_datetime(text) if ("T" in text or " " in text) else parse_date(text)
        except CoerceError as exc:
            self.error(Code.INVALID_VALUE, exc.message, node, exc.help)
            return None

    def facts(
        self, node: YNode, prefix: str, out: dict[str, object], spans: dict[str, Span]
    ) -> None:
        stack: list[tuple[str, YNode]] = [(prefix, node)]
        while stack:
            prefix, current = stack.pop()
            if not isinstance(current, YMap):
                self.error(
                    Code.INVALID_VALUE, "`facts` must be a mapping of fact names to values", current
                )
                continue
            for key, value in current.items:
                name = f"{prefix}{key.value.strip()}"
                if isinstance(value, YMap):
                    stack.append((name + ".", value))
                    continue
                if name in out:
                    self.error(Code.DUPLICATE_FACT, f"fact `{name}` is given twice", key)
                    continue
                spans[name] = self.span(key)
                spans["value:" + name] = self.span(value)
                if isinstance(value, YSeq):
                    items = []
                    for item in value.items:
                        if isinstance(item, YScalar):
                            items.append(item.value)
                        else:
                            self.error(
                                Code.INVALID_VALUE,
                                "a list of fact values must hold plain values",
                                item,
                            )
                    out[name] = items
                else:
                    out[name] = None if _null(value) else value.value

    def expect(self, node: YNode, out: dict[str, str], spans: dict[str, Span]) -> None:
        if not isinstance(node, YMap):
            self.error(Code.INVALID_VALUE, "`expect` must map provision ids to verdicts", node)
            return
        verdicts = VERDICTS
        for key, value in node.items:
            if not isinstance(value, YScalar) or value.value not in verdicts:
                shown = value.value if isinstance(value, YScalar) else "a mapping"
                help_ = did_you_mean(shown, verdicts) if isinstance(value, YScalar) else None
                self.error(
                    Code.INVALID_VERDICT,
                    f"`{shown}` is not a verdict",
                    value,
                    help_ or f"use one of: {', '.join(verdicts)}",
                )
                continue
            out[key.value] = value.value
            spans["expect:" + key.value] = self.span(key)


def _null(node: YScalar) -> bool:
    return node.style is None and node.value.strip() in ("", "~", "null", "Null", "NULL")


def parse_scenario(data: bytes, name: str) -> Scenario:
    """A scenario from raw bytes (the text of a YAML file called `name`)."""
    text = data.decode("utf-8", errors="replace")
    file = SourceFile(name, text)
    try:
        root = load_yaml(data, max_bytes=MAX_SCENARIO_BYTES)
    except YamlError as exc:
        span = None
        if exc.mark is not None:
            start = file.offset(exc.mark.line, exc.mark.column)
            span = Span(file, start, min(start + 1, len(text)))
        raise HrlawError(
            [Diagnostic(Code.MALFORMED_YAML, exc.message, span, exc.help, path=name)]
        ) from None
    return _Reader(file).scenario(root)


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read a scenario file. Raises HrlawError (with file:line:column) on any problem."""
    p = Path(path)
    return parse_scenario(read_limited(p, MAX_SCENARIO_BYTES, "scenario file"), str(path))
