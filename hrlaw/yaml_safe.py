"""A hostile-input-proof YAML reader.

`load_yaml` turns raw bytes into a small typed tree (`YScalar`, `YMap`, `YSeq`) with 1-based
line/column marks. It never constructs Python objects from YAML: every scalar stays text, and
the caller types values itself.

Defences, in the order they apply:

* size: input longer than `max_bytes` is refused before anything else is looked at;
* encoding: strict UTF-8 (an optional UTF-8 BOM is stripped), and no characters that YAML
  forbids (NUL and other control characters);
* structure: PyYAML's *event* API (`yaml.parse`, safe loader; libyaml's C parser when PyYAML
  has it, else the pure-Python one) is consumed lazily and the tree is built with an explicit
  stack, so deep nesting can never exhaust the Python stack; nesting deeper than `max_depth` is
  refused as soon as it is seen;
* tags: every explicit tag (`!!python/object`, `!foo`, `!!str`, ...) is refused;
* aliases: allowed, expanded by sharing the already built node, but every node reached through
  an alias counts against `max_nodes` (the whole aliased subtree, each time it is used), so an
  alias bomb fails fast; an alias also may not push the expanded tree past `max_depth`;
* mappings: duplicate keys, merge keys (`<<`) and non-scalar keys are refused;
* streams: exactly zero or one document.

No exception other than `YamlError` escapes `load_yaml` for any input bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, NoReturn, TypeAlias

import yaml

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_NODES",
    "Mark",
    "YMap",
    "YNode",
    "YScalar",
    "YSeq",
    "YamlError",
    "load_yaml",
]

DEFAULT_MAX_BYTES: Final = 1_000_000
DEFAULT_MAX_DEPTH: Final = 64
DEFAULT_MAX_NODES: Final = 50_000


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

    message: str
    mark: Mark | None
    help: str | None

    def __init__(self, message: str, mark: Mark | None = None, help: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.help = help

    def __reduce__(self) -> tuple[type[YamlError], tuple[str, Mark | None, str | None]]:
        return (type(self), (self.message, self.mark, self.help))

    def __repr__(self) -> str:
        return f"YamlError({self.message!r}, mark={self.mark!r}, help={self.help!r})"


# --------------------------------------------------------------------------------------------
# Text helpers

_UTF8_BOM: Final = b"\xef\xbb\xbf"
_CORE_SCHEMA_PREFIX: Final = "tag:yaml.org,2002:"
_TAG_HELP: Final = (
    "write plain values; hrlaw reads every value as text and types it against the fact vocabulary"
)

# Exactly the characters YAML 1.1 (and PyYAML's reader) accepts; anything else is refused.
_NOT_PRINTABLE: Final = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Line breaks as PyYAML counts them ("\r\n" is one break).
_LINE_BREAK: Final = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_SHOW_LIMIT: Final = 60
# Only blanks and comments. The parsers reject a tab that starts a line even when nothing else
# follows, but whitespace-only input is an empty document.
_BREAKS: Final = "\r\n\x85\u2028\u2029"
_BLANK_OR_COMMENT: Final = re.compile(
    f"[ \t]*(?:#[^{_BREAKS}]*)?(?:(?:\r\n|[{_BREAKS}])[ \t]*(?:#[^{_BREAKS}]*)?)*"
)

# The event parsers: libyaml's (C, 7-100 times faster; the PyPI wheels of PyYAML include it)
# and PyYAML's pure-Python one. Both deliver the same events through the same API and give the
# same trees for ordinary YAML. They differ in the wording (and some marks) of syntax errors and
# in a few corners of the syntax: libyaml accepts a tab after `key:` and before a comment,
# PyYAML accepts `{a:[1]}`. `_parser` names the one in use; set it to "python" to pin PyYAML.
_PARSERS: Final[dict[str, type[yaml.SafeLoader] | type[yaml.CSafeLoader]]] = {
    "python": yaml.SafeLoader
}
if yaml.__with_libyaml__:  # pragma: no branch - the PyPI wheels include libyaml
    _PARSERS["libyaml"] = yaml.CSafeLoader
_parser: str = "libyaml" if "libyaml" in _PARSERS else "python"


def _position(text: str, index: int) -> Mark:
    """The 1-based mark of `text[index]`, counting lines and columns the way PyYAML does."""
    line = 1
    line_start = 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line += 1
        line_start = match.end()
    segment = text[line_start:index]
    # PyYAML does not count BOM characters as columns.
    return Mark(line, len(segment) - segment.count("\ufeff") + 1)


def _escape_char(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


def _show(text: str) -> str:
    """User text made safe to print inside backticks: short, one line, no control characters."""
    if len(text) > _SHOW_LIMIT:
        text = text[:_SHOW_LIMIT] + "…"
    return "".join(_escape_char(char) for char in text)


def _show_tag(tag: str) -> str:
    if tag.startswith(_CORE_SCHEMA_PREFIX):
        tag = "!!" + tag[len(_CORE_SCHEMA_PREFIX) :]
    return _show(tag)


def _decode(data: bytes) -> str:
    """Strict UTF-8 decoding; a leading UTF-8 BOM is dropped. Refuses characters YAML forbids."""
    skipped = 0
    if data.startswith(_UTF8_BOM):
        skipped = len(_UTF8_BOM)
    try:
        text = data[skipped:].decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        # Everything before the first bad byte is valid UTF-8.
        before = data[skipped:offset].decode("utf-8", errors="replace")
        help = "save the file as UTF-8 text"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            help = "the file looks like UTF-16 text; save it as UTF-8"
        raise YamlError(
            f"invalid UTF-8 at byte {offset} (`0x{data[offset]:02x}`)",
            _position(before, len(before)),
            help,
        ) from None
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        char = bad.group()
        shown = repr(char)[1:-1]
        if char < "\xa0":  # C0 and C1 controls, DEL
            message = f"binary data: control character `{shown}`"
        else:  # the noncharacters U+FFFE and U+FFFF
            message = f"character `{shown}` is not allowed in YAML text"
        raise YamlError(
            message,
            _position(text, bad.start()),
            "hrlaw reads YAML text files; this looks like binary data or a damaged file",
        )
    return text


def _yaml_mark(mark: object) -> Mark | None:
    """Convert a PyYAML mark (0-based) to ours (1-based)."""
    line = getattr(mark, "line", None)
    column = getattr(mark, "column", None)
    if isinstance(line, int) and isinstance(column, int):
        return Mark(line + 1, column + 1)
    return None


def _event_mark(event: yaml.Event) -> Mark:
    mark = event.start_mark
    if mark is None:  # pragma: no cover - both parsers mark every event
        return Mark(1, 1)
    return Mark(mark.line + 1, mark.column + 1)


def _from_pyyaml(error: yaml.YAMLError, text: str) -> YamlError:
    """Translate a PyYAML error into a YamlError with a 1-based mark."""
    if isinstance(error, yaml.MarkedYAMLError):
        message = (error.problem or error.context or "invalid YAML").strip().rstrip(".")
        mark = _yaml_mark(error.problem_mark) or _yaml_mark(error.context_mark)
        help: str | None = None
        context_mark = _yaml_mark(error.context_mark)
        if error.problem and error.context and context_mark is not None:
            help = (
                f"{error.context.strip()} starting at line {context_mark.line}, "
                f"column {context_mark.column}"
            )
        return YamlError(message, mark, help)
    if isinstance(error, yaml.reader.ReaderError):
        position = error.position
        mark = _position(text, position) if 0 <= position <= len(text) else None
        return YamlError(f"invalid character `{_show(str(error.character))}`", mark)
    return YamlError(f"invalid YAML: {_show(str(error))}")


# --------------------------------------------------------------------------------------------
# Tree building


class _Frame:
    """An open collection on the explicit build stack."""

    __slots__ = ("anchor", "height", "is_map", "key", "keys", "map_items", "mark", "seq_items")

    def __init__(self, is_map: bool, mark: Mark, anchor: str | None) -> None:
        self.is_map = is_map
        self.mark = mark
        self.anchor = anchor
        self.seq_items: list[YNode] = []
        self.map_items: list[tuple[YScalar, YNode]] = []
        self.key: YScalar | None = None  # a key waiting for its value
        self.keys: dict[str, Mark] = {}  # key text -> where it was written
        # `height` counts collection levels in the expanded subtree (this collection is 1).
        self.height = 1


class _Anchored:
    """A finished anchored node together with the shape of its expanded subtree."""

    __slots__ = ("height", "node", "size")

    def __init__(self, node: YNode, size: int, height: int) -> None:
        self.node = node
        self.size = size  # nodes in the fully expanded subtree (map keys included)
        self.height = height  # collection levels in the fully expanded subtree


class _Builder:
    """Consumes PyYAML events and builds the tree with an explicit stack (no recursion)."""

    def __init__(self, max_depth: int, max_nodes: int) -> None:
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.stack: list[_Frame] = []
        # Expanded subtree sizes of the open frames, parallel to `stack`.
        self.sizes: list[int] = []
        self.anchors: dict[str, _Anchored | _Frame] = {}
        self.alias_nodes = 0  # nodes reached through alias expansion so far
        self.documents = 0
        self.root: YNode | None = None

    def run(self, events: Iterable[yaml.Event]) -> YNode | None:
        stack = self.stack
        sizes = self.sizes
        for event in events:
            if isinstance(event, yaml.ScalarEvent):
                # Scalars are most of the events: handled inline, with a fast path for the
                # common case of a sequence item or a mapping value.
                mark = _event_mark(event)
                if event.tag is not None:
                    self.reject_tag(event.tag, mark)
                # libyaml reports plain style as "", PyYAML as None.
                node = YScalar(event.value, event.style or None, mark)
                if event.anchor is not None:
                    self.anchors[event.anchor] = _Anchored(node, 1, 0)
                if stack:
                    frame = stack[-1]
                    if not frame.is_map:
                        sizes[-1] += 1
                        frame.seq_items.append(node)
                        continue
                    if frame.key is not None:
                        sizes[-1] += 1
                        frame.map_items.append((frame.key, node))
                        frame.key = None
                        continue
                self.attach(node, 1, 0, mark)
            elif isinstance(event, yaml.AliasEvent):
                self.alias(event)
            elif isinstance(event, yaml.CollectionStartEvent):
                self.start(event)
            elif isinstance(event, yaml.CollectionEndEvent):
                self.end()
            elif isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    raise YamlError(
                        "only one YAML document is allowed",
                        _event_mark(event),
                        "put each document in a file of its own",
                    )
        return self.root

    # -- events -------------------------------------------------------------------------------

    def start(self, event: yaml.CollectionStartEvent) -> None:
        mark = _event_mark(event)
        if event.tag is not None:
            self.reject_tag(event.tag, mark)
        stack = self.stack
        if stack and stack[-1].is_map and stack[-1].key is None:
            raise YamlError(
                "mapping keys must be plain text",
                mark,
                "write the key as a plain or quoted string",
            )
        if len(stack) >= self.max_depth:
            raise YamlError(f"nesting is too deep (more than {self.max_depth} levels)", mark)
        frame = _Frame(isinstance(event, yaml.MappingStartEvent), mark, event.anchor)
        if event.anchor is not None:
            # Open anchors are recorded so that an alias to an enclosing node is recognised.
            self.anchors[event.anchor] = frame
        stack.append(frame)
        self.sizes.append(1)

    def end(self) -> None:
        frame = self.stack.pop()
        size = self.sizes.pop()
        node: YNode
        if frame.is_map:
            node = YMap(tuple(frame.map_items), frame.mark)
        else:
            node = YSeq(tuple(frame.seq_items), frame.mark)
        anchor = frame.anchor
        # Only if no later node re-used the anchor name inside this one.
        if anchor is not None and self.anchors.get(anchor) is frame:
            self.anchors[anchor] = _Anchored(node, size, frame.height)
        self.attach(node, size, frame.height, frame.mark)

    def alias(self, event: yaml.AliasEvent) -> None:
        mark = _event_mark(event)
        name = event.anchor or ""
        target = self.anchors.get(name)
        if target is None:
            raise YamlError(
                f"unknown alias `*{_show(name)}`",
                mark,
                f"an alias must come after the value it refers to, marked `&{_show(name)}`",
            )
        if isinstance(target, _Frame):
            raise YamlError(
                f"alias `*{_show(name)}` is used inside the value it refers to",
                mark,
                f"the value marked `&{_show(name)}` starts at line {target.mark.line}",
            )
        self.alias_nodes += target.size
        if self.alias_nodes > self.max_nodes:
            raise YamlError(
                f"document expands to too many nodes (more than {self.max_nodes})",
                mark,
                "every alias (`*name`) repeats the whole value marked with its anchor (`&name`)",
            )
        if len(self.stack) + target.height > self.max_depth:
            raise YamlError(f"nesting is too deep (more than {self.max_depth} levels)", mark)
        self.attach(target.node, target.size, target.height, mark)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def reject_tag(tag: str, mark: Mark) -> NoReturn:
        raise YamlError(f"YAML tags are not allowed: `{_show_tag(tag)}`", mark, _TAG_HELP)

    def attach(self, node: YNode, size: int, height: int, mark: Mark) -> None:
        """Add a finished node to the open collection, or make it the document root."""
        stack = self.stack
        if not stack:
            self.root = node
            return
        frame = stack[-1]
        self.sizes[-1] += size
        if height + 1 > frame.height:
            frame.height = height + 1
        if not frame.is_map:
            frame.seq_items.append(node)
            return
        key = frame.key
        if key is not None:
            frame.map_items.append((key, node))
            frame.key = None
            return
        if not isinstance(node, YScalar):
            raise YamlError(
                "mapping keys must be plain text", mark, "write the key as a plain or quoted string"
            )
        if node.style is None and node.value == "<<":
            raise YamlError(
                "merge keys (`<<`) are not supported",
                mark,
                "write out every key of the mapping in full",
            )
        first = frame.keys.get(node.value)
        if first is not None:
            shown = _show(node.value)
            raise YamlError(
                f"duplicate key `{shown}`",
                mark,
                f"the first `{shown}` is at line {first.line}",
            )
        # Where the key was written (for an alias key: the alias, not the anchored scalar).
        frame.keys[node.value] = mark
        frame.key = node


# --------------------------------------------------------------------------------------------
# Entry point


def load_yaml(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> YNode | None:
    """Parse one YAML document from raw bytes.

    Returns None for an empty document (only whitespace/comments). Every other outcome is a
    node tree or a `YamlError`; no other exception escapes for any input bytes.

    `max_nodes` limits the nodes reached through alias expansion (each use of an alias counts
    the whole aliased subtree); the nodes written out literally are bounded by `max_bytes`.
    Byte offsets in encoding errors are 0-based; all marks are 1-based.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"load_yaml() needs bytes, not {type(data).__name__}")
    size = len(data) if not isinstance(data, memoryview) else data.nbytes
    if size > max_bytes:
        raise YamlError(
            f"file is too large: {size} bytes (the limit is {max_bytes})",
            None,
            "split the file into smaller files",
        )
    text = ""
    try:
        text = _decode(bytes(data))
        if _BLANK_OR_COMMENT.fullmatch(text):
            return None
        events = yaml.parse(text, Loader=_PARSERS[_parser])
        try:
            return _Builder(max_depth, max_nodes).run(events)
        finally:
            close = getattr(events, "close", None)
            if close is not None:
                close()
    except YamlError:
        raise
    except yaml.YAMLError as error:
        raise _from_pyyaml(error, text) from None
    except RecursionError:
        raise YamlError("the document is too deeply nested to read") from None
    except MemoryError:
        raise YamlError("the document is too large to read") from None
    except Exception as error:  # hostile input must only ever yield YamlError
        raise YamlError(
            f"the document could not be read: {_show(type(error).__name__)}: {_show(str(error))}"
        ) from None
