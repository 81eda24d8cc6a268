"""Benchmarks, run on demand (never part of the test suite):

    python benchmarks/bench.py [--runs N]

Prints the median wall time of: loading the shipped rule base (parse, check, compile); one
in-process check of a scenario; checking every shipped scenario in one process; one whole
`hrlaw check` process (interpreter start-up included); and peak memory of loading + checking.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import hrlaw

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "scenarios" / "arrest" / "held-60h-before-court-approval-2021.yaml"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    runs = args.runs

    scenarios = sorted((ROOT / "scenarios").rglob("*.yaml"))
    book = hrlaw.load_rulebook()
    scenario = hrlaw.load_scenario(SCENARIO)
    loaded = [hrlaw.load_scenario(p) for p in scenarios]

    rows = [
        ("load rule base (parse+check+compile)", median_ms(hrlaw.load_rulebook, runs)),
        ("one in-process check", median_ms(lambda: book.check(scenario), runs * 10)),
        ("load + check one scenario file", median_ms(
            lambda: book.check(hrlaw.load_scenario(SCENARIO)), runs * 10)),
        (f"check all {len(loaded)} scenarios in-process", median_ms(
            lambda: [book.check(s) for s in loaded], runs)),
        ("one `hrlaw check` process", median_ms(
            lambda: subprocess.run([sys.executable, "-m", "hrlaw", "check", str(SCENARIO)],
                                   capture_output=True, check=False), max(5, runs // 2))),
        ("one `python -c pass` process", median_ms(
            lambda: subprocess.run([sys.executable, "-c", "pass"], check=False),
            max(5, runs // 2))),
    ]  # fmt: skip
    tracemalloc.start()
    fresh = hrlaw.load_rulebook()
    for s in loaded:
        fresh.check(s)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()

    print(f"hrlaw {hrlaw.__version__}, Python {sys.version.split()[0]}, "
          f"{len(book.provisions)} provisions, {len(book.facts)} facts")  # fmt: skip
    for label, ms in rows:
        print(f"  {label:<45} {ms:9.2f} ms (median)")
    # the target for a cold check: at most 8 times an interpreter that does nothing
    print(f"  {'cold check / python -c pass':<45} {rows[-2][1] / rows[-1][1]:9.1f} x")
    print(f"  {'peak traced memory, load + check all':<45} {peak:9.1f} MB")


if __name__ == "__main__":
    main()
