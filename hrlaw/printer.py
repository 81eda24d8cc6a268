"""IR -> rule text in the canonical layout (`hrlaw fmt`).

The printer works from the lowered IR, so `parse(print(parse(x)))` equals `parse(x)`; comments are
taken from the text and kept before the declaration or clause they precede (a comment at the end of
a line of code moves to a line of its own). Layout rules:

* top-level declarations keep the author's order and at most one blank line between them;
* inside a provision: `since`/`until`, `applies when` and the notes first; then each requirement
  followed by its exceptions and contested clauses, one blank line apart; then the penalties; then
  the version blocks;
* a declaration that fits in 100 columns stays on one line; a long `or`/`and` chain is broken before
  each operator; consecutive citations of the same words in several reports share one `cite`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from hrlaw import model as m
from hrlaw.lower import lower
from hrlaw.parser import parse
from hrlaw.source import SourceFile, Span
from hrlaw.values import MONTHS, SECONDS, Duration, Money, Percent

WIDTH = 100
_INDENT = "  "

# binding strength of each expression form; a child weaker than its slot needs parentheses
_IF, _OR, _AND, _NOT, _CMP, _SUM, _PRODUCT, _UNARY, _ATOM = range(9)


@dataclass(frozen=True)
class Comment:
    offset: int
    text: str


def comments(text: str) -> list[Comment]:
    """Every `#` comment of a rule file (strings are single-line and `"`-delimited)."""
    found: list[Comment] = []
    offset = 0
    for line in text.split("\n"):  # only `\n` ends a line for the lexer (and a string)
        in_string = escaped = False
        for i, ch in enumerate(line):
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch == "#":
                found.append(Comment(offset + i, line[i:].rstrip()))
                break
        offset += len(line) + 1
    return found


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _decimal(value: Fraction | int) -> str:
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = value.numerator // value.denominator
    rest = value - whole
    digits = ""
    while rest and len(digits) < 40:
        rest *= 10
        digit = rest.numerator // rest.denominator
        digits += str(digit)
        rest -= digit
    return f"{sign}{whole}.{digits}"


def _amount(amount: Fraction, unit: str) -> str:
    word = unit[:-1] if amount == 1 and unit.endswith("s") else unit
    return f"{_decimal(amount)} {word}"


def literal(e: m.Literal) -> str:
    v = e.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Duration):
        unit = e.unit or "hours"
        if unit in MONTHS:
            return _amount(Fraction(v.months, MONTHS[unit]), unit)
        return _amount(v.seconds / SECONDS[unit], unit)
    if isinstance(v, Money):
        return f"{_decimal(v.amount)} tenge"
    if isinstance(v, Percent):
        return f"{_decimal(v.value)}%"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S" if v.second else "%Y-%m-%dT%H:%M")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, int | Fraction):
        text = _decimal(v)
        # a `number` literal keeps a decimal point, or it would read back as an `integer`
        return text + ".0" if e.type.kind is m.Kind.NUMBER and "." not in text else text
    return str(v)


def _strength(e: m.Expr) -> int:
    if isinstance(e, m.If):
        return _IF
    if isinstance(e, m.Logic):
        return _OR if e.op == "or" else _AND
    if isinstance(e, m.Not):
        return _NOT
    if isinstance(e, m.Compare | m.Member):
        return _CMP
    if isinstance(e, m.Arith):
        return _SUM if e.op in "+-" else _PRODUCT
    if isinstance(e, m.Neg):
        return _UNARY
    return _ATOM


def expr(e: m.Expr) -> str:
    """An expression on one line, with the parentheses its structure needs and no more."""

    def slot(child: m.Expr, at_least: int) -> str:
        text = expr(child)
        return f"({text})" if _strength(child) < at_least else text

    if isinstance(e, m.Literal):
        return literal(e)
    if isinstance(e, m.Ref | m.Symbol):
        return e.name
    if isinstance(e, m.SymbolSet):
        return "{" + ", ".join(e.names) + "}"
    if isinstance(e, m.Call):
        return f"{e.name}({', '.join(expr(a) for a in e.args)})"
    if isinstance(e, m.Not):  # `not (x in {…})`: the brackets say what `not` covers
        return f"not {slot(e.operand, _SUM)}"
    if isinstance(e, m.Neg):
        return f"-{slot(e.operand, _UNARY)}"
    if isinstance(e, m.If):
        return f"if {slot(e.cond, _OR)} then {slot(e.then, _OR)} else {slot(e.orelse, _IF)}"
    if isinstance(e, m.Logic):
        # an `and` inside an `or` is always bracketed, for the reader's sake
        strength = _OR if e.op == "or" else _AND
        bar = _NOT if e.op == "or" else strength
        return f"{slot(e.left, bar)} {e.op} {slot(e.right, max(bar, strength + 1))}"
    if isinstance(e, m.Arith):
        strength = _strength(e)
        return f"{slot(e.left, strength)} {e.op} {slot(e.right, strength + 1)}"
    if isinstance(e, m.Compare):
        op = e.op
        if isinstance(e.left, m.Symbol) or isinstance(e.right, m.Symbol):
            op = "is" if op == "=" else "is not" if op == "!=" else op
        return f"{slot(e.left, _SUM)} {op} {slot(e.right, _SUM)}"
    assert isinstance(e, m.Member)
    return f"{slot(e.left, _SUM)} {e.op}{' of' if 'includes' in e.op else ''} {slot(e.right, _SUM)}"


def expr_lines(e: m.Expr, indent: str, lead: str = "") -> list[str]:
    """An expression after `lead`, broken before each top-level `or`/`and` when too long."""
    one = indent + lead + expr(e)
    if len(one) <= WIDTH or not isinstance(e, m.Logic):
        return [one]
    op, operands = e.op, _chain(e)
    strength = _OR if op == "or" else _AND
    bar = _NOT if op == "or" else strength
    texts = [f"({expr(x)})" if _strength(x) < max(bar, strength + (i > 0)) else expr(x)
             for i, x in enumerate(operands)]  # fmt: skip
    first = texts[0]
    return [indent + lead + first, *(f"{indent}{_INDENT}{op} {t}" for t in texts[1:])]


def _chain(e: m.Logic) -> list[m.Expr]:
    """The operands of a left-leaning chain of one operator: `a or b or c` -> [a, b, c]."""
    out: list[m.Expr] = []
    node: m.Expr = e
    while isinstance(node, m.Logic) and node.op == e.op:
        out.append(node.right)
        node = node.left
    out.append(node)
    return out[::-1]


def type_text(t: m.Type, labels: tuple[tuple[str, str], ...]) -> tuple[str, list[str]]:
    """A type on one line, and the lines of its values when they must go one per line."""
    if t.kind not in (m.Kind.ENUM, m.Kind.SET):
        return str(t), []
    words = dict(labels)
    items = [f"{v} {quote(words[v])}" if v in words else v for v in t.values]
    head = "one of" if t.kind is m.Kind.ENUM else "set of"
    return f"{head} {{{', '.join(items)}}}", [f"{head} {{", *(f"{i}," for i in items), "}"]


class Printer:
    def __init__(self, file: SourceFile) -> None:
        self.file = file
        self.text = file.text
        self.last = 0  # where the last top-level thing printed ends, in the source
        self.pending = comments(file.text)
        self.out: list[str] = []

    # ------------------------------------------------------------------ output helpers
    def emit(self, line: str) -> None:
        self.out.append(line.rstrip())

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def comments_before(self, span: Span | None, indent: str) -> None:
        """Print the comments that come before `span` (all that remain, when None); at the top
        level, a blank line the author left before a comment is kept."""
        limit = span.start if span is not None else len(self.file.text) + 1
        while self.pending and self.pending[0].offset < limit:
            comment = self.pending.pop(0)
            if not indent and self.text.count("\n", self.last, comment.offset) >= 2:
                self.blank()
            self.emit(indent + comment.text)
            self.last = comment.offset

    def gap_before(self, span: Span | None) -> None:
        """One blank line where the author left at least one before a declaration."""
        if span is None:
            return
        start = min([span.start, *(c.offset for c in self.pending if c.offset < span.start)])
        if self.out and self.text.count("\n", self.last, start) >= 2:
            self.blank()

    # ------------------------------------------------------------------ the file
    def module(self, module: m.Module) -> str:
        items: list[_Decl] = [
            *module.sources,
            *module.facts,
            *module.defines,
            *module.parameters,
            *module.penalties,
            *module.provisions,
            *module.unchecked,
            *module.constraints,
        ]
        items.sort(key=lambda d: d.span.start if d.span is not None else 0)
        for item in items:
            self.gap_before(item.span)
            self.comments_before(item.span, "")
            if item.span is not None and self.text.count("\n", self.last, item.span.start) >= 2:
                self.blank()
            self.decl(item)
            self.last = item.span.end if item.span is not None else self.last
        self.comments_before(None, "")
        while self.out and self.out[-1] == "":
            self.out.pop()
        return "\n".join(self.out) + "\n" if self.out else ""

    def decl(self, d: _Decl) -> None:
        if isinstance(d, m.Source):
            self.source(d)
        elif isinstance(d, m.Fact):
            self.fact(d)
        elif isinstance(d, m.Define):
            self.define(d)
        elif isinstance(d, m.Parameter):
            self.parameter(d)
        elif isinstance(d, m.Penalty):
            self.penalty(d, "")
        elif isinstance(d, m.Unchecked):
            self.unchecked(d)
        elif isinstance(d, m.Constraint):
            self.constraint(d)
        else:
            self.provision(d)

    def unchecked(self, u: m.Unchecked) -> None:
        self.emit(f"unchecked {u.id} {quote(u.title)} {{")
        self.bounds(u.bounds, _INDENT)
        if u.applies is not None:
            self.comments_before(u.applies.span, _INDENT)
            for line in expr_lines(u.applies, _INDENT, "applies when "):
                self.emit(line)
        if u.reason is not None:
            self.emit(f"{_INDENT}because {quote(u.reason)}")
        self.citations(u.citations, _INDENT)
        self.comments_before(_end(u.span), _INDENT)
        self.emit("}")

    def source(self, s: m.Source) -> None:
        self.emit(f"source {s.id} {quote(s.title)} {{")
        inner = _INDENT
        if s.year is not None:
            self.emit(f"{inner}year {s.year}")
        if s.covers_from is not None and s.covers_to is not None:
            self.emit(f"{inner}covers {s.covers_from.isoformat()} to {s.covers_to.isoformat()}")
        if s.address is not None:
            self.emit(f"{inner}address {quote(s.address)}")
        for section in s.sections:
            self.comments_before(section.span, inner)
            self.emit(f"{inner}section {section.key} {quote(section.heading)}")
        self.comments_before(_end(s.span), inner)
        self.emit("}")

    def fact(self, f: m.Fact) -> None:
        one, many = type_text(f.type, f.labels)
        unit = f" in {f.unit}" if f.unit else ""
        unit += _range(f)
        ask = f" ask {quote(f.question)}" if f.question is not None else ""
        head = f"fact {f.name}: {one}{unit}"
        if len(head + ask) <= WIDTH:
            self.emit(head + ask)
            return
        if len(head) <= WIDTH or not many:
            self.emit(head)
        else:
            self.emit(f"fact {f.name}: {many[0]}")
            for item in many[1:-1]:
                self.emit(_INDENT + item)
            close = f"{many[-1]}{unit}"
            if len(close + ask) <= WIDTH:  # `} ask "…"`, as a one-line fact ends
                self.emit(close + ask)
                return
            self.emit(close)
        if f.question is not None:
            self.emit(f"{_INDENT}ask {quote(f.question)}")

    def constraint(self, c: m.Constraint) -> None:
        self.emit(f"constraint {c.name} {quote(c.text)}:")
        for line in expr_lines(c.expr, _INDENT):
            self.emit(line)

    def define(self, d: m.Define) -> None:
        params = ""
        if d.params:
            params = "(" + ", ".join(f"{p.name}: {type_text(p.type, ())[0]}" for p in d.params)
            params += ")"
        head = f"define {d.name}{params} = "
        lines = expr_lines(d.expr, "", head)
        if len(lines) > 1 or len(lines[0]) > WIDTH:
            self.emit(head.rstrip())
            for line in expr_lines(d.expr, _INDENT):
                self.emit(line)
        else:
            self.emit(lines[0])
        if d.meaning is not None:
            self.emit(f"{_INDENT}means {quote(d.meaning)}")

    def parameter(self, p: m.Parameter) -> None:
        unit = f" in {p.unit}" if p.unit else ""
        self.emit(f"parameter {p.name}: {type_text(p.type, ())[0]}{unit}")
        if p.meaning is not None:
            self.emit(f"{_INDENT}means {quote(p.meaning)}")
        for row in p.rows:
            self.comments_before(row.span, _INDENT)
            key = row.source if row.source is not None else f"from {_day(row.day)}"
            self.emit(f"{_INDENT}{key} {expr(row.value)}")
            self.citations(row.citations, _INDENT * 2)

    def penalty(self, p: m.Penalty, indent: str) -> None:
        name = f" {p.name}" if p.name is not None else ""
        self.emit(f"{indent}penalty{name} {quote(p.text)}")
        self.bounds(p.bounds, indent + _INDENT)
        self.citations(p.citations, indent + _INDENT)

    # ------------------------------------------------------------------ provisions
    def provision(self, p: m.Provision) -> None:
        self.emit(f"provision {p.id} {quote(p.title)} {{")
        self.bounds(p.bounds, _INDENT)
        if p.aliases:
            self.emit(f"{_INDENT}alias {', '.join(p.aliases)}")
        self.body(p.body, _INDENT)
        for v in p.versions:
            self.blank()
            self.comments_before(v.span, _INDENT)
            self.emit(f"{_INDENT}version {v.source} {{")
            self.body(v.body, _INDENT * 2)
            self.comments_before(_end(v.span), _INDENT * 2)
            self.emit(f"{_INDENT}}}")
        self.comments_before(_end(p.span), _INDENT)
        self.emit("}")

    def body(self, b: m.Body, indent: str) -> None:
        if b.applies is not None:
            self.comments_before(b.applies.span, indent)
            for line in expr_lines(b.applies, indent, "applies when "):
                self.emit(line)
        for note in b.notes:
            self.comments_before(note.span, indent)
            self.emit(f"{indent}note {quote(note.text)}")
            self.bounds(note.bounds, indent + _INDENT)
            self.citations(note.citations, indent + _INDENT)
        placed: set[int] = set()
        targeted: list[m.Exception_ | m.Contested] = [
            *(x for x in b.exceptions if not x.shared),
            *b.contested,
        ]
        for req in b.requirements:
            self.requirement(req, indent)
            for x in targeted:
                if x.target == req.id:
                    placed.add(id(x))
                    self.clause(x, indent)
        for x in targeted:
            if id(x) not in placed:
                self.clause(x, indent)
        # an exception written once for several requirements: after them all
        groups: dict[m.Exception_, list[str]] = {}
        for x in b.exceptions:
            if x.shared:
                groups.setdefault(dataclasses.replace(x, target=""), []).append(x.target)
        for x, targets in groups.items():
            self.clause(x, indent, targets)
        refs: list[str] = []
        first = True
        for pen in b.penalties:
            if first:
                self.blank()
                first = False
            self.comments_before(pen.span, indent)
            if isinstance(pen, m.PenaltyRef):
                refs.append(pen.name)
                continue
            if refs:
                self.emit(f"{indent}penalty {', '.join(refs)}")
                refs = []
            self.penalty(pen, indent)
        if refs:
            self.emit(f"{indent}penalty {', '.join(refs)}")

    def requirement(self, r: m.Requirement, indent: str) -> None:
        self.blank()
        self.comments_before(r.span, indent)
        self.emit(f"{indent}require {r.id} {quote(r.text)}:")
        for line in expr_lines(r.expr, indent + _INDENT):
            self.emit(line)
        self.bounds(r.bounds, indent + _INDENT)
        self.citations(r.citations, indent + _INDENT)
        if r.explain is not None:
            self.emit(f"{indent}{_INDENT}explain {quote(r.explain)}")

    def clause(
        self, x: m.Exception_ | m.Contested, indent: str, targets: list[str] | None = None
    ) -> None:
        self.blank()
        self.comments_before(x.span, indent)
        kind = "exception" if isinstance(x, m.Exception_) else x.keyword
        target = ", ".join(targets) if targets else x.target
        self.emit(f"{indent}{kind} {x.label} for {target} {quote(x.text)}")
        inner = indent + _INDENT
        self.bounds(x.bounds, inner)
        for line in expr_lines(x.when, inner, "when "):
            self.emit(line)
        if isinstance(x, m.Exception_):
            if x.replacement is None:
                self.emit(f"{inner}waived")
            else:
                for line in expr_lines(x.replacement, inner, "require "):
                    self.emit(line)
            if x.priority_over:
                self.emit(f"{inner}priority over {', '.join(x.priority_over)}")
        self.citations(x.citations, inner)
        if x.explain is not None:
            self.emit(f"{inner}explain {quote(x.explain)}")

    def bounds(self, bounds: Iterable[m.Bound], indent: str) -> None:
        for b in bounds:
            self.comments_before(b.span, indent)
            self.emit(f"{indent}{b.kind} {b.source if b.source is not None else _day(b.day)}")

    def citations(self, citations: Iterable[m.Citation], indent: str) -> None:
        group: list[m.Citation] = []
        for c in citations:
            aliased = group and c.alias is not None and group[-1].alias is not None
            if aliased and c.quote == group[-1].quote:
                group.append(c)
                continue
            self.cite(group, indent)
            group = [c]
        self.cite(group, indent)

    def cite(self, group: list[m.Citation], indent: str) -> None:
        if not group:
            return
        self.comments_before(group[0].span, indent)
        first = group[0]
        if first.alias is None:
            self.emit(f"{indent}cite {first.source} {quote(first.section)} {quote(first.quote)}")
            return
        names = ", ".join(f"{c.source}.{c.alias}" if c.alias else c.source for c in group)
        self.emit(f"{indent}cite {names} {quote(first.quote)}")


_Decl = (
    m.Source
    | m.Fact
    | m.Define
    | m.Parameter
    | m.Penalty
    | m.Provision
    | m.Unchecked
    | m.Constraint
)


def _range(f: m.Fact) -> str:
    """` from 0 to 150`, ` at least 0`, ` at most 10`, or nothing."""
    number = _decimal
    if f.minimum is not None and f.maximum is not None:
        return f" from {number(f.minimum)} to {number(f.maximum)}"
    if f.minimum is not None:
        return f" at least {number(f.minimum)}"
    if f.maximum is not None:
        return f" at most {number(f.maximum)}"
    return ""


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "?"


def _end(span: Span | None) -> Span | None:
    """A span at the closing brace of a block: comments before it belong inside the block."""
    if span is None:
        return None
    return Span(span.file, max(span.start, span.end - 1), span.end)


def format_module(module: m.Module, file: SourceFile) -> str:
    """The canonical text of a lowered rule file."""
    return Printer(file).module(module)


def format_text(file: SourceFile) -> str:
    """The canonical text of a rule file; HrlawError when it does not parse or lower."""
    return format_module(lower(file, parse(file)), file)
