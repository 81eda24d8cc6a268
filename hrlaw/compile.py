"""Checked IR expressions -> Python closures, built once per rule book.

A compiled expression takes an `Env` (the scenario's typed facts) and returns a value or an
`Unknown` carrying the missing input facts that caused it (Kleene three-valued logic). No syntax
tree is walked at evaluation time; derived facts are computed at most once per scenario.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from hrlaw import model as m
from hrlaw.expand import Expander
from hrlaw.ops import ARITH, UndefinedResult, compare, neg
from hrlaw.values import PartialSet, Unknown, unknown

Result = object  # a Value or an Unknown
Fn = Callable[["Env"], Result]


@dataclass
class Env:
    """The facts of one scenario plus the derived facts computed so far."""

    facts: Mapping[str, object]
    cache: dict[object, Result] = field(default_factory=dict)


class Compiler:
    """Compiles expressions under one law: calls expanded and parameters replaced by `expander`.
    A derived fact that reads a parameter (`law_dependent`) is cached per law (`law`), so one
    scenario can be evaluated under two laws."""

    def __init__(
        self,
        defines: Mapping[str, m.Define],
        expander: Expander | None = None,
        law: object = None,
        law_dependent: frozenset[str] = frozenset(),
    ) -> None:
        self._defines = defines
        self._expander = expander or Expander({}, {})
        self._law = law
        self._law_dependent = law_dependent
        self._define_fns: dict[str, Fn] = {}

    def define(self, name: str) -> Fn:
        if name not in self._define_fns:
            body = self.expr(self._expander.expr(self._defines[name].expr))
            key: object = (self._law, name) if name in self._law_dependent else name

            def derived(env: Env, key: object = key, body: Fn = body, name: str = name) -> Result:
                if name in env.facts:  # stated directly in the scenario
                    return env.facts[name]
                cache = env.cache
                if key not in cache:
                    cache[key] = body(env)
                return cache[key]

            self._define_fns[name] = derived
        return self._define_fns[name]

    def expr(self, e: m.Expr) -> Fn:
        if isinstance(e, m.Literal):
            const: Result = e.value
            return lambda env: const
        if isinstance(e, m.Symbol):
            sym: Result = e.name
            return lambda env: sym
        if isinstance(e, m.SymbolSet):
            syms: Result = frozenset(e.names)
            return lambda env: syms
        if isinstance(e, m.Ref):
            if e.name in self._defines:
                return self.define(e.name)
            name, absent = e.name, Unknown(frozenset({e.name}))
            return lambda env: env.facts.get(name, absent)
        if isinstance(e, m.Not):
            return _not(self.expr(e.operand))
        if isinstance(e, m.Neg):
            return _strict1(neg, self.expr(e.operand))
        if isinstance(e, m.Logic):
            return (_and if e.op == "and" else _or)(self.expr(e.left), self.expr(e.right))
        if isinstance(e, m.If):
            return kleene_if(self.expr(e.cond), self.expr(e.then), self.expr(e.orelse))
        if isinstance(e, m.Arith):
            return _strict2(ARITH[e.op], self.expr(e.left), self.expr(e.right))
        if isinstance(e, m.Compare):
            op = e.op
            return _strict2(lambda a, b: compare(op, a, b), self.expr(e.left), self.expr(e.right))
        if isinstance(e, m.Call):  # only reached by an expression that was not expanded first
            return self.expr(self._expander.expr(e))
        return _strict2(_MEMBER[e.op], self.expr(e.left), self.expr(e.right))


def _in(a: object, b: object) -> bool:
    return a in b  # type: ignore[operator]


def _includes_all(a: object, b: object) -> object:
    assert isinstance(b, frozenset)
    if isinstance(a, PartialSet):  # known in part: decided only by what is known
        if b <= a.included:
            return True
        return False if b & a.excluded else Unknown(a.facts)
    assert isinstance(a, frozenset)
    return b <= a


def _includes_any(a: object, b: object) -> object:
    assert isinstance(b, frozenset)
    if isinstance(a, PartialSet):
        if b & a.included:
            return True
        return False if b <= a.excluded else Unknown(a.facts)
    assert isinstance(a, frozenset)
    return bool(a & b)


_MEMBER: dict[str, Callable[[object, object], object]] = {
    "in": _in,
    "not in": lambda a, b: not _in(a, b),
    "includes all": _includes_all,
    "includes any": _includes_any,
}


def _strict1(op: Callable[[object], object], f: Fn) -> Fn:
    def run(env: Env) -> Result:
        a = f(env)
        return a if isinstance(a, Unknown) else op(a)

    return run


def _strict2(op: Callable[[object, object], object], f: Fn, g: Fn) -> Fn:
    def run(env: Env) -> Result:
        a, b = f(env), g(env)
        if isinstance(a, Unknown) or isinstance(b, Unknown):
            return unknown(*(x for x in (a, b) if isinstance(x, Unknown)))
        try:
            return op(a, b)
        except (UndefinedResult, OverflowError, ValueError):
            # no value (division by zero, a date beyond the calendar): scenario values are
            # range-checked on input, so only extreme rule literals can get here
            return Unknown(frozenset())

    return run


def _not(f: Fn) -> Fn:
    def run(env: Env) -> Result:
        a = f(env)
        return a if isinstance(a, Unknown) else not a

    return run


def _and(f: Fn, g: Fn) -> Fn:
    def run(env: Env) -> Result:
        a = f(env)
        if a is False:
            return False
        b = g(env)
        if b is False:
            return False
        if a is True and b is True:
            return True
        return unknown(*(x for x in (a, b) if isinstance(x, Unknown)))

    return run


def _or(f: Fn, g: Fn) -> Fn:
    def run(env: Env) -> Result:
        a = f(env)
        if a is True:
            return True
        b = g(env)
        if b is True:
            return True
        if a is False and b is False:
            return False
        return unknown(*(x for x in (a, b) if isinstance(x, Unknown)))

    return run


def kleene_if(c: Fn, t: Fn, e: Fn) -> Fn:
    """`if c then t else e`; an unknown condition whose branches agree gives their value."""

    def run(env: Env) -> Result:
        cond = c(env)
        if cond is True:
            return t(env)
        if cond is False:
            return e(env)
        assert isinstance(cond, Unknown)
        a, b = t(env), e(env)
        if not isinstance(a, Unknown) and not isinstance(b, Unknown) and _same(a, b):
            return a
        return unknown(cond, *(x for x in (a, b) if isinstance(x, Unknown)))

    return run


def _same(a: object, b: object) -> bool:
    try:
        return compare("=", a, b) is True
    except TypeError:
        return False


def constant(value: Result) -> Fn:
    return lambda env: value
