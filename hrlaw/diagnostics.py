"""Errors as data: every problem is a Diagnostic with a stable code, a location and help.

The codes form one registry (`Code`): each has one meaning (in words), the phase that emits it and
a severity. Codes never change meaning; a retired code is never reused; new ones are appended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from hrlaw.source import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Phase(StrEnum):
    READ = "reading files"
    SYNTAX = "syntax"
    LOWER = "lowering"
    CHECK = "checking the rule base"
    CITE = "checking quotes against the reports"
    SCENARIO = "reading a scenario"
    CLI = "command line"
    VERIFY = "verifying the rule base"


class Code(StrEnum):
    """The stable diagnostic codes. `Code.X.meaning`, `.phase` and `.severity` describe each."""

    FILE_NOT_FOUND = "HR001"
    NOT_A_FILE = "HR002"
    NOT_UTF8 = "HR003"
    TOO_LARGE = "HR004"
    NO_RULE_FILES = "HR005"
    UNREADABLE = "HR006"
    UNEXPECTED_TOKEN = "HR101"
    UNEXPECTED_EOF = "HR102"
    UNEXPECTED_CHARACTER = "HR103"
    TOO_DEEP_TO_PARSE = "HR104"
    UNKNOWN_UNIT = "HR201"
    INVALID_DATE = "HR202"
    DUPLICATE_ENUM_VALUE = "HR204"
    INVALID_NUMBER = "HR205"
    MISPLACED_CLAUSE = "HR206"
    TOO_DEEP = "HR207"
    MISSING_LABEL = "HR208"
    INVALID_WORD = "HR209"
    UNKNOWN_NAME = "HR301"
    DUPLICATE = "HR302"
    TYPE_MISMATCH = "HR303"
    UNIT_MISMATCH = "HR304"
    MISSING_CITATION = "HR305"
    UNKNOWN_SOURCE = "HR306"
    UNKNOWN_REQUIREMENT = "HR307"
    UNKNOWN_ENUM_VALUE = "HR308"
    CYCLE = "HR309"
    INVALID_TEMPLATE = "HR310"
    NO_REQUIREMENT = "HR311"
    INVALID_SOURCE = "HR312"
    DOTTED_NAME_REQUIRED = "HR313"
    EMPTY_QUOTE = "HR314"
    UNKNOWN_SECTION = "HR315"
    PARAMETER_VALUE_MISSING = "HR316"
    PARAMETER_VALUE_INVALID = "HR317"
    UNKNOWN_PENALTY = "HR318"
    UNKNOWN_LABEL = "HR319"
    QUOTE_NOT_FOUND = "HR320"
    OVERLAPPING_EXCEPTIONS = "HR321"
    INVALID_CALL = "HR322"
    INVALID_PERIOD = "HR323"
    PRIORITY_CYCLE = "HR324"
    UNCHECKED_WITHOUT_REASON = "HR330"
    INVALID_CONSTRAINT = "HR325"
    MALFORMED_YAML = "HR401"
    UNKNOWN_KEY = "HR402"
    UNKNOWN_FACT = "HR403"
    INVALID_VALUE = "HR404"
    MISSING_DATE = "HR405"
    UNKNOWN_EXPECTED_PROVISION = "HR407"
    INVALID_VERDICT = "HR408"
    EMPTY_SCENARIO = "HR409"
    DUPLICATE_FACT = "HR410"
    DERIVED_FACT_DISAGREES = "HR411"  # (HR406, "derived fact given", is retired: it may be given)
    CONTRADICTORY_FACTS = "HR412"
    UNKNOWN_PROVISION = "HR501"
    UNKNOWN_DOMAIN = "HR502"
    DEAD_EXCEPTION = "HR601"
    REQUIREMENT_NEVER_FAILS = "HR602"
    REQUIREMENT_NEVER_HOLDS = "HR603"
    DEAD_CONTESTED = "HR604"
    EXCEPTIONS_HOLD_TOGETHER = "HR605"
    PROVISIONS_CONFLICT = "HR606"
    VERIFY_ENGINE_MISSING = "HR607"
    UNKNOWN_REPORT = "HR608"
    CANNOT_WRITE = "HR609"

    @property
    def meaning(self) -> str:
        return _REGISTRY[self][0]

    @property
    def phase(self) -> Phase:
        return _REGISTRY[self][1]

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self in _WARNINGS else Severity.ERROR


_P = Phase
_REGISTRY: dict[Code, tuple[str, Phase]] = {
    Code.FILE_NOT_FOUND: ("file or directory not found", _P.READ),
    Code.NOT_A_FILE: ("not a regular file", _P.READ),
    Code.NOT_UTF8: ("file is not valid UTF-8 text", _P.READ),
    Code.TOO_LARGE: ("file is too large", _P.READ),
    Code.NO_RULE_FILES: ("no rule files", _P.READ),
    Code.UNREADABLE: ("file cannot be read", _P.READ),
    Code.UNEXPECTED_TOKEN: ("unexpected token", _P.SYNTAX),
    Code.UNEXPECTED_EOF: ("unexpected end of file", _P.SYNTAX),
    Code.UNEXPECTED_CHARACTER: ("unexpected character", _P.SYNTAX),
    Code.TOO_DEEP_TO_PARSE: ("file nested too deeply to parse", _P.SYNTAX),
    Code.UNKNOWN_UNIT: ("unknown unit", _P.LOWER),
    Code.INVALID_DATE: ("invalid date or datetime", _P.LOWER),
    Code.DUPLICATE_ENUM_VALUE: ("duplicate enumeration value", _P.LOWER),
    Code.INVALID_NUMBER: ("invalid number", _P.LOWER),
    Code.MISPLACED_CLAUSE: ("misplaced or repeated clause", _P.LOWER),
    Code.TOO_DEEP: ("expression nested too deeply", _P.LOWER),
    Code.MISSING_LABEL: ("exception or contested clause without a label", _P.LOWER),
    Code.INVALID_WORD: ("an enumeration value that is not a plain word", _P.LOWER),
    Code.UNKNOWN_NAME: ("unknown fact, definition or parameter", _P.CHECK),
    Code.DUPLICATE: ("name defined twice", _P.CHECK),
    Code.TYPE_MISMATCH: ("type mismatch", _P.CHECK),
    Code.UNIT_MISMATCH: ("unit mismatch", _P.CHECK),
    Code.MISSING_CITATION: (
        "clause without a citation from a report it is in force under",
        _P.CHECK,
    ),
    Code.UNKNOWN_SOURCE: ("unknown source", _P.CHECK),
    Code.UNKNOWN_REQUIREMENT: (
        "exception or contested clause for an unknown requirement",
        _P.CHECK,
    ),
    Code.UNKNOWN_ENUM_VALUE: ("unknown enumeration value", _P.CHECK),
    Code.CYCLE: ("recursive definition", _P.CHECK),
    Code.INVALID_TEMPLATE: ("invalid text template", _P.CHECK),
    Code.NO_REQUIREMENT: ("provision without a requirement under a report", _P.CHECK),
    Code.INVALID_SOURCE: ("invalid source declaration", _P.CHECK),
    Code.DOTTED_NAME_REQUIRED: ("dotted name required", _P.CHECK),
    Code.EMPTY_QUOTE: ("citation with an empty quote", _P.CHECK),
    Code.UNKNOWN_SECTION: ("unknown report section", _P.CHECK),
    Code.PARAMETER_VALUE_MISSING: ("parameter without a value under a report", _P.CHECK),
    Code.PARAMETER_VALUE_INVALID: ("invalid parameter value", _P.CHECK),
    Code.UNKNOWN_PENALTY: ("unknown penalty", _P.CHECK),
    Code.UNKNOWN_LABEL: ("priority over an unknown exception", _P.CHECK),
    Code.QUOTE_NOT_FOUND: ("quote not found in its report", _P.CITE),
    Code.OVERLAPPING_EXCEPTIONS: ("exceptions that can hold at once, without a priority", _P.CHECK),
    Code.INVALID_CALL: ("invalid call of a definition", _P.CHECK),
    Code.INVALID_PERIOD: ("invalid `since`/`until` period", _P.CHECK),
    Code.PRIORITY_CYCLE: ("exceptions that take priority over each other", _P.CHECK),
    Code.UNCHECKED_WITHOUT_REASON: ("a rule left unchecked without a reason", _P.CHECK),
    Code.INVALID_CONSTRAINT: ("constraint that reads the law in force", _P.CHECK),
    Code.MALFORMED_YAML: ("malformed YAML", _P.SCENARIO),
    Code.UNKNOWN_KEY: ("unknown key", _P.SCENARIO),
    Code.UNKNOWN_FACT: ("unknown fact", _P.SCENARIO),
    Code.INVALID_VALUE: ("invalid value", _P.SCENARIO),
    Code.MISSING_DATE: ("missing date", _P.SCENARIO),
    Code.UNKNOWN_EXPECTED_PROVISION: ("unknown provision in `expect`", _P.SCENARIO),
    Code.INVALID_VERDICT: ("invalid verdict in `expect`", _P.SCENARIO),
    Code.EMPTY_SCENARIO: ("empty scenario", _P.SCENARIO),
    Code.DUPLICATE_FACT: ("fact given twice", _P.SCENARIO),
    Code.DERIVED_FACT_DISAGREES: (
        "derived fact that disagrees with the facts it is computed from",
        _P.SCENARIO,
    ),
    Code.CONTRADICTORY_FACTS: ("facts that break a constraint of the rule base", _P.SCENARIO),
    Code.UNKNOWN_PROVISION: ("unknown provision id", _P.CLI),
    Code.UNKNOWN_DOMAIN: ("unknown domain (rule file name)", _P.CLI),
    Code.DEAD_EXCEPTION: (
        "an exception that can never hold where its provision applies",
        _P.VERIFY,
    ),
    Code.REQUIREMENT_NEVER_FAILS: (
        "a requirement that can never fail where its provision applies",
        _P.VERIFY,
    ),
    Code.REQUIREMENT_NEVER_HOLDS: (
        "a requirement that can never be met where its provision applies",
        _P.VERIFY,
    ),
    Code.DEAD_CONTESTED: ("a contested clause that can never trigger", _P.VERIFY),
    Code.EXCEPTIONS_HOLD_TOGETHER: (
        "exceptions without a priority that hold together for some case",
        _P.VERIFY,
    ),
    Code.PROVISIONS_CONFLICT: ("provisions no case can comply with at once", _P.VERIFY),
    Code.VERIFY_ENGINE_MISSING: ("the z3 engine was asked for but is not installed", _P.CLI),
    Code.UNKNOWN_REPORT: ("unknown report (source) id", _P.CLI),
    Code.CANNOT_WRITE: ("file cannot be written", _P.CLI),
}
_WARNINGS = frozenset(
    {
        Code.OVERLAPPING_EXCEPTIONS,
        Code.DEAD_EXCEPTION,
        Code.REQUIREMENT_NEVER_FAILS,
        Code.REQUIREMENT_NEVER_HOLDS,
        Code.DEAD_CONTESTED,
        Code.EXCEPTIONS_HOLD_TOGETHER,
        Code.PROVISIONS_CONFLICT,
    }
)


MAX_ECHO = 120  # characters of one piece of user input that a message repeats
MAX_TEXT = 400  # characters of a message or a help text
MAX_PATH = 200  # characters of a path in the `-->` line
_ECHOED = re.compile(r"`([^`]*)`")


def clip(text: str, limit: int = MAX_ECHO) -> str:
    """`text`, cut to `limit` characters with `…` when longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clip_middle(text: str, limit: int) -> str:
    """`text` cut in the middle when longer than `limit`, so that both ends remain (a path keeps
    its file name)."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + "…" + text[-half:]


def bounded(text: str) -> str:
    """A message or help text of bounded size: each piece of user input in backticks is cut to
    MAX_ECHO characters, the whole to MAX_TEXT (a value of a million digits is named, not
    repeated)."""
    if len(text) <= MAX_ECHO:
        return text
    return clip(_ECHOED.sub(lambda m: f"`{_clip_middle(m.group(1), MAX_ECHO)}`", text), MAX_TEXT)


@dataclass(frozen=True)
class Diagnostic:
    """One problem. Message and help are bounded on construction (`bounded`), whoever builds
    them, so that no input can make an error message longer than a screen."""

    code: Code
    message: str
    span: Span | None = None
    help: str | None = None
    path: str | None = None  # for problems with no span (missing file, ...)

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", bounded(self.message))
        if self.help is not None:
            object.__setattr__(self, "help", bounded(self.help))

    @property
    def severity(self) -> Severity:
        return self.code.severity

    def location(self) -> str:
        if self.span is not None:
            return self.span.location()
        return self.path or "<input>"

    def sort_key(self) -> tuple[str, int, str]:
        if self.span is not None:
            return (self.span.file.name, self.span.start, self.code)
        return (self.path or "", -1, self.code)

    def render(self) -> str:
        """The one-screen text form: header, source line with the span underlined, help.
        Control characters from the input are shown escaped, never sent to the terminal."""
        lines = [
            f"{self.severity.value}[{self.code}]: {safe(self.message)}",
            f"  --> {safe(_clip_middle(self.location(), MAX_PATH))}",
        ]
        if self.span is not None:
            line_no, col = self.span.file.line_col(self.span.start)
            text = self.span.file.line_text(line_no)
            shown = _one_column(text[:200])
            end_line, end_col = self.span.file.line_col(max(self.span.end, self.span.start + 1) - 1)
            width = (end_col - col + 1) if end_line == line_no else len(text) - col + 1
            width = max(1, min(width, max(1, len(shown) - col + 1)))
            gutter = " " * len(str(line_no))
            lines.append(f"{gutter} |")
            lines.append(f"{line_no} | {shown}")
            lines.append(f"{gutter} | {' ' * (col - 1)}{'^' * width}")
        if self.help:
            lines.append(f"  = help: {safe(self.help)}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, object]:
        """The machine-readable form (`--error-format json`)."""
        where: dict[str, object] = {"file": self.path}
        if self.span is not None:
            line, column = self.span.file.line_col(self.span.start)
            end_line, end_column = self.span.file.line_col(self.span.end)
            where = {
                "file": self.span.file.name,
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
            }
        return {
            "code": str(self.code),
            "severity": self.severity.value,
            "meaning": self.code.meaning,
            "message": self.message,
            **where,
            "help": self.help,
        }


def safe(text: str) -> str:
    """`text` with control and other unprintable characters escaped (`\\x1b`)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


def _one_column(text: str) -> str:
    """A source line for display: unprintable characters become one visible column each,
    so that the underline below stays aligned."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else " " if ch == "\t" else "\ufffd" for ch in text)


def ordered(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Diagnostics sorted by file and position (those without a position first in their file)."""
    return tuple(sorted(diagnostics, key=Diagnostic.sort_key))


class HrlawError(Exception):
    """Raised once per phase with every diagnostic that phase found, sorted by location."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = ordered(diagnostics)
        count = len(self.diagnostics)
        super().__init__(f"{count} problem{'s' if count != 1 else ''}")

    def __str__(self) -> str:
        # rendered when shown, not when raised: 45,000 diagnostics cost nothing until printed
        return self.render()

    def render(self) -> str:
        return "\n\n".join(d.render() for d in self.diagnostics)

    @property
    def codes(self) -> list[str]:
        return [str(d.code) for d in self.diagnostics]


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A 'did you mean' help text, or None when nothing is close."""
    import difflib

    pool = sorted(set(candidates))
    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not close and "." in word:
        tail = word.rsplit(".", 1)[1]
        close = [c for c in pool if c.rsplit(".", 1)[-1] == tail][:1]
    return f"did you mean `{close[0]}`?" if close else None
