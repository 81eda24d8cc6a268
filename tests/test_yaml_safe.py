"""Tests of hrlaw.yaml_safe: the hostile-input-proof YAML reader.

Every behavioural test runs against each available event parser (libyaml's and PyYAML's
pure-Python one), so both must give the same trees, the same marks and the same errors.
"""

from __future__ import annotations

import pickle
import sys
import types
from collections.abc import Iterator

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrlaw import yaml_safe
from hrlaw.yaml_safe import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    Mark,
    YamlError,
    YMap,
    YNode,
    YScalar,
    YSeq,
    load_yaml,
)

PARSERS = sorted(yaml_safe._PARSERS)
DEFAULT_PARSER = yaml_safe._parser  # read before any fixture changes it


@pytest.fixture(autouse=True, params=PARSERS)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name: str = request.param
    monkeypatch.setattr(yaml_safe, "_parser", name)
    yield name


def error_of(data: bytes, **limits: int) -> YamlError:
    with pytest.raises(YamlError) as info:
        load_yaml(data, **limits)
    return info.value


def s(value: str, line: int, column: int, style: str | None = None) -> YScalar:
    return YScalar(value, style, Mark(line, column))


def load_map(data: bytes) -> YMap:
    node = load_yaml(data)
    assert isinstance(node, YMap)
    return node


# --------------------------------------------------------------------------------------------
# Trees, styles and marks


def test_plain_tree_with_marks() -> None:
    data = b"name: Ana\nage: 42\nchildren:\n  - Iva\n  - {born: 2010}\nempty:\n"
    assert load_yaml(data) == YMap(
        (
            (s("name", 1, 1), s("Ana", 1, 7)),
            (s("age", 2, 1), s("42", 2, 6)),
            (
                s("children", 3, 1),
                YSeq(
                    (
                        s("Iva", 4, 5),
                        YMap(((s("born", 5, 6), s("2010", 5, 12)),), Mark(5, 5)),
                    ),
                    Mark(4, 3),
                ),
            ),
            # An empty value is an empty plain scalar, marked just after its `:`.
            (s("empty", 6, 1), s("", 6, 7)),
        ),
        Mark(1, 1),
    )


def test_keys_keep_document_order() -> None:
    node = load_map(b"z: 1\na: 2\nm: 3\n")
    assert [key.value for key, _ in node.items] == ["z", "a", "m"]


def test_scalar_styles() -> None:
    data = b"plain: x\nsingle: 'x'\ndouble: \"x\\ty\"\nliteral: |\n  a\n  b\nfolded: >\n  a\n  b\n"
    node = load_map(data)
    values = {key.value: value for key, value in node.items}
    assert values == {
        "plain": s("x", 1, 8),
        "single": s("x", 2, 9, "'"),
        "double": s("x\ty", 3, 9, '"'),
        "literal": s("a\nb\n", 4, 10, "|"),
        "folded": s("a b\n", 7, 9, ">"),
    }


def test_values_stay_text() -> None:
    node = load_yaml(b"[1, 2.5, true, null, 2021-01-01, 0x1F, .inf]")
    assert isinstance(node, YSeq)
    assert [item.value for item in node.items if isinstance(item, YScalar)] == [
        "1",
        "2.5",
        "true",
        "null",
        "2021-01-01",
        "0x1F",
        ".inf",
    ]
    assert all(isinstance(item, YScalar) and item.style is None for item in node.items)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" ",
        b"\n\n",
        b"\t",
        b"  \t\n \r\n\t\r",
        b"# only a comment\n",
        b"# a\n  # b\n\n# c",
        b"\t# tab-indented comment\r\n",
    ],
)
def test_empty_documents_are_none(data: bytes) -> None:
    assert load_yaml(data) is None


def test_bom_only_and_bom_with_comment_are_none() -> None:
    assert load_yaml(b"\xef\xbb\xbf") is None
    assert load_yaml(b"\xef\xbb\xbf# comment\n") is None


@pytest.mark.parametrize("text", ["null", "~", "Null"])
def test_null_document_is_a_scalar(text: str) -> None:
    assert load_yaml(text.encode()) == s(text, 1, 1)


def test_explicit_empty_document_is_an_empty_plain_scalar() -> None:
    node = load_yaml(b"---\n")
    assert isinstance(node, YScalar)
    assert (node.value, node.style) == ("", None)


def test_explicit_document_markers_are_one_document() -> None:
    assert load_yaml(b"%YAML 1.1\n---\na: 1\n...\n") == YMap(
        ((s("a", 3, 1), s("1", 3, 4)),), Mark(3, 1)
    )


def test_utf8_bom_is_stripped_and_marks_ignore_it() -> None:
    assert load_yaml(b"\xef\xbb\xbfa: 1") == YMap(((s("a", 1, 1), s("1", 1, 4)),), Mark(1, 1))


def test_columns_count_characters_not_bytes() -> None:
    node = load_map("čćž: đš\n".encode())
    assert node.items == ((s("čćž", 1, 1), s("đš", 1, 6)),)


def test_crlf_and_lone_cr_line_breaks() -> None:
    node = load_map(b"a: 1\r\nb: 2\rc: 3\r\n")
    assert [key.mark for key, _ in node.items] == [Mark(1, 1), Mark(2, 1), Mark(3, 1)]


def test_unicode_text_is_kept() -> None:
    node = load_map('naziv: "Zakon o radu — čl. 5"\nemoji: 🙂\n'.encode())
    assert [value for _, value in node.items] == [
        s("Zakon o radu — čl. 5", 1, 8, '"'),
        s("🙂", 2, 8),
    ]


def test_bytearray_and_memoryview_are_accepted() -> None:
    expected = YSeq((s("a", 1, 2),), Mark(1, 1))
    assert load_yaml(bytearray(b"[a]")) == expected  # type: ignore[arg-type]
    assert load_yaml(memoryview(b"[a]")) == expected  # type: ignore[arg-type]


def test_text_input_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="needs bytes"):
        load_yaml("a: 1")  # type: ignore[arg-type]


def test_nodes_are_immutable() -> None:
    node = load_yaml(b"a")
    assert isinstance(node, YScalar)
    with pytest.raises(AttributeError):
        node.value = "b"  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Size and encoding


def test_defaults() -> None:
    assert (DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH) == (1_000_000, 64)


def test_too_large_input_is_refused() -> None:
    error = error_of(b"a" * (DEFAULT_MAX_BYTES + 1))
    assert error.message == "file is too large: 1000001 bytes (the limit is 1000000)"
    assert error.mark is None


def test_size_limit_is_inclusive_and_configurable() -> None:
    assert load_yaml(b"abc", max_bytes=3) == s("abc", 1, 1)
    assert error_of(b"abcd", max_bytes=3).message == "file is too large: 4 bytes (the limit is 3)"


def test_size_is_checked_before_anything_else() -> None:
    # 60 MB of invalid UTF-8 and NUL bytes: only the size is reported.
    error = error_of(b"\xff\x00[" * 20_000_000)
    assert error.message == "file is too large: 60000000 bytes (the limit is 1000000)"


def test_invalid_utf8_names_byte_line_and_column() -> None:
    error = error_of(b"a: 1\nb: x\xffy\n")
    assert error.message == "invalid UTF-8 at byte 9 (`0xff`)"
    assert error.mark == Mark(2, 5)
    assert error.help == "save the file as UTF-8"


def test_invalid_utf8_column_counts_characters_before_it() -> None:
    error = error_of("čć".encode() + b" \xc3(")  # a lead byte without its continuation
    assert error.message == "invalid UTF-8 at byte 5 (`0xc3`)"
    assert error.mark == Mark(1, 4)


def test_invalid_utf8_offset_includes_the_bom() -> None:
    error = error_of(b"\xef\xbb\xbfab\x80")
    assert error.message == "invalid UTF-8 at byte 5 (`0x80`)"
    assert error.mark == Mark(1, 3)


def test_truncated_utf8_at_end_of_file() -> None:
    error = error_of(b"a: \xe2\x82")
    assert error.message == "invalid UTF-8 at byte 3 (`0xe2`)"
    assert error.mark == Mark(1, 4)


@pytest.mark.parametrize("data", [b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80"])
def test_surrogates_and_overlong_forms_are_invalid(data: bytes) -> None:
    assert error_of(b"x: " + data).message.startswith("invalid UTF-8 at byte 3 ")


def test_utf16_gets_a_hint() -> None:
    error = error_of("a: 1".encode("utf-16"))
    assert error.message == "invalid UTF-8 at byte 0 (`0xff`)"
    assert error.mark == Mark(1, 1)
    assert error.help == "save the file as UTF-8; it looks like UTF-16"


def test_nul_byte_is_binary_data() -> None:
    error = error_of(b"a: 1\nb: x\x00y\n")
    assert error.message == "binary data: control character `\\x00`"
    assert error.mark == Mark(2, 5)


@pytest.mark.parametrize(
    ("data", "shown", "mark"),
    [
        (b"\x1b[31m", "\\x1b", Mark(1, 1)),
        (b"a\r\nb\x01", "\\x01", Mark(2, 2)),
        (b"x: \x7f", "\\x7f", Mark(1, 4)),
        ("x: \x9f".encode(), "\\x9f", Mark(1, 4)),
        (b"x:\x0c", "\\x0c", Mark(1, 3)),
    ],
)
def test_control_characters_are_binary_data(data: bytes, shown: str, mark: Mark) -> None:
    error = error_of(data)
    assert error.message == f"binary data: control character `{shown}`"
    assert error.mark == mark


def test_noncharacters_are_refused() -> None:
    error = error_of("a: x\ufffe".encode())
    assert error.message == "binary data: character not allowed in YAML `\\ufffe`"
    assert error.mark == Mark(1, 5)


def test_tab_newline_and_nel_are_allowed() -> None:
    assert load_yaml("a: 'x\ty\x85z'".encode()) == YMap(
        ((s("a", 1, 1), s("x\ty z", 1, 4, "'")),), Mark(1, 1)
    )


# --------------------------------------------------------------------------------------------
# Tags


@pytest.mark.parametrize(
    ("data", "shown", "mark"),
    [
        (
            b"a: !!python/object/apply:os.system ['echo pwned']",
            "!!python/object/apply:os.system",
            Mark(1, 4),
        ),
        (b"!!python/object:builtins.dict {}", "!!python/object:builtins.dict", Mark(1, 1)),
        (b"!!python/name:os.system", "!!python/name:os.system", Mark(1, 1)),
        (b"- !foo x", "!foo", Mark(1, 3)),
        (b"a: !!str 1", "!!str", Mark(1, 4)),
        (b"! x", "!", Mark(1, 1)),
        (b"!<tag:yaml.org,2002:int> 1", "!!int", Mark(1, 1)),
        (b"!!seq [a]", "!!seq", Mark(1, 1)),
        (b"a:\n  !!map\n  b: 1", "!!map", Mark(2, 3)),
        (b"{!!str k: v}", "!!str", Mark(1, 2)),
        (b"a: !!null", "!!null", Mark(1, 4)),
        (b"a: !!binary aGk=", "!!binary", Mark(1, 4)),
    ],
)
def test_tags_are_refused(data: bytes, shown: str, mark: Mark) -> None:
    error = error_of(data)
    assert error.message == f"YAML tags are not allowed in scenarios: `{shown}`"
    assert error.mark == mark
    assert error.help is not None and "plain values" in error.help


def test_tags_never_construct_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    sentinel = types.ModuleType("hrlaw_yaml_sentinel")
    sentinel.record = calls.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hrlaw_yaml_sentinel", sentinel)
    # Sanity check: PyYAML's unsafe loader really would call it.
    yaml.unsafe_load("!!python/object/apply:hrlaw_yaml_sentinel.record ['unsafe']")
    assert calls == ["unsafe"]
    error = error_of(b"x: !!python/object/apply:hrlaw_yaml_sentinel.record ['safe']")
    assert error.message.startswith("YAML tags are not allowed")
    assert calls == ["unsafe"]


# --------------------------------------------------------------------------------------------
# Anchors and aliases: refused where they appear


@pytest.mark.parametrize(
    ("data", "shown", "mark"),
    [
        (b"base: &b {x: 1}\nuse: *b\n", "&b", Mark(1, 7)),
        (b"a: 1\nb: &n Ana\n", "&n", Mark(2, 4)),
        (b"- [&a x]\n", "&a", Mark(1, 4)),
        (b"a: 1\nb: *nowhere\n", "*nowhere", Mark(2, 4)),
        (b"*k : v\n", "*k", Mark(1, 1)),
    ],
)
def test_anchors_and_aliases_are_refused(data: bytes, shown: str, mark: Mark) -> None:
    error = error_of(data)
    assert error.message == f"anchors and aliases are not allowed in scenarios: `{shown}`"
    assert error.mark == mark
    assert error.help is not None


BILLION_LAUGHS = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
"""


def test_billion_laughs_stops_at_the_first_anchor() -> None:
    error = error_of(BILLION_LAUGHS)
    assert error.message.startswith("anchors and aliases are not allowed")
    assert error.mark == Mark(1, 4)


# --------------------------------------------------------------------------------------------
# Depth


def test_deep_flow_nesting() -> None:
    # A parser may look ahead and give up on its own: the message is still hrlaw's.
    error = error_of(b"[" * 20_000)
    assert error.message == "nesting is too deep (more than 64 levels)"
    assert error.mark == Mark(1, 65)


def test_deep_flow_nesting_after_quotes_and_comments() -> None:
    # brackets inside quoted text and comments are not nesting
    data = (
        b"# [[[[ a comment\ntitle: 'it''s [not] [[nesting'\nnote: \"[[\\\"[[\"\nfacts: "
        + b"[" * 5000
    )
    error = error_of(data)
    assert error.message == "nesting is too deep (more than 64 levels)"
    # a parser that gives up early is explained by a scan of flow brackets alone, so the mark may
    # sit one bracket later than the builder's (which also counts the enclosing block mapping)
    assert error.mark is not None and error.mark.line == 4
    assert error.mark.column in (8 + 63, 8 + 64)


def test_a_syntax_error_is_not_reported_as_nesting() -> None:
    error = error_of(b"a: [[[x]]\n")
    assert error.message != "nesting is too deep (more than 64 levels)"
    assert error.mark is not None and error.mark.line == 2


def test_deep_flow_mapping_nesting() -> None:
    error = error_of(b"{a: " * 20_000)
    assert error.message == "nesting is too deep (more than 64 levels)"
    assert error.mark == Mark(1, 4 * 64 + 1)


def test_deep_block_sequence_nesting() -> None:
    error = error_of(b"- " * 20_000 + b"a: b\n")
    assert error.message == "nesting is too deep (more than 64 levels)"
    assert error.mark == Mark(1, 2 * 64 + 1)


def test_deep_block_mapping_nesting() -> None:
    # As deep as fits in 1 MB with one more space of indentation per level.
    data = b"a:\n" + b"".join(b" " * i + b"a:\n" for i in range(1, 1_400))
    assert len(data) < DEFAULT_MAX_BYTES
    error = error_of(data)
    assert error.message == "nesting is too deep (more than 64 levels)"
    assert error.mark == Mark(65, 65)


def test_exactly_max_depth_is_allowed() -> None:
    node = load_yaml(b"[" * 64 + b"x" + b"]" * 64)
    depth = 0
    while isinstance(node, YSeq):
        depth += 1
        node = node.items[0]
    assert depth == 64
    assert node == s("x", 1, 65)
    assert error_of(b"[" * 65 + b"x" + b"]" * 65).mark == Mark(1, 65)


def test_max_depth_is_configurable() -> None:
    assert isinstance(load_yaml(b"a: {b: [c]}", max_depth=3), YMap)
    error = error_of(b"a: {b: [c]}", max_depth=2)
    assert error.message == "nesting is too deep (more than 2 levels)"
    assert error.mark == Mark(1, 8)


# --------------------------------------------------------------------------------------------
# Mappings


def test_duplicate_key_names_both_lines() -> None:
    error = error_of(b"a: 1\nb: 2\na: 3\n")
    assert error.message == "duplicate key `a`"
    assert error.mark == Mark(3, 1)
    assert error.help == "the first `a` is at line 1"


def test_duplicate_key_in_flow_mapping() -> None:
    error = error_of(b"x:\n  {k: 1,\n   k: 2}")
    assert error.message == "duplicate key `k`"
    assert error.mark == Mark(3, 4)
    assert error.help == "the first `k` is at line 2"


def test_quoted_and_plain_keys_with_the_same_text_are_duplicates() -> None:
    error = error_of(b"'1': a\n1: b\n")
    assert error.message == "duplicate key `1`"
    assert error.mark == Mark(2, 1)


def test_duplicate_key_text_is_shown_safely() -> None:
    error = error_of(b'"a\\nb": 1\n"a\\nb": 2\n')
    assert error.message == "duplicate key `a\\nb`"
    long_key = b"k" * 100
    error = error_of(long_key + b": 1\n" + long_key + b": 2\n")
    assert error.message == "duplicate key `" + "k" * 60 + "…`"


def test_same_key_in_different_mappings_is_fine() -> None:
    node = load_map(b"x: {a: 1}\ny: {a: 2}\n")
    assert len(node.items) == 2


def test_a_merge_key_is_an_ordinary_key() -> None:
    # without aliases `<<` merges nothing; the scenario reader refuses it as an unknown key
    assert load_map(b"<<: {a: 1}").items[0][0] == s("<<", 1, 1)


def test_quoted_merge_key_is_ordinary_text() -> None:
    assert load_map(b"'<<': x").items == ((s("<<", 1, 1, "'"), s("x", 1, 7)),)


@pytest.mark.parametrize(
    ("data", "mark"),
    [
        (b"? [a, b]\n: c\n", Mark(1, 3)),
        (b"{[1]: 2}", Mark(1, 2)),
        (b"? {a: 1}\n: c\n", Mark(1, 3)),
        (b"[a, b]: c", Mark(1, 1)),
    ],
)
def test_non_scalar_keys_are_refused(data: bytes, mark: Mark) -> None:
    error = error_of(data)
    assert error.message == "mapping keys must be plain text"
    assert error.mark == mark
    assert error.help is not None


def test_non_scalar_key_is_refused_before_its_content_is_read() -> None:
    # Refused at its start: the key's (too deep, never closed) content is never looked at.
    error = error_of(b"? " + b"[" * 100)
    assert error.message == "mapping keys must be plain text"
    assert error.mark == Mark(1, 3)


# --------------------------------------------------------------------------------------------
# Streams


@pytest.mark.parametrize(
    ("data", "mark"),
    [
        (b"a: 1\n---\nb: 2\n", Mark(2, 1)),
        (b"--- a\n--- b\n", Mark(2, 1)),
        (b"a: 1\n...\n---\nb: 2\n", Mark(3, 1)),
        (b"x\n---\n", Mark(2, 1)),
    ],
)
def test_only_one_document(data: bytes, mark: Mark) -> None:
    error = error_of(data)
    assert error.message == "only one YAML document is allowed"
    assert error.mark == mark


# --------------------------------------------------------------------------------------------
# Syntax errors and containment


# A parser's own wording of a syntax error is passed on, never pinned here: only that there is
# a message, where it points, and that an unclosed collection names where it started.


@pytest.mark.parametrize(
    ("data", "line"),
    [(b"a: 1\nkey: value: x\n", 2), (b"a:\n\tb: 1\n", 2), (b"a: 'open\n", 2)],
)
def test_syntax_errors_are_located(data: bytes, line: int) -> None:
    error = error_of(data)
    assert error.message and not error.message.endswith(".")
    assert error.mark is not None and error.mark.line == line


def test_an_unclosed_collection_names_where_it_started() -> None:
    error = error_of(b"a:\n  - [1, 2\n")
    assert error.help is not None and "line 2, column 5" in error.help


def test_crlf_comment_header_is_read_in_linear_time() -> None:
    # a Windows-saved file with a comment header once made a regex backtrack 2^n ways
    header = b"# notes on the case\r\n" * 26 + b"\r\n# one more\r\n"
    assert load_yaml(header + b"date: 2021-06-10\r\n") == YMap(
        ((s("date", 29, 1), s("2021-06-10", 29, 7)),), Mark(29, 1)
    )
    assert load_yaml(header * 1000) is None


def test_absurd_version_directive_is_a_yaml_error() -> None:
    # PyYAML's own parser fails here with a ValueError (int() digit limit); it must not escape.
    error = error_of(b"%YAML " + b"1" * 5000 + b".1\n--- a\n")
    assert error.message


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (RecursionError("maximum recursion depth exceeded"), "RecursionError"),
        (MemoryError(), "MemoryError"),
        (ValueError("boom"), "could not be read: ValueError: boom"),
        (yaml.YAMLError("odd"), "invalid YAML: odd"),
    ],
)
def test_unexpected_exceptions_become_yaml_errors(
    monkeypatch: pytest.MonkeyPatch, raised: BaseException, message: str
) -> None:
    def broken_parse(stream: str, Loader: object = None) -> Iterator[yaml.Event]:
        raise raised
        yield  # pragma: no cover

    monkeypatch.setattr(yaml, "parse", broken_parse)
    error = error_of(b"a: 1")
    assert message in error.message


def test_yaml_error_fields_and_pickling() -> None:
    error = YamlError("duplicate key `a`", Mark(3, 1), "the first `a` is at line 1")
    assert str(error) == "duplicate key `a`"
    assert (error.message, error.mark, error.help) == (
        "duplicate key `a`",
        Mark(3, 1),
        "the first `a` is at line 1",
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.mark, copy.help) == (error.message, error.mark, error.help)
    assert YamlError("x").mark is None
    assert YamlError("x").help is None


def test_libyaml_is_preferred_when_available() -> None:
    assert ("libyaml" if yaml.__with_libyaml__ else "python") == DEFAULT_PARSER
    assert yaml_safe._PARSERS["python"] is yaml.SafeLoader


def walk(node: YNode | None) -> int:
    """Count nodes without recursion (trees are shallow, but keep with the module's rule)."""
    count = 0
    todo: list[YNode] = [] if node is None else [node]
    while todo:
        current = todo.pop()
        count += 1
        if isinstance(current, YSeq):
            todo.extend(current.items)
        elif isinstance(current, YMap):
            for key, value in current.items:
                todo.extend((key, value))
    return count


def check_contained(data: bytes) -> None:
    try:
        result = load_yaml(data)
    except YamlError as error:
        assert isinstance(error.message, str) and error.message
        assert error.mark is None or (error.mark.line >= 1 and error.mark.column >= 1)
    else:
        assert result is None or isinstance(result, YScalar | YMap | YSeq)
        walk(result)


CONTAINED = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@CONTAINED
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_tree_none_or_yaml_error(data: bytes) -> None:
    check_contained(data)


YAMLISH = st.lists(
    st.sampled_from(
        [
            "a",
            "b",
            "1",
            " ",
            "  ",
            "\n",
            "\t",
            ":",
            ": ",
            "- ",
            "-",
            "?",
            ",",
            "[",
            "]",
            "{",
            "}",
            "&a",
            "*a",
            "!",
            "!!",
            "!!str",
            "<<",
            "#",
            "'",
            '"',
            "|",
            ">",
            "---",
            "...",
            "%YAML 1.1",
            "%TAG ! !x",
            "\\",
            "é",
            "\r",
            "\x00",
            "\ufeff",
            "\x85",
        ]
    ),
    max_size=60,
).map("".join)


@CONTAINED
@given(YAMLISH)
def test_yaml_like_text_gives_a_tree_none_or_yaml_error(text: str) -> None:
    check_contained(text.encode())
    check_contained(text.encode("utf-16"))
