"""`hrlaw check` over many scenarios: directories, standard input, JSON Lines in and out, a grand
total, results written as they are produced, `-o` written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hrlaw.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"


def run(args: list[str], input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, input=input)
    return result.exit_code, result.stdout, result.stderr


def record(i: int, age: int) -> str:
    facts = {"worker": {"employed": True, "age": age}, "work": {"light": False}}
    return json.dumps({"id": f"case-{i}", "date": "2021-06-10", "facts": facts})


def test_a_directory_is_read_recursively_with_a_grand_total() -> None:
    files = sorted(SCENARIOS.rglob("*.yaml"))
    code, out, _ = run(["check", str(SCENARIOS), "--verdicts-only"])
    assert code == 1  # shipped scenarios include violations
    assert f"{len(files)} scenarios checked" in out
    assert out.count("\n") == len(files) + 2  # one line each, a blank line, the total


def test_json_is_an_object_for_one_scenario_and_a_list_for_several() -> None:
    one = sorted((SCENARIOS / "arrest").glob("*.yaml"))[0]
    _, out, _ = run(["check", str(one), "-f", "json"])
    assert isinstance(json.loads(out), dict)
    code, out, err = run(["check", str(SCENARIOS / "arrest"), "-f", "json"])
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == len(list((SCENARIOS / "arrest").glob("*.yaml")))
    assert code == 1  # the arrest scenarios include violations
    assert "scenarios checked" in err  # the total keeps stdout machine-readable


def test_json_lines_stream_through_standard_input() -> None:
    lines = [record(i, 10 + i % 10) for i in range(5_000)]
    code, out, err = run(
        ["check", "-", "--input", "jsonl", "--format", "jsonl", "--verdicts-only"],
        input="\n".join(lines) + "\n",
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 5_000
    for i, row in enumerate(rows):
        age = 10 + i % 10
        assert row["scenario"]["title"] == f"case-{i}"
        expected = "violation" if age < 16 else "compliant"  # not light work: 16 is the minimum
        assert row["verdicts"]["child_labor.minimum_age"] == expected
    assert code == 1
    assert "5000 scenarios checked" in err


def test_full_reports_as_json_lines() -> None:
    lines = "\n".join(record(i, age) for i, age in enumerate([12, 17, 15]))
    code, out, _ = run(["check", "-", "-i", "jsonl", "-f", "jsonl"], input=lines)
    reports = [json.loads(line) for line in out.splitlines()]
    verdicts = [
        {r["provision"]: r["verdict"] for r in rep["results"]}["child_labor.minimum_age"]
        for rep in reports
    ]
    assert verdicts == ["violation", "compliant", "violation"]
    assert reports[0]["scenario"]["path"] == "<stdin>:1"
    assert code == 1


def test_a_bad_record_is_reported_and_the_others_still_checked() -> None:
    lines = "\n".join([record(0, 17), "{not json", record(2, 17), '{"date": "2021-06-10"}'])
    code, out, err = run(["check", "-", "-i", "jsonl", "-f", "jsonl"], input=lines)
    assert code == 2
    assert len(out.splitlines()) == 3  # the last record has no facts: all undetermined
    assert "<stdin>:2:" in err
    assert "Traceback" not in err


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    lines = "\n".join(record(i, 17) for i in range(3))
    code, out, _ = run(["check", "-", "-i", "jsonl", "-f", "jsonl", "-o", str(target)], lines)
    assert code == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left


def test_a_folder_without_scenarios_is_an_input_error(tmp_path: Path) -> None:
    code, _, err = run(["check", str(tmp_path)])
    assert code == 2
    assert "no `*.yaml` or `*.yml` files" in err


def test_a_yaml_scenario_on_standard_input() -> None:
    text = (SCENARIOS / "arrest" / "held-60h-before-court-approval-2021.yaml").read_text()
    code, out, _ = run(["check", "-"], input=text)
    assert code == 1
    assert "VIOLATION" in out and "<stdin>" in out
