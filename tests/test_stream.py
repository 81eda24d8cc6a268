"""`hrlaw check` over many scenarios: directories, standard input, JSON Lines in and out, a grand
total, results written as they are produced, `-o` written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import MINI_RULES  # the two-provision rule base of the CLI tests
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


def test_verdicts_only_gives_the_grand_total_full_reports_give() -> None:
    """The same verdicts, and the provisions the facts do not touch counted apart in both."""
    folder = str(SCENARIOS / "arrest")
    _, fast, _ = run(["check", folder, "--verdicts-only"])
    _, full, _ = run(["check", folder])
    assert fast.splitlines()[-1] == full.splitlines()[-1]
    assert "not assessed" in fast.splitlines()[-1]


def test_verdicts_only_checks_expectations_too(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.yaml"
    text = (SCENARIOS / "arrest" / "charged-exactly-48h-2021.yaml").read_text(encoding="utf-8")
    wrong.write_text(text.replace(": compliant", ": violation"), encoding="utf-8")
    code, out, _ = run(["check", str(wrong), "--verdicts-only"])
    assert code == 1  # no violation: the expectation not met decides the exit code
    assert "expected detention.charge_deadline to be violation, got compliant" in out
    code, out, _ = run(["check", str(wrong), "--verdicts-only", "-f", "jsonl"])
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["unmet"] == [
        {
            "provision": "detention.charge_deadline",
            "expected": "violation",
            "actual": "compliant",
            "met": False,
            "encoded_in": None,
        }
    ]
    assert "trial.right_to_appeal" in row["not_assessed"]


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


def test_a_hundred_thousand_records_stream_through_a_pipe(tmp_path: Path) -> None:
    """`cat cases.jsonl | hrlaw check - --input jsonl --format jsonl`: every record's report comes
    out, in order and right, and the first ones come out before the input has ended (the stream
    is not read whole first)."""
    import subprocess
    import sys
    import threading

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mini.hrl").write_text(MINI_RULES, encoding="utf-8")
    total, first = 100_000, 2_000

    def line(i: int) -> bytes:
        facts = {"case": {"made": True, "held": f"{40 + i % 17} hours", "signed": True}}
        return (json.dumps({"id": f"c{i}", "date": "2021-06-10", "facts": facts}) + "\n").encode()

    command = [sys.executable, "-m", "hrlaw", "check", "-", "-i", "jsonl", "-f", "jsonl"]
    proc = subprocess.Popen(
        [*command, "--rules", str(rules)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    seen_output = threading.Event()
    fed_before_output: list[int] = []

    def feed() -> None:
        assert proc.stdin is not None
        for i in range(first):
            proc.stdin.write(line(i))
        proc.stdin.flush()
        # the rest only once results have come out: a tool that read all its input first
        # would never produce one here, and the wait would fail
        fed_before_output.append(int(seen_output.wait(timeout=300)))
        for i in range(first, total):
            proc.stdin.write(line(i))
        proc.stdin.close()

    errors: list[bytes] = []
    writer = threading.Thread(target=feed)
    drain = threading.Thread(target=lambda: errors.append(proc.stderr.read()))  # type: ignore[union-attr]
    writer.start()
    drain.start()
    count = 0
    for raw in proc.stdout:
        seen_output.set()
        report = json.loads(raw)
        (result,) = [r for r in report["results"] if r["provision"] == "a.held_limit"]
        held = 40 + count % 17
        assert report["scenario"]["title"] == f"c{count}"
        assert result["verdict"] == ("violation" if held > 48 else "compliant")
        count += 1
    writer.join()
    drain.join()
    assert proc.wait(timeout=60) == 1  # violations among them
    assert fed_before_output == [1]
    assert count == total
    assert f"{total} scenarios checked" in errors[0].decode()
