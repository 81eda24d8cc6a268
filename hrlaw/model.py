"""The checked intermediate representation: frozen, typed, free of any parse-tree object.

Spans locate every node for diagnostics but never take part in equality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hrlaw.source import Span
from hrlaw.values import Value

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


Expr = Literal | Symbol | SymbolSet | Ref | Not | Neg | Logic | Arith | Compare | Member | If


def children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Not | Neg):
        return (expr.operand,)
    if isinstance(expr, Logic | Arith | Compare | Member):
        return (expr.left, expr.right)
    if isinstance(expr, If):
        return (expr.cond, expr.then, expr.orelse)
    return ()


def refs(expr: Expr) -> set[str]:
    """Names an expression reads directly (facts or derived facts)."""
    found: set[str] = set()
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, Ref):
            found.add(node.name)
        stack.extend(children(node))
    return found


# ---------------------------------------------------------------------------- declarations
@dataclass(frozen=True)
class Source:
    id: str
    title: str
    year: int | None
    covers_from: date | None
    covers_to: date | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Fact:
    name: str
    type: Type
    unit: str | None
    question: str | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Define:
    name: str
    expr: Expr
    meaning: str | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Citation:
    source: str
    section: str
    quote: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Requirement:
    id: str
    text: str
    expr: Expr
    citations: tuple[Citation, ...]
    explain: str | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Exception_:
    """Under `when`, the target requirement becomes `replacement` (or is waived when None)."""

    target: str
    text: str
    when: Expr
    replacement: Expr | None
    citations: tuple[Citation, ...]
    explain: str | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Contested:
    """The sources contradict each other: under `when`, a failed target is not a violation."""

    target: str
    text: str
    when: Expr
    citations: tuple[Citation, ...]
    explain: str | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Penalty:
    text: str
    citations: tuple[Citation, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Version:
    source: str
    applies: Expr | None
    requirements: tuple[Requirement, ...]
    exceptions: tuple[Exception_, ...]
    contested: tuple[Contested, ...]
    penalties: tuple[Penalty, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Provision:
    id: str
    title: str
    applies: Expr | None
    versions: tuple[Version, ...]
    file: str = field(default="", compare=False)
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Module:
    """What one or more rule files declare, before checking."""

    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    defines: tuple[Define, ...] = ()
    provisions: tuple[Provision, ...] = ()

    def __add__(self, other: Module) -> Module:
        return Module(
            self.sources + other.sources,
            self.facts + other.facts,
            self.defines + other.defines,
            self.provisions + other.provisions,
        )
