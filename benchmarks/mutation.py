"""Mutation testing on demand (never in CI: it takes hours on two cores). mutmut is configured in
pyproject.toml (`[tool.mutmut]`): the modules mutated are the engine, the compiler, the checker and
the type checker, and the tests run against each mutant are the unit and semantics tests.

    pip install "mutmut>=3.8"
    mutmut run --max-children 2            # writes mutants/ (git-ignored); resumable
    python benchmarks/mutation.py          # the score per module, from mutmut's results

The score is mutmut's: (killed + timed out) / (mutants - skipped); a mutant no test runs ("no
tests") counts as surviving. `mutmut results` lists the survivors; `mutmut show NAME` shows one.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict


def main() -> None:
    listing = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    for line in listing.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if "__mutmut_" in name:
            module = name.split(".x")[0]  # hrlaw.engine.xǁ_Evaluatorǁrule__mutmut_3 -> hrlaw.engine
            per_module[module][status] += 1
    print(
        f"{'module':<20} {'mutants':>8} {'killed':>7} {'survived':>9} {'no tests':>9} {'score':>7}"
    )
    for module in sorted(per_module):
        counts = per_module[module]
        total = sum(counts.values())
        tested = total - counts["skipped"] - counts["not checked"]
        caught = counts["killed"] + counts["timeout"] + counts["caught by type check"]
        score = 100 * caught / tested if tested else 0.0
        print(
            f"{module:<20} {total:>8} {caught:>7} {counts['survived']:>9} "
            f"{counts['no tests']:>9} {score:>6.1f}%"
        )
        pending = counts["not checked"]
        if pending:
            print(f"  ({pending} mutants not checked yet: the score so far)")


if __name__ == "__main__":
    main()
