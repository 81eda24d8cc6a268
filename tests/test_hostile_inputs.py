"""Hostile and broken inputs (DESIGN §5, §6): every one is an input error, exit code 2, named by
file (with line:column where the input has a location), and never a traceback.

Each case writes its input to tmp_path. Fact and provision names used for did-you-mean checks come
from the shipped rule base, so the cases follow it as it grows.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import hrlaw
from hrlaw import yaml_safe
from hrlaw.cli import app
from hrlaw.model import Kind
from hrlaw.scenario import parse_scenario

REPO = Path(__file__).resolve().parent.parent
SHIPPED_RULES = REPO / "rules"
SIXTY_MB = 60 * 1024 * 1024


@pytest.fixture(autouse=True)
def _no_rules_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HRLAW_RULES", raising=False)


BOOK = hrlaw.load_rulebook(SHIPPED_RULES)


def squash(text: str) -> str:
    """Text without whitespace: Rich wraps long paths at the console width."""
    return "".join(text.split())


def fact_of(*kinds: Kind) -> str:
    """The first fact of the shipped vocabulary whose type is one of `kinds`."""
    for name, fact in BOOK.facts.items():
        if fact.type.kind in kinds:
            return name
    pytest.skip(f"the shipped vocabulary has no fact of type {kinds}")


def near_miss(name: str) -> str:
    """`name` with its last character dropped: a typo did-you-mean must recover."""
    return name[:-1]


# --------------------------------------------------------------------------------- the cases
@dataclass
class Case:
    args: list[str]  # the arguments after `hrlaw`
    named: str  # the file name the output must mention
    location: str | None = None  # `name:line:` (or `name:line:col`) the output must mention
    mentions: list[str] = field(default_factory=list)  # further text the output must contain


Builder = Callable[[Path], Case]


def scenario(tmp: Path, text: str | bytes, name: str = "bad.yaml") -> Path:
    path = tmp / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def check(path: Path, *extra: str) -> list[str]:
    return ["check", *extra, str(path)]


def malformed_yaml(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\nfacts:\n  a: [1, 2\n  b: {c: d\n")
    return Case(check(path), path.name)


def unknown_fact(tmp: Path) -> Case:
    real = fact_of(Kind.BOOL)
    text = f"title: typo\ndate: 2021-06-10\nfacts:\n  {near_miss(real)}: true\n"
    path = scenario(tmp, text)
    return Case(check(path), path.name, f"{path.name}:4:3", ["did you mean", real])


def unknown_nested_fact(tmp: Path) -> Case:
    real = fact_of(Kind.BOOL)
    head, _, tail = real.rpartition(".")
    text = f"date: 2021-06-10\nfacts:\n  {head}:\n    {near_miss(tail)}: true\n"
    path = scenario(tmp, text)
    return Case(check(path), path.name, f"{path.name}:4:", ["did you mean", real])


def bad_date(tmp: Path) -> Case:
    path = scenario(tmp, "title: x\ndate: 2021-02-30\nfacts: {}\n")
    return Case(check(path), path.name, f"{path.name}:2:7", ["2021-02-30"])


def bad_fact_date(tmp: Path) -> Case:
    name = fact_of(Kind.DATE, Kind.DATETIME)
    path = scenario(tmp, f"date: 2021-06-10\nfacts:\n  {name}: 2021-02-30T08:00\n")
    return Case(check(path), path.name, f"{path.name}:3:", [name])


def wrong_unit(tmp: Path) -> Case:
    name = fact_of(Kind.DURATION)
    path = scenario(tmp, f"date: 2021-06-10\nfacts:\n  {name}: 60 horus\n")
    return Case(check(path), path.name, f"{path.name}:3:", ["horus", "did you mean", "hours"])


def wrong_type(tmp: Path) -> Case:
    name = fact_of(Kind.INTEGER, Kind.BOOL)
    path = scenario(tmp, f"date: 2021-06-10\nfacts:\n  {name}: sixteen and a bit\n")
    return Case(check(path), path.name, f"{path.name}:3:", [name])


def wrong_enum(tmp: Path) -> Case:
    name = fact_of(Kind.ENUM)
    value = BOOK.facts[name].type.values[0]
    path = scenario(tmp, f"date: 2021-06-10\nfacts:\n  {name}: {value}x\n")
    return Case(check(path), path.name, f"{path.name}:3:", ["did you mean", value])


def python_tag(tmp: Path) -> Case:
    marker = tmp / "pwned"
    text = f'date: 2021-06-10\nfacts: !!python/object/apply:os.system ["touch {marker}"]\n'
    path = scenario(tmp, text)
    return Case(check(path), path.name, f"{path.name}:2:")


def alias_bomb(tmp: Path) -> Case:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = scenario(tmp, "date: 2021-06-10\nfacts:\n" + "".join(f"  {x}\n" for x in lines))
    return Case(check(path), path.name)


def deep_flow_sequence(tmp: Path) -> Case:
    path = scenario(tmp, "[" * 20_000)
    return Case(check(path), path.name)


def deep_flow_mapping(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\nfacts: " + "{a: " * 20_000)
    return Case(check(path), path.name)


def deep_block_mapping(tmp: Path) -> Case:
    # As deep as fits under the 1 MB scenario limit with one space per level.
    text = "date: 2021-06-10\nfacts:\n" + "".join(" " * (i + 1) + "k:\n" for i in range(1_200))
    path = scenario(tmp, text)
    return Case(check(path), path.name)


def random_binary(tmp: Path) -> Case:
    path = scenario(tmp, random.Random(20240611).randbytes(8192))
    return Case(check(path), path.name)


def invalid_utf8(tmp: Path) -> Case:
    path = scenario(tmp, b"date: 2021-06-10\ntitle: caf\xe9 \xff\xfe\n")
    return Case(check(path), path.name, f"{path.name}:2:")


def utf16_text(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\n".encode("utf-16"))
    return Case(check(path), path.name)


def control_characters(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\ntitle: a\x00b\n")
    return Case(check(path), path.name, f"{path.name}:2:")


def empty_file(tmp: Path) -> Case:
    path = scenario(tmp, "")
    return Case(check(path), path.name)


def only_comments(tmp: Path) -> Case:
    path = scenario(tmp, "# nothing here\n\n   \n")
    return Case(check(path), path.name)


def not_a_mapping(tmp: Path) -> Case:
    path = scenario(tmp, "- date: 2021-06-10\n")
    return Case(check(path), path.name)


def duplicate_top_key(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\ntitle: a\ndate: 2021-06-11\n")
    return Case(check(path), path.name, f"{path.name}:3:", ["date"])


def duplicate_fact(tmp: Path) -> Case:
    name = fact_of(Kind.BOOL)
    head, _, tail = name.rpartition(".")
    text = f"date: 2021-06-10\nfacts:\n  {name}: true\n  {head}:\n    {tail}: false\n"
    path = scenario(tmp, text)
    return Case(check(path), path.name, mentions=[name])


def two_documents(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\n---\ndate: 2021-06-11\n")
    return Case(check(path), path.name)


def sixty_megabytes(tmp: Path) -> Case:
    path = tmp / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"date: 2021-06-10\nfacts:\n")
        handle.truncate(SIXTY_MB)  # sparse: fast to write, 60 MB to read
        handle.seek(SIXTY_MB - 8)
        handle.write(b"x: 1\n")
    assert path.stat().st_size >= SIXTY_MB
    return Case(check(path), path.name)


def missing_path(tmp: Path) -> Case:
    path = tmp / "no-such-scenario.yaml"
    return Case(check(path), path.name)


def a_directory(tmp: Path) -> Case:
    path = tmp / "a-folder.yaml"
    path.mkdir()
    return Case(check(path), path.name)


def copied_rules(tmp: Path) -> Path:
    folder = tmp / "rules"
    folder.mkdir()
    for file in SHIPPED_RULES.glob("*.hrl"):
        shutil.copy(file, folder / file.name)
    return folder


def valid_scenario(tmp: Path) -> Path:
    return scenario(tmp, "date: 2021-06-10\nfacts: {}\n", "good.yaml")


def rules_syntax_error(tmp: Path) -> Case:
    folder = copied_rules(tmp)
    broken = folder / "zz_broken.hrl"
    broken.write_text('fact broken.one: bool\n  ask "ok?"\nprovision broken.two {\n', "utf-8")
    return Case(
        check(valid_scenario(tmp), "--rules", str(folder)), broken.name, f"{broken.name}:3:"
    )


def rules_undecodable(tmp: Path) -> Case:
    folder = copied_rules(tmp)
    broken = folder / "zz_binary.hrl"
    broken.write_bytes(b'fact bin.ok: bool\n  ask "ok?"\n\xff\xfe\xfa garbage\n')
    return Case(
        check(valid_scenario(tmp), "--rules", str(folder)), broken.name, f"{broken.name}:3:"
    )


def rules_missing_dir(tmp: Path) -> Case:
    folder = tmp / "no-rules-here"
    return Case(check(valid_scenario(tmp), "--rules", str(folder)), folder.name)


def no_date(tmp: Path) -> Case:
    path = scenario(tmp, "title: when?\nfacts: {}\n")
    return Case(check(path), path.name, mentions=["date"])


def unknown_top_key(tmp: Path) -> Case:
    path = scenario(tmp, "date: 2021-06-10\ntitle: x\nfactz: {}\n")
    return Case(check(path), path.name, f"{path.name}:3:1", ["factz", "did you mean", "facts"])


def expect_unknown_provision(tmp: Path) -> Case:
    real = BOOK.provisions[0].id
    text = f"date: 2021-06-10\nfacts: {{}}\nexpect:\n  {near_miss(real)}: violation\n"
    path = scenario(tmp, text)
    return Case(check(path), path.name, f"{path.name}:4:3", ["did you mean", real])


def expect_invalid_verdict(tmp: Path) -> Case:
    real = BOOK.provisions[0].id
    path = scenario(tmp, f"date: 2021-06-10\nfacts: {{}}\nexpect:\n  {real}: violaton\n")
    return Case(check(path), path.name, f"{path.name}:4:", ["violaton", "did you mean"])


def utc_offset(tmp: Path) -> Case:
    name = fact_of(Kind.DATETIME)
    path = scenario(tmp, f"date: 2021-06-10\nfacts:\n  {name}: 2021-06-10T08:00+05:00\n")
    return Case(check(path), path.name, f"{path.name}:3:", ["offset"])


def derived_fact_disagrees(tmp: Path) -> Case:
    """A derived fact stated directly that contradicts the facts it is computed from."""
    if "detention.time_to_release" not in BOOK.defines:
        pytest.skip("the shipped rule base no longer derives detention.time_to_release")
    text = (
        "date: 2021-06-10\nfacts:\n  arrest.at: 2021-06-10T08:00\n"
        "  detention.released_at: 2021-06-10T20:00\n  detention.time_to_release: 3 hours\n"
    )
    path = scenario(tmp, text)
    return Case(check(path), path.name, f"{path.name}:5:", ["detention.time_to_release"])


CASES: dict[str, Builder] = {
    "malformed-yaml": malformed_yaml,
    "unknown-fact": unknown_fact,
    "unknown-nested-fact": unknown_nested_fact,
    "bad-date": bad_date,
    "bad-fact-date": bad_fact_date,
    "wrong-unit": wrong_unit,
    "wrong-type": wrong_type,
    "wrong-enum-value": wrong_enum,
    "utc-offset": utc_offset,
    "python-tag": python_tag,
    "alias-bomb": alias_bomb,
    "deep-flow-sequence": deep_flow_sequence,
    "deep-flow-mapping": deep_flow_mapping,
    "deep-block-mapping": deep_block_mapping,
    "random-binary": random_binary,
    "invalid-utf8": invalid_utf8,
    "utf16": utf16_text,
    "control-characters": control_characters,
    "empty-file": empty_file,
    "only-comments": only_comments,
    "not-a-mapping": not_a_mapping,
    "duplicate-top-key": duplicate_top_key,
    "duplicate-fact": duplicate_fact,
    "two-documents": two_documents,
    "60-megabytes": sixty_megabytes,
    "missing-path": missing_path,
    "directory": a_directory,
    "rules-syntax-error": rules_syntax_error,
    "rules-undecodable": rules_undecodable,
    "rules-missing-dir": rules_missing_dir,
    "no-date": no_date,
    "unknown-top-key": unknown_top_key,
    "expect-unknown-provision": expect_unknown_provision,
    "expect-invalid-verdict": expect_invalid_verdict,
    "derived-fact-disagrees": derived_fact_disagrees,
}


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(app, args)


def assert_input_error(output: str, code: int, case: Case) -> None:
    assert code == 2, output
    assert "Traceback" not in output
    assert "internal error" not in output
    flat = squash(output)
    assert squash(case.named) in flat, f"{case.named} not named in:\n{output}"
    if case.location is not None:
        assert case.location in flat, f"{case.location} not in:\n{output}"
    for text in case.mentions:
        assert squash(text) in flat, f"{text!r} not in:\n{output}"


@pytest.mark.parametrize("name", list(CASES))
def test_cli_rejects_with_exit_2(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path)
    result = invoke(case.args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{name}: raised {result.exception!r}")
    assert_input_error(result.output, result.exit_code, case)
    assert not (tmp_path / "pwned").exists()


SCENARIO_CASES = [n for n in CASES if not n.startswith("rules-")]


@pytest.mark.parametrize("name", SCENARIO_CASES)
def test_api_raises_only_hrlaw_error(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path)
    path = Path(case.args[-1])
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.check(hrlaw.load_scenario(path))
    assert caught.value.codes
    assert all(code.startswith("HR") for code in caught.value.codes)


def test_several_bad_files_are_all_reported(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    first, second = unknown_fact(one), bad_date(two)
    result = invoke(["check", first.args[-1], second.args[-1]])
    assert result.exit_code == 2
    flat = squash(result.output)
    for case in (first, second):
        assert squash(case.args[-1]) in flat
        assert case.location is not None and case.location in flat


# ---------------------------------------------------------------- through the real entry point
@pytest.mark.parametrize(
    "name", ["alias-bomb", "60-megabytes", "deep-flow-sequence", "deep-block-mapping",
             "random-binary", "python-tag"],
)  # fmt: skip
def test_real_entry_point_exits_2_without_traceback(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "HRLAW_RULES"}
    proc = subprocess.run(
        [sys.executable, "-m", "hrlaw", *case.args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    output = (proc.stdout + proc.stderr).decode("utf-8", errors="replace")
    assert proc.stdout.strip() == b"", output  # errors go to stderr
    assert_input_error(output, proc.returncode, case)
    assert not (tmp_path / "pwned").exists()


# -------------------------------------------------------------------------------------- bugs
@pytest.mark.parametrize(
    "data",
    [b"title: \x1b[31mred\x1b]0;owned\x07\ndate: 2021-06-10\n", b"title: \x1b[2J \xff\n"],
    ids=["valid-utf8", "invalid-utf8"],
)
def test_no_terminal_escapes_from_the_input_reach_the_output(data: bytes, tmp_path: Path) -> None:
    path = scenario(tmp_path, data)
    result = invoke(["check", str(path)])
    assert result.exit_code == 2
    assert "\x1b" not in result.output


def test_long_path_location_is_not_wrapped(tmp_path: Path) -> None:
    folder = tmp_path / ("a-long-directory-name-" * 4) / "and-another-long-one"
    folder.mkdir(parents=True)
    case = unknown_fact(folder)
    env = {k: v for k, v in os.environ.items() if k not in ("HRLAW_RULES", "COLUMNS")}
    proc = subprocess.run(
        [sys.executable, "-m", "hrlaw", *case.args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    expected = f"--> {folder / 'bad.yaml'}:4:3"
    assert any(line.strip() == expected for line in proc.stderr.splitlines()), proc.stderr


CALENDAR_RULES = """\
source kz2021 "A test report" {
  year 2021
  covers 2021-01-01 to 2021-12-31
}
fact t.start: date
  ask "start?"
fact t.end: date
  ask "end?"
fact t.term: duration in months
  ask "term?"
provision t.within "Within the term" {
  version kz2021 {
    require within "ended within the term": t.end <= t.start + t.term
      cite kz2021 "Section 1.d" "Detainees may be held in pretrial detention for up to two months."
    require notice "started at least five days before the end": t.start <= t.end - 5 days
      cite kz2021 "Section 1.d" "Detainees may be held in pretrial detention for up to two months."
  }
}
"""


@pytest.mark.parametrize(
    "facts",
    [
        {"t.start": "9999-12-01", "t.end": "9999-12-30", "t.term": "2 months"},
        {"t.start": "2021-01-01", "t.end": "2021-06-01", "t.term": "99999 years"},
        {"t.start": "2021-01-01", "t.end": "0001-01-01", "t.term": "2 months"},
        {"t.start": "2021-01-01", "t.end": "2021-06-01", "t.term": "99999999999999999999 hours"},
    ],
    ids=["past-9999", "huge-years", "before-year-1", "huge-hours"],
)
def test_extreme_dates_never_crash_the_engine(facts: dict[str, str], tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "calendar.hrl").write_text(CALENDAR_RULES, encoding="utf-8")
    body = "".join(f'  "{name}": {value}\n' for name, value in facts.items())
    path = scenario(tmp_path, f"date: 2021-06-10\nfacts:\n{body}")
    book = hrlaw.load_rulebook(rules)
    # A report or a located input error are both acceptable; any other exception is a crash
    # (`hrlaw check` turns it into `internal error`, exit code 3).
    # Values outside the supported years are input errors, located in the scenario.
    with pytest.raises(hrlaw.HrlawError) as err:
        book.check(hrlaw.load_scenario(path))
    assert set(err.value.codes) == {"HR404"}
    assert squash(path.name) in squash(err.value.render())


# ------------------------------------------------- YAML refusals: hrlaw's words, either parser
def _nested_block(levels: int) -> str:
    """A scenario whose block mappings nest `levels` deep (the root mapping is level 1)."""
    return "date: 2021-06-10\nfacts:\n" + "".join(" " * i + "k:\n" for i in range(1, levels))


@pytest.mark.parametrize("parser", sorted(yaml_safe._PARSERS))
@pytest.mark.parametrize(
    ("text", "message", "location"),
    [
        ("[" * 20_000, "nesting is too deep (more than 64 levels)", ":1:65"),
        ("[" * 65 + "x" + "]" * 65, "nesting is too deep (more than 64 levels)", ":1:65"),
        (_nested_block(65), "nesting is too deep (more than 64 levels)", ":66:65"),
        ("date: 2021-06-10\nfacts: &f {a: 1}\n", "anchors and aliases are not allowed", ":2:8"),
        ("date: 2021-06-10\ntitle: *t\n", "anchors and aliases are not allowed", ":2:8"),
        ("date: !!str 2021-06-10\n", "YAML tags are not allowed in scenarios", ":1:7"),
    ],
    ids=["20000-brackets", "65-brackets", "65-block-levels", "anchor", "alias", "tag"],
)
def test_yaml_refusals_are_hrlaws_own_under_either_parser(
    parser: str, text: str, message: str, location: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(yaml_safe, "_parser", parser)
    path = scenario(tmp_path, text)
    result = invoke(["check", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert squash(path.name + location) in squash(result.output)
    assert "Traceback" not in result.output


def test_64_block_levels_are_read() -> None:
    # one level fewer than the case above is within the limit (the fact name is then unknown)
    scenario = parse_scenario(_nested_block(64).encode(), "deep.yaml")
    assert list(scenario.flat_facts()) == [".".join(["k"] * 63)]
