"""How wide text output is: a terminal's width when the output is shown in one, the width asked
for (`--width`), and otherwise no wrapping at all, so that a pipe, a redirected file or a pasted
copy keeps each explanation, question and quote on one line (`grep` finds it whole)."""

from __future__ import annotations

from typing import IO

from rich.console import Console

UNWRAPPED = 1_000_000  # wide enough that Rich never breaks a line
MIN_WIDTH = 20
SEPARATOR = "─" * 40  # between two reports, when there is no width to draw a rule across


def text_width(requested: int | None, stream: IO[str]) -> int | None:
    """The width to wrap text at: `requested` when given; the terminal's width when `stream` is
    one; else None (do not wrap)."""
    if requested is not None:
        return max(requested, MIN_WIDTH)
    try:
        shown = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        shown = False
    if not shown:
        return None
    return Console(file=stream).width


def text_console(file: IO[str], width: int | None) -> Console:
    """A Console writing to `file` that wraps at `width`, or never wraps when `width` is None
    (colours as Rich decides from `file`)."""
    return Console(file=file, width=width or UNWRAPPED, soft_wrap=width is None, highlight=False)


def separator(console: Console) -> None:
    """A line between two reports: a rule across the width, or a short line when unwrapped."""
    if console.width >= UNWRAPPED:
        console.print(SEPARATOR, style="dim")
    else:
        console.rule()
