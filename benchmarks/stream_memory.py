"""Peak memory of `hrlaw check - --input jsonl --format jsonl` as the number of records grows.

Records are generated on the fly into hrlaw's standard input and its output is read and dropped,
so neither side holds the stream; the child's peak resident set size (RSS) is read from the
kernel when it ends. A flat line (the same peak for 10 times more records) is the claim; the
issue's target is at most 200 MB for 1,000,000 records.

    python benchmarks/stream_memory.py                       # 10,000 and 100,000 records
    python benchmarks/stream_memory.py --n 1000000           # the million (minutes)
    python benchmarks/stream_memory.py --verdicts-only       # the fast path

Records use the shipped rule base (arrest clocks, exact facts, a third left with a fact missing).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time


def record(i: int) -> bytes:
    facts: dict[str, object] = {
        "arrest.made": True,
        "arrest.at": "2021-06-10T08:00",
        "detention.court_approval_received": True,
        "detention.time_to_court_approval": f"{30 + i % 40} hours",
        "detention.released": False,
    }
    if i % 3:
        facts["detention.extension_ordered"] = False
    return (json.dumps({"id": f"case-{i}", "date": "2021-06-10", "facts": facts}) + "\n").encode()


def run(n: int, verdicts_only: bool) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, lines out) for `n` records."""
    command = [sys.executable, "-m", "hrlaw", "check", "-", "-i", "jsonl", "-f", "jsonl"]
    if verdicts_only:
        command.append("--verdicts-only")
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdin is not None and proc.stdout is not None

    def feed() -> None:
        assert proc.stdin is not None
        for i in range(n):
            proc.stdin.write(record(i))
        proc.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    lines = sum(1 for _ in proc.stdout)
    writer.join()
    proc.wait()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
    return peak / 1024, seconds, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="records (repeatable)")
    parser.add_argument("--verdicts-only", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:  # one size, in a process of its own (see below)
        print(json.dumps(run(args.one, args.verdicts_only)))
        return
    sizes = sorted(args.n or [10_000, 100_000])
    mode = "verdicts only" if args.verdicts_only else "full reports"
    print(f"hrlaw check - -i jsonl -f jsonl ({mode})")
    print(f"{'records':>10} {'peak RSS':>10} {'seconds':>9} {'records/s':>10}")
    # each size measured in a process of its own: the kernel's peak of a process's children
    # (RUSAGE_CHILDREN) is the largest so far, so one process per size gives each its own peak
    for n in sizes:
        own = [sys.executable, __file__, "--one", str(n)]
        if args.verdicts_only:
            own.append("--verdicts-only")
        done = subprocess.run(own, capture_output=True, text=True, check=True)
        peak, seconds, lines = json.loads(done.stdout)
        assert lines == n, f"{lines} reports for {n} records"
        print(f"{n:>10,} {peak:>8.0f} MB {seconds:>9.1f} {n / seconds:>10,.0f}")


if __name__ == "__main__":
    main()
