"""Regenerate `rules/catalogue.tsv` from the provisions catalogue (../shared/provisions by default):
one row per catalogued provision, the checklist `hrlaw rules coverage` measures the rule base
against. Run on demand: python scripts/catalogue_ids.py [CATALOGUE_DIR]"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HEAD = re.compile(r"^#### (★ )?`([a-z0-9_.]+)` — (.+)$")
DOMAIN = re.compile(r"^## ([A-Z])\. (.+?) \(\d+\)$")
OTHER = re.compile(r"^- \*\*Other year \((\d{4})\) — ([^*]+)\*\*")


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared" / "provisions"
    rows = ["id\tdomain\tdomain_title\tcore\ttitle\tother_year"]
    for path in sorted(folder.glob("[A-Z]-*.md")):
        domain = title = ""
        current: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := DOMAIN.match(line):
                domain, title = m.group(1), m.group(2)
            elif m := HEAD.match(line):
                if current:
                    rows.append("\t".join(current))
                current = [m.group(2), domain, title, "yes" if m.group(1) else "no", m.group(3), ""]
            elif (m := OTHER.match(line)) and current is not None:
                current[5] = m.group(2).strip()
        if current:
            rows.append("\t".join(current))
    out = here / "rules" / "catalogue.tsv"
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} provisions -> {out.relative_to(here)}")


if __name__ == "__main__":
    main()
