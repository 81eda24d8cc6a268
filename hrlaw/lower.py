"""Lark tree -> IR. The only module that sees the parse tree.

Lowering rejects what the grammar accepts but the language does not (unknown units, impossible
dates, duplicate enumeration values) and attaches a span to every IR node.
"""

from __future__ import annotations

from datetime import date, datetime

from lark import Token, Tree

from hrlaw import model as m
from hrlaw.diagnostics import Diagnostic, HrlawError, did_you_mean
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

    def error(self, code: str, message: str, node: Node, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, self.span(node), help))

    def string(self, tok: Node) -> str:
        assert isinstance(tok, Token)
        body = tok[1:-1]
        return body.replace('\\"', '"').replace("\\\\", "\\")

    @staticmethod
    def trees(node: Tree[Token], name: str) -> list[Tree[Token]]:
        return [c for c in node.children if isinstance(c, Tree) and c.data == name]

    def citations(self, node: Tree[Token]) -> tuple[m.Citation, ...]:
        return tuple(
            m.Citation(
                str(c.children[0]),
                self.string(c.children[1]),
                self.string(c.children[2]),
                self.span(c),
            )
            for c in self.trees(node, "citation")
        )

    def explain(self, node: Tree[Token]) -> str | None:
        found = self.trees(node, "explain")
        for extra in found[1:]:
            self.error("HR206", "more than one `explain`", extra, "keep one explanation")
        return self.string(found[0].children[0]) if found else None

    def parse_date(self, tok: Token) -> date | None:
        try:
            if tok.type == "DATETIME":
                return datetime.fromisoformat(str(tok))
            return date.fromisoformat(str(tok))
        except ValueError:
            self.error(
                "HR202", f"`{tok}` is not a real date", tok, "write YYYY-MM-DD, e.g. 2021-06-10"
            )
            return None

    # ------------------------------------------------------------------ declarations
    def module(self, tree: Tree[Token]) -> m.Module:
        sources: list[m.Source] = []
        facts: list[m.Fact] = []
        defines: list[m.Define] = []
        provisions: list[m.Provision] = []
        for item in tree.children:
            assert isinstance(item, Tree)
            if item.data == "source_decl":
                sources.append(self.source(item))
            elif item.data == "fact_decl":
                facts.append(self.fact(item))
            elif item.data == "define_decl":
                defines.append(self.define(item))
            elif item.data == "provision":
                provisions.append(self.provision(item))
        return m.Module(tuple(sources), tuple(facts), tuple(defines), tuple(provisions))

    def source(self, node: Tree[Token]) -> m.Source:
        name, title, *fields = node.children
        year: int | None = None
        start = end = None
        for f in fields:
            assert isinstance(f, Tree)
            if f.data == "source_year":
                tok = f.children[0]
                assert isinstance(tok, Token)
                if "." in tok:
                    self.error("HR205", f"`{tok}` is not a year", tok)
                else:
                    year = int(tok)
            else:
                a, b = f.children
                assert isinstance(a, Token) and isinstance(b, Token)
                start, end = self.parse_date(a), self.parse_date(b)
        return m.Source(str(name), self.string(title), year, start, end, self.span(node))

    def fact(self, node: Tree[Token]) -> m.Fact:
        name, type_node, *rest = node.children
        assert isinstance(type_node, Tree)
        type_ = self.type_(type_node)
        unit: str | None = None
        question: str | None = None
        for part in rest:
            assert isinstance(part, Tree)
            if part.data == "unit":
                unit = self.unit_word(part.children[0], type_)
            elif part.data == "ask":
                question = self.string(part.children[0])
        return m.Fact(str(name), type_, unit, question, self.span(node))

    def unit_word(self, tok: Node, type_: m.Type) -> str | None:
        word = str(tok)
        if type_.kind is m.Kind.DURATION:
            unit = canonical_unit(word)
            if unit in _TIME_DISPLAY:
                return unit
            self.error(
                "HR201",
                f"unknown time unit `{word}`",
                tok,
                did_you_mean(word, _TIME_DISPLAY) or f"use one of: {', '.join(_TIME_DISPLAY)}",
            )
            return None
        if type_.kind in (m.Kind.INTEGER, m.Kind.NUMBER):
            return word
        self.error(
            "HR201",
            f"a `{type_}` fact takes no unit",
            tok,
            "units are for durations (`in hours`) and counts (`in years`, `in persons`)",
        )
        return None

    def type_(self, node: Tree[Token]) -> m.Type:
        if node.data == "basic_type":
            return _BASIC[str(node.children[0])]
        symbols = node.children[0]
        assert isinstance(symbols, Tree)
        values = self.symbols(symbols)
        return m.Type(m.Kind.ENUM if node.data == "enum_type" else m.Kind.SET, values)

    def symbols(self, node: Tree[Token]) -> tuple[str, ...]:
        seen: list[str] = []
        for tok in node.children:
            name = str(tok)
            if "." in name:
                self.error(
                    "HR205",
                    f"`{name}` is not a plain word",
                    tok,
                    "enumeration values are single lowercase words such as `heavy_manual`",
                )
            elif name in seen:
                self.error("HR204", f"`{name}` is listed twice", tok)
            else:
                seen.append(name)
        return tuple(seen)

    def define(self, node: Tree[Token]) -> m.Define:
        name, expr, *rest = node.children
        meaning = None
        if rest:
            assert isinstance(rest[0], Tree)
            meaning = self.string(rest[0].children[0])
        return m.Define(str(name), self.expr(expr), meaning, self.span(node))

    def provision(self, node: Tree[Token]) -> m.Provision:
        name, title, *items = node.children
        applies: m.Expr | None = None
        versions: list[m.Version] = []
        for item in items:
            assert isinstance(item, Tree)
            if item.data == "applies":
                if applies is not None:
                    self.error(
                        "HR206",
                        "more than one `applies when`",
                        item,
                        "combine the conditions with `and`",
                    )
                applies = self.expr(item.children[0])
            else:
                versions.append(self.version(item))
        return m.Provision(
            str(name), self.string(title), applies, tuple(versions), self.file.name, self.span(node)
        )

    def version(self, node: Tree[Token]) -> m.Version:
        source, *items = node.children
        applies: m.Expr | None = None
        reqs: list[m.Requirement] = []
        excs: list[m.Exception_] = []
        cons: list[m.Contested] = []
        pens: list[m.Penalty] = []
        for item in items:
            assert isinstance(item, Tree)
            kind = item.data
            if kind == "applies":
                applies = self.expr(item.children[0])
            elif kind == "requirement":
                rid, text, expr = item.children[:3]
                reqs.append(
                    m.Requirement(
                        str(rid),
                        self.string(text),
                        self.expr(expr),
                        self.citations(item),
                        self.explain(item),
                        self.span(item),
                    )
                )
            elif kind == "exception":
                target, text, when, effect = item.children[:4]
                assert isinstance(effect, Tree)
                repl = self.expr(effect.children[0]) if effect.data == "replace" else None
                excs.append(
                    m.Exception_(
                        str(target),
                        self.string(text),
                        self.expr(when),
                        repl,
                        self.citations(item),
                        self.explain(item),
                        self.span(item),
                    )
                )
            elif kind == "contested":
                target, text, when = item.children[:3]
                cons.append(
                    m.Contested(
                        str(target),
                        self.string(text),
                        self.expr(when),
                        self.citations(item),
                        self.explain(item),
                        self.span(item),
                    )
                )
            elif kind == "penalty":
                pens.append(
                    m.Penalty(self.string(item.children[0]), self.citations(item), self.span(item))
                )
        return m.Version(
            str(source),
            applies,
            tuple(reqs),
            tuple(excs),
            tuple(cons),
            tuple(pens),
            self.span(node),
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
                "HR207",
                f"expression nested more than {MAX_EXPR_DEPTH} levels deep",
                node,
                "split it into named parts with `define`",
            )
            raise _TooDeep
        if isinstance(node, Token):  # a bare token only appears through grammar inlining
            return m.Ref(str(node), span)
        kind, kids = node.data, node.children
        if kind in ("and_", "or_"):
            return m.Logic(
                kind[:-1],
                self._expr(depth=depth + 1, node=kids[0]),
                self._expr(depth=depth + 1, node=kids[1]),
                span,
            )
        if kind == "not_":
            return m.Not(self._expr(depth=depth + 1, node=kids[0]), span)
        if kind == "neg":
            return m.Neg(self._expr(depth=depth + 1, node=kids[0]), span)
        if kind == "if_expr":
            return m.If(
                self._expr(depth=depth + 1, node=kids[0]),
                self._expr(depth=depth + 1, node=kids[1]),
                self._expr(depth=depth + 1, node=kids[2]),
                span,
            )
        if kind in ("compare", "arith"):
            return (m.Compare if kind == "compare" else m.Arith)(
                str(kids[1]),
                self._expr(depth=depth + 1, node=kids[0]),
                self._expr(depth=depth + 1, node=kids[2]),
                span,
            )
        if kind in ("is_", "is_not"):
            return m.Compare(
                "=" if kind == "is_" else "!=",
                self._expr(depth=depth + 1, node=kids[0]),
                self._expr(depth=depth + 1, node=kids[1]),
                span,
            )
        if kind in ("in_", "not_in", "includes_all", "includes_any"):
            op = {
                "in_": "in",
                "not_in": "not in",
                "includes_all": "includes all",
                "includes_any": "includes any",
            }[kind]
            return m.Member(
                op,
                self._expr(depth=depth + 1, node=kids[0]),
                self._expr(depth=depth + 1, node=kids[1]),
                span,
            )
        if kind == "ref":
            name = str(kids[0])
            return m.Ref(name, span) if "." in name else m.Symbol(name, span)
        if kind == "set_literal":
            inner = kids[0]
            names = self.symbols(inner) if isinstance(inner, Tree) else ()
            return m.SymbolSet(names, span)
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
        amount = parse_number(str(kids[0]))
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
            self.error(
                "HR201",
                f"unknown unit `{word}`",
                kids[1],
                suggest_unit(word),
            )
            return m.Literal(amount, m.NUMBER, None, span)
        try:
            value, typ = quantity(amount, unit)
        except ValueError as exc:
            self.error("HR205", str(exc), kids[0], "write whole months, or use days")
            return m.Literal(amount, m.NUMBER, None, span)
        return m.Literal(value, typ, unit, span)


def lower(file: SourceFile, tree: Tree[Token]) -> m.Module:
    """Lower a parse tree; raise HrlawError with every problem found."""
    lowerer = _Lowerer(file)
    try:
        module = lowerer.module(tree)
    except RecursionError:
        raise HrlawError(
            [
                Diagnostic(
                    "HR101",
                    "an expression is nested too deeply",
                    path=file.name,
                    help="split it with `define`",
                )
            ]
        ) from None
    if lowerer.errors:
        raise HrlawError(lowerer.errors)
    return module
