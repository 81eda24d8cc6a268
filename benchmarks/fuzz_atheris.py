"""Coverage-guided fuzzing of hrlaw's two front ends with atheris, on demand (atheris is optional,
not a dependency: `pip install atheris`):

    python benchmarks/fuzz_atheris.py -runs=100000            # both targets, alternating
    python benchmarks/fuzz_atheris.py -max_total_time=600 corpus/

The first byte of each input chooses the target: the scenario reader (read, type against the
shipped rule base, check) or the rules front end (the input replaces one shipped rule file; parse,
lower, check, compile). An HrlawError is the expected way to refuse input; any other exception is a
bug, and atheris stops with the input that raised it. The hypothesis harness in tests/test_fuzz.py
runs the same targets in the test suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import hrlaw
    from hrlaw.diagnostics import HrlawError
    from hrlaw.rulebook import RuleBook, RuleFile, build
    from hrlaw.scenario import parse_scenario

REPO = Path(__file__).resolve().parent.parent
RULE_FILES = [RuleFile(f"rules/{p.name}", p.read_bytes()) for p in sorted(REPO.glob("rules/*.hrl"))]
BOOK = hrlaw.load_rulebook(REPO / "rules")


def one_input(data: bytes) -> None:
    if not data:
        return
    target, body = data[0], data[1:]
    try:
        if target % 2 == 0:
            BOOK.check(parse_scenario(body, "fuzz.yaml")).model_dump_json()
        else:
            index = (target // 2) % len(RULE_FILES)
            files = list(RULE_FILES)
            files[index] = RuleFile(files[index].name, body)
            RuleBook(*build(files))
    except HrlawError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
