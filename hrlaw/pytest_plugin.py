"""pytest plugin: every scenario YAML file with an `expect:` block is a test, one item per
expected verdict, wherever pytest looks (its `testpaths`, or the paths given to it).

It is registered by the `pytest11` entry point, so `pip install hrlaw` is enough. The entry point
has the module's own name, so `-p hrlaw.pytest_plugin` (for PYTEST_DISABLE_PLUGIN_AUTOLOAD) loads
the same plugin once, and `-p no:hrlaw.pytest_plugin` turns it off. Settings (pytest.ini
`[pytest]`, or pyproject.toml `[tool.pytest.ini_options]`):

    hrlaw_scenarios = *.yaml *.yml    glob patterns: a file name, or a path below the rootdir
    hrlaw_rules = rules               the rule base (else $HRLAW_RULES, else the shipped one)
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from hrlaw.diagnostics import HrlawError
from hrlaw.expectations import mismatch, where
from hrlaw.report import Report, Verdict
from hrlaw.rulebook import RULES_ENV, RuleBook, load_rulebook
from hrlaw.scenario import MAX_SCENARIO_BYTES, Scenario, load_scenario

PATTERNS_INI, RULES_INI = "hrlaw_scenarios", "hrlaw_rules"
DEFAULT_PATTERNS = ["*.yaml", "*.yml"]
_EXPECT = re.compile(rb"^expect[ \t]*:", re.MULTILINE)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        PATTERNS_INI,
        "glob patterns of the scenario files hrlaw collects (those with an `expect:` block)",
        type="args",
        default=DEFAULT_PATTERNS,
    )
    parser.addini(
        RULES_INI,
        "the rule base scenarios are checked against (default: $HRLAW_RULES, else the shipped one)",
        default="",
    )


@cache
def _book(rules: str | None) -> RuleBook:
    return load_rulebook(rules)


def _rules(config: pytest.Config) -> str | None:
    setting = str(config.getini(RULES_INI) or "").strip()
    if setting:
        base = config.inipath.parent if config.inipath is not None else config.rootpath
        return str(base / setting)
    return os.environ.get(RULES_ENV) or None


def _wanted(config: pytest.Config, path: Path) -> bool:
    patterns = [str(p) for p in config.getini(PATTERNS_INI)]
    try:
        relative = path.relative_to(config.rootpath).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(relative if "/" in p else path.name, p) for p in patterns
    ) and _has_expect(path)


def _has_expect(path: Path) -> bool:
    """Whether the file has a top-level `expect:` block (other YAML files are left alone)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(MAX_SCENARIO_BYTES + 1)
    except OSError:
        return False
    return _EXPECT.search(head) is not None


class ScenarioFailed(Exception):
    """An expectation not met, or a scenario hrlaw cannot read: shown as it is, no traceback."""


class ScenarioFile(pytest.File):
    """A scenario file: one item per expected verdict (one `load` item when it cannot be read)."""

    scenario: Scenario
    _report: Report | None = None

    def collect(self) -> Iterator[pytest.Item]:
        try:
            scenario = load_scenario(self.path)
            self.book().typed_facts(scenario)  # facts the rule base cannot read: one failure
        except HrlawError as exc:
            yield ScenarioItem.from_parent(self, name="load", scenario=None, error=exc)
            return
        self.scenario = scenario
        for provision in scenario.expect:
            yield ScenarioItem.from_parent(self, name=provision, scenario=scenario, error=None)

    def book(self) -> RuleBook:
        return _book(_rules(self.config))

    def report(self) -> Report:
        """The scenario checked once, for all its items."""
        if self._report is None:
            self._report = self.book().check(self.scenario)
        return self._report


class ScenarioItem(pytest.Item):
    def __init__(
        self, *, scenario: Scenario | None, error: HrlawError | None, **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.scenario = scenario
        self.error = error

    def runtest(self) -> None:
        if self.error is not None:
            raise ScenarioFailed(self.error.render())
        assert self.scenario is not None and isinstance(self.parent, ScenarioFile)
        report = self.parent.report()
        expected = Verdict(self.scenario.expect[self.name])
        result = report.result(self.name)
        if result.verdict is not expected:
            raise ScenarioFailed(mismatch(result, expected, where(self.scenario, self.name)))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: str | None = None,
    ) -> str:
        if isinstance(excinfo.value, ScenarioFailed):
            return str(excinfo.value)
        if isinstance(excinfo.value, HrlawError):
            return excinfo.value.render()
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        line = 0
        if self.scenario is not None:
            span = self.scenario.spans.get("expect:" + self.name)
            line = span.line - 1 if span is not None else 0
        what = f"expect {self.name}" if self.scenario is not None else "load"
        return self.path, line, f"{self.path.name}: {what}"


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> ScenarioFile | None:
    if _wanted(parent.config, file_path):
        return ScenarioFile.from_parent(parent, path=file_path)
    return None
