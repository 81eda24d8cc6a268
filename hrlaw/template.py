"""Scenario templates (`hrlaw new`): every fact the chosen provisions read, left blank (a blank
fact is unknown), each with its question, the forms its value may take and its unit as a comment;
the most decisive questions first, grouped as a scenario nests them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from hrlaw import model as m
from hrlaw.check import in_force as law_in_force
from hrlaw.check import names_read, stated
from hrlaw.coerce import CoerceError, accepted_forms, parse_when
from hrlaw.diagnostics import Code, Diagnostic, HrlawError
from hrlaw.forms import _scalar
from hrlaw.report import Verdict
from hrlaw.rulebook import RuleBook
from hrlaw.scenario import AS_OF_DAY, AS_OF_MOMENT, Scenario
from hrlaw.values import Period

SCHEMA_FILE = "hrlaw-scenario.schema.json"  # what `hrlaw schema -o` is advised to write


def default_date(book: RuleBook) -> date:
    """The first day the latest report covers (a placeholder the lawyer replaces)."""
    starts = [s.covers_from for s in book.sources.values() if s.covers_from is not None]
    return max(starts) if starts else date.today()


def event_day(text: str) -> date | Period:
    """`--date`: a day (YYYY-MM-DD), a month (YYYY-MM) or a year; HrlawError otherwise."""
    try:
        return parse_when(text.strip())
    except CoerceError as exc:
        raise HrlawError([Diagnostic(Code.INVALID_VALUE, exc.message, help=exc.help)]) from None


def facts_read(book: RuleBook, provisions: Sequence[m.Provision], when: date | Period) -> list[str]:
    """The input facts the provisions read under any report, the questions `check` would ask
    first for events of `when` leading (the most decisive first), then the others by name."""
    checked = book.checked
    every = {**checked.defines, **checked.macros}
    read: set[str] = set()
    for p in provisions:
        for source in checked.sources.values():
            if not stated(p, source, checked.timeline):
                continue
            law = law_in_force(checked, p, source)
            exprs = [e for e in (law.applies,) if e is not None]
            exprs += [r.expr for r in law.requirements]
            exprs += [e for x in law.exceptions for e in (x.when, x.replacement) if e is not None]
            exprs += [x.when for x in law.contested]
            read |= names_read(exprs, every)
    read &= checked.facts.keys()
    wanted = {p.id for p in provisions}
    report = book.check(Scenario(date=when, facts={}))
    ordered = [
        fact.fact
        for res in report.results
        if res.provision in wanted and res.verdict is Verdict.UNDETERMINED
        for fact in res.missing
    ]
    first = [name for name in dict.fromkeys(ordered) if name in read]
    return first + sorted(read - set(first))


def _comment(fact: m.Fact, forms: Sequence[str]) -> str:
    """`Was a strike called?  (yes/no: true, false)` on one line."""
    question = " ".join((fact.question or f"What is `{fact.name}`?").split())
    unit = f" in {fact.unit}" if fact.unit else ""
    if fact.type.values:
        said = ", ".join(
            v if fact.label(v) == v else f"{v} ({fact.label(v)})" for v in fact.type.values
        )
        if fact.type.kind is m.Kind.ENUM:
            return f"{question}  [one of: {said}]"
        return f"{question}  [a list, any of: {said}; e.g. {'; '.join(forms)}]"
    examples = f"; e.g. {'; '.join(forms)}" if forms else ""
    return f"{question}  [{fact.type}{unit}{examples}]"


def _tree(names: Sequence[str]) -> dict[str, object]:
    """Dotted names nested by their parts, in the order given (a group where its first name
    falls); a name that is also the prefix of another stays dotted."""
    tree: dict[str, object] = {}
    for name in names:
        if any(other.startswith(name + ".") for other in names):
            tree[name] = name
            continue
        *path, leaf = name.split(".")
        node = tree
        for part in path:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                tree[name] = name
                break
            node = child
        else:
            node[leaf] = name
    return tree


def _lines(
    tree: Mapping[str, object], indent: int, comments: Mapping[str, str], out: list[str]
) -> None:
    pad = "  " * indent
    for key, node in tree.items():
        if isinstance(node, dict):
            out.append(f"{pad}{_scalar(key, key=True)}:")
            _lines(node, indent + 1, comments, out)
        else:
            assert isinstance(node, str)
            out.append(f"{pad}# {comments[node]}")
            out.append(f"{pad}{_scalar(key, key=True)}:")


def template(
    book: RuleBook,
    provisions: Sequence[m.Provision],
    when: date | Period,
    *,
    schema: str | None = SCHEMA_FILE,
) -> str:
    """A scenario YAML for the provisions: `date:`, every fact they read (blank: unknown) with
    its question, forms and unit as comments, and an empty `expect:` naming the provisions.
    `schema` is the JSON Schema the editor comment line points at (None: no such line)."""
    names = facts_read(book, provisions, when)
    facts = book.facts
    clock = [n for n in names if n in (AS_OF_DAY, AS_OF_MOMENT)]
    names = [n for n in names if n not in clock]
    comments = {name: _comment(facts[name], accepted_forms(facts[name])) for name in names}
    out: list[str] = []
    if schema:
        out.append(f"# yaml-language-server: $schema={schema}")
        out.append(f"# (`hrlaw schema -o {schema}` writes it: editors then complete fact names)")
    ids = ", ".join(p.id for p in provisions)
    out += [
        f"# a case for: {ids}",
        "# A fact left blank is unknown, never false: `hrlaw check` lists the questions",
        "# that could still change a verdict. Write what is known, even in part (`under 16`).",
        'title: ""  # a few words on the case',
        "# the date of the events: it selects the law in force (YYYY-MM-DD, or YYYY-MM, YYYY)",
        f"date: {when}",
    ]
    if clock:
        out += [
            "# for a custody, a term or a notice still running: the moment the case is assessed",
            "# as_of: 2021-06-12T20:00",
        ]
    tree = _tree(names)
    out.append("facts:" if tree else "facts: {}")
    _lines(tree, 1, comments, out)
    out.append("# the verdicts you expect, checked by `hrlaw check` and by pytest, e.g.")
    out += [f"#   {p.id}: violation" for p in provisions[:3]]
    out.append("expect: {}")
    return "\n".join(out) + "\n"
