"""The diagnostic registry: every code has one meaning, a phase and a severity, and every code is
emitted by a reproducer below (the registry and this table must list the same codes)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw.cli import app
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, Phase, Severity
from hrlaw.rulebook import RuleBook, RuleFile, build
from hrlaw.scenario import parse_scenario

SOURCES = """
source s1 "Report one" {
  year 2017
  covers 2017-01-01 to 2017-12-31
  section a "Section A"
}
source s2 "Report two" {
  year 2021
  covers 2021-01-01 to 2021-12-31
  section a "Section A"
}
fact c.x: duration in hours ask "How long?"
fact c.flag: bool ask "Flag?"
fact c.kind: one of {p, q} ask "Which?"
"""


def provision(body: str, head: str = "") -> str:
    return f'{head}\nprovision t.p "P" {{\n{body}\n}}\n'


def req(expr: str = "c.x <= 48 hours", extra: str = "") -> str:
    return f'  require r "r":\n    {expr}\n    cite s1.a, s2.a "q"{extra}'


def rules(text: str) -> Callable[[Path], list[Diagnostic]]:
    def run(tmp: Path) -> list[Diagnostic]:
        try:
            book = RuleBook(*build([RuleFile("t.hrl", (SOURCES + text).encode())]))
        except HrlawError as exc:
            return list(exc.diagnostics)
        return list(book.warnings)

    return run


def scenario(text: str) -> Callable[[Path], list[Diagnostic]]:
    def run(tmp: Path) -> list[Diagnostic]:
        book = hrlaw.load_rulebook()
        try:
            book.check(parse_scenario(text.encode(), "s.yaml"))
        except HrlawError as exc:
            return list(exc.diagnostics)
        return []

    return run


def raised(action: Callable[[Path], object]) -> Callable[[Path], list[Diagnostic]]:
    def run(tmp: Path) -> list[Diagnostic]:
        try:
            action(tmp)
        except HrlawError as exc:
            return list(exc.diagnostics)
        return []

    return run


def _empty_dir(tmp: Path) -> Path:
    (tmp / "empty").mkdir()
    return tmp / "empty"


def _not_utf8(tmp: Path) -> object:
    (tmp / "r").mkdir()
    (tmp / "r" / "bad.hrl").write_bytes(b'fact a.b: bool ask "caf\xe9"\n')
    return hrlaw.load_rulebook(tmp / "r")


def _unreadable_rule_file(tmp: Path) -> object:
    (tmp / "r").mkdir()
    (tmp / "r" / "loop.hrl").symlink_to("loop.hrl")  # a link to itself cannot be read
    return hrlaw.load_rulebook(tmp / "r")


def _quote_not_found(tmp: Path) -> list[Diagnostic]:
    from hrlaw.citations import check_citations

    for name in ("kz2017", "kz2021"):
        (tmp / f"{name}.txt").write_text("nothing of the sort", encoding="utf-8")
    return list(check_citations(hrlaw.load_rulebook().checked, tmp).missing)


def _too_deep_to_parse(tmp: Path) -> list[Diagnostic]:
    """The parser's last line of defence: a RecursionError from Lark becomes a diagnostic."""
    from hrlaw import parser

    class Deep:
        def parse(self, text: str) -> object:
            raise RecursionError

    original = parser._lark
    parser._lark = lambda: Deep()  # type: ignore[assignment,return-value]
    try:
        return rules("fact a.b: bool\n")(tmp)
    finally:
        parser._lark = original


def _unknown_provision(tmp: Path) -> list[Diagnostic]:
    result = CliRunner().invoke(app, ["rules", "show", "no.such", "--error-format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.output)["diagnostics"]
    return [Diagnostic(Code(d["code"]), d["message"]) for d in data]


def _unknown_domain(tmp: Path) -> list[Diagnostic]:
    result = CliRunner().invoke(app, ["new", "--domain", "no_such", "--error-format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.output)["diagnostics"]
    return [Diagnostic(Code(d["code"]), d["message"]) for d in data]


def verified(text: str) -> Callable[[Path], list[Diagnostic]]:
    """The findings of `hrlaw verify` (the bounded search) on a small rule base."""

    def run(tmp: Path) -> list[Diagnostic]:
        from hrlaw import verify

        book = RuleBook(*build([RuleFile("t.hrl", (SOURCES + text).encode())]))
        return verify.verify(book, "search").findings

    return run


def _engine_missing(tmp: Path) -> list[Diagnostic]:
    from hrlaw import verify

    original = verify.z3_available
    verify.z3_available = lambda: False  # as if z3-solver were not installed
    try:
        verify.backend(hrlaw.load_rulebook(), "z3")
    except HrlawError as exc:
        return list(exc.diagnostics)
    finally:
        verify.z3_available = original
    return []


def _unknown_report(tmp: Path) -> object:
    from hrlaw import verify

    return verify.diff(hrlaw.load_rulebook(), "kz2017", "kz2099")


def _cannot_write(tmp: Path) -> list[Diagnostic]:
    (tmp / "taken").write_text("a file where a directory should be", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["verify", "--engine", "search", "-p", "strike.meeting_quorum_half", "--write-witnesses",
         str(tmp / "taken"), "--error-format", "json"],
    )  # fmt: skip
    assert result.exit_code == 2
    data = json.loads(result.output[result.output.index("{") :])["diagnostics"]
    return [Diagnostic(Code(d["code"]), d["message"]) for d in data]


OVERLAP = req(
    extra="""
  exception e1 for r "one" when c.flag require c.x <= 72 hours cite s1.a, s2.a "q"
  exception e2 for r "two" when c.kind is p require c.x <= 24 hours cite s1.a, s2.a "q\""""
)
LIMIT = """
parameter c.limit: duration
  s1 72 hours
    cite s1.a "q"
"""

REPRODUCERS: dict[Code, Callable[[Path], list[Diagnostic]]] = {
    Code.FILE_NOT_FOUND: raised(lambda tmp: hrlaw.load_rulebook(tmp / "missing")),
    Code.NOT_A_FILE: raised(lambda tmp: hrlaw.load_scenario(tmp)),
    Code.NOT_UTF8: raised(_not_utf8),
    Code.TOO_LARGE: raised(
        lambda tmp: (
            (tmp / "big.yaml").write_bytes(b"#" * 1_000_001)
            and hrlaw.load_scenario(tmp / "big.yaml")
        )
    ),
    Code.NO_RULE_FILES: raised(lambda tmp: hrlaw.load_rulebook(_empty_dir(tmp))),
    Code.UNREADABLE: raised(_unreadable_rule_file),
    Code.UNEXPECTED_TOKEN: rules("fact a.b: bool bool\n"),
    Code.UNEXPECTED_EOF: rules('provision t.p "P" {\n'),
    Code.UNEXPECTED_CHARACTER: rules("fact a.b: bool $\n"),
    Code.TOO_DEEP_TO_PARSE: _too_deep_to_parse,
    Code.UNKNOWN_UNIT: rules(provision(req("c.x <= 48 hourz"))),
    Code.INVALID_DATE: rules("define c.d = 2021-02-30\n"),
    Code.DUPLICATE_ENUM_VALUE: rules("fact c.e: one of {a, a}\n"),
    Code.INVALID_NUMBER: rules("define c.d = 1.5 months\n"),
    Code.MISPLACED_CLAUSE: rules(provision(req(extra='\n    explain "a"\n    explain "b"'))),
    Code.TOO_DEEP: rules("define c.d = " + "not " * 150 + "c.flag\n"),
    Code.MISSING_LABEL: rules(provision(req(extra='\n  exception for r "e" when c.flag waived'))),
    Code.INVALID_WORD: rules("fact c.e: one of {a.b}\n"),
    Code.UNKNOWN_NAME: rules(provision(req("c.y <= 48 hours"))),
    Code.DUPLICATE: rules("fact c.flag: bool\n"),
    Code.TYPE_MISMATCH: rules(provision(req("c.x"))),
    Code.UNIT_MISMATCH: rules(provision(req("c.x <= 48 tenge"))),
    Code.MISSING_CITATION: rules(provision('  require r "r": c.flag\n    cite s1.a "q"')),
    Code.UNKNOWN_SOURCE: rules(provision(req(extra='\n    cite s9 "S" "q"'))),
    Code.UNKNOWN_REQUIREMENT: rules(
        provision(req(extra='\n  exception e for rr "e" when c.flag waived cite s1.a, s2.a "q"'))
    ),
    Code.UNKNOWN_ENUM_VALUE: rules(provision(req("c.kind is pp"))),
    Code.CYCLE: rules("define c.d = c.e\ndefine c.e = c.d\n"),
    Code.INVALID_TEMPLATE: rules(provision(req(extra='\n    explain "{nope}"'))),
    Code.NO_REQUIREMENT: rules(provision("  applies when c.flag")),
    Code.INVALID_SOURCE: rules('source s3 "Three" { year 2019 }\n'),
    Code.DOTTED_NAME_REQUIRED: rules("fact flag: bool\n"),
    Code.EMPTY_QUOTE: rules(provision(req(extra='\n    cite s1.a ""'))),
    Code.UNKNOWN_SECTION: rules(provision(req(extra='\n    cite s1.b "q"'))),
    Code.PARAMETER_VALUE_MISSING: rules(LIMIT + provision(req("c.x <= c.limit"))),
    Code.PARAMETER_VALUE_INVALID: rules(LIMIT.replace("72 hours", "72 tenge")),
    Code.UNKNOWN_PENALTY: rules(provision(req() + "\n  penalty nothing")),
    Code.UNKNOWN_LABEL: rules(
        provision(
            req(extra='\n  exception e for r "e" when c.flag waived priority over f cite s1.a "q"')
        )
    ),
    Code.QUOTE_NOT_FOUND: _quote_not_found,
    Code.OVERLAPPING_EXCEPTIONS: rules(provision(OVERLAP)),
    Code.INVALID_CALL: rules("define f(x: duration) = x <= 1 hour\ndefine c.d = f(true)\n"),
    Code.INVALID_PERIOD: rules(provision(req(extra="\n    since s2\n    until s1"))),
    Code.PRIORITY_CYCLE: rules(
        provision(
            OVERLAP.replace("<= 72 hours", "<= 72 hours priority over e2").replace(
                "<= 24 hours", "<= 24 hours priority over e1"
            )
        )
    ),
    Code.UNCHECKED_WITHOUT_REASON: rules(
        'unchecked t.u "U" {\n  applies when c.flag\n  cite s1.a, s2.a "q"\n}\n'
    ),
    Code.INVALID_CONSTRAINT: rules(LIMIT + 'constraint c.k "k": c.x <= c.limit\n'),
    Code.MALFORMED_YAML: scenario("date: [2021"),
    Code.UNKNOWN_KEY: scenario("date: 2021-06-10\nfactz: {}\n"),
    Code.UNKNOWN_FACT: scenario("date: 2021-06-10\nfacts:\n  arrest.mad: true\n"),
    Code.INVALID_VALUE: scenario("date: 2021-06-10\nfacts:\n  arrest.made: maybe\n"),
    Code.MISSING_DATE: scenario("facts: {}\n"),
    Code.DERIVED_FACT_DISAGREES: scenario(
        "date: 2021-06-10\nfacts:\n  arrest.at: 2021-06-10T08:00\n"
        "  detention.released_at: 2021-06-10T20:00\n  detention.time_to_release: 3 hours\n"
    ),
    Code.UNKNOWN_EXPECTED_PROVISION: scenario("date: 2021-06-10\nexpect:\n  no.such: violation\n"),
    Code.INVALID_VERDICT: scenario(
        "date: 2021-06-10\nexpect:\n  detention.charge_deadline: guilty\n"
    ),
    Code.EMPTY_SCENARIO: scenario("# nothing\n"),
    Code.DUPLICATE_FACT: scenario(
        "date: 2021-06-10\nfacts:\n  arrest.made: true\n  arrest:\n    made: false\n"
    ),
    Code.CONTRADICTORY_FACTS: scenario(
        "date: 2021-06-10\nfacts:\n  strike:\n    meeting_attendance: 120\n"
        "    enterprise_workers: 100\n"
    ),
    Code.UNKNOWN_PROVISION: _unknown_provision,
    Code.UNKNOWN_DOMAIN: _unknown_domain,
    Code.DEAD_EXCEPTION: verified(
        provision(
            "  applies when c.flag\n"
            + req(extra='\n  exception e for r "e" when not c.flag waived cite s1.a, s2.a "q"')
        )
    ),
    Code.REQUIREMENT_NEVER_FAILS: verified(provision("  applies when c.flag\n" + req("c.flag"))),
    Code.REQUIREMENT_NEVER_HOLDS: verified(
        provision("  applies when c.flag\n" + req("not c.flag"))
    ),
    Code.DEAD_CONTESTED: verified(
        provision(req(extra='\n  contested k for r "k" when c.x <= 24 hours cite s1.a, s2.a "q"'))
    ),
    Code.EXCEPTIONS_HOLD_TOGETHER: verified(provision(OVERLAP)),
    Code.PROVISIONS_CONFLICT: verified(
        provision("  applies when c.flag\n" + req("c.kind is p"))
        + provision("  applies when c.flag\n" + req("c.kind is q")).replace("t.p", "t.q")
    ),
    Code.VERIFY_ENGINE_MISSING: _engine_missing,
    Code.UNKNOWN_REPORT: raised(
        lambda tmp: __import__("hrlaw.verify").verify.diff(
            hrlaw.load_rulebook(), "kz2017", "kz2099"
        )
    ),
    Code.CANNOT_WRITE: _cannot_write,
}


def test_every_code_of_the_registry_has_a_reproducer() -> None:
    assert set(REPRODUCERS) == set(Code)


def test_codes_are_unique_and_described() -> None:
    values = [c.value for c in Code]
    assert len(values) == len(set(values))
    meanings = [c.meaning for c in Code]
    assert len(meanings) == len(set(meanings)), "two codes with one meaning"
    for code in Code:
        assert code.value.startswith("HR") and code.meaning and isinstance(code.phase, Phase)
        assert code.meaning == code.meaning.lower()[:1] + code.meaning[1:]


@pytest.mark.parametrize("code", list(Code), ids=lambda c: f"{c.value}-{c.name.lower()}")
def test_each_code_is_emitted(code: Code, tmp_path: Path) -> None:
    found = REPRODUCERS[code](tmp_path)
    emitted = {d.code for d in found}
    assert code in emitted, [(d.code, d.message) for d in found]
    for d in found:
        assert d.message and not d.message.endswith("."), d.message


def test_warnings_are_warnings_and_errors_errors() -> None:
    # the checker's one warning, and what `hrlaw verify` finds (questionable rules, not invalid)
    assert {c for c in Code if c.severity is Severity.WARNING} == {
        Code.OVERLAPPING_EXCEPTIONS,
        *(c for c in Code if c.phase is Phase.VERIFY),
    }


def test_validate_prints_warnings_and_still_passes(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "t.hrl").write_text(SOURCES + provision(OVERLAP), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "--rules", str(folder)])
    assert result.exit_code == 0, result.output
    assert "warning[HR321]" in result.output
    assert "1 warning" in result.output


def test_error_format_json_lists_each_diagnostic_with_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "t.hrl").write_text(SOURCES + provision(req("c.y <= 48 hourz")), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "--rules", str(folder), "--error-format", "json"])
    assert result.exit_code == 2
    (d,) = json.loads(result.output)["diagnostics"]
    assert d["code"] == "HR201" and d["severity"] == "error"
    assert d["file"].endswith("t.hrl") and d["line"] == 18 and d["column"] >= 1
    assert d["help"] == "did you mean `hours`?"


def test_diagnostics_are_sorted_by_place() -> None:
    diags = rules(
        provision(req("c.y <= 1 hour") + "\n" + req("c.z <= 1 hour").replace("r ", "s "))
    )(Path("."))
    places = [(d.span.file.name, d.span.start) for d in diags if d.span is not None]
    assert places == sorted(places) and len(places) >= 2
