"""The public entry point: load a rule base (parse, lower, check, compile); check scenarios."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.abc import Traversable
from pathlib import Path

from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook, check
from hrlaw.coerce import CoerceError, coerce, is_unknown
from hrlaw.compile import Compiler, Env
from hrlaw.describe import describe
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.engine import CompiledBook, compile_book, evaluate
from hrlaw.expand import Expander
from hrlaw.explain import fmt
from hrlaw.lower import lower
from hrlaw.parser import parse
from hrlaw.scenario import Scenario, read_limited
from hrlaw.shipped import shipped
from hrlaw.source import SourceFile, Span

__version__ = "0.1.0"
MAX_RULE_FILE_BYTES = 2_000_000
MAX_RULE_DEPTH = 32  # directory levels inside a rules directory
MAX_SUGGESTIONS = 20  # unknown facts of one scenario that get a did-you-mean (the CLI shows 20)
MAX_UNKNOWN_LISTED = 100  # unknown facts of one scenario reported one by one
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


def _directory(path: Path) -> list[RuleFile]:
    if path.is_file():
        return [RuleFile(str(path), read_limited(path, MAX_RULE_FILE_BYTES, "rule file"))]
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
    found, problems = _walk(path)
    files: list[RuleFile] = []
    for file in found:
        try:
            files.append(RuleFile(str(file), read_limited(file, MAX_RULE_FILE_BYTES, "rule file")))
        except HrlawError as exc:
            problems.extend(exc.diagnostics)
    if problems:  # a rule base is loaded whole or not at all
        raise HrlawError(problems)
    return files


def _walk(root: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The `.hrl` files under `root`, found without recursion, and a diagnostic for every entry
    that cannot be read: a directory that cannot be listed, a broken or looping link, a tree
    nested deeper than MAX_RULE_DEPTH. Links to directories are not followed."""
    found: list[Path] = []
    problems: list[Diagnostic] = []
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            problems.append(
                Diagnostic(
                    Code.UNREADABLE,
                    f"cannot list the rules directory `{folder.name}`: {exc.strerror}",
                    path=str(folder),
                    help="every directory of a rule base must be readable",
                )
            )
            continue
        for entry in entries:
            full = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:  # the entry vanished while it was listed
                is_dir = False
            if is_dir:
                if depth >= MAX_RULE_DEPTH:
                    problems.append(
                        Diagnostic(
                            Code.UNREADABLE,
                            f"directories nested more than {MAX_RULE_DEPTH} levels deep",
                            path=str(full),
                            help="keep rule files in a shallow tree",
                        )
                    )
                else:
                    stack.append((full, depth + 1))
            elif entry.name.endswith(".hrl"):
                if entry.is_symlink() and not full.exists():
                    problems.append(_bad_link(full))
                else:
                    found.append(full)
    return sorted(found), problems


def _bad_link(path: Path) -> Diagnostic:
    """A link to nothing, or a loop of links."""
    try:
        path.stat()
    except FileNotFoundError:
        return Diagnostic(
            Code.FILE_NOT_FOUND,
            f"`{path.name}` is a link to `{os.readlink(path)}`, which does not exist",
            path=str(path),
            help="remove the link or restore its target",
        )
    except OSError as exc:
        return Diagnostic(
            Code.UNREADABLE, f"cannot read `{path.name}`: {exc.strerror}", path=str(path)
        )
    return Diagnostic(Code.UNREADABLE, f"cannot read `{path.name}`", path=str(path))


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
        compiler = Compiler(checked.defines, Expander(checked.macros, {}))
        self._constraints = [(c, compiler.expr(c.expr)) for c in checked.constraints]

    @property
    def checked(self) -> CheckedBook:
        """The checked rule base (the IR every other phase reads)."""
        return self._checked

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
        errors: list[Diagnostic] = []
        typed: dict[str, object] = {}
        facts, defines = self._checked.facts, self._checked.defines
        unknown: list[tuple[str, Span | None]] = []
        for name, raw in scenario.flat_facts().items():
            span = scenario.spans.get(name)
            if name in defines:
                errors.append(
                    Diagnostic(
                        Code.DERIVED_FACT_GIVEN,
                        f"`{name}` is computed, not given",
                        help=(
                            f"give the facts it is computed from: "
                            f"{', '.join(sorted(m.refs(defines[name].expr)))}"
                        ),
                        span=span,
                        path=scenario.path,
                    )
                )
                continue
            fact = facts.get(name)
            if fact is None:
                unknown.append((name, span))
                continue
            if is_unknown(raw) and not (isinstance(raw, str) and raw.strip() in fact.type.values):
                continue
            vspan = scenario.spans.get("value:" + name, span)
            try:
                value = coerce(fact, raw)
            except CoerceError as exc:
                errors.append(
                    Diagnostic(Code.INVALID_VALUE, exc.message, vspan, exc.help, path=scenario.path)
                )
                continue
            if not fact.admits(value):
                errors.append(
                    Diagnostic(
                        Code.INVALID_VALUE,
                        f"`{raw}` is not a possible value of `{name}`",
                        vspan,
                        f"`{name}` is {fact.range_words()}",
                        path=scenario.path,
                    )
                )
                continue
            typed[name] = value
        if not errors:
            errors.extend(self._contradictions(scenario, typed))
        # a did-you-mean costs a comparison with every fact: only the first unknown names (in the
        # order of the file, as they are shown) get one, so that 45,000 typos stay fast
        unknown.sort(key=lambda item: item[1].start if item[1] is not None else -1)
        for i, (name, span) in enumerate(unknown[:MAX_UNKNOWN_LISTED]):
            hint = did_you_mean(name, facts) if i < MAX_SUGGESTIONS else None
            errors.append(
                Diagnostic(
                    Code.UNKNOWN_FACT,
                    f"unknown fact `{name}`",
                    help=hint or "`hrlaw facts` lists every fact",
                    span=span,
                    path=scenario.path,
                )
            )
        if len(unknown) > MAX_UNKNOWN_LISTED:  # one more line, not 45,000 of them
            name, span = unknown[MAX_UNKNOWN_LISTED]
            rest = len(unknown) - MAX_UNKNOWN_LISTED
            errors.append(
                Diagnostic(
                    Code.UNKNOWN_FACT,
                    f"{rest:,} more unknown facts, from `{name}` on, are not listed",
                    help="`hrlaw facts` lists every fact",
                    span=span,
                    path=scenario.path,
                )
            )
        ids = {p.id for p in self.provisions}
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

    def _contradictions(self, scenario: Scenario, typed: dict[str, object]) -> list[Diagnostic]:
        """A diagnostic for each constraint the facts break, located at the first value it reads
        (a constraint with an unknown fact is not broken)."""
        found: list[Diagnostic] = []
        env = Env(typed)
        for constraint, holds in self._constraints:
            if holds(env) is not False:
                continue
            given = sorted(m.refs(constraint.expr) & typed.keys())
            facts = self._checked.facts
            values = ", ".join(f"`{n}` is {fmt(typed[n], facts[n].unit, facts[n])}" for n in given)
            spans = [scenario.spans[k] for n in given if (k := "value:" + n) in scenario.spans]
            found.append(
                Diagnostic(
                    Code.CONTRADICTORY_FACTS,
                    f"these facts cannot all be true: {constraint.text}",
                    min(spans, key=lambda s: s.start) if spans else None,
                    f"{values}; correct the one that is wrong" if values else None,
                    path=scenario.path,
                )
            )
        return found

    def check(self, scenario: Scenario) -> r.Report:
        """Every provision's verdict for the scenario, with expectations checked."""
        facts = self.typed_facts(scenario)
        results = evaluate(self._compiled, facts, scenario.date)
        by_id = {res.provision: res for res in results}
        expectations = [
            r.Expectation(
                provision=pid,
                expected=r.Verdict(v),
                actual=by_id[pid].verdict,
                met=by_id[pid].verdict is r.Verdict(v),
            )
            for pid, v in scenario.expect.items()
        ]
        return r.Report(
            scenario=r.ScenarioInfo(path=scenario.path, title=scenario.title, date=scenario.date),
            rulebook=r.RulebookInfo(digest=self.digest, hrlaw_version=__version__),
            results=results,
            summary=r.summarize(results),
            expectations=expectations,
        )


def rule_files(path: str | os.PathLike[str] | None = None) -> list[RuleFile]:
    """The rule files at `path`, else at $HRLAW_RULES, else the rule base shipped with hrlaw."""
    chosen = path if path is not None else os.environ.get(RULES_ENV) or None
    return _directory(Path(chosen)) if chosen is not None else list(_shipped())


def load_rulebook(path: str | os.PathLike[str] | None = None) -> RuleBook:
    """Load, check and compile a rule base (default: the one shipped with hrlaw)."""
    checked, digest = build(rule_files(path))
    return RuleBook(checked, digest)
