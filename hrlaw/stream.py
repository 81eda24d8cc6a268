"""Many scenarios in, results out as they are produced: the inputs of `hrlaw check` (files,
directories walked recursively, `-` for standard input; YAML scenarios or JSON Lines records) and
the running totals. Nothing is kept per scenario, so memory stays flat however many there are."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.records import read_jsonl
from hrlaw.report import Report, Verdict

if TYPE_CHECKING:
    from hrlaw.engine import Verdicts
from hrlaw.scenario import MAX_SCENARIO_BYTES, Scenario, load_scenario, parse_scenario

STDIN = "-"


class InputFormat(StrEnum):
    yaml = "yaml"
    jsonl = "jsonl"


_SUFFIXES = {InputFormat.yaml: (".yaml", ".yml"), InputFormat.jsonl: (".jsonl",)}


def inputs(paths: Iterable[str], fmt: InputFormat) -> Iterator[Scenario | HrlawError]:
    """Every scenario of `paths` in order (a directory's files sorted, recursively), read
    lazily; an unreadable or invalid one yields its error and the rest are still read."""
    for name in paths:
        if name == STDIN:
            yield from _stdin(fmt)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in _SUFFIXES[fmt] and p.is_file())
            if not found:
                wanted = " or ".join(f"`*{s}`" for s in _SUFFIXES[fmt])
                yield HrlawError(
                    [Diagnostic(Code.NOT_A_FILE, f"no {wanted} files in `{name}`", path=name)]
                )
            for file in found:
                yield from _file(file, fmt)
        else:
            yield from _file(path, fmt)


def _file(path: Path, fmt: InputFormat) -> Iterator[Scenario | HrlawError]:
    if fmt is InputFormat.yaml:
        try:
            yield load_scenario(path)
        except HrlawError as exc:
            yield exc
        return
    try:
        handle = path.open(encoding="utf-8", errors="replace", newline="")
    except OSError as exc:
        yield HrlawError(
            [Diagnostic(Code.UNREADABLE, f"cannot read `{path}`: {exc.strerror}", path=str(path))]
        )
        return
    with handle:
        yield from read_jsonl(handle, str(path))


def _stdin(fmt: InputFormat) -> Iterator[Scenario | HrlawError]:
    if fmt is InputFormat.jsonl:
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        yield from read_jsonl(stream, "<stdin>")
        return
    data = sys.stdin.buffer.read(MAX_SCENARIO_BYTES + 1)
    if len(data) > MAX_SCENARIO_BYTES:
        yield HrlawError(
            [Diagnostic(Code.TOO_LARGE, "the scenario on standard input is too large", path="-")]
        )
        return
    try:
        yield parse_scenario(data, "<stdin>")
    except HrlawError as exc:
        yield exc


@dataclass
class Totals:
    """The grand total over a stream of scenarios."""

    scenarios: int = 0
    invalid: int = 0
    with_violation: int = 0
    unmet: int = 0  # scenarios with an expectation not met
    not_assessed: int = 0  # results the facts did not touch
    verdicts: dict[Verdict, int] = field(default_factory=lambda: dict.fromkeys(Verdict, 0))

    def add(self, report: Report) -> None:
        s = report.summary
        self.scenarios += 1
        for verdict in Verdict:
            self.verdicts[verdict] += getattr(s, verdict.value)
        self.not_assessed += s.not_assessed
        self.with_violation += s.violation > 0
        self.unmet += any(not e.met for e in report.expectations)

    def add_verdicts(self, verdicts: Verdicts, unmet: int = 0) -> None:
        self.scenarios += 1
        for pid, verdict in verdicts.items():
            if pid not in verdicts.not_assessed:
                self.verdicts[verdict] += 1
        self.not_assessed += len(verdicts.not_assessed)
        self.with_violation += Verdict.VIOLATION in verdicts.values()
        self.unmet += unmet > 0

    @property
    def ok(self) -> bool:
        return not self.with_violation and not self.unmet

    def line(self) -> str:
        v = self.verdicts
        parts = [
            f"{self.scenarios} scenario{'s' if self.scenarios != 1 else ''} checked",
            f"{self.with_violation} with a violation",
        ]
        if self.unmet:
            parts.append(f"{self.unmet} with an expectation not met")
        if self.invalid:
            parts.append(f"{self.invalid} invalid")
        counts = (
            f"verdicts: {v[Verdict.VIOLATION]} violation, {v[Verdict.UNDETERMINED]} undetermined, "
            f"{v[Verdict.COMPLIANT]} compliant, {v[Verdict.NOT_APPLICABLE]} not applicable"
            + (f", {self.not_assessed} not assessed" if self.not_assessed else "")
        )
        return ", ".join(parts) + f" ({counts})"
