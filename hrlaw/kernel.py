"""Verdicts first: a provision's logic under one law, compiled to Python source for exact facts.

The closures of `compile.py` carry three-valued logic, ranges and the facts behind every unknown;
most scenarios need none of that. A kernel evaluates a provision with plain two-valued Python on
facts that are given exactly, and gives up (returns None) the moment it reads a fact that is not
given or is known only in part, or meets an undefined result: the general engine then decides,
with Kleene logic and supervaluation. Both must agree wherever the kernel answers
(`tests/test_kernel.py` checks this differentially).

The source is generated from the checked, expanded IR. It holds only operators, helper names and
indexes into a tuple of constants: fact names, enumeration values and literals reach the code as
`K[i]`, never as text, so nothing a rule author or a scenario writes is ever executed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from hrlaw import model as m
from hrlaw.expand import Expander
from hrlaw.ops import ARITH, compare, neg
from hrlaw.report import Outcome, Verdict
from hrlaw.values import Between, PartialSet

KFn = Callable[[Mapping[str, object], dict[str, object]], object]
_MISSING = object()
_PARTIAL_TYPES = {Between, PartialSet}
_NUM = "num"


class Fallback(Exception):
    """The kernel cannot decide with two-valued logic: the general engine takes over."""


def exact(facts: Mapping[str, object]) -> bool:
    """Whether every fact is known exactly (a kernel may judge them)."""
    return _PARTIAL_TYPES.isdisjoint(map(type, facts.values()))


def _derived(facts: Mapping[str, object], cache: dict[str, object], name: str, body: KFn) -> object:
    value = facts.get(name, _MISSING)
    if value is not _MISSING:  # stated directly in the scenario
        return value
    if name not in cache:
        cache[name] = body(facts, cache)
    return cache[name]


def _compare(op: str, a: object, b: object) -> bool:
    got = compare(op, a, b)
    if got is not True and got is not False:
        raise Fallback
    return got


def _div(a: object, b: object) -> object:
    if b == 0:
        raise Fallback
    return Fraction(a) / b  # type: ignore[call-overload]


def _same(a: object, b: object) -> bool:
    try:
        return compare("=", a, b) is True
    except TypeError:
        return False


_ERRORS = (Fallback, KeyError, ArithmeticError, ValueError, OverflowError, TypeError)
_HELPERS: dict[str, object] = {
    "_d": _derived,
    "_c": _compare,
    "_div": _div,
    "_neg": neg,
    "_A": ARITH,
    "_ERRORS": _ERRORS,
    "_NA": Verdict.NOT_APPLICABLE,
    "_VIOLATION": Verdict.VIOLATION,
    "_COMPLIANT": Verdict.COMPLIANT,
}
_NATIVE = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "=": "==", "!=": "!="}


class Generator:
    """Python source for expressions of one law: one function per expression and per derived
    fact, all in one module."""

    def __init__(
        self,
        facts: Mapping[str, m.Fact],
        defines: Mapping[str, m.Define],
        define_types: Mapping[str, m.Type],
        expander: Expander,
    ) -> None:
        self.facts = facts
        self.defines = defines
        self.define_types = define_types
        self.expander = expander
        self.consts: list[object] = []
        self.index: dict[tuple[type, object], int] = {}
        self.lines: list[str] = []
        self.derived: dict[str, str] = {}
        self.codes: dict[str, str] = {}  # function name -> the expression it returns
        self.count = 0

    def const(self, value: object) -> str:
        key = (type(value), value)  # IR literals are immutable and hashable
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.consts)
            self.consts.append(value)
        return f"K[{found}]"

    def function(self, e: m.Expr) -> str:
        """A function of (facts, cache) computing `e`; returns its name."""
        code, _ = self.expr(self.expander.expr(e))
        name = f"_e{self.count}"
        self.count += 1
        self.codes[name] = code
        self.lines += [f"def {name}(F, C):", f"    return {code}", ""]
        return name

    def verdict(self, applies: str | None, requirements: list[str]) -> str:
        """A function of the facts alone giving the verdict of a provision whose requirements
        have no exception and no contested clause (the functions named), as `verdict_of` finds
        it, in one body: None where the general engine must decide."""
        name = f"_v{self.count}"
        self.count += 1
        body = [f"def {name}(F):", "    C = {}", "    try:"]
        steps = [(applies, "_NA")] if applies is not None else []
        for requirement in requirements:
            steps.append((requirement, "_VIOLATION"))
        for fn, when_false in steps:
            body += [
                f"        v = {self.codes[fn]}",
                "        if v is False:",
                f"            return {when_false}",
                "        if v is not True:",
                "            return None",
            ]
        self.lines += [
            *body,
            "    except _ERRORS:",
            "        return None",
            "    return _COMPLIANT",
            "",
        ]
        return name

    def define(self, name: str) -> str:
        if name not in self.derived:
            fn = f"_g{len(self.derived)}"
            self.derived[name] = fn  # set first: definitions are checked to be non-recursive
            code, _ = self.expr(self.expander.expr(self.defines[name].expr))
            self.lines += [f"def {fn}(F, C):", f"    return {code}", ""]
        return self.derived[name]

    def kind_of(self, t: m.Type | None) -> str:
        if t is None:
            return "other"
        if t.kind in (m.Kind.INTEGER, m.Kind.NUMBER):
            return _NUM
        return {m.Kind.BOOL: "bool", m.Kind.ENUM: "str", m.Kind.SET: "set"}.get(t.kind, "other")

    def expr(self, e: m.Expr) -> tuple[str, str]:
        """(source, kind) of an expanded expression."""
        if isinstance(e, m.Literal):
            value = e.value
            kind = (
                "bool"
                if isinstance(value, bool)
                else _NUM
                if isinstance(value, int | Fraction)
                else "other"
            )
            return self.const(value), kind
        if isinstance(e, m.Symbol):
            return self.const(e.name), "str"
        if isinstance(e, m.SymbolSet):
            return self.const(frozenset(e.names)), "set"
        if isinstance(e, m.Ref):
            if e.name in self.defines:
                fn = self.define(e.name)
                code = f"_d(F, C, {self.const(e.name)}, {fn})"
                return code, self.kind_of(self.define_types.get(e.name))
            fact = self.facts.get(e.name)
            # a fact not given is a KeyError: the general engine decides (facts known in part
            # never reach a kernel: see `Kernel.judge`)
            return f"F[{self.const(e.name)}]", self.kind_of(fact.type if fact else None)
        if isinstance(e, m.Not):
            return f"(not {self.expr(e.operand)[0]})", "bool"
        if isinstance(e, m.Neg):
            code, kind = self.expr(e.operand)
            return (f"(-{code})", kind) if kind == _NUM else (f"_neg({code})", "other")
        if isinstance(e, m.Logic):
            a, b = self.expr(e.left)[0], self.expr(e.right)[0]
            return f"({a} {e.op} {b})", "bool"
        if isinstance(e, m.If):
            c = self.expr(e.cond)[0]
            (t, kt), (f, kf) = self.expr(e.then), self.expr(e.orelse)
            return f"({t} if {c} else {f})", kt if kt == kf else "other"
        if isinstance(e, m.Arith):
            (a, ka), (b, kb) = self.expr(e.left), self.expr(e.right)
            if ka == kb == _NUM:
                if e.op == "/":
                    return f"_div({a}, {b})", _NUM
                return f"({a} {e.op} {b})", _NUM
            return f"_A[{self.const(e.op)}]({a}, {b})", "other"
        if isinstance(e, m.Compare):
            (a, ka), (b, kb) = self.expr(e.left), self.expr(e.right)
            native = ka == kb == _NUM or (
                e.op in ("=", "!=") and ka == kb and ka in ("bool", "str", "set")
            )
            if native:
                return f"({a} {_NATIVE[e.op]} {b})", "bool"
            return f"_c({self.const(e.op)}, {a}, {b})", "bool"
        if isinstance(e, m.Member):
            a, b = self.expr(e.left)[0], self.expr(e.right)[0]
            code = {
                "in": f"({a} in {b})",
                "not in": f"({a} not in {b})",
                "includes all": f"({b} <= {a})",
                "includes any": f"bool({a} & {b})",
            }[e.op]
            return code, "bool"
        raise Fallback  # a call not expanded: the general engine handles it

    def build(self) -> dict[str, KFn]:
        """The functions, by name, compiled from the generated source."""
        namespace: dict[str, object] = {**_HELPERS, "K": tuple(self.consts)}
        source = "\n".join(self.lines)
        # built from checked IR only; every name and value of the rules is an index into K
        exec(compile(source, "<hrlaw kernel>", "exec"), namespace)
        return {k: v for k, v in namespace.items() if k.startswith(("_e", "_v"))}  # type: ignore[misc]


@dataclass(frozen=True)
class KClause:
    label: str
    when: KFn
    replacement: KFn | None
    beats: frozenset[str]


@dataclass(frozen=True)
class KRule:
    requirement: str
    base: KFn
    exceptions: tuple[KClause, ...]
    contested: tuple[KFn, ...]

    @property
    def plain(self) -> bool:
        """No exception and no contested clause: the requirement's value is its outcome."""
        return not self.exceptions and not self.contested


@dataclass(frozen=True)
class Kernel:
    """A provision under one law, for exact facts."""

    applies: KFn | None
    rules: tuple[KRule, ...]
    # the verdict in one generated body, when every requirement is plain (Generator.verdict)
    fused: Callable[[Mapping[str, object]], Verdict | None] | None = None
    plan: tuple[tuple[KRule, bool], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "plan", tuple((rule, rule.plain) for rule in self.rules))

    def judge(self, facts: Mapping[str, object]) -> tuple[Verdict, tuple[Outcome, ...]] | None:
        """The verdict and each requirement's outcome, or None when the general engine must
        decide (a fact not given, an undefined result). The facts must all be exact (no
        `Between`, no `PartialSet`: `exact` tells)."""
        cache: dict[str, object] = {}
        try:
            if self.applies is not None:
                applies = self.applies(facts, cache)
                if applies is False:
                    return Verdict.NOT_APPLICABLE, ()
                if applies is not True:
                    return None
            outcomes = []
            for rule, plain in self.plan:
                if plain:
                    value = rule.base(facts, cache)
                    if value is True:
                        outcomes.append(Outcome.MET)
                    elif value is False:
                        outcomes.append(Outcome.FAILED)
                    else:
                        return None
                else:
                    outcomes.append(_outcome(rule, facts, cache))
        except _ERRORS:
            return None
        done = tuple(outcomes)
        if Outcome.FAILED in done:
            return Verdict.VIOLATION, done
        if Outcome.CONTESTED in done:
            return Verdict.UNDETERMINED, done
        return Verdict.COMPLIANT, done


def verdict_of(kernel: Kernel, facts: Mapping[str, object]) -> Verdict | None:
    """`kernel.judge(facts)`'s verdict alone: it stops at the first requirement that fails (a
    failure is a violation whatever the others say, once the provision applies)."""
    cache: dict[str, object] = {}
    try:
        if kernel.applies is not None:
            applies = kernel.applies(facts, cache)
            if applies is False:
                return Verdict.NOT_APPLICABLE
            if applies is not True:
                return None
        contested = False
        for rule, plain in kernel.plan:
            if plain:
                value = rule.base(facts, cache)
                if value is False:
                    return Verdict.VIOLATION
                if value is not True:
                    return None
                continue
            outcome = _outcome(rule, facts, cache)
            if outcome is Outcome.FAILED:
                return Verdict.VIOLATION
            contested = contested or outcome is Outcome.CONTESTED
    except _ERRORS:
        return None
    return Verdict.UNDETERMINED if contested else Verdict.COMPLIANT


def _bool(value: object) -> bool:
    if value is True or value is False:
        return value
    raise Fallback


def _outcome(rule: KRule, facts: Mapping[str, object], cache: dict[str, object]) -> Outcome:
    """A requirement after its exceptions and contested clauses (as `engine.rule` decides it
    when every value is known)."""
    current = rule.base(facts, cache)
    holding = [x for x in rule.exceptions if _bool(x.when(facts, cache))]
    winners = [x for x in holding if not any(x.label in o.beats for o in holding)]
    decided_by: KClause | None = None
    dispute = False
    if winners:
        values = [
            w.replacement(facts, cache) if w.replacement is not None else True for w in winners
        ]
        if len(winners) == 1 or all(_same(values[0], v) for v in values[1:]):
            current, decided_by = values[0], winners[0]
        else:
            dispute = True
    if not dispute and current is not True and rule.contested:
        conds = [_bool(c(facts, cache)) for c in rule.contested]
        if current is False and any(conds):
            dispute = True
    if decided_by is not None and decided_by.replacement is None and current is True:
        return Outcome.WAIVED
    if dispute:
        return Outcome.CONTESTED
    return Outcome.MET if _bool(current) else Outcome.FAILED
