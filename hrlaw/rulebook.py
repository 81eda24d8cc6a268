"""The public entry point: load a rule base (parse, lower, check, compile); check scenarios."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib.abc import Traversable
from pathlib import Path

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook, check
from hrlaw.describe import describe
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.engine import evaluate
from hrlaw.lower import lower
from hrlaw.parser import parse
from hrlaw.scenario import Scenario, read_limited
from hrlaw.shipped import shipped
from hrlaw.source import SourceFile
from hrlaw.typed import type_facts
from hrlaw.values import Period
from hrlaw.versions import CompiledBook, compile_book
from hrlaw.weigh import notices, unchecked_rules

__version__ = "0.1.0"
MAX_RULE_FILE_BYTES = 2_000_000
RULES_ENV = "HRLAW_RULES"


@dataclass(frozen=True)
class RuleFile:
    name: str  # shown in diagnostics
    data: bytes


def _shipped() -> Iterator[RuleFile]:
    root = shipped("rules")
    stack: list[tuple[str, Traversable]] = [("rules", root)]
    while stack:
        prefix, folder = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                stack.append((f"{prefix}/{entry.name}", entry))
            elif entry.name.endswith(".hrl"):
                yield RuleFile(f"{prefix}/{entry.name}", entry.read_bytes())


def _directory(path: Path) -> Iterator[RuleFile]:
    if path.is_file():
        yield RuleFile(str(path), read_limited(path, MAX_RULE_FILE_BYTES, "rule file"))
        return
    if not path.exists():
        raise HrlawError(
            [
                Diagnostic(
                    Code.FILE_NOT_FOUND, f"rules directory `{path}` does not exist", path=str(path)
                )
            ]
        )
    if not path.is_dir():
        raise HrlawError(
            [
                Diagnostic(
                    Code.NOT_A_FILE, f"`{path}` is not a directory or rule file", path=str(path)
                )
            ]
        )
    for file in sorted(path.rglob("*.hrl")):
        yield RuleFile(str(file), read_limited(file, MAX_RULE_FILE_BYTES, "rule file"))


def decode(rule: RuleFile) -> SourceFile:
    try:
        return SourceFile(rule.name, rule.data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        before = rule.data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise HrlawError(
            [
                Diagnostic(
                    Code.NOT_UTF8,
                    f"invalid UTF-8 at line {line}, column {col} (byte {exc.start})",
                    path=f"{rule.name}:{line}:{col}",
                    help="rule files must be UTF-8 text",
                )
            ]
        ) from None


def build(files: list[RuleFile]) -> tuple[CheckedBook, str]:
    """Parse, lower and check rule files together; every file's errors are reported at once."""
    if not files:
        raise HrlawError(
            [
                Diagnostic(
                    Code.NO_RULE_FILES,
                    "no `.hrl` rule files found",
                    help="point --rules at a directory of .hrl files",
                )
            ]
        )
    errors: list[Diagnostic] = []
    module = m.Module()
    digest = hashlib.sha256()
    for rule in sorted(files, key=lambda f: f.name):
        digest.update(rule.name.rsplit("/", 1)[-1].encode() + b"\0" + rule.data + b"\0")
        try:
            source = decode(rule)
            module = module + lower(source, parse(source))
        except HrlawError as exc:
            errors.extend(exc.diagnostics)
    if errors:
        raise HrlawError(errors)
    return check(module), "sha256:" + digest.hexdigest()


class RuleBook:
    """A checked, compiled rule base. `check` is pure and may be called any number of times."""

    def __init__(self, checked: CheckedBook, digest: str) -> None:
        self._checked = checked
        self._compiled: CompiledBook = compile_book(checked)
        self.digest = digest

    @property
    def checked(self) -> CheckedBook:
        """The checked rule base (the IR every other phase reads)."""
        return self._checked

    @property
    def compiled(self) -> CompiledBook:
        """The compiled rule base (what the engine evaluates; `hrlaw.verify` searches it)."""
        return self._compiled

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """What the checker found questionable but not wrong (e.g. overlapping exceptions)."""
        return self._checked.warnings

    @property
    def provisions(self) -> tuple[m.Provision, ...]:
        return self._checked.provisions

    @property
    def parameters(self) -> dict[str, m.Parameter]:
        return dict(self._checked.parameters)

    def describe(self, provision_id: str) -> dict[str, object]:
        """What the provision says under each report, with its parameters and citations
        (JSON-ready); KeyError for an unknown id."""
        return describe(self._checked, self.provision(provision_id))

    @property
    def facts(self) -> dict[str, m.Fact]:
        return dict(self._checked.facts)

    @property
    def defines(self) -> dict[str, m.Define]:
        return dict(self._checked.defines)

    @property
    def sources(self) -> dict[str, m.Source]:
        return dict(self._checked.sources)

    def provision(self, provision_id: str) -> m.Provision:
        for p in self.provisions:
            if p.id == provision_id:
                return p
        raise KeyError(provision_id)

    def typed_facts(self, scenario: Scenario) -> dict[str, object]:
        """The scenario's facts typed against this rule base; HrlawError lists every problem."""
        typed, errors = type_facts(self._checked, scenario, self._compiled.law_dependent)
        ids = {p.id for p in self.provisions} | self._checked.aliases().keys()
        for pid in scenario.expect:
            if pid not in ids:
                span = scenario.spans.get("expect:" + pid)
                errors.append(
                    Diagnostic(
                        Code.UNKNOWN_EXPECTED_PROVISION,
                        f"unknown provision `{pid}` in `expect`",
                        span,
                        did_you_mean(pid, ids) or "`hrlaw rules list` lists them",
                        path=scenario.path,
                    )
                )
        if errors:
            raise HrlawError(errors)
        return typed

    def evaluate(
        self,
        facts: Mapping[str, object],
        when: date | Period,
        provisions: Iterable[str] | None = None,
    ) -> list[r.Result]:
        """The verdict of every provision (or of those named) for facts already typed (as
        `typed_facts` gives them: exact values, `Between` ranges, `PartialSet` lists known in
        part), without the report around them: for tools that build typed facts themselves."""
        only = None
        if provisions is not None:
            only = frozenset(provisions)
            known = {p.id for p in self.provisions}
            for pid in sorted(only - known):
                raise HrlawError(
                    [
                        Diagnostic(
                            Code.UNKNOWN_PROVISION,
                            f"unknown provision `{pid}`",
                            help=did_you_mean(pid, known) or "`hrlaw rules list` lists them",
                        )
                    ]
                )
        return evaluate(self._compiled, facts, when, only)

    def check(self, scenario: Scenario) -> r.Report:
        """Every provision's verdict for the scenario, with expectations checked."""
        facts = self.typed_facts(scenario)
        when = scenario.date
        results = evaluate(self._compiled, facts, when)
        by_id = {res.provision: res for res in results}
        aliases = self._checked.aliases()
        expectations = []
        for pid, v in scenario.expect.items():
            actual = by_id[aliases.get(pid, pid)].verdict
            expectations.append(
                r.Expectation(
                    provision=pid,
                    expected=r.Verdict(v),
                    actual=actual,
                    met=actual is r.Verdict(v),
                    encoded_in=aliases.get(pid),
                )
            )
        return r.Report(
            scenario=r.ScenarioInfo(
                path=scenario.path,
                title=scenario.title,
                date=str(scenario.date),
                first_day=when.start if isinstance(when, Period) else when,
                last_day=when.end if isinstance(when, Period) else when,
            ),
            rulebook=r.RulebookInfo(digest=self.digest, hrlaw_version=__version__),
            results=results,
            summary=r.summarize(results),
            expectations=expectations,
            notices=notices(self._compiled, facts, when),
            unchecked=unchecked_rules(self._compiled, facts, when),
        )


def rule_files(path: str | os.PathLike[str] | None = None) -> list[RuleFile]:
    """The rule files at `path`, else at $HRLAW_RULES, else the rule base shipped with hrlaw."""
    chosen = path if path is not None else os.environ.get(RULES_ENV) or None
    return list(_directory(Path(chosen)) if chosen is not None else _shipped())


def load_rulebook(path: str | os.PathLike[str] | None = None) -> RuleBook:
    """Load, check and compile a rule base (default: the one shipped with hrlaw)."""
    checked, digest = build(rule_files(path))
    return RuleBook(checked, digest)
