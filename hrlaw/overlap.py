"""Can two conditions hold at once? A small, sound prover of disjointness.

`disjoint(a, b)` is True only when no facts satisfy both `a` and `b`: some conjunct of `a`
contradicts some conjunct of `b` (`x is p` / `x is q`, `x < 16` / `x >= 16`, `b` / `not b`,
disjoint sets of values). Anything it cannot prove is treated as a possible overlap, so the checker
errs on the side of asking the author for a priority.
"""

from __future__ import annotations

from hrlaw import model as m
from hrlaw.ops import compare

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


def conjuncts(e: m.Expr) -> list[m.Expr]:
    """The top-level `and` terms of a condition."""
    out: list[m.Expr] = []
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, m.Logic) and node.op == "and":
            stack.extend((node.right, node.left))
        else:
            out.append(node)
    return out


def disjoint(a: m.Expr, b: m.Expr) -> bool:
    return any(_contradict(x, y) for x in conjuncts(a) for y in conjuncts(b))


def _contradict(x: m.Expr, y: m.Expr) -> bool:
    if (isinstance(x, m.Not) and x.operand == y) or (isinstance(y, m.Not) and y.operand == x):
        return True
    vx, vy = _values(x), _values(y)
    if vx is not None and vy is not None and vx[0] == vy[0]:
        return not (vx[1] & vy[1]) if vx[2] and vy[2] else _excluded(vx, vy)
    bx, by = _bound(x), _bound(y)
    if bx is not None and by is not None and bx[0] == by[0]:
        return _empty(bx[1], bx[2], by[1], by[2])
    return False


_Values = tuple[m.Expr, frozenset[str], bool]  # subject, values, True: `in` / False: `not in`


def _values(e: m.Expr) -> _Values | None:
    """An enumeration test as (subject, values, positive)."""
    if isinstance(e, m.Compare) and e.op in ("=", "!="):
        subject, other = (e.left, e.right) if isinstance(e.right, m.Symbol) else (e.right, e.left)
        if isinstance(other, m.Symbol):
            return subject, frozenset({other.name}), e.op == "="
    if isinstance(e, m.Member) and e.op in ("in", "not in") and isinstance(e.right, m.SymbolSet):
        return e.left, frozenset(e.right.names), e.op == "in"
    return None


def _excluded(x: _Values, y: _Values) -> bool:
    """`in P` against `not in N`: contradictory when every value of P is excluded by N."""
    if x[2] == y[2]:
        return False  # two exclusions never contradict
    positive, negative = (x, y) if x[2] else (y, x)
    return positive[1] <= negative[1]


def _bound(e: m.Expr) -> tuple[m.Expr, str, object] | None:
    """A comparison of something with a constant, as (subject, op, constant)."""
    if not isinstance(e, m.Compare) or e.op == "!=":
        return None
    if isinstance(e.right, m.Literal) and not isinstance(e.left, m.Literal):
        return e.left, e.op, e.right.value
    if isinstance(e.left, m.Literal) and not isinstance(e.right, m.Literal):
        return e.right, _FLIP[e.op], e.left.value
    return None


def _empty(op1: str, c1: object, op2: str, c2: object) -> bool:
    """Whether `v op1 c1 and v op2 c2` has no solution (over a dense order, which is sound for
    integers too: it only misses contradictions, never invents them)."""
    try:
        lo1, hi1 = _interval(op1, c1)
        lo2, hi2 = _interval(op2, c2)
        lo = _max_lower(lo1, lo2)
        hi = _min_upper(hi1, hi2)
        if lo is None or hi is None:
            return False
        if compare("<", hi[0], lo[0]):
            return True
        return bool(compare("=", hi[0], lo[0]) and (lo[1] or hi[1]))
    except (TypeError, AssertionError):
        return False


Limit = tuple[object, bool] | None  # (value, strict)


def _interval(op: str, c: object) -> tuple[Limit, Limit]:
    if op == "<":
        return None, (c, True)
    if op == "<=":
        return None, (c, False)
    if op == ">":
        return (c, True), None
    if op == ">=":
        return (c, False), None
    return (c, False), (c, False)


def _max_lower(a: Limit, b: Limit) -> Limit:
    if a is None or b is None:
        return a or b
    if compare(">", a[0], b[0]):
        return a
    if compare("<", a[0], b[0]):
        return b
    return a[0], a[1] or b[1]


def _min_upper(a: Limit, b: Limit) -> Limit:
    if a is None or b is None:
        return a or b
    if compare("<", a[0], b[0]):
        return a
    if compare(">", a[0], b[0]):
        return b
    return a[0], a[1] or b[1]
