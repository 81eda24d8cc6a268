"""Print pip constraints pinning every direct dependency (runtime and the given extras) to the
lowest version its range in pyproject.toml declares: `name==X` for each `name>=X`.

    python .ci/lowest_constraints.py test > lowest.txt && pip install -c lowest.txt ".[test]"

A dependency without a lower bound is an error: CI must be able to test the bottom of every range.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

SPEC = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)$")


def lowest(requirement: str) -> str:
    match = SPEC.match(requirement)
    if match is None:
        raise SystemExit(f"cannot read the requirement {requirement!r}")
    name, ranges = match.groups()
    floors = [part.strip()[2:].strip() for part in ranges.split(",") if part.strip()[:2] == ">="]
    if len(floors) != 1:
        raise SystemExit(f"{name}: declare exactly one lower bound (`>=`), found {ranges!r}")
    return f"{name}=={floors[0]}"


def main(extras: list[str]) -> None:
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    print("\n".join(lowest(r) for r in requirements))


if __name__ == "__main__":
    main(sys.argv[1:])
