"""Text -> Lark parse tree. Syntax errors become located diagnostics with the tokens expected.

After a syntax error, parsing resumes at the next top-level declaration so that one run reports
every broken declaration of a file, not only the first.
"""

from __future__ import annotations

import re
from functools import cache

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.shipped import shipped
from hrlaw.source import SourceFile, Span

MAX_SYNTAX_ERRORS = 20
MAX_TOKENS = 20_000  # words and symbols in one rule file
_STRINGS_AND_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\["\\])*"|#[^\n]*')
_TOKEN = re.compile(r"[A-Za-z0-9_.]+|\S")
_TOP_LEVEL = re.compile(
    r"^(source|fact|define|parameter|penalty|provision|unchecked|constraint)\b", re.MULTILINE
)

_FRIENDLY = {
    "NAME": "a name",
    "STRING": "a quoted string",
    "NUMBER": "a number",
    "DATE": "a date (YYYY-MM-DD)",
    "DATETIME": "a date and time (YYYY-MM-DDTHH:MM)",
    "BASIC_TYPE": "a type (bool, integer, number, duration, date, datetime, money, percent)",
    "COMP_OP": "a comparison (<=, >=, <, >, =, !=)",
    "ADD_OP": "`+` or `-`",
    "MUL_OP": "`*` or `/`",
    "$END": "end of file",
}


@cache
def grammar_text() -> str:
    return shipped("grammar").joinpath("hrlaw.lark").read_text(encoding="utf-8")


@cache
def _lark() -> Lark:
    return Lark(grammar_text(), parser="lalr", propagate_positions=True, maybe_placeholders=True)


@cache
def keywords() -> frozenset[str]:
    """The words the language reserves (`require`, `and`, `bool`, …): not usable as names."""
    words: set[str] = set()
    for terminal in _lark().terminals:
        pattern = terminal.pattern
        if pattern.type == "str" and pattern.value.isalpha():
            words.add(pattern.value)
    basic = _lark().get_terminal("BASIC_TYPE").pattern.value
    words.update(re.findall(r"[a-z]+", basic.replace("\\b", "")))
    return frozenset(words)


def _describe(terminal: str) -> str:
    if terminal in _FRIENDLY:
        return _FRIENDLY[terminal]
    try:
        pattern = _lark().get_terminal(terminal).pattern
    except KeyError:
        return terminal.lower()
    if pattern.type == "str":
        return f"`{pattern.value}`"
    return terminal.lower()


def _expected(names: set[str] | frozenset[str] | list[str]) -> str | None:
    shown = sorted({_describe(n) for n in names if not n.startswith("__")})
    if not shown:
        return None
    if len(shown) > 8:
        shown = [*shown[:8], "…"]
    return "expected " + ", ".join(shown)


def _diagnostic(file: SourceFile, err: UnexpectedInput) -> tuple[Diagnostic, int]:
    """The diagnostic for a Lark error, and the offset where it happened."""
    if isinstance(err, UnexpectedCharacters):
        pos = err.pos_in_stream or 0
        char = file.text[pos] if pos < len(file.text) else ""
        shown = char if char.isprintable() else f"\\x{ord(char):02x}" if char else ""
        return (
            Diagnostic(
                Code.UNEXPECTED_CHARACTER,
                f"unexpected character `{shown}`",
                Span(file, pos, pos + 1),
                _expected(err.allowed or set()),
            ),
            pos,
        )
    if isinstance(err, UnexpectedToken) and err.token.type != "$END":
        tok: Token = err.token
        start = tok.start_pos if tok.start_pos is not None else 0
        end = tok.end_pos if tok.end_pos is not None else start + len(str(tok))
        return (
            Diagnostic(
                Code.UNEXPECTED_TOKEN,
                f"unexpected `{tok}`",
                Span(file, start, end),
                _expected(err.expected),
            ),
            start,
        )
    expected: set[str] = set(getattr(err, "expected", None) or ())
    end = len(file.text.rstrip())
    return (
        Diagnostic(
            Code.UNEXPECTED_EOF,
            "unexpected end of file",
            Span(file, max(0, end - 1), max(end, 1)),
            _expected(expected) or "a declaration is not finished",
        ),
        len(file.text),
    )


def _too_many_tokens(file: SourceFile) -> Diagnostic | None:
    """A file of more than MAX_TOKENS words and symbols is refused before Lark reads it: parsing
    time grows with the tokens (a 200,000-term sum took many seconds), and no rule file needs
    more than a small part of the budget (the largest shipped file has under 1,000)."""
    bare = _STRINGS_AND_COMMENTS.sub('""', file.text)
    for count, _ in enumerate(_TOKEN.finditer(bare), start=1):
        if count > MAX_TOKENS:
            return Diagnostic(
                Code.TOO_LARGE,
                f"the rule file has more than {MAX_TOKENS:,} words and symbols",
                path=file.name,
                help="split it into several files, and long expressions into named parts "
                "with `define`",
            )
    return None


def parse(file: SourceFile) -> Tree[Token]:
    """Parse one rule file; raise HrlawError with every syntax error found."""
    too_large = _too_many_tokens(file)
    if too_large is not None:
        raise HrlawError([too_large])
    text = file.text
    errors: list[Diagnostic] = []
    trees: list[Tree[Token]] = []
    start = 0
    while True:
        # blank out what came before so that positions stay true to the file
        masked = re.sub(r"[^\n]", " ", text[:start]) + text[start:]
        try:
            trees.append(_lark().parse(masked))
            break
        except (UnexpectedCharacters, UnexpectedToken, UnexpectedEOF) as err:
            diag, pos = _diagnostic(file, err)
            errors.append(diag)
            following = _TOP_LEVEL.search(text, pos + 1)
            if following is None or len(errors) >= MAX_SYNTAX_ERRORS:
                break
            start = following.start()
        except RecursionError:
            errors.append(
                Diagnostic(
                    Code.TOO_DEEP_TO_PARSE, "the file is nested too deeply to parse", path=file.name
                )
            )
            break
    if errors:
        raise HrlawError(errors)
    return trees[0]
