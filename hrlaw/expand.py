"""Checked expressions made ready to evaluate under one law: each call of a parameterised
definition replaced by its body (arguments put in place of its parameters), and each parameter of
the law replaced by its value under that law, as a literal.

The definitions were checked to be non-recursive and bounded in depth, so expansion terminates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from hrlaw import model as m


class Expander:
    def __init__(self, macros: Mapping[str, m.Define], values: Mapping[str, m.Expr]) -> None:
        self.macros = macros
        self.values = values  # parameter name -> its value (a literal) under the law

    def expr(self, e: m.Expr, scope: Mapping[str, m.Expr] | None = None) -> m.Expr:
        """`e` with calls expanded and parameters replaced; `scope` binds a definition's own
        parameters (written as bare words in its body) to the arguments of a call."""
        if isinstance(e, m.Ref):
            return self.values.get(e.name, e)
        if isinstance(e, m.Symbol):
            return scope[e.name] if scope and e.name in scope else e
        if isinstance(e, m.Call):
            macro = self.macros[e.name]
            args = tuple(self.expr(a, scope) for a in e.args)
            inner = {p.name: a for p, a in zip(macro.params, args, strict=True)}
            return self.expr(macro.expr, inner)
        kids = m.children(e)
        if not kids:
            return e
        new = tuple(self.expr(k, scope) for k in kids)
        if all(a is b for a, b in zip(new, kids, strict=True)):
            return e
        if isinstance(e, m.Not | m.Neg):
            return dataclasses.replace(e, operand=new[0])
        if isinstance(e, m.If):
            return dataclasses.replace(e, cond=new[0], then=new[1], orelse=new[2])
        assert isinstance(e, m.Logic | m.Arith | m.Compare | m.Member)
        return dataclasses.replace(e, left=new[0], right=new[1])
