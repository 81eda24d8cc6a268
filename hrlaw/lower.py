"""Lark tree -> IR. The only module that sees the parse tree.

Lowering rejects what the grammar accepts but the language does not (unknown units, impossible
dates, duplicate enumeration values, misplaced clauses) and attaches a span to every IR node.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from fractions import Fraction

from lark import Token, Tree

from hrlaw import model as m
from hrlaw.diagnostics import Code, Diagnostic, HrlawError, did_you_mean
from hrlaw.source import SourceFile, Span
from hrlaw.units import canonical_unit, parse_number, quantity, suggest_unit
from hrlaw.values import MONTHS, SECONDS

_BASIC = {
    "bool": m.BOOL,
    "integer": m.INTEGER,
    "number": m.NUMBER,
    "duration": m.DURATION,
    "date": m.DATE,
    "datetime": m.DATETIME,
    "money": m.MONEY,
    "percent": m.PERCENT,
}
_TIME_DISPLAY = sorted([*SECONDS, *MONTHS])
MAX_EXPR_DEPTH = 100
MAX_NUMBER_CHARS = 40  # a literal longer than this is a typing mistake (and would be slow to read)
_MEMBER_OPS = {
    "in_": "in",
    "not_in": "not in",
    "includes_all": "includes all",
    "includes_any": "includes any",
}
# which trailing clauses each kind of clause accepts
_ACCEPTS = {
    "requirement": {"citation", "explain", "since", "until"},
    "exception": {"citation", "explain", "since", "until", "priority"},
    "contested": {"citation", "explain", "since", "until"},
    "unsettled": {"citation", "explain", "since", "until"},
    "penalty": {"citation", "since", "until"},
    "note": {"citation", "since", "until"},
}
_CLAUSE_WORD = {
    "citation": "cite",
    "explain": "explain",
    "since": "since",
    "until": "until",
    "priority": "priority over",
}


class _TooDeep(Exception):
    """Unwinds an expression that exceeds MAX_EXPR_DEPTH (already reported)."""


Node = Tree[Token] | Token


class _Lowerer:
    def __init__(self, file: SourceFile) -> None:
        self.file = file
        self.errors: list[Diagnostic] = []

    # ------------------------------------------------------------------ helpers
    def span(self, node: Node) -> Span:
        if isinstance(node, Token):
            start = node.start_pos or 0
            end = node.end_pos if node.end_pos is not None else start + len(node)
            return Span(self.file, start, end)
        meta = node.meta
        if getattr(meta, "empty", True):
            return Span(self.file, 0, 0)
        return Span(self.file, meta.start_pos, meta.end_pos)

    def error(self, code: Code, message: str, node: Node, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, self.span(node), help))

    @staticmethod
    def string(tok: Node) -> str:
        assert isinstance(tok, Token)
        return tok[1:-1].replace('\\"', '"').replace("\\\\", "\\")

    @staticmethod
    def trees(nodes: Sequence[Node], *names: str) -> list[Tree[Token]]:
        return [c for c in nodes if isinstance(c, Tree) and c.data in names]

    def parse_date(self, tok: Token) -> date | None:
        try:
            if tok.type == "DATETIME":
                return datetime.fromisoformat(str(tok))
            return date.fromisoformat(str(tok))
        except ValueError:
            self.error(
                Code.INVALID_DATE,
                f"`{tok}` is not a real date",
                tok,
                "write YYYY-MM-DD, e.g. 2021-06-10",
            )
            return None

    # ------------------------------------------------------------------ trailing clauses
    def clauses(self, kind: str, nodes: list[Node]) -> _Clauses:
        """The trailing clauses of a clause of `kind`; those it does not take are reported."""
        out = _Clauses()
        for node in self.trees(nodes, *_CLAUSE_WORD):
            if node.data not in _ACCEPTS[kind]:
                self.error(
                    Code.MISPLACED_CLAUSE,
                    f"a {kind} takes no `{_CLAUSE_WORD[node.data]}`",
                    node,
                    f"a {kind} takes: "
                    + ", ".join(f"`{_CLAUSE_WORD[k]}`" for k in sorted(_ACCEPTS[kind])),
                )
            elif node.data == "citation":
                out.citations.extend(self.citation(node))
            elif node.data == "explain":
                if out.explain is not None:
                    self.error(Code.MISPLACED_CLAUSE, "more than one `explain`", node, "keep one")
                out.explain = self.string(node.children[0])
            elif node.data == "priority":
                out.priority.extend(str(t) for t in node.children)
            else:
                out.bounds.append(self.bound(node))
        return out

    def citation(self, node: Tree[Token]) -> list[m.Citation]:
        *names, first, second = node.children
        span = self.span(node)
        if second is None:  # `cite kz2021.arrest "quote"`: sections resolved by the checker
            out = []
            for name in names:
                source, _, alias = str(name).partition(".")
                out.append(m.Citation(source, "", self.string(first), alias, span))
            return out
        if len(names) > 1:
            self.error(
                Code.MISPLACED_CLAUSE,
                "a citation with its section written out names one report",
                node,
                'write `cite SOURCE "section" "quote"` once per report, or cite named sections',
            )
        return [m.Citation(str(names[0]), self.string(first), self.string(second), None, span)]

    def bound(self, node: Tree[Token]) -> m.Bound:
        tok = node.children[0]
        assert isinstance(tok, Token)
        if tok.type == "NAME":
            return m.Bound(node.data, str(tok), None, self.span(node))
        return m.Bound(node.data, None, self.parse_date(tok), self.span(node))

    # ------------------------------------------------------------------ declarations
    def module(self, tree: Tree[Token]) -> m.Module:
        sources: list[m.Source] = []
        facts: list[m.Fact] = []
        defines: list[m.Define] = []
        parameters: list[m.Parameter] = []
        penalties: list[m.Penalty] = []
        provisions: list[m.Provision] = []
        unchecked: list[m.Unchecked] = []
        constraints: list[m.Constraint] = []
        for item in tree.children:
            assert isinstance(item, Tree)
            if item.data == "source_decl":
                sources.append(self.source(item))
            elif item.data == "fact_decl":
                facts.append(self.fact(item))
            elif item.data == "define_decl":
                defines.append(self.define(item))
            elif item.data == "parameter_decl":
                parameters.append(self.parameter(item))
            elif item.data == "penalty_decl":
                penalties.append(self.penalty_decl(item))
            elif item.data == "unchecked_decl":
                unchecked.append(self.unchecked(item))
            elif item.data == "constraint_decl":
                name, text, expr = item.children
                constraints.append(
                    m.Constraint(str(name), self.string(text), self.expr(expr), self.span(item))
                )
            else:
                provisions.append(self.provision(item))
        return m.Module(
            tuple(sources),
            tuple(facts),
            tuple(defines),
            tuple(parameters),
            tuple(penalties),
            tuple(provisions),
            tuple(unchecked),
            tuple(constraints),
        )

    def unchecked(self, node: Tree[Token]) -> m.Unchecked:
        name, title, *items = node.children
        applies: m.Expr | None = None
        reason: str | None = None
        citations: list[m.Citation] = []
        for item in self.trees(items, "applies", "because", "citation"):
            if item.data == "applies":
                if applies is not None:
                    self.error(Code.MISPLACED_CLAUSE, "more than one `applies when`", item)
                applies = self.expr(item.children[0])
            elif item.data == "because":
                if reason is not None:
                    self.error(Code.MISPLACED_CLAUSE, "more than one `because`", item)
                reason = self.string(item.children[0])
            else:
                citations.extend(self.citation(item))
        bounds = tuple(self.bound(b) for b in self.trees(items, "since", "until"))
        return m.Unchecked(
            str(name),
            self.string(title),
            applies,
            reason,
            tuple(citations),
            bounds,
            self.span(node),
        )

    def source(self, node: Tree[Token]) -> m.Source:
        name, title, *fields = node.children
        year: int | None = None
        start = end = None
        address: str | None = None
        sections: list[m.Section] = []
        for f in fields:
            assert isinstance(f, Tree)
            if f.data == "source_year":
                tok = f.children[0]
                assert isinstance(tok, Token)
                if "." in tok or len(tok) > 4:
                    self.error(Code.INVALID_NUMBER, f"`{tok}` is not a year", tok)
                else:
                    year = int(tok)
            elif f.data == "source_covers":
                a, b = f.children
                assert isinstance(a, Token) and isinstance(b, Token)
                start, end = self.parse_date(a), self.parse_date(b)
            elif f.data == "source_address":
                address = self.string(f.children[0])
            else:
                key, heading = f.children
                sections.append(m.Section(str(key), self.string(heading), self.span(f)))
        return m.Source(
            str(name),
            self.string(title),
            year,
            start,
            end,
            address,
            tuple(sections),
            self.span(node),
        )

    def fact(self, node: Tree[Token]) -> m.Fact:
        name, type_node, *rest = node.children
        assert isinstance(type_node, Tree)
        type_, labels = self.type_(type_node)
        unit: str | None = None
        question: str | None = None
        low = high = None
        for part in rest:
            if not isinstance(part, Tree):
                continue
            if part.data == "unit":
                unit = self.unit_word(part.children[0], type_)
            elif part.data == "ask":
                question = self.string(part.children[0])
            elif part.data.startswith("range_"):
                low, high = self.value_range(part, type_)
        return m.Fact(str(name), type_, unit, question, labels, self.span(node), low, high)

    def value_range(
        self, node: Tree[Token], type_: m.Type
    ) -> tuple[Fraction | None, Fraction | None]:
        """The declared bounds of an integer or number fact (`from 0 to 150`, `at least 0`)."""
        if not type_.numeric and type_.kind not in (m.Kind.MONEY, m.Kind.PERCENT):
            self.error(
                Code.MISPLACED_CLAUSE,
                f"a `{type_}` fact takes no range",
                node,
                "ranges (`from 0 to 150`, `at least 0`) are for integer, number, money and "
                "percent facts",
            )
            return None, None
        values: list[Fraction] = []
        for child in node.children:
            assert isinstance(child, Tree)
            tok = child.children[0]
            assert isinstance(tok, Token)
            if len(tok) > MAX_NUMBER_CHARS:
                self.error(Code.INVALID_NUMBER, f"the number `{tok}` is too long", tok)
                return None, None
            value = parse_number(str(tok))
            if type_.kind is m.Kind.INTEGER and value.denominator != 1:
                self.error(Code.INVALID_NUMBER, f"`{tok}` is not a whole number", tok,
                           "an integer fact's range is written in whole numbers")  # fmt: skip
                return None, None
            values.append(-value if child.data == "negative_number" else value)
        if node.data == "range_between":
            low, high = values
            if low > high:
                self.error(
                    Code.INVALID_NUMBER,
                    "the range is empty: its lower end is above its upper end",
                    node,
                    "write `from LOW to HIGH`",
                )
                return None, None
            return low, high
        return (values[0], None) if node.data == "range_min" else (None, values[0])

    def unit_word(self, tok: Node, type_: m.Type) -> str | None:
        word = str(tok)
        if type_.kind is m.Kind.DURATION:
            unit = canonical_unit(word)
            if unit in _TIME_DISPLAY:
                return unit
            self.error(
                Code.UNKNOWN_UNIT,
                f"unknown time unit `{word}`",
                tok,
                did_you_mean(word, _TIME_DISPLAY) or f"use one of: {', '.join(_TIME_DISPLAY)}",
            )
            return None
        if type_.kind in (m.Kind.INTEGER, m.Kind.NUMBER):
            return word
        self.error(
            Code.UNKNOWN_UNIT,
            f"a `{type_}` value takes no unit",
            tok,
            "units are for durations (`in hours`) and counts (`in years`, `in persons`)",
        )
        return None

    def type_(self, node: Tree[Token]) -> tuple[m.Type, tuple[tuple[str, str], ...]]:
        if node.data == "basic_type":
            return _BASIC[str(node.children[0])], ()
        symbols = node.children[0]
        assert isinstance(symbols, Tree)
        values: list[str] = []
        labels: list[tuple[str, str]] = []
        for symbol in symbols.children:
            assert isinstance(symbol, Tree)
            tok, words = symbol.children
            name = self.plain_word(tok, values)
            if name is not None:
                values.append(name)
                if words is not None:
                    labels.append((name, self.string(words)))
        kind = m.Kind.ENUM if node.data == "enum_type" else m.Kind.SET
        return m.Type(kind, tuple(values)), tuple(labels)

    def plain_word(self, tok: Node, seen: list[str]) -> str | None:
        name = str(tok)
        if "." in name:
            self.error(
                Code.INVALID_WORD,
                f"`{name}` is not a plain word",
                tok,
                "enumeration values are single lowercase words such as `heavy_manual`",
            )
            return None
        if name in seen:
            self.error(Code.DUPLICATE_ENUM_VALUE, f"`{name}` is listed twice", tok)
            return None
        return name

    def define(self, node: Tree[Token]) -> m.Define:
        name, *rest = node.children
        params: list[m.Param] = []
        meaning = None
        expr: m.Expr | None = None
        for part in rest:
            if isinstance(part, Tree) and part.data == "params":
                for p in part.children:
                    assert isinstance(p, Tree)
                    pname, ptype = p.children
                    assert isinstance(ptype, Tree)
                    params.append(m.Param(str(pname), self.type_(ptype)[0], self.span(p)))
            elif isinstance(part, Tree) and part.data == "meaning":
                meaning = self.string(part.children[0])
            else:
                expr = self.expr(part)
        assert expr is not None
        return m.Define(str(name), expr, meaning, tuple(params), self.span(node))

    def parameter(self, node: Tree[Token]) -> m.Parameter:
        name, type_node, *rest = node.children
        assert isinstance(type_node, Tree)
        type_ = self.type_(type_node)[0]
        unit = meaning = None
        rows: list[m.ParamRow] = []
        for part in rest:
            if not isinstance(part, Tree):
                continue
            if part.data == "unit":
                unit = self.unit_word(part.children[0], type_)
            elif part.data == "meaning":
                meaning = self.string(part.children[0])
            else:
                key, value, *cites = part.children
                assert isinstance(key, Token)
                citations = tuple(
                    c for t in self.trees(cites, "citation") for c in self.citation(t)
                )
                source = str(key) if part.data == "source_row" else None
                day = self.parse_date(key) if part.data == "dated_row" else None
                rows.append(m.ParamRow(source, day, self.expr(value), citations, self.span(part)))
        return m.Parameter(str(name), type_, unit, meaning, tuple(rows), self.span(node))

    def penalty_decl(self, node: Tree[Token]) -> m.Penalty:
        name, text, *rest = node.children
        found = self.clauses("penalty", rest)
        return m.Penalty(
            str(name),
            self.string(text),
            tuple(found.citations),
            tuple(found.bounds),
            self.span(node),
        )

    def provision(self, node: Tree[Token]) -> m.Provision:
        name, title, *items = node.children
        bounds = [self.bound(b) for b in self.trees(items, "since", "until")]
        aliases = [str(t) for a in self.trees(items, "alias") for t in a.children]
        skip = ("since", "until", "alias")
        body_items = [i for i in items if isinstance(i, Tree) and i.data not in skip]
        versions = [self.version(v) for v in self.trees(body_items, "version")]
        body = self.body([i for i in body_items if i.data != "version"])
        return m.Provision(
            str(name),
            self.string(title),
            body,
            tuple(versions),
            tuple(bounds),
            tuple(aliases),
            self.file.name,
            self.span(node),
        )

    def version(self, node: Tree[Token]) -> m.Version:
        source, *items = node.children
        return m.Version(str(source), self.body(self.trees(items, *_BODY)), self.span(node))

    def body(self, items: list[Tree[Token]]) -> m.Body:
        applies: m.Expr | None = None
        reqs: list[m.Requirement] = []
        excs: list[m.Exception_] = []
        cons: list[m.Contested] = []
        pens: list[m.Penalty | m.PenaltyRef] = []
        notes: list[m.Note] = []
        for item in items:
            kind = item.data
            if kind == "applies":
                if applies is not None:
                    self.error(
                        Code.MISPLACED_CLAUSE,
                        "more than one `applies when`",
                        item,
                        "combine the conditions with `and`",
                    )
                applies = self.expr(item.children[0])
            elif kind == "note":
                text, *rest = item.children
                found = self.clauses("note", rest)
                notes.append(
                    m.Note(
                        self.string(text),
                        tuple(found.citations),
                        tuple(found.bounds),
                        self.span(item),
                    )
                )
            elif kind == "requirement":
                rid, text, expr, *rest = item.children
                found = self.clauses("requirement", rest)
                reqs.append(
                    m.Requirement(
                        str(rid),
                        self.string(text),
                        self.expr(expr),
                        tuple(found.citations),
                        found.explain,
                        tuple(found.bounds),
                        self.span(item),
                    )
                )
            elif kind in ("exception", "contested", "unsettled"):
                self.clause(item, excs, cons)
            elif kind == "penalty_ref":
                pens.extend(m.PenaltyRef(str(name), self.span(item)) for name in item.children)
            else:  # penalty_inline
                text, *rest = item.children
                found = self.clauses("penalty", rest)
                pens.append(
                    m.Penalty(
                        None,
                        self.string(text),
                        tuple(found.citations),
                        tuple(found.bounds),
                        self.span(item),
                    )
                )
        # exceptions and contested clauses in the order of their requirements (as `hrlaw fmt`
        # prints them: each after its requirement), stable within one requirement
        order = {r.id: i for i, r in enumerate(reqs)}
        excs.sort(key=lambda x: (order.get(x.target, len(order)), x.shared))
        cons.sort(key=lambda x: order.get(x.target, len(order)))
        return m.Body(applies, tuple(reqs), tuple(excs), tuple(cons), tuple(pens), tuple(notes))

    def clause(self, item: Tree[Token], excs: list[m.Exception_], cons: list[m.Contested]) -> None:
        kind = item.data
        label_node, target_node, text, *rest = item.children
        assert isinstance(label_node, Tree)
        if isinstance(target_node, Tree):  # `exception … for a, b`
            targets = [str(t) for t in target_node.children]
        else:
            targets = [str(target_node)]
        target = targets[0]
        label = str(label_node.children[0]) if label_node.children else ""
        if not label:
            self.error(
                Code.MISSING_LABEL,
                f"this {kind} clause has no label",
                item,
                f"name it: `{kind} LABEL for {target} …`; the label appears in reports and "
                "`priority over LABEL`",
            )
        when_index = next(i for i, c in enumerate(rest) if not isinstance(c, Tree) or c.data
                          not in _CLAUSE_WORD)  # fmt: skip
        before, when, after = rest[:when_index], rest[when_index], rest[when_index + 1 :]
        effect: Node | None = None
        if kind == "exception":
            effect, after = after[0], after[1:]
        found = self.clauses(kind, [*before, *after])
        if kind in ("contested", "unsettled"):
            cons.append(
                m.Contested(
                    label,
                    str(target),
                    self.string(text),
                    self.expr(when),
                    tuple(found.citations),
                    found.explain,
                    tuple(found.bounds),
                    self.span(item),
                    unsettled=kind == "unsettled",
                )
            )
            return
        assert isinstance(effect, Tree)
        replacement = self.expr(effect.children[0]) if effect.data == "replace" else None
        condition = self.expr(when)
        for each in targets:
            excs.append(
                m.Exception_(
                    label,
                    each,
                    self.string(text),
                    condition,
                    replacement,
                    tuple(found.citations),
                    found.explain,
                    tuple(found.bounds),
                    tuple(found.priority),
                    len(targets) > 1,
                    self.span(item),
                )
            )

    # ------------------------------------------------------------------ expressions
    def expr(self, node: Node) -> m.Expr:
        """Lower an expression; one nested too deeply is reported and replaced by `true`."""
        try:
            return self._expr(node, 0)
        except _TooDeep:
            return m.Literal(True, m.BOOL, None, self.span(node))

    def _expr(self, node: Node, depth: int) -> m.Expr:
        """Nesting is limited so that no later phase (checker, compiler) can overflow."""
        span = self.span(node)
        if depth > MAX_EXPR_DEPTH:
            self.error(
                Code.TOO_DEEP,
                f"expression nested more than {MAX_EXPR_DEPTH} levels deep",
                node,
                "split it into named parts with `define`",
            )
            raise _TooDeep
        if isinstance(node, Token):  # a bare token only appears through grammar inlining
            return m.Ref(str(node), span)
        kind, kids = node.data, node.children

        def sub(i: int) -> m.Expr:
            return self._expr(kids[i], depth + 1)

        if kind in ("and_", "or_"):
            return m.Logic(kind[:-1], sub(0), sub(1), span)
        if kind == "not_":
            return m.Not(sub(0), span)
        if kind == "neg":
            return m.Neg(sub(0), span)
        if kind == "if_expr":
            return m.If(sub(0), sub(1), sub(2), span)
        if kind in ("compare", "arith"):
            cls = m.Compare if kind == "compare" else m.Arith
            return cls(str(kids[1]), sub(0), sub(2), span)
        if kind in ("is_", "is_not"):
            return m.Compare("=" if kind == "is_" else "!=", sub(0), sub(1), span)
        if kind in _MEMBER_OPS:
            return m.Member(_MEMBER_OPS[kind], sub(0), sub(1), span)
        if kind == "ref":
            name = str(kids[0])
            return m.Ref(name, span) if "." in name else m.Symbol(name, span)
        if kind == "call":
            args = tuple(self._expr(k, depth + 1) for k in kids[1:])
            return m.Call(str(kids[0]), args, span)
        if kind == "set_literal":
            inner = kids[0]
            names: list[str] = []
            if isinstance(inner, Tree):
                for tok in inner.children:
                    word = self.plain_word(tok, names)
                    if word is not None:
                        names.append(word)
            return m.SymbolSet(tuple(names), span)
        if kind in ("true", "false"):
            return m.Literal(kind == "true", m.BOOL, None, span)
        if kind in ("date", "datetime"):
            tok = kids[0]
            assert isinstance(tok, Token)
            value = self.parse_date(tok)
            typ = m.DATETIME if kind == "datetime" else m.DATE
            return m.Literal(value if value is not None else date(1, 1, 1), typ, None, span)
        return self.literal(kind, kids, span)

    def literal(self, kind: str, kids: list[Node], span: Span) -> m.Expr:
        text = str(kids[0])
        if len(text) > MAX_NUMBER_CHARS:
            self.error(
                Code.INVALID_NUMBER,
                f"the number `{text}` is too long: {len(text):,} characters",
                kids[0],
                f"write at most {MAX_NUMBER_CHARS} digits",
            )
            return m.Literal(0, m.INTEGER, None, span)
        amount = parse_number(text)
        if kind == "number":
            is_int = amount.denominator == 1 and "." not in str(kids[0])
            return m.Literal(
                int(amount) if is_int else amount, m.INTEGER if is_int else m.NUMBER, None, span
            )
        if kind == "percent":
            value, typ = quantity(amount, "%")
            return m.Literal(value, typ, "%", span)
        word = str(kids[1])
        unit = canonical_unit(word)
        if unit is None:
            self.error(Code.UNKNOWN_UNIT, f"unknown unit `{word}`", kids[1], suggest_unit(word))
            return m.Literal(amount, m.NUMBER, None, span)
        try:
            value, typ = quantity(amount, unit)
        except ValueError as exc:
            self.error(Code.INVALID_NUMBER, str(exc), kids[0], "write whole months, or use days")
            return m.Literal(amount, m.NUMBER, None, span)
        return m.Literal(value, typ, unit, span)


_BODY = (
    "applies",
    "note",
    "requirement",
    "exception",
    "contested",
    "unsettled",
    "penalty_inline",
    "penalty_ref",
)


class _Clauses:
    """The trailing clauses of one clause, collected."""

    def __init__(self) -> None:
        self.citations: list[m.Citation] = []
        self.explain: str | None = None
        self.bounds: list[m.Bound] = []
        self.priority: list[str] = []


def lower(file: SourceFile, tree: Tree[Token]) -> m.Module:
    """Lower a parse tree; raise HrlawError with every problem found."""
    lowerer = _Lowerer(file)
    try:
        module = lowerer.module(tree)
    except RecursionError:
        raise HrlawError(
            [
                Diagnostic(
                    Code.TOO_DEEP_TO_PARSE,
                    "an expression is nested too deeply",
                    path=file.name,
                    help="split it with `define`",
                )
            ]
        ) from None
    if lowerer.errors:
        raise HrlawError(lowerer.errors)
    return module
