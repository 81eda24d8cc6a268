"""The six-rule workload, side by side in one process (run on demand, never in the test suite):

    python benchmarks/six_rules.py [--n 20000] [--seed 1]

Six rules (custody <= 72 hours unless approved; pretrial 2/18 months; minimum working age 16 with
light work from 14; no hazardous work under 18; overtime 1/2 hours a day; workweek 36/40 hours)
over 13 flat bool/integer facts, N random scenarios of which 5% lack 1-3 facts. Each engine's
throughput (CPU time of this process, so other load on the machine counts less) is printed as a
ratio to hand-written Python (1.00 = as fast; higher is faster).

Engines: hand-written Python (Kleene logic, None = unknown); hrlaw `check_many` verdicts-only,
`check_many` with full reports, `book.check` with reports discarded and kept; rule-engine and
zen-engine (`pip install ".[bench]"`), skipped when absent. The peers have no three-valued logic:
a rule reading a missing fact is undetermined for them, so they are compared on complete
scenarios only; hrlaw must agree with hand-written Python on every scenario.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import hrlaw

HERE = Path(__file__).resolve().parent
DAY = date(2017, 6, 1)
V, C, U, N = "violation", "compliant", "undetermined", "not_applicable"
FACTS = (
    "custody.held",
    "custody.hours",
    "custody.approved",
    "pretrial.months",
    "pretrial.extended",
    "worker.employed",
    "worker.age",
    "worker.permission",
    "work.light",
    "work.hazardous",
    "work.heavy",
    "work.weekly_hours",
    "overtime.hours",
)
PROVISIONS = (
    "b.detention",
    "b.pretrial",
    "b.minimum_age",
    "b.hazardous_minors",
    "b.overtime",
    "b.workweek",
)
Facts = dict[str, Any]


def generate(n: int, seed: int) -> list[Facts]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        facts: Facts = {
            "custody.held": rnd.random() < 0.5,
            "custody.hours": rnd.randint(0, 120),
            "custody.approved": rnd.random() < 0.5,
            "pretrial.months": rnd.randint(0, 24),
            "pretrial.extended": rnd.random() < 0.5,
            "worker.employed": rnd.random() < 0.7,
            "worker.age": rnd.randint(10, 20),
            "worker.permission": rnd.random() < 0.5,
            "work.light": rnd.random() < 0.5,
            "work.hazardous": rnd.random() < 0.3,
            "work.heavy": rnd.random() < 0.3,
            "work.weekly_hours": rnd.randint(30, 45),
            "overtime.hours": rnd.randint(0, 4),
        }
        if rnd.random() < 0.05:
            for name in rnd.sample(FACTS, rnd.randint(1, 3)):
                del facts[name]
        out.append(facts)
    return out


# ----------------------------------------------------------------------- hand-written Python
def _and(*xs: bool | None) -> bool | None:
    if any(x is False for x in xs):
        return False
    return None if any(x is None for x in xs) else True


def _or(*xs: bool | None) -> bool | None:
    if any(x is True for x in xs):
        return True
    return None if any(x is None for x in xs) else False


def _not(x: bool | None) -> bool | None:
    return None if x is None else not x


def _cmp(x: int | None, limit: int, op: str) -> bool | None:
    if x is None:
        return None
    return x <= limit if op == "<=" else x >= limit if op == ">=" else x > limit


def _verdict(applies: bool | None, holds: bool | None) -> str:
    if applies is False:
        return N
    if holds is False and applies is True:
        return V
    if holds is True and applies is True:
        return C
    return U


def hand(f: Facts) -> tuple[str, ...]:
    g = f.get
    age, weekly, ot = g("worker.age"), g("work.weekly_hours"), g("overtime.hours")
    months = g("pretrial.months")
    return (
        _verdict(g("custody.held"), _or(g("custody.approved"), _cmp(g("custody.hours"), 72, "<="))),
        _verdict(
            _cmp(months, 0, ">"),
            _or(_cmp(months, 2, "<="), _and(g("pretrial.extended"), _cmp(months, 18, "<="))),
        ),
        _verdict(
            g("worker.employed"),
            _or(
                _cmp(age, 16, ">="),
                _and(_cmp(age, 14, ">="), g("work.light"), g("worker.permission")),
            ),
        ),
        _verdict(_and(g("worker.employed"), g("work.hazardous")), _cmp(age, 18, ">=")),
        _verdict(
            _cmp(ot, 0, ">"),
            _or(_cmp(ot, 1, "<="), _and(_not(g("work.heavy")), _cmp(ot, 2, "<="))),
        ),
        _verdict(
            g("worker.employed"),
            _or(
                _cmp(weekly, 36, "<="),
                _and(_not(g("work.heavy")), _not(g("work.hazardous")), _cmp(weekly, 40, "<=")),
            ),
        ),
    )


# ----------------------------------------------------------------------- peers
RULES = [  # (applies, holds) in the peers' common expression syntax, facts with `_` for `.`
    ("custody_held", "custody_approved or custody_hours <= 72"),
    (
        "pretrial_months > 0",
        "pretrial_months <= 2 or (pretrial_extended and pretrial_months <= 18)",
    ),
    (
        "worker_employed",
        "worker_age >= 16 or (worker_age >= 14 and work_light and worker_permission)",
    ),
    ("worker_employed and work_hazardous", "worker_age >= 18"),
    ("overtime_hours > 0", "overtime_hours <= 1 or (not work_heavy and overtime_hours <= 2)"),
    (
        "worker_employed",
        "work_weekly_hours <= 36 or (not work_heavy and not work_hazardous and "
        "work_weekly_hours <= 40)",
    ),
]
NAMES = {n.replace(".", "_") for n in FACTS}


def _reads(expr: str) -> set[str]:
    return {w for w in expr.replace("(", " ").replace(")", " ").split() if w in NAMES}


READS = [(_reads(a), _reads(h)) for a, h in RULES]


Verdicts = Callable[[Facts], tuple[str, ...]]


def peer(evaluate: Callable[[int, int, dict[str, Any]], bool]) -> Verdicts:
    """A peer engine: a rule reading a missing fact is undetermined (no three-valued logic)."""

    def run(f: Facts) -> tuple[str, ...]:
        ctx = {k.replace(".", "_"): v for k, v in f.items()}
        out = []
        for i, (ra, rh) in enumerate(READS):
            if not ra <= ctx.keys():
                out.append(U)
                continue
            if not evaluate(i, 0, ctx):
                out.append(N)
                continue
            out.append(U if not rh <= ctx.keys() else C if evaluate(i, 1, ctx) else V)
        return tuple(out)

    return run


def rule_engine_peer() -> Callable[[Facts], tuple[str, ...]] | None:
    try:
        import rule_engine
    except ImportError:
        return None
    compiled = [(rule_engine.Rule(a), rule_engine.Rule(h)) for a, h in RULES]
    return peer(lambda i, k, ctx: bool(compiled[i][k].matches(ctx)))


def zen_peer() -> Callable[[Facts], tuple[str, ...]] | None:
    try:
        import zen
    except ImportError:
        return None
    compiled = [(zen.compile_expression(a), zen.compile_expression(h)) for a, h in RULES]
    return peer(lambda i, k, ctx: bool(compiled[i][k].evaluate(ctx)))


# ----------------------------------------------------------------------- hrlaw
def hrlaw_paths(book: hrlaw.RuleBook) -> dict[str, Callable[[list[Facts]], list[tuple[str, ...]]]]:
    def checked(reports: list[hrlaw.Report]) -> list[tuple[str, ...]]:
        return [tuple(r.result(p).verdict.value for p in PROVISIONS) for r in reports]

    def check_discarded(cases: list[Facts]) -> list[tuple[str, ...]]:
        out = []
        for f in cases:
            report = book.check(hrlaw.Scenario(date=DAY, facts=f))
            out.append(tuple(report.result(p).verdict.value for p in PROVISIONS))
        return out

    def check_kept(cases: list[Facts]) -> list[tuple[str, ...]]:
        return checked([book.check(hrlaw.Scenario(date=DAY, facts=f)) for f in cases])

    paths: dict[str, Callable[[list[Facts]], list[tuple[str, ...]]]] = {
        "hrlaw book.check, reports discarded": check_discarded,
        "hrlaw book.check, reports kept": check_kept,
    }
    many = getattr(book, "check_many", None)
    if many is not None:

        def verdicts_only(cases: list[Facts]) -> list[tuple[str, ...]]:
            rows = many(({"date": DAY, "facts": f} for f in cases), verdicts_only=True)
            return [tuple(v[p] for p in PROVISIONS) for v in rows]

        def full(cases: list[Facts]) -> list[tuple[str, ...]]:
            out = []
            for report in many({"date": DAY, "facts": f} for f in cases):
                out.append(tuple(report.result(p).verdict.value for p in PROVISIONS))
            return out

        paths = {
            "hrlaw check_many, verdicts only": verdicts_only,
            "hrlaw check_many, full reports": full,
            **paths,
        }
    return paths


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.process_time()
    out = fn()
    return time.process_time() - start, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    cases = generate(args.n, args.seed)
    book = hrlaw.load_rulebook(HERE / "six_rules")

    base_time, expected = timed(lambda: [hand(f) for f in cases])
    assert isinstance(expected, list)
    rows: list[tuple[str, float, str]] = [("hand-written Python", base_time, "reference")]
    for name, path in hrlaw_paths(book).items():
        n = len(cases) if "verdicts only" in name or "hand" in name else min(len(cases), 5000)
        spent, got = timed(lambda path=path, n=n: path(cases[:n]))  # type: ignore[misc]
        assert got == expected[:n], f"{name}: verdicts differ from hand-written Python"
        rows.append((name, spent * len(cases) / n, "identical verdicts"))
    complete = [i for i, f in enumerate(cases) if len(f) == len(FACTS)]
    for name, make in (("rule-engine", rule_engine_peer), ("zen-engine", zen_peer)):
        engine = make()
        if engine is None:
            rows.append((name, float("nan"), "not installed (pip install '.[bench]')"))
            continue
        spent, got = timed(lambda engine=engine: [engine(f) for f in cases])  # type: ignore[misc]
        assert isinstance(got, list)
        same = all(got[i] == expected[i] for i in complete)
        decided = sum(
            (a == U) and (b != U)
            for g, e in zip(got, expected, strict=True)
            for a, b in zip(g, e, strict=True)
        )
        note = ("identical on complete scenarios" if same else "DIFFERENT verdicts") + (
            f"; leaves {decided} verdicts open that Kleene logic decides"
        )
        rows.append((name, spent, note))
    print(f"{len(cases)} scenarios ({len(cases) - len(complete)} with missing facts), 6 rules")
    print(f"{'engine':40} {'µs/scenario':>12} {'ratio':>8}  verdicts")
    for name, spent, note in rows:
        per = spent / len(cases) * 1e6
        ratio = base_time / spent if spent == spent else float("nan")
        print(f"{name:40} {per:12.2f} {ratio:8.4f}  {note}")


if __name__ == "__main__":
    main()
