"""The checked intermediate representation: frozen, typed, free of any parse-tree object.

Spans locate every node for diagnostics but never take part in equality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from hrlaw.source import Span
from hrlaw.values import Money, Percent, Value

# explanation templates: `{value}`, `{limit}`, `{margin}` (comparison requirements only),
# `{margins}` (any requirement) and `{fact.name}`
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
COMPARISON_SLOTS = frozenset({"value", "limit", "margin"})
ANY_SLOTS = frozenset({"margins"})


class Kind(StrEnum):
    BOOL = "bool"
    INTEGER = "integer"
    NUMBER = "number"
    DURATION = "duration"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    PERCENT = "percent"
    ENUM = "one of"
    SET = "set of"
    SYMBOL = "enumeration value"
    SYMBOLS = "set of enumeration values"


@dataclass(frozen=True)
class Type:
    kind: Kind
    values: tuple[str, ...] = ()  # the members of an enumeration or set type

    def __str__(self) -> str:
        if self.kind in (Kind.ENUM, Kind.SET):
            return f"{self.kind.value} {{{', '.join(self.values)}}}"
        return self.kind.value

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.INTEGER, Kind.NUMBER)


BOOL = Type(Kind.BOOL)
INTEGER = Type(Kind.INTEGER)
NUMBER = Type(Kind.NUMBER)
DURATION = Type(Kind.DURATION)
DATE = Type(Kind.DATE)
DATETIME = Type(Kind.DATETIME)
MONEY = Type(Kind.MONEY)
PERCENT = Type(Kind.PERCENT)
SYMBOL = Type(Kind.SYMBOL)
SYMBOLS = Type(Kind.SYMBOLS)


# ---------------------------------------------------------------------------- expressions
@dataclass(frozen=True)
class Literal:
    value: Value
    type: Type
    unit: str | None = None  # the unit the rule author wrote (`72 hours`): used to display values
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Symbol:
    name: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SymbolSet:
    names: tuple[str, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Ref:
    name: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Not:
    operand: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Neg:
    operand: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Logic:
    op: str  # "and" | "or"
    left: Expr
    right: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Arith:
    op: str  # + - * /
    left: Expr
    right: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Compare:
    op: str  # <= >= < > = !=
    left: Expr
    right: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Member:
    op: str  # "in" | "not in" | "includes all" | "includes any"
    left: Expr
    right: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class If:
    cond: Expr
    then: Expr
    orelse: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Call:
    """A use of a parameterised definition (`held_in_time(72 hours)`), expanded before use."""

    name: str
    args: tuple[Expr, ...]
    span: Span | None = field(default=None, compare=False)


Expr = Literal | Symbol | SymbolSet | Ref | Not | Neg | Logic | Arith | Compare | Member | If | Call


def children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Not | Neg):
        return (expr.operand,)
    if isinstance(expr, Logic | Arith | Compare | Member):
        return (expr.left, expr.right)
    if isinstance(expr, If):
        return (expr.cond, expr.then, expr.orelse)
    if isinstance(expr, Call):
        return expr.args
    return ()


def refs(expr: Expr) -> set[str]:
    """Names an expression reads directly (facts, derived facts or parameters)."""
    found: set[str] = set()
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, Ref):
            found.add(node.name)
        stack.extend(children(node))
    return found


def calls(expr: Expr) -> set[str]:
    """Names of the parameterised definitions an expression calls directly."""
    found: set[str] = set()
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, Call):
            found.add(node.name)
        stack.extend(children(node))
    return found


# ---------------------------------------------------------------------------- declarations
@dataclass(frozen=True)
class Section:
    """A named heading of a report (`section arrest "Section 1.d … > Arrest Procedures …"`),
    cited as `SOURCE.KEY`."""

    key: str
    heading: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    year: int | None
    covers_from: date | None
    covers_to: date | None
    address: str | None = None
    sections: tuple[Section, ...] = ()
    span: Span | None = field(default=None, compare=False)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass(frozen=True)
class Fact:
    name: str
    type: Type
    unit: str | None
    question: str | None
    labels: tuple[tuple[str, str], ...] = ()  # (enumeration value, words for it)
    span: Span | None = field(default=None, compare=False)
    minimum: Fraction | None = None  # the values an integer or number fact can take
    maximum: Fraction | None = None

    def label(self, value: str) -> str:
        """The words for an enumeration value (the value itself when it has no label)."""
        return next((words for v, words in self.labels if v == value), value.replace("_", " "))

    def admits(self, value: object) -> bool:
        """Whether a number, amount or percentage lies within the fact's declared range
        (anything else: True)."""
        if isinstance(value, Money):
            value = value.amount
        elif isinstance(value, Percent):
            value = value.value
        if not isinstance(value, int | Fraction) or isinstance(value, bool):
            return True
        low, high = self.minimum, self.maximum
        return (low is None or value >= low) and (high is None or value <= high)

    def range_words(self) -> str | None:
        """`from 0 to 150 years`, `at least 0 persons`, or None without a declared range."""
        unit = f" {self.unit}" if self.unit else ""
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f"from {_num(low)} to {_num(high)}{unit}"
        if low is not None:
            return f"at least {_num(low)}{unit}"
        if high is not None:
            return f"at most {_num(high)}{unit}"
        return None


def _num(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(float(value))


@dataclass(frozen=True)
class Param:
    """A formal parameter of a parameterised definition."""

    name: str
    type: Type
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Define:
    """A derived fact (`params` empty), or a parameterised definition expanded where it is used."""

    name: str
    expr: Expr
    meaning: str | None
    params: tuple[Param, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Citation:
    source: str
    section: str  # the heading path, resolved from a section alias when one was used
    quote: str
    alias: str | None = field(default=None, compare=False)  # `arrest` in `cite kz2021.arrest`
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Bound:
    """`since X` / `until X`: X a source id (evidence: the first or last report that states the
    clause) or a date (the law's own date of change)."""

    kind: str  # "since" | "until"
    source: str | None
    day: date | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ParamRow:
    """One cited value of a parameter: under a report (`kz2021 48 hours`) or from a date on
    (`from 2016-01-01 125%`)."""

    source: str | None
    day: date | None
    value: Expr
    citations: tuple[Citation, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Parameter:
    """A value of the law that depends on the law in force, each value cited."""

    name: str
    type: Type
    unit: str | None
    meaning: str | None
    rows: tuple[ParamRow, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Note:
    """A stated interpretation, shown to the lawyer with the provision's results."""

    text: str
    citations: tuple[Citation, ...] = ()
    bounds: tuple[Bound, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Requirement:
    id: str
    text: str  # may hold `{parameter}` placeholders
    expr: Expr
    citations: tuple[Citation, ...]
    explain: str | None
    bounds: tuple[Bound, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Exception_:
    """Under `when`, the target requirement becomes `replacement` (or is waived when None).
    `priority_over` names the exceptions this one overrides when both hold."""

    label: str
    target: str
    text: str
    when: Expr
    replacement: Expr | None
    citations: tuple[Citation, ...]
    explain: str | None
    bounds: tuple[Bound, ...] = ()
    priority_over: tuple[str, ...] = ()
    shared: bool = False  # written once for several requirements (`for a, b`)
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Contested:
    """Under `when`, a failed target is not a violation: the sources contradict each other
    (`contested`), or leave the question open (`unsettled`: a gap or an ambiguous sentence)."""

    label: str
    target: str
    text: str
    when: Expr
    citations: tuple[Citation, ...]
    explain: str | None
    bounds: tuple[Bound, ...] = ()
    span: Span | None = field(default=None, compare=False)
    unsettled: bool = False  # a gap or an ambiguity, not a contradiction

    @property
    def keyword(self) -> str:
        return "unsettled" if self.unsettled else "contested"


@dataclass(frozen=True)
class Penalty:
    """A sanction the reports name. Declared at top level with a `name` (shared), or inline."""

    name: str | None
    text: str
    citations: tuple[Citation, ...]
    bounds: tuple[Bound, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PenaltyRef:
    """`penalty NAME` inside a provision: a use of a named penalty."""

    name: str
    span: Span | None = field(default=None, compare=False)


Clause = Requirement | Exception_ | Contested | Penalty | PenaltyRef | Note


@dataclass(frozen=True)
class Constraint:
    """Facts that cannot hold together: a scenario whose facts make `expr` false is invalid input
    (`constraint strike.attendance_within_workforce "…": a <= b`). Unknown facts never break it."""

    name: str
    text: str
    expr: Expr
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Body:
    """The clauses of a provision: shared by every report (the provision's own body), or stated
    by one report only (a `version SOURCE { … }` block)."""

    applies: Expr | None = None
    requirements: tuple[Requirement, ...] = ()
    exceptions: tuple[Exception_, ...] = ()
    contested: tuple[Contested, ...] = ()
    penalties: tuple[Penalty | PenaltyRef, ...] = ()
    notes: tuple[Note, ...] = ()

    def clauses(self) -> tuple[Clause, ...]:
        return (
            *self.requirements,
            *self.exceptions,
            *self.contested,
            *self.penalties,
            *self.notes,
        )


@dataclass(frozen=True)
class Version:
    source: str
    body: Body
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Provision:
    id: str
    title: str
    body: Body
    versions: tuple[Version, ...] = ()
    bounds: tuple[Bound, ...] = ()
    aliases: tuple[str, ...] = ()  # other catalogue ids this provision encodes
    file: str = field(default="", compare=False)
    span: Span | None = field(default=None, compare=False)

    @property
    def applies(self) -> Expr | None:
        return self.body.applies

    def bodies(self) -> tuple[tuple[str | None, Body], ...]:
        """The shared body (source None) and each version block's body."""
        return ((None, self.body), *((v.source, v.body) for v in self.versions))


@dataclass(frozen=True)
class Unchecked:
    """A rule the reports state that hrlaw does not check, and why (`because`): a scenario whose
    facts touch it is told so, instead of a silence that would read as "lawful"."""

    id: str
    title: str
    applies: Expr | None
    reason: str | None
    citations: tuple[Citation, ...]
    bounds: tuple[Bound, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Module:
    """What one or more rule files declare, before checking."""

    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    defines: tuple[Define, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    penalties: tuple[Penalty, ...] = ()
    provisions: tuple[Provision, ...] = ()
    unchecked: tuple[Unchecked, ...] = ()
    constraints: tuple[Constraint, ...] = ()

    def __add__(self, other: Module) -> Module:
        return Module(
            self.sources + other.sources,
            self.facts + other.facts,
            self.defines + other.defines,
            self.parameters + other.parameters,
            self.penalties + other.penalties,
            self.provisions + other.provisions,
            self.unchecked + other.unchecked,
            self.constraints + other.constraints,
        )
