"""The `hrlaw` command line (DESIGN §6): exit codes, output formats, and every subcommand.

Most tests drive the Typer app in-process with `CliRunner`; a few run the real console entry point
(`python -m hrlaw`) in a subprocess, because `hrlaw.cli.main` is what maps exceptions to exit codes.
Exit-code semantics are pinned on a tiny rule base written to tmp_path (so they do not move while
the shipped rule base is being completed); everything else runs against the shipped rule base and
discovers provisions, facts and scenarios dynamically.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import hrlaw
from hrlaw.cli import app
from hrlaw.report import Report, Verdict

REPO = Path(__file__).resolve().parent.parent
SHIPPED_RULES = REPO / "rules"
SCENARIOS = REPO / "scenarios"
SOURCES = REPO.parent / "shared" / "sources"

MINI_RULES = """\
source kz2021 "A test report" {
  year 2021
  covers 2021-01-01 to 2021-12-31
}

fact case.made: bool
  ask "Was the person held?"
fact case.held: duration in hours
  ask "How long was the person held?"
fact case.signed: bool
  ask "Was the statement signed?"

provision a.held_limit "Held no longer than 48 hours" {
  applies when case.made
  version kz2021 {
    require within_limit "the person was held at most 48 hours":
      case.held <= 48 hours
      cite kz2021 "Section 1.d" "If within 48 hours of the arrest the administration"
      explain "held {value}; the limit is {limit}"
  }
}

provision b.signed "Statement signed" {
  applies when case.made
  version kz2021 {
    require signed "the statement was signed":
      case.signed
      cite kz2021 "Section 1.d" "signed by the investigator and the detained suspect"
  }
}
"""
MINI_IDS = ("a.held_limit", "b.signed")
A_QUOTE = "If within 48 hours of the arrest the administration"
B_QUOTE = "signed by the investigator and the detained suspect"

# `cite kz2021.section "quote"` (also `cite a.x, b.y "quote"`): group 2 is the quote
CITE = re.compile(r'cite\s+([a-z0-9_.]+(?:,\s*[a-z0-9_.]+)*)\s+"((?:[^"\\]|\\.)*)"')
PROVISION = re.compile(r"^provision\s+([a-z0-9_.]+)", re.MULTILINE)


# ------------------------------------------------------------------------------------ helpers
@pytest.fixture(autouse=True)
def _no_rules_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped rule base unless a test says otherwise."""
    monkeypatch.delenv("HRLAW_RULES", raising=False)


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(SHIPPED_RULES)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    folder = tmp_path / "mini-rules"
    folder.mkdir()
    (folder / "mini.hrl").write_text(MINI_RULES, encoding="utf-8")
    return folder


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env=env)
    # An unexpected Python exception is a bug whatever the exit code says.
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"hrlaw {' '.join(args)} raised {result.exception!r}")
    return result


def collapse(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text without any whitespace: Rich wraps long paths at the console width (80 columns)."""
    return "".join(text.split())


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def mini_scenario(
    tmp_path: Path, name: str, held: str, signed: bool, expect: dict[str, str] | None = None
) -> Path:
    lines = [
        f"title: {name}",
        "date: 2021-06-10",
        "facts:",
        "  case:",
        "    made: true",
        f"    held: {held}",
        f"    signed: {'true' if signed else 'false'}",
    ]
    if expect:
        lines.append("expect:")
        lines += [f"  {pid}: {verdict}" for pid, verdict in expect.items()]
    return write(tmp_path / f"{name}.yaml", "\n".join(lines) + "\n")


def empty_facts_scenario(tmp_path: Path, expect: dict[str, str] | None = None) -> Path:
    """A scenario that states nothing: with Kleene logic nothing can be a violation."""
    lines = ["title: nothing is known", "date: 2021-06-10", "facts: {}"]
    if expect:
        lines.append("expect:")
        lines += [f"  {pid}: {verdict}" for pid, verdict in expect.items()]
    return write(tmp_path / "nothing.yaml", "\n".join(lines) + "\n")


def shipped_scenarios() -> list[Path]:
    return sorted(SCENARIOS.glob("**/*.yaml"))


def first_violating_scenario(book: hrlaw.RuleBook) -> tuple[Path, Report]:
    for path in shipped_scenarios():
        try:
            report = book.check(hrlaw.load_scenario(path))
        except hrlaw.HrlawError:
            continue
        if report.violations:
            return path, report
    pytest.skip("no shipped scenario has a violation yet")


def copy_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    for file in SHIPPED_RULES.glob("*.hrl"):
        shutil.copy(file, folder / file.name)
    return folder


def provision_files(folder: Path) -> Iterator[Path]:
    for file in sorted(folder.glob("*.hrl")):
        if PROVISION.search(file.read_text(encoding="utf-8")):
            yield file


def parse_json(result: Result) -> object:
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"not JSON ({exc}):\n{result.output}") from None


# ------------------------------------------------------------------------------ check: exits
def test_check_exit_0_when_compliant_and_expectations_met(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "fine", "10 hours", True, {"a.held_limit": "compliant"})
    result = run("check", "--rules", str(mini), str(path))
    assert result.exit_code == 0, result.output


def test_check_exit_0_with_shipped_rules_when_nothing_is_known(tmp_path: Path) -> None:
    result = run("check", "--format", "json", str(empty_facts_scenario(tmp_path)))
    assert result.exit_code == 0, result.output
    report = Report.model_validate(parse_json(result))
    assert not report.violations
    assert report.summary.violation == 0


def test_check_exit_1_on_violation(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", True)
    result = run("check", "--rules", str(mini), str(path))
    assert result.exit_code == 1, result.output
    assert "a.held_limit" in result.stdout


def test_check_exit_1_on_violation_even_when_expected(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", True, {"a.held_limit": "violation"})
    result = run("check", "--rules", str(mini), "--format", "json", str(path))
    assert result.exit_code == 1, result.output
    report = Report.model_validate(parse_json(result))
    assert all(e.met for e in report.expectations)


def test_check_exit_1_on_unmet_expectation(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "fine", "10 hours", True, {"a.held_limit": "violation"})
    result = run("check", "--rules", str(mini), str(path))
    assert result.exit_code == 1, result.output
    assert "a.held_limit" in result.stdout


def test_check_exit_1_on_unmet_expectation_with_shipped_rules(
    tmp_path: Path, book: hrlaw.RuleBook
) -> None:
    pid = book.provisions[0].id
    path = empty_facts_scenario(tmp_path, {pid: "violation"})
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 1, result.output
    report = Report.model_validate(parse_json(result))
    (exp,) = report.expectations
    assert (exp.provision, exp.expected, exp.met) == (pid, Verdict.VIOLATION, False)
    assert exp.actual is report.result(pid).verdict


def test_check_exit_1_on_shipped_violating_scenario(book: hrlaw.RuleBook) -> None:
    path, report = first_violating_scenario(book)
    result = run("check", str(path))
    assert result.exit_code == 1, result.output
    for violation in report.violations:
        assert violation.provision in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "date: 2021-06-10\nfacts:\n  case:\n    made: [\n",  # malformed YAML
        "date: 2021-06-10\nfacts:\n  case:\n    mad: true\n",  # unknown fact
        "title: no date\n",  # missing date
    ],
    ids=["malformed", "unknown-fact", "no-date"],
)
def test_check_exit_2_on_invalid_scenario(tmp_path: Path, mini: Path, text: str) -> None:
    path = write(tmp_path / "bad.yaml", text)
    result = run("check", "--rules", str(mini), str(path))
    assert result.exit_code == 2, result.output
    assert "bad.yaml" in squash(result.output)
    assert "Traceback" not in result.output


def test_check_exit_2_on_bad_option(tmp_path: Path) -> None:
    result = run("check", "--format", "xml", str(empty_facts_scenario(tmp_path)))
    assert result.exit_code == 2, result.output


def test_check_exit_2_when_one_of_several_is_invalid(tmp_path: Path, mini: Path) -> None:
    good = mini_scenario(tmp_path, "fine", "10 hours", True)
    bad = write(tmp_path / "bad.yaml", "date: 2021-13-01\n")
    result = run("check", "--rules", str(mini), "--format", "json", str(good), str(bad))
    assert result.exit_code == 2, result.output
    assert "bad.yaml" in squash(result.stderr)
    # The valid scenario is still reported.
    Report.model_validate(parse_json(result))


# ------------------------------------------------------------------------------ check: formats
def test_check_json_one_scenario_is_an_object(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", True)
    result = run("check", "--rules", str(mini), "--format", "json", str(path))
    data = parse_json(result)
    assert isinstance(data, dict)
    report = Report.model_validate(data)
    assert report.scenario.title == "late"
    assert report.scenario.path is not None and report.scenario.path.endswith("late.yaml")
    assert [r.provision for r in report.violations] == ["a.held_limit"]
    assert report.result("b.signed").verdict is Verdict.COMPLIANT
    assert report.summary.violation == 1 and report.summary.compliant == 1
    (failed,) = report.result("a.held_limit").failed
    assert failed.citation.quote == A_QUOTE


def test_check_json_agrees_with_the_api(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", False, {"b.signed": "violation"})
    result = run("check", "--rules", str(mini), "--format", "json", str(path))
    from_cli = Report.model_validate(parse_json(result))
    from_api = hrlaw.load_rulebook(mini).check(hrlaw.load_scenario(path))
    assert from_cli == from_api


def test_check_json_several_scenarios_is_a_list(tmp_path: Path, mini: Path) -> None:
    paths = [
        mini_scenario(tmp_path, "late", "60 hours", True),
        mini_scenario(tmp_path, "fine", "10 hours", True),
        mini_scenario(tmp_path, "unsigned", "10 hours", False),
    ]
    result = run("check", "--rules", str(mini), "--format", "json", *map(str, paths))
    assert result.exit_code == 1, result.output
    data = parse_json(result)
    assert isinstance(data, list) and len(data) == len(paths)
    reports = [Report.model_validate(item) for item in data]
    assert [r.scenario.title for r in reports] == ["late", "fine", "unsigned"]
    assert [[v.provision for v in r.violations] for r in reports] == [
        ["a.held_limit"],
        [],
        ["b.signed"],
    ]


def test_check_json_several_shipped_scenarios(book: hrlaw.RuleBook) -> None:
    paths = []
    for path in shipped_scenarios():
        try:
            hrlaw.load_scenario(path)
        except hrlaw.HrlawError:
            continue
        paths.append(path)
        if len(paths) == 3:
            break
    if len(paths) < 2:
        pytest.skip("fewer than two loadable shipped scenarios")
    result = run("check", "--format", "json", *map(str, paths))
    data = parse_json(result)
    assert isinstance(data, list) and len(data) == len(paths)
    reports = [Report.model_validate(item) for item in data]
    ids = [p.id for p in book.provisions]
    for report in reports:
        assert [r.provision for r in report.results] == ids
    ok = all(r.ok for r in reports)
    assert result.exit_code == (0 if ok else 1)


def test_check_markdown_names_every_provision(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    result = run("check", "--format", "markdown", str(empty_facts_scenario(tmp_path)))
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith("#")
    for p in book.provisions:
        assert p.id in result.stdout, p.id


def test_check_markdown_quotes_the_breached_requirement(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", True)
    result = run("check", "--rules", str(mini), "--format", "markdown", str(path))
    assert result.exit_code == 1
    assert "a.held_limit" in result.stdout and "b.signed" in result.stdout
    assert A_QUOTE in result.stdout


def test_check_text_lists_violations_first_with_the_quote(tmp_path: Path, mini: Path) -> None:
    # b.signed is declared (and sorts) after a.held_limit, but it is the violation.
    path = mini_scenario(tmp_path, "unsigned", "10 hours", False)
    result = run("check", "--rules", str(mini), str(path))
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "b.signed" in out and "a.held_limit" in out
    assert out.index("b.signed") < out.index("a.held_limit")
    assert B_QUOTE in collapse(out)
    # the compliant provision shows the quote that grounds it, after the violation
    assert collapse(out).index(A_QUOTE) > collapse(out).index(B_QUOTE)
    assert "✓ compliant" in out


def test_check_text_shipped_violation_first_with_quotes(book: hrlaw.RuleBook) -> None:
    path, report = first_violating_scenario(book)
    result = run("check", "--verbose", str(path))
    out = result.stdout
    others = [r.provision for r in report.results if r.verdict is not Verdict.VIOLATION]
    first_other = min((out.index(pid) for pid in others if pid in out), default=len(out))
    text = collapse(out)
    for violation in report.violations:
        assert out.index(violation.provision) < first_other, violation.provision
        for failed in violation.failed:
            assert collapse(failed.citation.quote) in text


# ------------------------------------------------------------------------------------ rules
def test_rules_list_json_lists_every_provision(book: hrlaw.RuleBook) -> None:
    result = run("rules", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    data = parse_json(result)
    assert isinstance(data, list)
    assert [item["id"] for item in data] == [p.id for p in book.provisions]
    by_id = {p.id: p for p in book.provisions}
    for item in data:
        provision = by_id[item["id"]]
        assert item["title"] == provision.title
        assert [v["source"] for v in item["versions"]] == item["reports"]
        assert item["reports"] == book.describe(provision.id)["reports"], item["id"]
        assert item["versions"], item["id"]
        for version in item["versions"]:
            assert version["requirements"], (item["id"], version["source"])
            for requirement in version["requirements"]:
                assert all(c["source"] == version["source"] for c in requirement["citations"])
        assert item["citations"], item["id"]
        for citation in item["citations"]:
            assert set(citation) >= {"source", "section", "quote"}
            assert citation["source"] in book.sources
            assert citation["section"].strip() and citation["quote"].strip()


def test_rules_list_text_names_every_provision(book: hrlaw.RuleBook) -> None:
    result = run("rules", "list")
    assert result.exit_code == 0, result.output
    for p in book.provisions:
        assert p.id in result.stdout


def test_rules_show_every_provision(book: hrlaw.RuleBook) -> None:
    for p in book.provisions:
        result = run("rules", "show", p.id)
        assert result.exit_code == 0, result.output
        assert f"provision {p.id}" in result.stdout
        as_json = run("rules", "show", p.id, "--format", "json")
        assert as_json.exit_code == 0, as_json.output
        data = parse_json(as_json)
        assert isinstance(data, dict)
        assert data["id"] == p.id and data["title"] == p.title


def test_rules_show_unknown_id_suggests_the_closest(book: hrlaw.RuleBook) -> None:
    real = book.provisions[-1].id
    typo = real[:-1] + ("x" if real[-1] != "x" else "y")
    result = run("rules", "show", typo)
    assert result.exit_code == 2, result.output
    assert typo in result.output
    assert "did you mean" in result.output
    assert real in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------------------ facts
def test_facts_json_is_the_vocabulary(book: hrlaw.RuleBook) -> None:
    result = run("facts", "--format", "json")
    assert result.exit_code == 0, result.output
    data = parse_json(result)
    assert isinstance(data, list)
    given = {item["fact"]: item for item in data if not item["derived"]}
    derived = {item["fact"] for item in data if item["derived"]}
    assert set(given) == set(book.facts)
    assert derived == set(book.defines)
    for name, fact in book.facts.items():
        assert given[name]["type"] == str(fact.type)
        assert given[name]["question"] == fact.question


def test_facts_text_lists_every_fact(book: hrlaw.RuleBook) -> None:
    result = run("facts")
    assert result.exit_code == 0, result.output
    for name in book.facts:
        assert name in result.stdout


# ---------------------------------------------------------------------------------- validate
def test_validate_shipped_ok(book: hrlaw.RuleBook) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert book.digest in squash(result.stdout)


def test_validate_syntax_error_names_the_file(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    target = next(provision_files(folder))
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("provision ", "provison ", 1), encoding="utf-8")
    result = run("validate", "--rules", str(folder))
    assert result.exit_code == 2, result.output
    assert target.name in squash(result.output)
    assert "provison" in result.output
    assert "Traceback" not in result.output


def test_validate_unknown_name_names_the_file_and_line(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    target = next(provision_files(folder))
    text = target.read_text(encoding="utf-8")
    match = re.search(r"^(\s*applies when )", text, re.MULTILINE)
    assert match is not None, f"no `applies when` in {target.name}"
    broken = text[: match.end()] + "no_such.fact and " + text[match.end() :]
    target.write_text(broken, encoding="utf-8")
    line = text[: match.end()].count("\n") + 1
    result = run("validate", "--rules", str(folder))
    assert result.exit_code == 2, result.output
    assert f"{target.name}:{line}:" in squash(result.output)
    assert "no_such.fact" in result.output


def test_validate_missing_rules_dir(tmp_path: Path) -> None:
    result = run("validate", "--rules", str(tmp_path / "nowhere"))
    assert result.exit_code == 2, result.output
    assert "nowhere" in squash(result.output)


# -------------------------------------------------------------------------------- cite-check
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason=f"no report texts at {SOURCES}")


@needs_sources
def test_cite_check_shipped_quotes_are_verbatim() -> None:
    result = run("cite-check", "--sources", str(SOURCES))
    assert result.exit_code == 0, result.output


@needs_sources
def test_cite_check_altered_quote_names_the_provision(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    target = next(provision_files(folder))
    text = target.read_text(encoding="utf-8")
    first = next(PROVISION.finditer(text))
    cite = next(c for c in CITE.finditer(text) if c.start() > first.start())
    owner = [p.group(1) for p in PROVISION.finditer(text) if p.start() < cite.start()][-1]
    altered = text[: cite.start(2)] + "zzyzx never said this " + text[cite.start(2) :]
    target.write_text(altered, encoding="utf-8")
    result = run("cite-check", "--rules", str(folder), "--sources", str(SOURCES))
    assert result.exit_code == 1, result.output
    assert owner in squash(result.output)
    assert target.name in squash(result.output)


def test_cite_check_missing_sources_dir(tmp_path: Path) -> None:
    result = run("cite-check", "--sources", str(tmp_path / "none"))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------- choosing rules
def test_rules_option_replaces_the_rule_base(mini: Path) -> None:
    result = run("rules", "list", "--format", "json", "--rules", str(mini))
    assert result.exit_code == 0, result.output
    data = parse_json(result)
    assert isinstance(data, list)
    assert [item["id"] for item in data] == list(MINI_IDS)


def test_rules_env_var_replaces_the_rule_base(mini: Path) -> None:
    result = run("rules", "list", "--format", "json", env={"HRLAW_RULES": str(mini)})
    assert result.exit_code == 0, result.output
    data = parse_json(result)
    assert isinstance(data, list)
    assert [item["id"] for item in data] == list(MINI_IDS)
    facts = parse_json(run("facts", "--format", "json", env={"HRLAW_RULES": str(mini)}))
    assert isinstance(facts, list)
    assert {item["fact"] for item in facts} == {"case.made", "case.held", "case.signed"}


def test_rules_env_var_applies_to_check(tmp_path: Path, mini: Path) -> None:
    path = mini_scenario(tmp_path, "late", "60 hours", True)
    result = run("check", "--format", "json", str(path), env={"HRLAW_RULES": str(mini)})
    assert result.exit_code == 1, result.output
    report = Report.model_validate(parse_json(result))
    assert [r.provision for r in report.results] == list(MINI_IDS)
    # Without it, the same facts are unknown to the shipped vocabulary.
    assert run("check", str(path)).exit_code == 2


def test_rules_option_wins_over_env_var(mini: Path, book: hrlaw.RuleBook) -> None:
    result = run(
        "rules",
        "list",
        "--format",
        "json",
        "--rules",
        str(SHIPPED_RULES),
        env={"HRLAW_RULES": str(mini)},
    )
    data = parse_json(result)
    assert isinstance(data, list)
    assert [item["id"] for item in data] == [p.id for p in book.provisions]


# ----------------------------------------------------------------- the real entry point
def run_main(*args: str, env_rules: Path | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "HRLAW_RULES"}
    if env_rules is not None:
        env["HRLAW_RULES"] = str(env_rules)
    return subprocess.run(
        [sys.executable, "-m", "hrlaw", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_main_exit_codes(tmp_path: Path, mini: Path) -> None:
    fine = mini_scenario(tmp_path, "fine", "10 hours", True)
    late = mini_scenario(tmp_path, "late", "60 hours", True)
    unmet = mini_scenario(tmp_path, "unmet", "10 hours", True, {"b.signed": "violation"})
    bad = write(tmp_path / "bad.yaml", "date: 2021-06-10\nfacts:\n  case:\n    mad: true\n")
    codes = {
        path.name: run_main("check", "--rules", str(mini), str(path)).returncode
        for path in (fine, late, unmet, bad)
    }
    assert codes == {"fine.yaml": 0, "late.yaml": 1, "unmet.yaml": 1, "bad.yaml": 2}


def test_main_json_and_env_var(tmp_path: Path, mini: Path) -> None:
    late = mini_scenario(tmp_path, "late", "60 hours", True)
    proc = run_main("check", "--format", "json", str(late), env_rules=mini)
    assert proc.returncode == 1, proc.stderr
    report = Report.model_validate_json(proc.stdout)
    assert [r.provision for r in report.violations] == ["a.held_limit"]


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "--format", "xml", "x.yaml"], ["no-such-command"], ["rules", "show"]],
    ids=["no-scenario", "bad-format", "bad-command", "show-without-id"],
)
def test_main_usage_errors_exit_2(args: list[str]) -> None:
    proc = run_main(*args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_main_check_writes_nothing_on_stderr_when_all_is_well(tmp_path: Path, mini: Path) -> None:
    """stderr is for diagnostics: a script reading it sees nothing from a clean run (no blank line
    from a progress display that is not shown)."""
    late = mini_scenario(tmp_path, "late", "60 hours", True)
    proc = run_main("check", str(late), env_rules=mini)
    assert proc.returncode == 1, proc.stderr
    assert "VIOLATION" in proc.stdout
    assert proc.stderr == ""


def test_main_version() -> None:
    proc = run_main("--version")
    assert proc.returncode == 0
    assert hrlaw.__version__ in proc.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_main_closed_pipe_is_not_a_violation(fmt: str, tmp_path: Path, mini: Path) -> None:
    """`hrlaw check … | head`: the reader leaving is not "a violation found" (1): 141, quietly."""
    import os

    late = mini_scenario(tmp_path, "late", "60 hours", True)
    env = {k: v for k, v in os.environ.items() if k != "HRLAW_RULES"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "hrlaw", "check", "-f", fmt, "--rules", str(mini), str(late)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # nobody reads: the first write finds the pipe closed
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141, err
    assert err == b""
