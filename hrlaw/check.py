"""IR -> checked rule book: names, types and units, duplicates, citations, dangling references.

Every problem in the whole rule base is collected and raised once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from hrlaw import model as m
from hrlaw.diagnostics import Diagnostic, HrlawError, did_you_mean
from hrlaw.source import Span

_QUANTITIES = {
    m.Kind.INTEGER,
    m.Kind.NUMBER,
    m.Kind.DURATION,
    m.Kind.MONEY,
    m.Kind.PERCENT,
    m.Kind.DATE,
    m.Kind.DATETIME,
}
_ORDERED = _QUANTITIES


@dataclass(frozen=True)
class CheckedBook:
    """A rule base that passed every check: the vocabulary and the provisions, typed."""

    sources: dict[str, m.Source]
    facts: dict[str, m.Fact]
    defines: dict[str, m.Define]
    define_types: dict[str, m.Type]
    provisions: tuple[m.Provision, ...]
    warnings: tuple[Diagnostic, ...] = field(default=())


def _numeric_join(a: m.Type, b: m.Type) -> m.Type:
    return m.INTEGER if a.kind is b.kind is m.Kind.INTEGER else m.NUMBER


def arith_type(op: str, a: m.Type, b: m.Type) -> m.Type | None:
    """The type of `a op b`, or None when the units do not combine."""
    ka, kb = a.kind, b.kind
    if a.numeric and b.numeric:
        return m.NUMBER if op == "/" else _numeric_join(a, b)
    K = m.Kind
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


class _Checker:
    def __init__(self, module: m.Module) -> None:
        self.module = module
        self.errors: list[Diagnostic] = []
        self.sources: dict[str, m.Source] = {}
        self.facts: dict[str, m.Fact] = {}
        self.defines: dict[str, m.Define] = {}
        self.define_types: dict[str, m.Type] = {}

    def error(self, code: str, message: str, span: Span | None, help: str | None = None) -> None:
        self.errors.append(Diagnostic(code, message, span, help))

    # ------------------------------------------------------------------ tables
    def declare(self) -> None:
        for src in self.module.sources:
            if src.id in self.sources:
                self.duplicate("source", src.id, src.span, self.sources[src.id].span)
                continue
            self.sources[src.id] = src
            if src.year is None or src.covers_from is None or src.covers_to is None:
                self.error(
                    "HR312",
                    f"source `{src.id}` needs `year` and `covers FROM to TO`",
                    src.span,
                    "e.g. `year 2021  covers 2021-01-01 to 2021-12-31`",
                )
            elif src.covers_from > src.covers_to:
                self.error(
                    "HR312",
                    f"source `{src.id}` covers a period that ends before it starts",
                    src.span,
                )
        for fact in self.module.facts:
            if "." not in fact.name:
                self.error(
                    "HR313",
                    f"fact name `{fact.name}` needs a namespace",
                    fact.span,
                    f"write e.g. `case.{fact.name}`",
                )
            if fact.name in self.facts:
                self.duplicate("fact", fact.name, fact.span, self.facts[fact.name].span)
                continue
            self.facts[fact.name] = fact
        for d in self.module.defines:
            if d.name in self.facts or d.name in self.defines:
                prior = self.facts.get(d.name) or self.defines[d.name]
                self.duplicate("name", d.name, d.span, prior.span)
                continue
            self.defines[d.name] = d

    def duplicate(self, what: str, name: str, span: Span | None, first: Span | None) -> None:
        where = f"first defined at {first.location()}" if first is not None else None
        self.error("HR302", f"{what} `{name}` is defined twice", span, where)

    # ------------------------------------------------------------------ expressions
    def names(self) -> Iterable[str]:
        return [*self.facts, *self.defines]

    def ref_type(self, ref: m.Ref) -> m.Type | None:
        if ref.name in self.facts:
            return self.facts[ref.name].type
        if ref.name in self.defines:
            return self.define_types.get(ref.name)  # None: its own error is reported
        self.error(
            "HR301",
            f"unknown fact `{ref.name}`",
            ref.span,
            did_you_mean(ref.name, self.names()) or "declare it with `fact` or `define`",
        )
        return None

    def define_type(self, name: str) -> m.Type | None:
        """Type a definition; called in dependency order, so what it uses is typed already."""
        if name in self.define_types:
            return self.define_types[name]
        typ = self.infer(self.defines[name].expr)
        if typ is not None:
            if typ.kind in (m.Kind.SYMBOL, m.Kind.SYMBOLS):
                self.error(
                    "HR303",
                    f"`{name}` must have a type of its own",
                    self.defines[name].span,
                    "a definition cannot be a bare enumeration value",
                )
                return None
            self.define_types[name] = typ
        return typ

    def expect(self, expr: m.Expr, want: m.Type, what: str) -> None:
        got = self.infer(expr)
        if got is not None and got.kind is not want.kind:
            self.error(
                "HR303",
                f"{what} must be {want}, not {got}",
                expr.span,
                "write a condition such as `x <= 48 hours` or `x is hazardous`"
                if want.kind is m.Kind.BOOL
                else None,
            )

    def infer(self, e: m.Expr) -> m.Type | None:
        if isinstance(e, m.Literal):
            return e.type
        if isinstance(e, m.Ref):
            return self.ref_type(e)
        if isinstance(e, m.Symbol):
            return m.SYMBOL
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
            if t is not None and t.kind not in (
                m.Kind.INTEGER,
                m.Kind.NUMBER,
                m.Kind.DURATION,
                m.Kind.MONEY,
                m.Kind.PERCENT,
            ):
                self.error("HR303", f"cannot negate a {t}", e.span)
                return None
            return t
        if isinstance(e, m.If):
            self.expect(e.cond, m.BOOL, "the condition of `if`")
            a, b = self.infer(e.then), self.infer(e.orelse)
            if a is None or b is None:
                return None
            if a.numeric and b.numeric:
                return _numeric_join(a, b)
            if a != b:
                self.error(
                    "HR303",
                    f"the branches of `if` differ: {a} and {b}",
                    e.span,
                    "both branches must have the same type",
                )
                return None
            return a
        if isinstance(e, m.Arith):
            return self.arith(e)
        if isinstance(e, m.Compare):
            self.compare(e)
            return m.BOOL
        self.member(e)
        return m.BOOL

    def arith(self, e: m.Arith) -> m.Type | None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return None
        result = arith_type(e.op, a, b)
        if result is None:
            code = "HR304" if a.kind in _QUANTITIES and b.kind in _QUANTITIES else "HR303"
            self.error(code, f"cannot compute {a} {e.op} {b}", e.span, _arith_help(e.op, a, b))
        return result

    def compare(self, e: m.Compare) -> None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return
        K = m.Kind
        if b.kind is K.SYMBOL and a.kind is not K.SYMBOL:
            a, b, sym = b, a, e.right
        else:
            sym = e.left
        if a.kind is K.SYMBOL:  # enumeration value against an enumeration fact
            if e.op not in ("=", "!="):
                self.error("HR303", "enumeration values can only be compared with `is`", e.span)
            elif b.kind is not K.ENUM:
                self.error("HR303", f"cannot compare a {b} with an enumeration value", e.span)
            else:
                assert isinstance(sym, m.Symbol)
                self.symbol_in(sym.name, sym.span, b)
            return
        if e.op in ("=", "!=") and (a == b or (a.numeric and b.numeric)):
            return
        if e.op not in ("=", "!=") and (
            (a.numeric and b.numeric) or (a == b and a.kind in _ORDERED)
        ):
            return
        if e.op in ("=", "!=") and a.kind is K.SET and b.kind is K.SYMBOLS:
            self.symbols_in(e.right, a)
            return
        code = "HR304" if a.kind in _QUANTITIES and b.kind in _QUANTITIES else "HR303"
        self.error(
            code,
            f"cannot compare {a} with {b}",
            e.span,
            "compare like with like, e.g. a duration with `48 hours`, money with `1000 tenge`",
        )

    def member(self, e: m.Member) -> None:
        a, b = self.infer(e.left), self.infer(e.right)
        if a is None or b is None:
            return
        K = m.Kind
        if e.op in ("in", "not in"):
            if a.kind is not K.ENUM:
                self.error(
                    "HR303",
                    f"`{e.op}` needs an enumeration on its left, not {a}",
                    e.left.span,
                    "use `includes any of` for a set",
                )
            elif b.kind is K.SYMBOLS:
                self.symbols_in(e.right, a)
            elif not (b.kind is K.SET and b.values == a.values):
                self.error(
                    "HR303",
                    f"`{e.op}` needs a set such as `{{a, b}}` on its right, not {b}",
                    e.right.span,
                )
            return
        if a.kind is not K.SET:
            self.error(
                "HR303",
                f"`{e.op} of` needs a set on its left, not {a}",
                e.left.span,
                "use `in` for a single enumeration value",
            )
        elif b.kind is K.SYMBOLS:
            self.symbols_in(e.right, a)
        elif b != a:
            self.error(
                "HR303", f"`{e.op} of` needs a set of the same values, not {b}", e.right.span
            )

    def symbols_in(self, e: m.Expr, t: m.Type) -> None:
        if isinstance(e, m.SymbolSet):
            for name in e.names:
                self.symbol_in(name, e.span, t)

    def symbol_in(self, name: str, span: Span | None, t: m.Type) -> None:
        if name not in t.values:
            self.error(
                "HR308",
                f"`{name}` is not one of {{{', '.join(t.values)}}}",
                span,
                did_you_mean(name, t.values) or "add it to the fact's values",
            )

    # ------------------------------------------------------------------ provisions
    def provisions(self) -> tuple[m.Provision, ...]:
        seen: dict[str, m.Provision] = {}
        for p in self.module.provisions:
            if p.id in seen:
                self.duplicate("provision", p.id, p.span, seen[p.id].span)
                continue
            seen[p.id] = p
            if "." not in p.id:
                self.error(
                    "HR313",
                    f"provision id `{p.id}` needs a domain prefix",
                    p.span,
                    f"e.g. `detention.{p.id}`",
                )
            if p.applies is not None:
                self.expect(p.applies, m.BOOL, "`applies when`")
            if not p.versions:
                self.error(
                    "HR311",
                    f"provision `{p.id}` has no version",
                    p.span,
                    "add `version kz2021 { require ... }`",
                )
            versions: dict[str, m.Version] = {}
            for v in p.versions:
                if v.source in versions:
                    self.duplicate(
                        f"version of `{p.id}` for", v.source, v.span, versions[v.source].span
                    )
                versions[v.source] = v
                self.version(p, v)
        return tuple(seen.values())

    def version(self, p: m.Provision, v: m.Version) -> None:
        if v.source not in self.sources:
            self.error(
                "HR306",
                f"version names undeclared source `{v.source}`",
                v.span,
                did_you_mean(v.source, self.sources) or "declare it with `source`",
            )
        if v.applies is not None:
            self.expect(v.applies, m.BOOL, "`applies when`")
        reqs: dict[str, m.Requirement] = {}
        for r in v.requirements:
            if r.id in reqs:
                self.duplicate("requirement", r.id, r.span, reqs[r.id].span)
            reqs[r.id] = r
            self.expect(r.expr, m.BOOL, f"requirement `{r.id}`")
            self.cited(r.citations, f"requirement `{r.id}`", r.span)
            self.template(r.explain, r.expr, r.span)
        if not v.requirements:
            self.error("HR311", f"version `{v.source}` of `{p.id}` has no requirement", v.span)
        clauses: list[m.Exception_ | m.Contested] = [*v.exceptions, *v.contested]
        for x in clauses:
            kind = "exception" if isinstance(x, m.Exception_) else "contested clause"
            if x.target not in reqs:
                self.error(
                    "HR307",
                    f"{kind} for unknown requirement `{x.target}`",
                    x.span,
                    did_you_mean(x.target, reqs) or "name a requirement of this version",
                )
            self.expect(x.when, m.BOOL, f"the condition of the {kind}")
            if isinstance(x, m.Exception_) and x.replacement is not None:
                self.expect(x.replacement, m.BOOL, "the replacement requirement")
            self.cited(x.citations, kind, x.span)
            self.template(x.explain, x.replacement if isinstance(x, m.Exception_) else None, x.span)
        for pen in v.penalties:
            self.cited(pen.citations, "penalty", pen.span)

    def cited(self, citations: tuple[m.Citation, ...], what: str, span: Span | None) -> None:
        if not citations:
            self.error(
                "HR305",
                f"{what} has no citation",
                span,
                'add `cite kz2021 "Section ..." "verbatim quote"`',
            )
        for c in citations:
            if c.source not in self.sources:
                self.error(
                    "HR306",
                    f"citation names undeclared source `{c.source}`",
                    c.span,
                    did_you_mean(c.source, self.sources) or "declare it with `source`",
                )
            if not c.quote.strip():
                self.error("HR305", "citation has an empty quote", c.span)

    def template(self, text: str | None, expr: m.Expr | None, span: Span | None) -> None:
        if text is None:
            return
        for slot in m.PLACEHOLDER.findall(text):
            if slot in m.COMPARISON_SLOTS:
                if not isinstance(expr, m.Compare):
                    self.error(
                        "HR310",
                        f"`{{{slot}}}` needs a comparison requirement",
                        span,
                        "use `{fact.name}` placeholders for other requirements",
                    )
            elif slot not in self.facts and slot not in self.defines and slot not in m.ANY_SLOTS:
                self.error(
                    "HR310",
                    f"unknown placeholder `{{{slot}}}` in explanation",
                    span,
                    did_you_mean(slot, [*self.names(), *m.COMPARISON_SLOTS])
                    or "use {value}, {limit}, {margin} or {fact.name}",
                )

    def definition_order(self) -> list[str]:
        """Definitions in dependency order, found without recursion. Cycles and chains that
        nest too deeply are reported; the names returned are safe to type and evaluate."""
        deps = {n: sorted(m.refs(d.expr) & self.defines.keys()) for n, d in self.defines.items()}
        users: dict[str, list[str]] = {n: [] for n in deps}
        for name, needs in deps.items():
            for need in needs:
                users[need].append(name)
        waiting = {n: len(needs) for n, needs in deps.items()}
        depth = {n: expr_depth(d.expr) for n, d in self.defines.items()}
        ready = [n for n, count in waiting.items() if count == 0]
        order: list[str] = []
        while ready:
            name = ready.pop()
            order.append(name)
            for user in users[name]:
                depth[user] = max(depth[user], depth[name] + expr_depth(self.defines[user].expr))
                waiting[user] -= 1
                if waiting[user] == 0:
                    ready.append(user)
        for name in (n for n in deps if waiting[n] > 0):
            cycle, at = [name], deps[name][0]
            while at not in cycle:  # follow the unresolved dependencies until one repeats
                cycle.append(at)
                at = next(d for d in deps[at] if waiting[d] > 0)
            loop = cycle[cycle.index(at) :]
            shown = " -> ".join([*loop, at])
            self.error(
                "HR309",
                f"`{name}` is defined in terms of itself: {shown}"
                if name in loop
                else f"`{name}` depends on a recursive definition: {shown}",
                self.defines[name].span,
                "definitions may not be recursive",
            )
        deep = {n for n in order if depth[n] > MAX_NESTING}
        for name in sorted(deep):
            self.error(
                "HR207",
                f"`{name}` nests more than {MAX_NESTING} levels deep through other definitions",
                self.defines[name].span,
                "flatten the chain of definitions",
            )
        return [n for n in order if n not in deep]

    def run(self) -> CheckedBook:
        self.declare()
        for name in self.definition_order():
            self.define_type(name)
        if self.errors:  # provisions cannot be checked against broken definitions
            raise HrlawError(self.errors)
        provisions = self.provisions()
        if self.errors:
            raise HrlawError(self.errors)
        return CheckedBook(self.sources, self.facts, self.defines, self.define_types, provisions)


MAX_NESTING = 100  # levels of expression nesting, counted through definitions


def expr_depth(expr: m.Expr) -> int:
    """How deeply an expression nests (iteratively: expressions can be deep)."""
    deepest = 0
    stack: list[tuple[m.Expr, int]] = [(expr, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in m.children(node))
    return deepest


def _arith_help(op: str, a: m.Type, b: m.Type) -> str:
    if {a.kind, b.kind} == {m.Kind.DATE, m.Kind.DATETIME}:
        return "make both facts dates, or both datetimes"
    if op in "+-" and a.kind in _QUANTITIES and b.kind in _QUANTITIES:
        return "add and subtract like with like; a date or datetime moves by a duration"
    return "multiply a quantity by a number or percent; divide like by like"


def check(module: m.Module) -> CheckedBook:
    return _Checker(module).run()
