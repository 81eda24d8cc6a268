"""Types and units of expressions and text templates, against a rule base's names.

`Typer.infer` gives an expression's type or None (after reporting why); it never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from hrlaw import model as m
from hrlaw.diagnostics import Code, Diagnostic, did_you_mean
from hrlaw.source import Span

K = m.Kind
QUANTITIES = {K.INTEGER, K.NUMBER, K.DURATION, K.MONEY, K.PERCENT, K.DATE, K.DATETIME}
_NEGATABLE = {K.INTEGER, K.NUMBER, K.DURATION, K.MONEY, K.PERCENT}


def numeric_join(a: m.Type, b: m.Type) -> m.Type:
    return m.INTEGER if a.kind is b.kind is K.INTEGER else m.NUMBER


def arith_type(op: str, a: m.Type, b: m.Type) -> m.Type | None:
    """The type of `a op b`, or None when the units do not combine."""
    ka, kb = a.kind, b.kind
    if a.numeric and b.numeric:
        return m.NUMBER if op == "/" else numeric_join(a, b)
    if op in "+-":
        if ka is kb and ka in (K.DURATION, K.MONEY, K.PERCENT):
            return a
        if ka in (K.DATE, K.DATETIME) and kb is K.DURATION:
            return a
        if op == "+" and ka is K.DURATION and kb in (K.DATE, K.DATETIME):
            return b
        if op == "-" and ka is kb and ka in (K.DATE, K.DATETIME):
            return m.DURATION
        return None
    if op == "*":
        for x, y in ((a, b), (b, a)):
            if x.kind in (K.DURATION, K.MONEY) and (y.numeric or y.kind is K.PERCENT):
                return x
        if ka is kb is K.PERCENT:
            return a
        if K.PERCENT in (ka, kb) and (a.numeric or b.numeric):
            return m.NUMBER
        return None
    # division
    if ka in (K.DURATION, K.MONEY) and (b.numeric or kb is K.PERCENT):
        return a
    if ka is kb and ka in (K.DURATION, K.MONEY, K.PERCENT):
        return m.NUMBER
    if ka is K.PERCENT and b.numeric:
        return a
    return None


def assignable(want: m.Type, got: m.Type) -> bool:
    """Whether a value of type `got` may stand where `want` is declared."""
    if want.numeric and got.numeric:
        return want.kind is K.NUMBER or got.kind is K.INTEGER
    if got.kind is K.SYMBOL:
        return want.kind is K.ENUM
    if got.kind is K.SYMBOLS:
        return want.kind is K.SET
    return want == got


@dataclass
class Typer:
    """Types expressions against facts, derived facts, parameters and parameterised definitions."""

    facts: Mapping[str, m.Fact]
    defines: Mapping[str, m.Define]  # derived facts
    define_types: Mapping[str, m.Type]  # derived facts typed so far
    parameters: Mapping[str, m.Parameter]
    macros: Mapping[str, m.Define]
    macro_types: Mapping[str, m.Type]  # parameterised definitions typed so far
    errors: list[Diagnostic] = field(default_factory=list)
    scope: dict[str, m.Type] = field(default_factory=dict)  # the parameters of a definition

    def error(self, code: Code, message: str, span: Span | None, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, span, help))

    def names(self) -> list[str]:
        return [*self.facts, *self.defines, *self.parameters]

    def expect(self, expr: m.Expr, want: m.Type, what: str) -> None:
        got = self.infer(expr)
        if got is not None and got.kind is not want.kind:
            self.error(
                Code.TYPE_MISMATCH,
                f"{what} must be {want}, not {got}",
                expr.span,
                "write a condition such as `x <= 48 hours` or `x is hazardous`"
                if want.kind is K.BOOL
                else None,
            )

    def infer(self, e: m.Expr) -> m.Type | None:
        if isinstance(e, m.Literal):
            return e.type
        if isinstance(e, m.Ref):
            return self.ref(e)
        if isinstance(e, m.Symbol):
            return self.scope.get(e.name, m.SYMBOL)
        if isinstance(e, m.SymbolSet):
            return m.SYMBOLS
        if isinstance(e, m.Not):
            self.expect(e.operand, m.BOOL, "the operand of `not`")
            return m.BOOL
        if isinstance(e, m.Logic):
            self.expect(e.left, m.BOOL, f"each side of `{e.op}`")
            self.expect(e.right, m.BOOL, f"each side of `{e.op}`")
            return m.BOOL
        if isinstance(e, m.Neg):
            t = self.infer(e.operand)
            if t is not None and t.kind not in _NEGATABLE:
                self.error(Code.TYPE_MISMATCH, f"cannot negate a {t}", e.span)
                return None
            return t
        if isinstance(e, m.If):
            return self.if_(e)
        if isinstance(e, m.Arith):
            return self.arith(e)
        if isinstance(e, m.Compare):
            self.compare(e)
            return m.BOOL
        if isinstance(e, m.Call):
            return self.call(e)
        self.member(e)
        return m.BOOL

    def ref(self, ref: m.Ref) -> m.Type | None:
        if ref.name in self.facts:
            return self.facts[ref.name].type
        if ref.name in self.parameters:
            return self.parameters[ref.name].type
        if ref.name in self.defines:
            return self.define_types.get(ref.name)  # None: its own error is reported
        if ref.name in self.macros:
            self.error(
                Code.INVALID_CALL,
                f"`{ref.name}` needs arguments",
                ref.span,
                f"call it: `{ref.name}(…)` with {len(self.macros[ref.name].params)} argument(s)",
            )
            return None
        self.error(
            Code.UNKNOWN_NAME,
            f"unknown fact `{ref.name}`",
            ref.span,
            did_you_mean(ref.name, self.names()) or "declare it with `fact` or `define`",
        )
        return None

    def call(self, e: m.Call) -> m.Type | None:
        macro = self.macros.get(e.name)
        if macro is None:
            self.error(
                Code.INVALID_CALL,
                f"`{e.name}` is not a definition with parameters",
                e.span,
                did_you_mean(e.name, self.macros) or "declare it with `define NAME(x: type) = …`",
            )
            return None
        if len(e.args) != len(macro.params):
            self.error(
                Code.INVALID_CALL,
                f"`{e.name}` takes {len(macro.params)} argument(s), not {len(e.args)}",
                e.span,
            )
            return None
        for arg, param in zip(e.args, macro.params, strict=True):
            got = self.infer(arg)
            if got is not None and not assignable(param.type, got):
                self.error(
                    Code.INVALID_CALL,
                    f"argument `{param.name}` of `{e.name}` must be {param.type}, not {got}",
                    arg.span,
                )
        return self.macro_types.get(e.name)

    def if_(self, e: m.If) -> m.Type | None:
        self.expect(e.cond, m.BOOL, "the condition of `if`")
        a, b = self.infer(e.then), self.infer(e.orelse)
        if a is None or b is None:
            return None
        if a.numeric and b.numeric:
            return numeric_join(a, b)
        if a != b:
            self.error(
                Code.TYPE_MISMATCH,
                f"the branches of `if` differ: {a} and {b}",
                e.span,
                "both branches must have the same type",
            )
            return None
        return a

    def arith(self, e: m.Arith) -> m.Type | None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return None
        result = arith_type(e.op, a, b)
        if result is None:
            quantities = a.kind in QUANTITIES and b.kind in QUANTITIES
            code = Code.UNIT_MISMATCH if quantities else Code.TYPE_MISMATCH
            self.error(code, f"cannot compute {a} {e.op} {b}", e.span, _arith_help(e.op, a, b))
        return result

    def compare(self, e: m.Compare) -> None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return
        if b.kind is K.SYMBOL and a.kind is not K.SYMBOL:
            a, b, sym = b, a, e.right
        else:
            sym = e.left
        if a.kind is K.SYMBOL:  # enumeration value against an enumeration fact
            if e.op not in ("=", "!="):
                self.error(
                    Code.TYPE_MISMATCH, "enumeration values can only be compared with `is`", e.span
                )
            elif b.kind is not K.ENUM:
                self.error(
                    Code.TYPE_MISMATCH, f"cannot compare {b} with an enumeration value", e.span
                )
            else:
                assert isinstance(sym, m.Symbol)
                self.symbol_in(sym.name, sym.span, b)
            return
        if e.op in ("=", "!=") and (a == b or (a.numeric and b.numeric)):
            return
        ordered = (a.numeric and b.numeric) or (a == b and a.kind in QUANTITIES)
        if e.op not in ("=", "!=") and ordered:
            return
        if e.op in ("=", "!=") and a.kind is K.SET and b.kind is K.SYMBOLS:
            self.symbols_in(e.right, a)
            return
        quantities = a.kind in QUANTITIES and b.kind in QUANTITIES
        self.error(
            Code.UNIT_MISMATCH if quantities else Code.TYPE_MISMATCH,
            f"cannot compare {a} with {b}",
            e.span,
            "compare like with like, e.g. a duration with `48 hours`, money with `1000 tenge`",
        )

    def member(self, e: m.Member) -> None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return
        if e.op in ("in", "not in"):
            if a.kind is not K.ENUM:
                self.error(
                    Code.TYPE_MISMATCH,
                    f"`{e.op}` needs an enumeration on its left, not {a}",
                    e.left.span,
                    "use `includes any of` for a set",
                )
            elif b.kind is K.SYMBOLS:
                self.symbols_in(e.right, a)
            elif not (b.kind is K.SET and b.values == a.values):
                self.error(
                    Code.TYPE_MISMATCH,
                    f"`{e.op}` needs a set such as `{{a, b}}` on its right, not {b}",
                    e.right.span,
                )
            return
        if a.kind is not K.SET:
            self.error(
                Code.TYPE_MISMATCH,
                f"`{e.op} of` needs a set on its left, not {a}",
                e.left.span,
                "use `in` for a single enumeration value",
            )
        elif b.kind is K.SYMBOLS:
            self.symbols_in(e.right, a)
        elif b != a:
            self.error(
                Code.TYPE_MISMATCH,
                f"`{e.op} of` needs a set of the same values, not {b}",
                e.right.span,
            )

    def symbols_in(self, e: m.Expr, t: m.Type) -> None:
        if isinstance(e, m.SymbolSet):
            for name in e.names:
                self.symbol_in(name, e.span, t)

    def symbol_in(self, name: str, span: Span | None, t: m.Type) -> None:
        if name not in t.values:
            self.error(
                Code.UNKNOWN_ENUM_VALUE,
                f"`{name}` is not one of {{{', '.join(t.values)}}}",
                span,
                did_you_mean(name, t.values) or "add it to the fact's values",
            )

    # ------------------------------------------------------------------ text templates
    def template(
        self,
        text: str | None,
        span: Span | None,
        *,
        comparison: bool = False,
        facts: bool = True,
        what: str = "explanation",
    ) -> None:
        """Placeholders of an explanation (facts, derived facts, parameters, `{value}` …) or of
        a clause's text (`facts=False`: only parameters, known without the facts of a case)."""
        if text is None:
            return
        allowed: Callable[[str], bool]
        if facts:
            names = {*self.names(), *m.ANY_SLOTS}
            allowed = names.__contains__
        else:
            allowed = self.parameters.__contains__
        for slot in m.PLACEHOLDER.findall(text):
            if slot in m.COMPARISON_SLOTS and facts:
                if not comparison:
                    self.error(
                        Code.INVALID_TEMPLATE,
                        f"`{{{slot}}}` needs a comparison requirement",
                        span,
                        "use `{fact.name}` placeholders for other requirements",
                    )
            elif not allowed(slot):
                pool = self.names() if facts else list(self.parameters)
                self.error(
                    Code.INVALID_TEMPLATE,
                    f"unknown placeholder `{{{slot}}}` in {what}",
                    span,
                    did_you_mean(slot, [*pool, *m.COMPARISON_SLOTS])
                    or (
                        "use {value}, {limit}, {margin} or {fact.name}"
                        if facts
                        else "a clause's text may name only parameters: `{parameter.name}`"
                    ),
                )


def _arith_help(op: str, a: m.Type, b: m.Type) -> str:
    if {a.kind, b.kind} == {K.DATE, K.DATETIME}:
        return "make both facts dates, or both datetimes"
    if op in "+-" and a.kind in QUANTITIES and b.kind in QUANTITIES:
        return "add and subtract like with like; a date or datetime moves by a duration"
    return "multiply a quantity by a number or percent; divide like by like"
