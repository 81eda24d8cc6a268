"""Regression tests for the reproducers of the hardening issue: each hostile input is an input
error (exit code 2, a located one-screen message) or gets a correct verdict; never exit code 3,
never a traceback, never a hang.

Item 1 (the CRLF comment header) is pinned in test_yaml_safe.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import SOURCES, book_from
from typer.testing import CliRunner, Result

import hrlaw
from hrlaw import citations, rulebook
from hrlaw.cli import app
from hrlaw.diagnostics import MAX_TEXT, Code, Diagnostic, HrlawError
from hrlaw.rulebook import MAX_RULE_DEPTH, RuleFile, build
from hrlaw.scenario import parse_scenario
from hrlaw.typed import MAX_SUGGESTIONS, MAX_UNKNOWN_LISTED

REPO = Path(__file__).resolve().parent.parent
SHIPPED_RULES = REPO / "rules"
BOOK = hrlaw.load_rulebook(SHIPPED_RULES)
SCREEN = 2_000  # characters: what "one screen" of diagnostics may take at most


@pytest.fixture(autouse=True)
def _no_rules_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HRLAW_RULES", raising=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def squash(text: str) -> str:
    """Text without whitespace: Rich wraps long lines at the console width."""
    return "".join(text.split())


def rejected(result: Result, *where: str) -> None:
    """Exit code 2, no traceback, a short message naming each place in `where`."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert len(result.output) < SCREEN, result.output[:500]
    for place in where:
        assert place in squash(result.output), result.output


def codes_of(action: object) -> list[str]:
    assert callable(action)
    with pytest.raises(HrlawError) as caught:
        action()
    return caught.value.codes


def rules_dir(tmp_path: Path, extra: str, name: str = "x.hrl") -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    for file in SHIPPED_RULES.glob("*.hrl"):
        (folder / file.name).write_bytes(file.read_bytes())
    (folder / name).write_text(extra, encoding="utf-8")
    return folder


def scenario_file(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def type_scenario(text: str) -> HrlawError:
    with pytest.raises(HrlawError) as caught:
        BOOK.check(parse_scenario(text.encode(), "s.yaml"))
    return caught.value


# ------------------------------------------------------------------ 2. over-long number literals
LONG = "1" * 4301  # one digit past Python's int-string conversion limit


def test_an_overlong_number_in_an_expression_is_a_located_diagnostic() -> None:
    with pytest.raises(HrlawError) as caught:
        book_from(f"fact t.x: integer\ndefine t.d = t.x <= {LONG}\n")
    (diag,) = caught.value.diagnostics
    assert diag.code is Code.INVALID_NUMBER
    assert diag.span is not None and (diag.span.line, diag.span.column) == (2, 21)
    assert len(diag.message) <= MAX_TEXT and "4,301 characters" in diag.message


def test_an_overlong_number_with_a_unit_or_a_fraction_is_refused_too() -> None:
    for literal in (f"{LONG} hours", f"1.{LONG}", f"{LONG}%", f"{LONG} tenge"):
        with pytest.raises(HrlawError) as caught:
            book_from(f"define t.d = {literal}\n")
        assert caught.value.codes == ["HR205"], literal


def test_an_overlong_year_of_a_source_is_a_located_diagnostic() -> None:
    text = f'source s3 "Three" {{ year {LONG} covers 2019-01-01 to 2019-12-31 }}\n'
    with pytest.raises(HrlawError) as caught:
        book_from(text)
    (diag,) = caught.value.diagnostics
    assert diag.code is Code.INVALID_NUMBER and diag.span is not None
    assert (diag.span.line, diag.span.column) == (1, 26)
    assert len(diag.render()) < SCREEN


def test_cli_refuses_an_overlong_number_with_exit_2(tmp_path: Path) -> None:
    folder = rules_dir(tmp_path, f"fact t.x: integer\ndefine t.d = t.x <= {LONG}\n")
    rejected(run("validate", "--rules", str(folder)), "x.hrl:2:21", "HR205")


# ----------------------------------------------------------- 3. cite-check reads reports only
def cite_check(folder: Path) -> subprocess.CompletedProcess[str]:
    # a subprocess: a regression (reading a FIFO or /dev/zero) must fail the test, not hang it
    return subprocess.run(
        [sys.executable, "-m", "hrlaw", "cite-check", "--sources", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cite_check_refuses_a_fifo_and_a_link_to_dev_zero_before_opening(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "kz2017.txt")
    (tmp_path / "kz2021.txt").symlink_to("/dev/zero")
    done = cite_check(tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("error[HR002]") == 2
    assert "kz2017.txt" in done.stderr and "kz2021.txt" in done.stderr


def test_cite_check_refuses_a_report_too_large_to_be_one(tmp_path: Path) -> None:
    with (tmp_path / "kz2017.txt").open("wb") as handle:
        handle.truncate(citations.MAX_REPORT_BYTES + 1)  # sparse: no disk is used
    (tmp_path / "kz2021.txt").write_text("x", encoding="utf-8")
    done = cite_check(tmp_path)
    assert done.returncode == 2 and "error[HR004]" in done.stderr, done.stderr


def test_cite_check_names_a_report_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "kz2017.txt").write_bytes(b"caf\xe9")
    (tmp_path / "kz2021.txt").write_text("x", encoding="utf-8")
    with pytest.raises(HrlawError) as caught:
        citations.check_citations(BOOK.checked, tmp_path)
    assert caught.value.codes == ["HR003"]


# ------------------------------------------------------------------ 4. impossible values
@pytest.mark.parametrize(
    ("facts", "where"),
    [
        ("  strike:\n    called: true\n    enterprise_workers: -100\n", (6, 25)),
        ("  strike.meeting_attendance: -1\n", (4, 30)),
        ("  defendant.age: 990507\n", (4, 18)),
        ("  worker.age: -3\n", (4, 15)),
    ],
)
def test_a_value_outside_a_declared_range_is_a_located_error(
    facts: str, where: tuple[int, int]
) -> None:
    (diag,) = type_scenario(f"title: t\ndate: 2021-06-10\nfacts:\n{facts}").diagnostics
    assert diag.code is Code.INVALID_VALUE and "is not a possible value" in diag.message
    assert diag.span is not None and (diag.span.line, diag.span.column) == where
    assert diag.help is not None and ("at least 0" in diag.help or "from 0 to 150" in diag.help)


def test_values_at_the_ends_of_a_range_are_accepted() -> None:
    for age in (0, 150):
        scenario = hrlaw.Scenario(date=date(2021, 6, 10), facts={"defendant.age": age})
        assert BOOK.check(scenario).results
    for age in (-1, 151):
        scenario = hrlaw.Scenario(date=date(2021, 6, 10), facts={"defendant.age": age})
        assert codes_of(lambda s=scenario: BOOK.check(s)) == ["HR404"]


def test_more_attendance_than_workforce_is_a_located_contradiction() -> None:
    text = (
        "date: 2021-06-10\nfacts:\n  strike:\n    called: true\n"
        "    enterprise_workers: 100\n    meeting_attendance: 120\n"
    )
    (diag,) = type_scenario(text).diagnostics
    assert diag.code is Code.CONTRADICTORY_FACTS
    assert diag.span is not None and (diag.span.line, diag.span.column) == (5, 25)
    assert diag.help is not None
    assert "`strike.meeting_attendance` is 120" in diag.help
    assert "`strike.enterprise_workers` is 100" in diag.help


@pytest.mark.parametrize(
    "facts",
    [
        {"strike.meeting_attendance": 100, "strike.enterprise_workers": 100},
        {"strike.meeting_attendance": 120},  # the workforce is unknown: nothing contradicts
        {"strike.enterprise_workers": 0},
    ],
)
def test_attendance_within_or_beside_an_unknown_workforce_is_accepted(
    facts: dict[str, object],
) -> None:
    facts = {"strike.called": True, "strike.decided_at_meeting": True, **facts}
    report = BOOK.check(hrlaw.Scenario(date=date(2021, 6, 10), facts=facts))
    assert report.result("strike.meeting_quorum_half").verdict is not None


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("20210610", "is not a valid date"),
        ("2021-W23-4", "is not a valid date"),
        ("2021-161", "is not a valid date"),
        ("0001-01-01", "outside the supported years"),
        ("9999-12-31", "outside the supported years"),
        ("1899-12-31", "outside the supported years"),
    ],
)
def test_scenario_date_is_an_iso_calendar_date_in_1900_to_2100(value: str, what: str) -> None:
    (diag,) = type_scenario(f"title: t\ndate: {value}\n").diagnostics
    assert diag.code is Code.INVALID_VALUE and what in diag.message
    assert diag.span is not None and (diag.span.line, diag.span.column) == (2, 7)


def test_the_ends_of_the_supported_years_are_dates() -> None:
    for value in ("1900-01-01", "2100-12-31"):
        scenario = parse_scenario(f"date: {value}\n".encode(), "s.yaml")
        assert scenario.date.isoformat() == value


@pytest.mark.parametrize("key", ["notes", "description", "title"])
def test_notes_description_and_title_must_be_text(key: str) -> None:
    (diag,) = type_scenario(f"date: 2021-06-10\n{key}:\n  - a list\n").diagnostics
    assert diag.code is Code.INVALID_VALUE and f"`{key}` must be text" in diag.message
    assert diag.span is not None and diag.span.line == 3


def test_a_fact_given_dotted_and_nested_in_the_api_is_an_error() -> None:
    error_codes = codes_of(
        lambda: hrlaw.Scenario(
            date=date(2021, 6, 10), facts={"arrest.made": True, "arrest": {"made": False}}
        )
    )
    assert error_codes == ["HR410"]


def test_fact_range_and_constraint_in_the_language() -> None:
    book = book_from(
        "fact c.n: integer in persons from 1 to 10\n"
        "fact c.m: number at most -2.5\n"
        "fact c.k: integer at least 0\n"
        'constraint c.m_below_n "m is below n": c.m < c.n\n'
    )
    n = book.facts["c.n"]
    assert (n.minimum, n.maximum, n.range_words()) == (1, 10, "from 1 to 10 persons")
    assert book.facts["c.m"].range_words() == "at most -2.5"
    assert book.facts["c.k"].range_words() == "at least 0"

    def typed(facts: dict[str, object]) -> list[str]:
        try:
            book.typed_facts(hrlaw.Scenario(date=date(2017, 5, 1), facts=facts))
        except HrlawError as exc:
            return exc.codes
        return []

    assert typed({"c.n": 1, "c.m": "-2.5", "c.k": 0}) == []
    assert typed({"c.n": 11}) == ["HR404"]
    assert typed({"c.n": 0}) == ["HR404"]
    assert typed({"c.m": "-2.4"}) == ["HR404"]
    assert typed({"c.k": -1}) == ["HR404"]
    assert typed({"c.n": 1, "c.m": "-2.5"}) == []
    assert typed({"c.n": 1, "c.m": 5}) == ["HR404"]  # out of range is reported first
    book2 = book_from('fact c.n: integer\nfact c.m: integer\nconstraint c.lt "m < n": c.m < c.n\n')
    assert book2.checked.constraints[0].text == "m < n"
    with pytest.raises(HrlawError) as caught:
        book2.typed_facts(hrlaw.Scenario(date=date(2017, 5, 1), facts={"c.m": 3, "c.n": 3}))
    assert caught.value.codes == ["HR412"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("fact c.b: bool from 0 to 1\n", "HR206"),
        ("fact c.n: integer from 5 to 1\n", "HR205"),
        ("fact c.n: integer at least 0.5\n", "HR205"),
        (f"fact c.n: integer at least {LONG}\n", "HR205"),
        ('constraint c.k "k": c.nothing\n', "HR301"),
        ('fact c.n: integer\nconstraint c.k "k": c.n + 1\n', "HR303"),
        ('fact c.n: bool\nconstraint k "k": c.n\n', "HR313"),
        ('fact c.n: bool\nconstraint c.k "k": c.n\nconstraint c.k "k": c.n\n', "HR302"),
    ],
)
def test_invalid_ranges_and_constraints_are_located_errors(text: str, code: str) -> None:
    with pytest.raises(HrlawError) as caught:
        book_from(text)
    assert code in caught.value.codes
    assert all(d.span is not None for d in caught.value.diagnostics)


# ------------------------------------------------------------------ 5. no escape sequences out
ESCAPE_TITLE = 'title: "\\e]0;pwned\\a\\e[2J\\e[31mred"\n'  # YAML escapes: ESC, BEL
FORMATS = ["text", "markdown", "json", "jsonl"]


@pytest.mark.parametrize("format", FORMATS)
def test_an_escape_sequence_in_a_scenario_title_never_reaches_the_output(
    tmp_path: Path, format: str
) -> None:
    path = scenario_file(tmp_path, ESCAPE_TITLE + "date: 2021-06-10\nfacts:\n  arrest.made: true\n")
    assert parse_scenario(path.read_bytes(), "s.yaml").title == "\x1b]0;pwned\x07\x1b[2J\x1b[31mred"
    result = run("check", str(path), "--format", format, "--verbose")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if format in ("json", "jsonl"):  # the data is kept: JSON escapes the characters
        assert json.loads(result.stdout)["scenario"]["title"].startswith("\x1b]0;pwned")
    else:  # shown escaped, visibly
        assert "\\x1b]0;pwned\\x07\\x1b[2J" in result.stdout


HOSTILE_RULES = """\
fact t.flag: bool ask "\x1b[2J\u202eWas it?\x9b31m"
fact t.kind: one of {a "\x1b]0;x\x07label", b} ask "Which?"
provision t.p "\x1b]0;pwned\x07Title" {
  since s2
  applies when t.flag
  note "\x1b[31mnote"
  require r "\x1b[31mrequirement": t.kind is a
    cite s2 "S\x1b[1m" "\x1b[1mquote"
    explain "\x1b[5m{t.kind}"
}
"""


@pytest.mark.parametrize("format", FORMATS)
def test_raw_escapes_in_rule_strings_never_reach_the_output(tmp_path: Path, format: str) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "t.hrl").write_text(HOSTILE_RULES, encoding="utf-8")
    (folder / "sources.hrl").write_text(SOURCES, encoding="utf-8")
    undecided = scenario_file(tmp_path, "date: 2021-06-10\nfacts:\n  t.flag: true\n", "u.yaml")
    breached = scenario_file(
        tmp_path, "date: 2021-06-10\nfacts:\n  t.flag: true\n  t.kind: b\n", "b.yaml"
    )
    for path in (undecided, breached):
        result = run("check", str(path), "--rules", str(folder), "-f", format, "-v")
        assert result.exit_code in (0, 1), result.output
        assert not CONTROL.search(result.stdout), repr(result.stdout[:300])
        assert "pwned" in result.stdout
    for command in (["rules", "list"], ["rules", "show", "t.p"], ["facts"]):
        for listing in ("text", "json"):
            result = run(*command, "--rules", str(folder), "--format", listing)
            assert result.exit_code == 0, result.output
            assert not CONTROL.search(result.stdout), (command, result.stdout[:300])


CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


# ------------------------------------------------------------------ 6. internal errors
def make_deep_tree(root: Path, depth: int) -> None:
    """`root/d/d/…/d`, `depth` levels: deeper than a path may be spelt, so built by handles."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)


def remove_deep_tree(root: Path) -> None:
    """Remove a tree made by make_deep_tree without recursion (shutil.rmtree would recurse)."""
    while (root / "d").exists():
        fds = [os.open(root, os.O_RDONLY)]
        try:
            while True:  # walk down to the deepest directory that still has a `d`
                try:
                    fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
                except FileNotFoundError:
                    break
            for parent in reversed(fds[:-1]):  # remove each `d` from the bottom up
                os.rmdir("d", dir_fd=parent)
        finally:
            for fd in fds:
                os.close(fd)


def test_a_rules_tree_2100_directories_deep_is_refused(tmp_path: Path) -> None:
    folder = rules_dir(tmp_path, "")
    make_deep_tree(folder, 2100)
    try:
        result = run("validate", "--rules", str(folder))
        rejected(result, "error[HR006]", f"morethan{MAX_RULE_DEPTH}levelsdeep")
    finally:
        remove_deep_tree(folder)


def test_rule_files_in_a_shallow_tree_are_found(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    (folder / "a" / "b").mkdir(parents=True)
    for file in SHIPPED_RULES.glob("*.hrl"):
        (folder / "a" / "b" / file.name).write_bytes(file.read_bytes())
    assert len(hrlaw.load_rulebook(folder).provisions) == len(BOOK.provisions)


def test_an_ascii_only_output_does_not_crash_the_report() -> None:
    scenario = REPO / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "hrlaw", "check", str(scenario)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the violation, reported
    assert b"internal error" not in done.stderr and b"Traceback" not in done.stderr
    assert b"VIOLATION" in done.stdout
    done.stdout.decode("ascii")  # what could not be encoded is written as `\u2717`


@pytest.mark.parametrize(
    ("arguments", "word"),
    [
        ({"date": "2021-06-10"}, "`date` must be a `datetime.date`, not `str`"),
        ({"date": datetime(2021, 6, 10, 8, 0)}, "not `datetime`"),
        ({"date": date(2021, 6, 10), "expect": {"p": "guilty"}}, "`guilty` is not a verdict"),
        ({"date": date(2021, 6, 10), "facts": [("arrest.made", True)]}, "must be a mapping"),
        ({"date": date(2021, 6, 10), "facts": {1: True}}, "fact names must be text"),
        ({"date": date(2021, 6, 10), "title": 5}, "`title` must be text"),
        ({"date": date(2021, 6, 10), "path": 5}, "`path` must be text"),
        ({"date": date(1, 1, 1)}, "outside the supported years"),
        ({"date": date(2021, 6, 10), "expect": ["p"]}, "`expect` must map"),
    ],
)
def test_api_misuse_of_scenario_is_an_hrlaw_error_at_construction(
    arguments: dict[str, object], word: str
) -> None:
    with pytest.raises(HrlawError) as caught:
        hrlaw.Scenario(**arguments)  # type: ignore[arg-type]
    assert word in str(caught.value)


def test_load_scenario_still_reads_a_scenario_file() -> None:
    path = REPO / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"
    scenario = hrlaw.load_scenario(path)
    assert scenario.date == date(2021, 6, 10) and scenario.flat_facts()


# ------------------------------------------------------------------ 7. no silent partial load
def test_an_unreadable_subdirectory_is_an_error_not_a_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = rules_dir(tmp_path, "")
    (folder / "locked").mkdir()
    (folder / "locked" / "more.hrl").write_text("fact z.z: bool\n", encoding="utf-8")
    listing = os.scandir

    def scandir(path: object) -> object:  # root can read anything: refuse as a mode 000 would
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)  # type: ignore[call-overload]

    monkeypatch.setattr(rulebook.os, "scandir", scandir)
    result = run("validate", "--rules", str(folder))
    rejected(result, "error[HR006]", "`locked`", "Permissiondenied")
    assert "rule base ok" not in result.output


def test_every_broken_link_is_reported(tmp_path: Path) -> None:
    folder = rules_dir(tmp_path, "")
    (folder / "a.hrl").symlink_to("nowhere.hrl")
    (folder / "b.hrl").symlink_to(tmp_path / "gone")
    (folder / "loop.hrl").symlink_to("loop.hrl")
    with pytest.raises(HrlawError) as caught:
        hrlaw.load_rulebook(folder)
    found = sorted((d.path or "").rsplit("/", 1)[-1] for d in caught.value.diagnostics)
    assert found == ["a.hrl", "b.hrl", "loop.hrl"]
    assert sorted(caught.value.codes) == ["HR001", "HR001", "HR006"]


# ------------------------------------------------------------------ 8. bounded echo
def test_a_value_of_999000_digits_is_named_not_repeated() -> None:
    error = type_scenario(f"date: 2021-06-10\nfacts:\n  worker.age: {'9' * 999_000}\n")
    (diag,) = error.diagnostics
    assert diag.code is Code.INVALID_VALUE
    assert len(diag.message) <= MAX_TEXT and "…" in diag.message
    assert len(diag.render()) < SCREEN


def test_the_cli_message_for_a_huge_value_fits_on_a_screen(tmp_path: Path) -> None:
    path = scenario_file(tmp_path, f"date: 2021-06-10\nfacts:\n  worker.age: {'9' * 999_000}\n")
    rejected(run("check", str(path)), "s.yaml:3:15")


def test_bounded_keeps_short_messages_and_both_ends_of_long_input() -> None:
    short = Diagnostic(Code.INVALID_VALUE, "`abc` is wrong", help="write `x`")
    assert (short.message, short.help) == ("`abc` is wrong", "write `x`")
    long = Diagnostic(Code.INVALID_VALUE, f"`{'a' * 500}.yaml` is wrong")
    assert long.message.endswith(".yaml` is wrong") and "…" in long.message
    assert len(long.message) < 200


# ------------------------------------------------------------------ 9. slow paths, bounded
def test_many_unknown_facts_are_reported_with_few_suggestions_and_a_count() -> None:
    names = [f"arrest.mad{i}" for i in range(MAX_UNKNOWN_LISTED + 50)]
    text = "date: 2021-06-10\nfacts:\n" + "".join(f"  {n}: true\n" for n in names)
    error = type_scenario(text)
    assert error.codes == ["HR403"] * (MAX_UNKNOWN_LISTED + 1)
    listed = error.diagnostics[:MAX_UNKNOWN_LISTED]
    assert [d.message for d in listed] == [f"unknown fact `{n}`" for n in names[:-50]]
    suggested = [d for d in listed if d.help and d.help.startswith("did you mean")]
    # the first ones in the file (those the CLI shows) get a suggestion, the rest a pointer
    assert suggested == list(listed[:MAX_SUGGESTIONS])
    assert {d.help for d in error.diagnostics[MAX_SUGGESTIONS:]} == {
        "`hrlaw facts` lists every fact"
    }
    last = error.diagnostics[-1]
    assert last.message == f"50 more unknown facts, from `{names[-50]}` on, are not listed"
    assert last.span is not None and last.span.line == MAX_UNKNOWN_LISTED + 3


def test_a_few_unknown_facts_are_each_listed() -> None:
    error = type_scenario("date: 2021-06-10\nfacts:\n  arrest.mad: true\n  arrest.x: 1\n")
    assert [d.message for d in error.diagnostics] == [
        "unknown fact `arrest.mad`",
        "unknown fact `arrest.x`",
    ]


def test_an_error_with_many_diagnostics_renders_them_when_shown() -> None:
    error = HrlawError([Diagnostic(Code.UNKNOWN_FACT, f"unknown fact `a{i}`") for i in range(3)])
    assert error.args == ("3 problems",)
    assert str(error).count("error[HR403]") == 3


def test_a_rule_file_of_200000_terms_is_refused_before_parsing() -> None:
    text = "fact t.x: integer\ndefine t.d = " + " + ".join(["t.x"] * 200_000) + "\n"
    with pytest.raises(HrlawError) as caught:
        build([RuleFile("t.hrl", text.encode()), RuleFile("s.hrl", SOURCES.encode())])
    (diag,) = caught.value.diagnostics
    assert diag.code is Code.TOO_LARGE and diag.path == "t.hrl"


def test_quoted_text_and_comments_do_not_count_against_the_token_budget() -> None:
    quote = " ".join(["word"] * 30_000)
    text = f'fact t.x: bool ask "{quote}"\n# {quote}\n'
    assert book_from(text).facts["t.x"].question == quote
