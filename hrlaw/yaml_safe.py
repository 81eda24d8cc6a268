"""A small, hostile-input-proof YAML reader for scenarios.

`load_yaml` turns raw bytes into a typed tree (`YScalar`, `YMap`, `YSeq`) with 1-based line/column
marks. It never constructs Python objects from YAML: every scalar stays text, typed later against
the fact vocabulary. Scenarios need none of YAML's object features, so they are refused:

* size: input longer than `max_bytes` is refused before anything else is looked at;
* encoding: strict UTF-8 (a leading BOM is dropped), without the characters YAML forbids;
* structure: PyYAML's *event* stream (libyaml's C parser when present, else the pure-Python one)
  is consumed lazily into an explicit stack, so no input can exhaust the Python stack; nesting
  deeper than `max_depth` is refused with hrlaw's own message, whichever parser notices first;
* tags, anchors and aliases are refused where they appear (so no alias can expand the input);
* mappings: duplicate keys and non-scalar keys are refused;
* streams: zero or one document.

No exception other than `YamlError` escapes `load_yaml`, whatever the input bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, TypeAlias

import yaml

DEFAULT_MAX_BYTES: Final = 1_000_000
DEFAULT_MAX_DEPTH: Final = 64


@dataclass(frozen=True, slots=True)
class Mark:
    """A position in the source text; both numbers are 1-based, columns count characters."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class YScalar:
    value: str  # the scalar's text
    style: str | None  # None = plain; "'" or '"' = quoted; "|" or ">" = block
    mark: Mark


@dataclass(frozen=True, slots=True)
class YMap:
    items: tuple[tuple[YScalar, YNode], ...]  # keys are always scalars, in document order
    mark: Mark


@dataclass(frozen=True, slots=True)
class YSeq:
    items: tuple[YNode, ...]
    mark: Mark


YNode: TypeAlias = YScalar | YMap | YSeq


class YamlError(Exception):
    """A problem with the YAML input. `message` is lowercase, without a final period."""

    def __init__(self, message: str, mark: Mark | None = None, help: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.help = help

    def __reduce__(self) -> tuple[type[YamlError], tuple[str, Mark | None, str | None]]:
        return (type(self), (self.message, self.mark, self.help))


# The event parsers: libyaml's (C) and PyYAML's pure-Python one give the same events; `_parser`
# names the one in use (tests set it to run everything under both).
_PARSERS: Final[dict[str, type[yaml.SafeLoader] | type[yaml.CSafeLoader]]] = {
    "python": yaml.SafeLoader
}
if yaml.__with_libyaml__:  # pragma: no branch - the PyPI wheels include libyaml
    _PARSERS["libyaml"] = yaml.CSafeLoader
_parser: str = "libyaml" if "libyaml" in _PARSERS else "python"

# Exactly the characters YAML 1.1 (and PyYAML's reader) accepts.
_NOT_PRINTABLE: Final = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_LINE_BREAK: Final = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # "\r\n" is one break
_UTF8_BOM: Final = b"\xef\xbb\xbf"


def _position(text: str, index: int) -> Mark:
    """The 1-based mark of `text[index]`, counting lines and columns as PyYAML does."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    segment = text[start:index]
    return Mark(line, len(segment) - segment.count("\ufeff") + 1)


def _show(text: str) -> str:
    """User text made safe to print inside backticks: short, one line, no control characters."""
    text = text if len(text) <= 60 else text[:60] + "…"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _decode(data: bytes) -> str:
    """Strict UTF-8 without a leading BOM; refuses the characters YAML forbids."""
    skipped = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        before = data[skipped:offset].decode("utf-8")  # valid up to the first bad byte
        utf16 = "; it looks like UTF-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ""
        message = f"invalid UTF-8 at byte {offset} (`0x{data[offset]:02x}`)"
        mark = _position(before, len(before))
        raise YamlError(message, mark, f"save the file as UTF-8{utf16}") from None
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        shown = repr(bad.group())[1:-1]
        what = "control character" if bad.group() < "\xa0" else "character not allowed in YAML"
        help = "hrlaw reads YAML text files; this looks like binary data or a damaged file"
        raise YamlError(f"binary data: {what} `{shown}`", _position(text, bad.start()), help)
    return text


def _blank(text: str) -> bool:
    """Only blanks and comments: an empty document (checked line by line, in linear time)."""
    return all(
        not line.strip(" \t") or line.lstrip(" \t")[0] == "#" for line in _LINE_BREAK.split(text)
    )


# A lexical scan for flow collections, used only to explain a parser's own failure: a parser
# may look far ahead and give up on deep nesting before any event reaches the builder.
_FLOW_SIGNIFICANT: Final = re.compile(r"""[\[\]{}'"#]""")
_QUOTED: Final = {
    "'": re.compile(r"'(?:[^']|'')*'"),
    '"': re.compile(r'"(?:[^"\\]|\\.)*"'),
}
_NODE_START: Final = frozenset("\n\r[{,:-?")


def _flow_too_deep(text: str, limit: int) -> int | None:
    """The offset of the first flow collection nested deeper than `limit`, skipping quoted
    scalars and comments; None when there is none. Linear in the length of `text`."""
    depth, pos = 0, 0
    while (match := _FLOW_SIGNIFICANT.search(text, pos)) is not None:
        char, start, pos = match.group(), match.start(), match.end()
        before = start - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        at_node = before < 0 or text[before] in _NODE_START
        if char == "#" and (start == 0 or text[start - 1] in " \t\n\r"):
            breaks = _LINE_BREAK.search(text, pos)
            pos = breaks.end() if breaks else len(text)
        elif char in "'\"" and at_node:
            quoted = _QUOTED[char].match(text, start)
            pos = quoted.end() if quoted else len(text)
        elif char in "[{" and (depth or at_node):
            depth += 1
            if depth > limit:
                return start
        elif char in "]}" and depth:
            depth -= 1
    return None


def _from_pyyaml(error: yaml.YAMLError, text: str, max_depth: int) -> YamlError:
    """hrlaw's error for a parser's error; a parser's own wording is kept for syntax errors."""
    mark = None
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = Mark(error.problem_mark.line + 1, error.problem_mark.column + 1)
    deep = _flow_too_deep(text, max_depth)
    if deep is not None:  # the parser gave up on nesting hrlaw refuses anyway
        return _too_deep(_position(text, deep), max_depth)
    if isinstance(error, yaml.MarkedYAMLError):
        message = (error.problem or error.context or "invalid YAML").strip().rstrip(".")
        context = error.context_mark
        help = None
        if error.problem and error.context and context is not None:
            where = f"line {context.line + 1}, column {context.column + 1}"
            help = f"{error.context.strip()} starting at {where}"
        return YamlError(message, mark, help)
    # a reader error cannot happen: `_decode` refuses every character a reader would
    return YamlError(f"invalid YAML: {_show(str(error))}")


def _too_deep(mark: Mark, limit: int) -> YamlError:
    return YamlError(
        f"nesting is too deep (more than {limit} levels)",
        mark,
        "scenarios need only a few levels: `facts:`, a group, a fact",
    )


def _mark(event: yaml.Event) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1) if start is not None else Mark(1, 1)


def _refuse_features(event: yaml.NodeEvent, mark: Mark) -> None:
    """Tags, anchors and aliases: no scenario needs them; refused where they appear."""
    tag: str | None = getattr(event, "tag", None)
    if tag is not None:
        shown = tag.replace("tag:yaml.org,2002:", "!!", 1)
        help = "write plain values; hrlaw reads every value as text and types it itself"
        raise YamlError(f"YAML tags are not allowed in scenarios: `{_show(shown)}`", mark, help)
    if event.anchor is not None:
        name = ("*" if isinstance(event, yaml.AliasEvent) else "&") + _show(event.anchor)
        help = "write the value out in full wherever it is needed"
        raise YamlError(f"anchors and aliases are not allowed in scenarios: `{name}`", mark, help)


class _Open:
    """A collection being built; a mapping's items alternate key, value."""

    def __init__(self, mark: Mark, is_map: bool) -> None:
        self.mark, self.is_map = mark, is_map
        self.items: list[YNode] = []
        self.keys: dict[str, Mark] = {}

    def wants_key(self) -> bool:
        return self.is_map and len(self.items) % 2 == 0

    def add(self, node: YNode) -> None:
        if self.wants_key():
            assert isinstance(node, YScalar)
            first = self.keys.setdefault(node.value, node.mark)
            if first is not node.mark:
                shown, line = _show(node.value), first.line
                help = f"the first `{shown}` is at line {line}"
                raise YamlError(f"duplicate key `{shown}`", node.mark, help)
        self.items.append(node)

    def node(self) -> YNode:
        if not self.is_map:
            return YSeq(tuple(self.items), self.mark)
        keys = [k for k in self.items[::2] if isinstance(k, YScalar)]
        return YMap(tuple(zip(keys, self.items[1::2], strict=True)), self.mark)


def _build(events: Iterable[yaml.Event], max_depth: int) -> YNode | None:
    """The tree of the event stream, built with an explicit stack (no recursion)."""
    stack: list[_Open] = []
    root: YNode | None = None
    for event in events:
        mark = _mark(event)
        if isinstance(event, yaml.DocumentStartEvent) and root is not None:
            help = "put each document in a file of its own"
            raise YamlError("only one YAML document is allowed", mark, help)
        if isinstance(event, yaml.NodeEvent):
            _refuse_features(event, mark)
            if stack and stack[-1].wants_key() and not isinstance(event, yaml.ScalarEvent):
                raise YamlError("mapping keys must be plain text", mark, "write the key as text")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= max_depth:
                raise _too_deep(mark, max_depth)
            stack.append(_Open(mark, isinstance(event, yaml.MappingStartEvent)))
            continue
        if isinstance(event, yaml.ScalarEvent):
            node: YNode = YScalar(event.value, event.style or None, mark)  # libyaml: plain ""
        elif isinstance(event, yaml.CollectionEndEvent):
            node = stack.pop().node()
        else:
            continue
        if stack:
            stack[-1].add(node)
        else:
            root = node
    return root


def load_yaml(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> YNode | None:
    """Parse one YAML document from raw bytes: a tree, None for an empty document (only blanks
    and comments), or a `YamlError`. Byte offsets in messages are 0-based; marks are 1-based."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"load_yaml() needs bytes, not {type(data).__name__}")
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    if size > max_bytes:
        message = f"file is too large: {size} bytes (the limit is {max_bytes})"
        raise YamlError(message, None, "split the file into smaller files")
    text = ""
    try:
        text = _decode(bytes(data))
        if _blank(text):
            return None
        events = yaml.parse(text, Loader=_PARSERS[_parser])
        try:
            return _build(events, max_depth)
        finally:
            getattr(events, "close", lambda: None)()
    except YamlError:
        raise
    except yaml.YAMLError as error:
        raise _from_pyyaml(error, text, max_depth) from None
    except Exception as error:  # hostile input must only ever yield YamlError
        raise YamlError(
            f"the document could not be read: {_show(type(error).__name__)}: {_show(str(error))}"
        ) from None
