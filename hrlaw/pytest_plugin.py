"""pytest plugin: every scenario YAML file with an `expect:` block under a `scenarios/` directory
is a test. Enable with `-p hrlaw.pytest_plugin` (the project's pytest configuration does)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from hrlaw.diagnostics import HrlawError
from hrlaw.rulebook import RuleBook, load_rulebook
from hrlaw.scenario import Scenario, load_scenario


@cache
def _book(rules: str | None) -> RuleBook:
    return load_rulebook(rules)


class ScenarioError(Exception):
    pass


class ScenarioFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        try:
            scenario = load_scenario(self.path)
        except HrlawError as exc:
            yield ScenarioItem.from_parent(self, name="load", scenario=None, error=exc)
            return
        if scenario.expect:
            yield ScenarioItem.from_parent(self, name="expect", scenario=scenario, error=None)


class ScenarioItem(pytest.Item):
    def __init__(
        self, *, scenario: Scenario | None, error: HrlawError | None, **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.scenario = scenario
        self.error = error

    def runtest(self) -> None:
        if self.error is not None:
            raise ScenarioError(self.error.render())
        assert self.scenario is not None
        report = _book(os.environ.get("HRLAW_RULES") or None).check(self.scenario)
        unmet = [e for e in report.expectations if not e.met]
        if unmet:
            lines = []
            for e in unmet:
                result = report.result(e.provision)
                lines.append(
                    f"{e.provision}: expected {e.expected.value}, got {e.actual.value}"
                    f" — {result.explanation}"
                )
            raise ScenarioError("\n".join(lines))

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: str | None = None
    ) -> str:
        if isinstance(excinfo.value, ScenarioError | HrlawError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"scenario {self.path.name}"


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> ScenarioFile | None:
    if file_path.suffix in (".yaml", ".yml") and "scenarios" in file_path.parts:
        return ScenarioFile.from_parent(parent, path=file_path)
    return None
