"""Errors as data: every problem is a Diagnostic with a stable code, a location and help."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from hrlaw.source import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# The stable code table. Codes never change meaning; new ones are appended.
CODES: dict[str, str] = {
    # HR0xx: reading files
    "HR001": "file not found",
    "HR002": "not a regular file",
    "HR003": "file is not valid UTF-8 text",
    "HR004": "file is too large",
    "HR005": "no rule files",
    # HR1xx: syntax
    "HR101": "syntax error",
    "HR102": "unexpected end of file",
    "HR103": "invalid token",
    # HR2xx: lowering (well-formed syntax, invalid construct)
    "HR201": "unknown unit",
    "HR202": "invalid date or datetime",
    "HR203": "invalid string escape",
    "HR204": "duplicate enumeration value",
    "HR205": "invalid number",
    "HR206": "misplaced clause",
    "HR207": "expression nested too deeply",
    # HR3xx: checking
    "HR301": "unknown name",
    "HR302": "duplicate definition",
    "HR303": "type mismatch",
    "HR304": "unit mismatch",
    "HR305": "requirement without citation",
    "HR306": "unknown source",
    "HR307": "unknown requirement",
    "HR308": "unknown enumeration value",
    "HR309": "cyclic definition",
    "HR310": "invalid explanation template",
    "HR311": "provision without versions",
    "HR312": "invalid source declaration",
    "HR313": "dotted name required",
    "HR320": "quote not found in its report",
    # HR4xx: scenarios
    "HR401": "malformed YAML",
    "HR402": "unknown key",
    "HR403": "unknown fact",
    "HR404": "invalid value",
    "HR405": "missing date",
    "HR406": "derived fact given",
    "HR407": "unknown provision in expect",
    "HR408": "invalid verdict in expect",
    "HR409": "empty scenario",
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    span: Span | None = None
    help: str | None = None
    severity: Severity = Severity.ERROR
    path: str | None = None  # for problems with no span (missing file, ...)

    def location(self) -> str:
        if self.span is not None:
            return self.span.location()
        return self.path or "<input>"

    def render(self) -> str:
        """The one-screen text form: header, source line with the span underlined, help.
        Control characters from the input are shown escaped, never sent to the terminal."""
        lines = [
            f"{self.severity.value}[{self.code}]: {safe(self.message)}",
            f"  --> {safe(self.location())}",
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


class HrlawError(Exception):
    """Raised once per phase with every diagnostic that phase found."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__(self.render())

    def render(self) -> str:
        return "\n\n".join(d.render() for d in self.diagnostics)

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A 'did you mean' help text, or None when nothing is close."""
    import difflib

    pool = sorted(set(candidates))
    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not close and "." in word:
        tail = word.rsplit(".", 1)[1]
        close = [c for c in pool if c.rsplit(".", 1)[-1] == tail][:1]
    return f"did you mean `{close[0]}`?" if close else None
