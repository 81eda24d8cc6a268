"""The pytest plugin (issue 9): registered by the `pytest11` entry point, so plain `pytest` in
any folder collects scenario files with an `expect:` block, one test per expected verdict, with a
readable failure; settings in pytest.ini or pyproject.toml.

Each test runs pytest (pytester, in process; one test in a child process) in a temporary folder
outside the project, with the environment's own installation of hrlaw (the entry point comes
from it) and no `-p` option. `.ci/run` does the same in a fresh virtualenv.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import hrlaw.pytest_plugin  # noqa: F401  (kept loaded: each in-process run reuses its rule base)

MET = """\
title: Held 60 hours before a court approved the arrest
date: 2021-06-10
facts:
  arrest:
    made: true
    at: 2021-06-10T08:00
  detention:
    court_approval_received: true
    court_approval_received_at: 2021-06-12T20:00
    released: false
    extension_ordered: false
  offense:
    severity: moderate
expect:
  detention.release_without_court_approval: violation
  arrest.statement_within_3h: undetermined
"""

UNMET = MET.replace(
    "detention.release_without_court_approval: violation",
    "detention.release_without_court_approval: compliant",
)


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "HRLAW_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def plain(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.delenv("HRLAW_RULES", raising=False)
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    return pytester


def test_plain_pytest_in_another_process_collects_a_scenario(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(MET, encoding="utf-8")
    done = run_pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASSED case.yaml::detention.release_without_court_approval" in done.stdout
    assert "2 passed" in done.stdout


def test_scenarios_with_an_expect_block_are_tests_and_other_yaml_is_left_alone(
    plain: pytest.Pytester,
) -> None:
    plain.makefile(".yaml", case=MET, unmet=UNMET, compose="services:\n  web:\n    image: x\n")
    plain.makefile(".yaml", **{"no-expect": MET.split("expect:")[0]})
    result = plain.runpytest("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=3, failed=1)
    out = result.stdout.str()
    assert "PASSED case.yaml::detention.release_without_court_approval" in out
    assert "PASSED case.yaml::arrest.statement_within_3h" in out
    assert "compose.yaml" not in out and "no-expect.yaml" not in out


def test_an_unmet_expectation_fails_with_both_verdicts_the_explanation_and_its_line(
    plain: pytest.Pytester,
) -> None:
    plain.makefile(".yaml", case=UNMET)
    result = plain.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    line = UNMET.splitlines().index("  detention.release_without_court_approval: compliant") + 1
    assert (
        f"case.yaml:{line}:3: detention.release_without_court_approval: expected compliant, "
        "got violation" in out
    )
    assert "explanation: court approval received: yes; released: no" in out
    assert "law applied: kz2021" in out
    assert "Traceback" not in out


def test_a_scenario_hrlaw_cannot_read_is_one_failing_test_located_in_the_file(
    plain: pytest.Pytester,
) -> None:
    broken = MET.replace("made: true", "made: sometimes")
    plain.makefile(".yaml", broken=broken)
    result = plain.runpytest("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "FAILED broken.yaml::load" in out
    line = broken.splitlines().index("    made: sometimes") + 1
    assert f"broken.yaml:{line}:11" in out
    assert "HR404" in out


def test_the_file_patterns_and_the_rule_base_are_set_in_pytest_ini(
    plain: pytest.Pytester,
) -> None:
    cases = plain.mkdir("cases")
    (cases / "case.yaml").write_text(MET, encoding="utf-8")
    plain.makefile(".yaml", other=UNMET)  # the pattern does not match it: not collected
    rules = plain.mkdir("rules")
    for file in (Path(__file__).resolve().parent.parent / "rules").glob("*.hrl"):
        (rules / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    # the rule base named in the ini file is the one used: a copy whose 2021 limit is 60 hours
    arrest = rules / "arrest.hrl"
    arrest.write_text(
        arrest.read_text(encoding="utf-8").replace("kz2021 48 hours", "kz2021 60 hours", 1),
        encoding="utf-8",
    )
    plain.makeini("[pytest]\nhrlaw_scenarios = cases/*.yaml\nhrlaw_rules = rules\n")
    result = plain.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "expected violation, got compliant" in out
    assert "other.yaml" not in out


def test_the_file_patterns_are_set_in_pyproject(plain: pytest.Pytester) -> None:
    plain.makefile(".yml", a=MET)
    plain.makefile(".yaml", b=UNMET)
    plain.makepyprojecttoml('[tool.pytest.ini_options]\nhrlaw_scenarios = ["*.yml"]\n')
    result = plain.runpytest("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=2)
    assert "b.yaml" not in result.stdout.str()


def test_the_plugin_named_with_p_is_the_entry_point_loaded_once(plain: pytest.Pytester) -> None:
    plain.makefile(".yaml", case=MET)
    plain.runpytest("-p", "no:cacheprovider", "-p", "hrlaw.pytest_plugin").assert_outcomes(passed=2)
    off = plain.runpytest("-p", "no:cacheprovider", "-p", "no:hrlaw.pytest_plugin")
    assert off.ret == pytest.ExitCode.NO_TESTS_COLLECTED
