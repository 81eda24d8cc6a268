"""`hrlaw rules coverage`: the rule base measured against the catalogue of provisions."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hrlaw.cli import app
from tests.helpers import SOURCES

RULES = """\
fact c.flag: bool ask "Flag?"
provision c.one "One" {
  alias c.one_alias
  require r "holds": c.flag
    cite s1 "Section 1" "one"
    cite s2 "Section 1" "one"
}
unchecked c.policy "A statement of policy" {
  until s1
  because "the reports state an aim, not a condition a case could meet"
  cite s1 "Section 1" "policy"
}
"""
HEADER = "id\tdomain\tdomain_title\tcore\ttitle\tother_year\n"


def folder(tmp_path: Path, catalogue: str) -> Path:
    (tmp_path / "sources.hrl").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "c.hrl").write_text(RULES, encoding="utf-8")
    (tmp_path / "catalogue.tsv").write_text(catalogue, encoding="utf-8")
    return tmp_path


def row(pid: str, domain: str = "A") -> str:
    return f"{pid}\t{domain}\tDomain {domain}\tno\tTitle of {pid}\tSAME\n"


def test_each_catalogue_id_is_encoded_not_encodable_or_missing(tmp_path: Path) -> None:
    rules = folder(
        tmp_path, HEADER + row("c.one") + row("c.one_alias") + row("c.policy") + row("c.gap", "B")
    )
    result = CliRunner().invoke(app, ["rules", "coverage", "--rules", str(rules), "-f", "json"])
    assert result.exit_code == 1, result.output  # one is missing
    data = json.loads(result.output)
    status = {p["id"]: (p["status"], p["encoded_in"], p["reason"]) for p in data["provisions"]}
    assert status == {
        "c.one": ("encoded", "c.one", None),
        "c.one_alias": ("encoded", "c.one", None),
        "c.policy": (
            "not_encodable",
            None,
            "the reports state an aim, not a condition a case could meet",
        ),
        "c.gap": ("missing", None, None),
    }
    assert data["summary"] == {
        "encoded": 2,
        "not_encodable": 1,
        "missing": 1,
        "catalogued": 4,
    }
    only_a = CliRunner().invoke(app, ["rules", "coverage", "--rules", str(rules), "-d", "a"])
    assert only_a.exit_code == 0, only_a.output  # the missing one is in domain B
    assert "2 encoded, 1 not encodable (33%), 0 missing of 3 catalogued" in only_a.output


def test_provisions_the_catalogue_does_not_list_are_named(tmp_path: Path) -> None:
    rules = folder(tmp_path, HEADER + row("c.policy"))
    result = CliRunner().invoke(app, ["rules", "coverage", "--rules", str(rules), "-f", "json"])
    assert json.loads(result.output)["not_catalogued"] == ["c.one"]


def test_a_malformed_catalogue_row_is_a_located_error(tmp_path: Path) -> None:
    rules = folder(tmp_path, HEADER + row("c.one") + "c.bad\tA\n")
    result = CliRunner().invoke(app, ["rules", "coverage", "--rules", str(rules)])
    assert result.exit_code == 2
    assert "catalogue.tsv:3:1" in "".join(result.output.split())
    assert "Traceback" not in result.output


def test_the_shipped_catalogue_lists_every_shipped_provision() -> None:
    result = CliRunner().invoke(app, ["rules", "coverage", "-f", "json"])
    data = json.loads(result.output)
    assert data["summary"]["catalogued"] == 221
    assert data["not_catalogued"] == []
