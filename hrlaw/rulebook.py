"""The public entry point: load a rule base (parse, lower, check, compile); check scenarios."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal, overload

from hrlaw import cache
from hrlaw import model as m
from hrlaw import report as r
from hrlaw.check import CheckedBook, check
from hrlaw.coerce import EARLIEST, LATEST, CoerceError, parse_when
from hrlaw.compile import Compiler, Env
from hrlaw.describe import describe
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.engine import Verdicts, evaluate, evaluate_under, verdicts
from hrlaw.expand import Expander
from hrlaw.records import scenario_from_record
from hrlaw.scenario import Scenario, read_limited
from hrlaw.shipped import shipped
from hrlaw.source import SourceFile
from hrlaw.typed import plain_facts, plain_kinds, type_facts
from hrlaw.values import Period
from hrlaw.versions import CompiledBook, compile_book
from hrlaw.vocabulary import FactEntry, vocabulary
from hrlaw.weigh import notices, unchecked_rules

__version__ = "0.1.0"
Item = Scenario | Mapping[str, object]  # what `check_many` takes
MAX_RULE_FILE_BYTES = 2_000_000
MAX_RULE_DEPTH = 32  # directory levels inside a rules directory
RULES_ENV = "HRLAW_RULES"
MAX_REMEMBERED_DAYS = 100_000
_QUICK_KEYS = frozenset(("date", "facts", "id", "title"))


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


def build(files: list[RuleFile], *, cached: bool = False) -> tuple[CheckedBook, str]:
    """Parse, lower and check rule files together; every file's errors are reported at once.
    With `cached`, a rule base checked before (the same names and bytes) is read from hrlaw's
    cache (cache.py) and a newly checked one is written there."""
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
    ordered = sorted(files, key=lambda f: f.name)
    key, names = identity(ordered)
    if cached:
        hit = cache.load("book", f"{key}{names}", CheckedBook)
        if hit is not None:
            return hit, key
    for rule in ordered:
        try:
            module = module + _lowered(rule.name, rule.data)
        except HrlawError as exc:
            errors.extend(exc.diagnostics)
    if errors:
        raise HrlawError(errors)
    checked = check(module)
    if cached:
        cache.save("book", f"{key}{names}", checked)
    return checked, key


@lru_cache(maxsize=256)
def _lowered(name: str, data: bytes) -> m.Module:
    """One rule file parsed and lowered, remembered by its name and bytes: the IR is immutable,
    so rule bases that share files (`hrlaw diff`, a rule base edited and built again) parse each
    unchanged file once per process."""
    # the parser (Lark) is imported only when the rules must be read: not on a cache hit
    from hrlaw.lower import lower
    from hrlaw.parser import parse

    source = decode(RuleFile(name, data))
    return lower(source, parse(source))


def identity(ordered: list[RuleFile]) -> tuple[str, str]:
    """The rule base's digest (its files' base names and bytes: what a report cites as the rule
    base) and a hash of the files' full names (shown in diagnostics and spans): together, the
    same files read again."""
    digest = hashlib.sha256()
    for rule in ordered:
        digest.update(rule.name.rsplit("/", 1)[-1].encode() + b"\0" + rule.data + b"\0")
    names = hashlib.sha256("\0".join(rule.name for rule in ordered).encode()).hexdigest()
    return "sha256:" + digest.hexdigest(), names


class RuleBook:
    """A checked, compiled rule base. `check` is pure and may be called any number of times."""

    def __init__(self, checked: CheckedBook, digest: str) -> None:
        self._checked = checked
        self._compiled: CompiledBook = compile_book(checked)
        self.digest = digest
        self._ids = {p.id for p in checked.provisions} | checked.aliases().keys()
        self._kinds = plain_kinds(checked.facts)
        compiler = Compiler(checked.defines, Expander(checked.macros, {}))
        self._constraints = [(c, compiler.expr(c.expr)) for c in checked.constraints]
        self._days: dict[str, date] = {}  # dates of the events, as records write them

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

    def vocabulary(self) -> list[FactEntry]:
        """Every fact a scenario may state, with its question, values and the forms it may be
        written in; then the derived facts (`hrlaw facts`)."""
        return vocabulary(self._checked)

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
        if not scenario.expect and scenario.as_of is None:
            plain = plain_facts(self._kinds, scenario.facts)
            # every fact a bool or an integer given as such, and no constraint broken
            if plain is not None and not self._broken(plain):
                return plain
        typed, errors = type_facts(
            self._checked, scenario, self._compiled.law_dependent, self._constraints
        )
        ids = self._ids
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

    @overload
    def check_many(
        self,
        items: Iterable[Scenario | Mapping[str, object]],
        *,
        verdicts_only: Literal[False] = False,
    ) -> Iterator[r.Report]: ...

    @overload
    def check_many(
        self, items: Iterable[Scenario | Mapping[str, object]], *, verdicts_only: Literal[True]
    ) -> Iterator[Verdicts]: ...

    def check_many(
        self, items: Iterable[Scenario | Mapping[str, object]], *, verdicts_only: bool = False
    ) -> Iterator[r.Report] | Iterator[Verdicts]:
        """Check many scenarios, one at a time (a generator: memory stays flat however many).
        Items are `Scenario` objects or plain mappings (`{"date": ..., "facts": {...}}`, read as
        strictly as a scenario file). With `verdicts_only`, each result is the mapping provision
        id -> verdict, found without building explanations: the fast path for registers. An
        invalid item raises HrlawError naming it (`item 12`)."""
        if verdicts_only:
            return self._verdicts_many(items)
        return (self.check(self._scenario(item, i)) for i, item in enumerate(items, start=1))

    def _verdicts_many(self, items: Iterable[Item]) -> Iterator[Verdicts]:
        compiled, quick = self._compiled, self._quick
        for i, item in enumerate(items, start=1):
            found = quick(item)
            if found is not None:
                yield verdicts(compiled, found[1], found[0])
            else:
                yield self.verdicts(self._scenario(item, i))

    def _quick(self, item: Item) -> tuple[date | Period, dict[str, object]] | None:
        """The date and typed facts of a plain record that needs no reading: a dict with only
        `date` (a `date`, or text read before), `facts` (flat, every value plain as
        `plain_facts` takes it, no constraint broken) and an `id` or `title`. None for anything
        else: the strict reader then reads it and reports every problem as for a file."""
        if type(item) is not dict or not item.keys() <= _QUICK_KEYS:
            return None
        when = item.get("date")
        if type(when) is str:
            when = self._day(when)
        if type(when) is not date or not EARLIEST <= when <= LATEST:
            return None
        title = item.get("title", item.get("id"))
        raw = item.get("facts")
        if (title is not None and type(title) not in (str, int)) or type(raw) is not dict:
            return None
        facts = plain_facts(self._kinds, raw)
        if facts is None or self._broken(facts):
            return None
        return when, facts

    def _day(self, text: str) -> date | None:
        """A day written as `YYYY-MM-DD` (remembered); None for any other text, which the strict
        reader reads."""
        day = self._days.get(text)
        if day is None:
            try:
                read = parse_when(text)
            except CoerceError:
                return None
            if type(read) is not date or read.isoformat() != text:
                return None
            if len(self._days) < MAX_REMEMBERED_DAYS:
                self._days[text] = read
            day = read
        return day

    def verdicts(self, scenario: Scenario) -> Verdicts:
        """Every provision's verdict for the scenario, without explanations (the same verdicts
        `check` gives); `.not_assessed` names the undetermined provisions the facts do not touch."""
        return verdicts(self._compiled, self.typed_facts(scenario), scenario.date)

    def unmet(self, scenario: Scenario, verdicts: Mapping[str, r.Verdict]) -> list[r.Expectation]:
        """The scenario's `expect:` entries the verdicts do not meet (as `check` reports them)."""
        aliases = self._checked.aliases()
        found = []
        for pid, v in scenario.expect.items():
            actual = verdicts[aliases.get(pid, pid)]
            if actual is not r.Verdict(v):
                found.append(
                    r.Expectation(
                        provision=pid,
                        expected=r.Verdict(v),
                        actual=actual,
                        met=False,
                        encoded_in=aliases.get(pid),
                    )
                )
        return found

    @staticmethod
    def _scenario(item: Item, number: int) -> Scenario:
        if isinstance(item, Scenario):
            return item
        return scenario_from_record(item, f"item {number}")

    def _broken(self, typed: dict[str, object]) -> bool:
        """Whether the facts break a constraint (then typing reports it)."""
        if not self._constraints:
            return False
        env = Env(typed)
        return any(holds(env) is False for _, holds in self._constraints)

    def check_under(self, scenario: Scenario, source_id: str) -> r.Report:
        """The report `check` gives, with every provision judged under the law as the report
        `source_id` describes it, whatever the date of the events (`hrlaw compare`); the date
        still decides the law's own dated changes. Expectations are not checked (they are about
        the law in force). HrlawError for an unknown report."""
        source = self._checked.sources.get(source_id)
        if source is None:
            known = list(self._checked.sources)
            raise HrlawError(
                [
                    Diagnostic(
                        Code.UNKNOWN_REPORT,
                        f"unknown report `{source_id}`",
                        help=did_you_mean(source_id, known) or f"the reports: {', '.join(known)}",
                    )
                ]
            )
        facts = self.typed_facts(replace(scenario, expect={}))
        results = evaluate_under(self._compiled, facts, scenario.date, source)
        return self._report(scenario, facts, results, [], under=source)

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
        return self._report(scenario, facts, results, expectations)

    def _report(
        self,
        scenario: Scenario,
        facts: dict[str, object],
        results: list[r.Result],
        expectations: list[r.Expectation],
        under: m.Source | None = None,
    ) -> r.Report:
        when = scenario.date
        if under is None:
            said = notices(self._compiled, facts, when)
        else:
            said = [
                f"every provision is judged under the law as reported in `{under.id}`, "
                f"whatever report's period holds `date: {when}` (a comparison, not the law in "
                "force)"
            ]
        unchecked = unchecked_rules(self._compiled, facts, when)
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
            notices=said,
            unchecked=unchecked,
            sources=self._source_infos(r.cited_sources(results, unchecked)),
        )

    def _source_infos(self, ids: set[str]) -> list[r.SourceInfo]:
        """Full titles and addresses of the reports `ids` names, in the rule base's order."""
        return [
            r.SourceInfo(id=s.id, title=s.title, address=s.address, year=s.year)
            for s in self._checked.sources.values()
            if s.id in ids
        ]


def rule_files(path: str | os.PathLike[str] | None = None) -> list[RuleFile]:
    """The rule files at `path`, else at $HRLAW_RULES, else the rule base shipped with hrlaw."""
    chosen = path if path is not None else os.environ.get(RULES_ENV) or None
    return _directory(Path(chosen)) if chosen is not None else list(_shipped())


# the rule bases loaded in this process, by the names and bytes of their files: a program (or a
# test suite) that loads the same rules again gets the compiled book at once
_LOADED: dict[str, RuleBook] = {}
MAX_LOADED = 8


def load_rulebook(path: str | os.PathLike[str] | None = None) -> RuleBook:
    """Load, check and compile a rule base (default: the one shipped with hrlaw). The same files
    loaded again in this process give the same (immutable) rule book; `HRLAW_NO_CACHE=1` turns
    this off, as it does the cache on disk."""
    files = sorted(rule_files(path), key=lambda f: f.name)
    key = "".join(identity(files))
    remember = not os.environ.get("HRLAW_NO_CACHE")
    found = _LOADED.get(key) if remember else None
    if found is not None:
        return found
    checked, book_digest = build(files, cached=True)
    book = RuleBook(checked, book_digest)
    if remember:
        if len(_LOADED) >= MAX_LOADED:
            _LOADED.clear()
        _LOADED[key] = book
    return book
