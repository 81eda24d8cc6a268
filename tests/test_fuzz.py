"""Fuzzing the two front ends with hypothesis: the scenario reader (`parse_scenario`, then typing
and checking against the shipped rule base) and the rules front end (`build`: parse, lower, check,
then compile). Inputs are the shipped files, mutated: bytes replaced, inserted, deleted, spliced,
and tokens of each language dropped in. Whatever comes in, the only way out is a result or an
HrlawError; any other exception is a bug.

Brief in the suite (100 examples each); at length on demand:

    HRLAW_FUZZ_EXAMPLES=20000 python -m pytest -p no:cacheprovider tests/test_fuzz.py

`benchmarks/fuzz_atheris.py` runs the same targets under atheris (coverage-guided), when it is
installed.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrlaw
from hrlaw.diagnostics import HrlawError
from hrlaw.rulebook import RuleBook, RuleFile, build
from hrlaw.scenario import parse_scenario

REPO = Path(__file__).resolve().parent.parent
RULE_FILES = [RuleFile(f"rules/{p.name}", p.read_bytes()) for p in sorted(REPO.glob("rules/*.hrl"))]
SCENARIOS = [p.read_bytes() for p in sorted(REPO.glob("scenarios/**/*.yaml"))]
BOOK = hrlaw.load_rulebook(REPO / "rules")

EXAMPLES = int(os.environ.get("HRLAW_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

YAML_TOKENS = [
    b": ", b"\n", b"\r\n", b"- ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!python/object ", b"\t",
    b"'", b'"', b"\\e[2J", b"\x1b", b"\x00", b"\xff", b"~", b"null", b"%YAML 1.1\n", b"---\n",
    b"-1", b"9" * 5000, b"2021-13-45", b"20210610", b"2021-W23-4", b"0001-01-01", b"60 hourz",
    b"1e400", b"nan", b"  arrest:\n    made: true\n", b"expect:\n  x.y: guilty\n", b"? ", b"|\n",
    b"facts:\n  strike.meeting_attendance: 120\n  strike.enterprise_workers: 100\n",
]  # fmt: skip
RULE_TOKENS = [
    b"{", b"}", b"(", b")", b" if ", b" then ", b" else ", b" and ", b" or ", b" not ", b"\n",
    b" require r \"r\": ", b" cite kz2021.arrest \"q\"", b"+", b"*", b"/", b"-", b'"', b"#",
    b"1" * 60, b"0.5", b" hours", b" tenge", b"%", b" from 0 to 1", b" at least 1", b" at most 0",
    b'\nconstraint a.b "x": true\n', b" version kz2017 {", b" since kz2021", b" until 2021-01-01",
    b' exception e for r "e" when true waived', b' contested c for r "c" when true',
    b" priority over e", b"\x1b", b"\x00", b"\xff", b"2021-02-30", b" in {a, b}", b" is x",
    b" includes any of ", b"define q.q(x: duration) = x <= 1 hour\n", b" q.q(true)",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes], tokens: list[bytes]) -> bytes:
    """One of `originals`, edited a few times."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["token", "bytes", "delete", "splice", "duplicate"]))
        if kind == "token":
            data[at:at] = draw(st.sampled_from(tokens))
        elif kind == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "splice":  # a piece of another file
            other = draw(st.sampled_from(originals))
            start = draw(st.integers(0, max(0, len(other) - 1)))
            data[at:at] = other[start : start + draw(st.integers(1, 200))]
        else:  # repeat a piece of this one
            data[at:at] = bytes(data[at : at + draw(st.integers(1, 60))]) * draw(st.integers(1, 50))
    return bytes(data)


def read_and_check(data: bytes) -> None:
    """The scenario target: read, type against the shipped rule base, check, render."""
    try:
        scenario = parse_scenario(data, "fuzz.yaml")
        BOOK.check(scenario).model_dump_json()
    except HrlawError as exc:
        assert exc.diagnostics and str(exc)


def build_and_compile(files: list[RuleFile]) -> None:
    """The rules target: parse, lower, check and compile."""
    try:
        RuleBook(*build(files))
    except HrlawError as exc:
        assert exc.diagnostics and str(exc)


@FUZZ
@given(mutated(SCENARIOS, YAML_TOKENS))
def test_the_scenario_reader_raises_only_hrlaw_errors(data: bytes) -> None:
    read_and_check(data)


@FUZZ
@given(st.binary(max_size=400))
def test_the_scenario_reader_survives_arbitrary_bytes(data: bytes) -> None:
    read_and_check(data)


@FUZZ
@given(st.data())
def test_the_rules_front_end_raises_only_hrlaw_errors(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(RULE_FILES) - 1), label="file")
    changed = data.draw(mutated([RULE_FILES[index].data], RULE_TOKENS), label="mutated")
    files = [
        *RULE_FILES[:index],
        RuleFile(RULE_FILES[index].name, changed),
        *RULE_FILES[index + 1 :],
    ]
    build_and_compile(files)
