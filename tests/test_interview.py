"""`hrlaw interview` (issue 17, item 2): the questions that can still change a verdict, one at a
time; bad answers asked again; verdicts shown as they settle; the scenario written atomically
after every answer and resumed from a partly filled file. Driven from a pipe and through a
pseudo-terminal (a real terminal's line discipline: echo, `input()` with its prompt)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hrlaw
from hrlaw.report import Verdict

REPO = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k not in ("HRLAW_RULES", "COLUMNS")}


def hrlaw_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "hrlaw", *args]


def piped(args: list[str], answers: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        hrlaw_cmd(*args),
        input="".join(a + "\n" for a in answers),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        cwd=REPO,
        timeout=300,
    )


@pytest.fixture(scope="module")
def book() -> hrlaw.RuleBook:
    return hrlaw.load_rulebook(REPO / "rules")


def test_a_new_case_from_a_pipe_reaches_a_verdict(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    case = tmp_path / "quorum.yaml"
    answers = ["2021-06-10", "Quorum not reached", "true", "maybe", "true", "100", "49", "q"]
    done = piped(["interview", str(case), "-p", "strike.meeting_quorum_half"], answers)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # the bad answer is refused and the same question asked again
    refused = out.index("not accepted: `maybe`")
    assert "(strike.decided_at_meeting: bool) >" in out[refused:]
    assert "✗ violation: strike.meeting_quorum_half" in out
    report = book.check(hrlaw.load_scenario(case))
    assert report.scenario.title == "Quorum not reached"
    assert report.result("strike.meeting_quorum_half").verdict is Verdict.VIOLATION
    assert [p.name for p in tmp_path.iterdir()] == ["quorum.yaml"]  # no temporary file left
    checked = subprocess.run(
        hrlaw_cmd("check", str(case)), capture_output=True, text=True, env=ENV, timeout=300
    )
    assert checked.returncode == 1, checked.stderr  # a violation: `check` accepts the file


def test_only_questions_that_can_change_a_verdict_are_asked(
    tmp_path: Path, book: hrlaw.RuleBook
) -> None:
    case = tmp_path / "case.yaml"
    done = piped(
        ["interview", str(case), "-p", "strike.meeting_quorum_half"],
        ["2021-06-10", "", "false", "false"],  # neither called nor held: it does not apply
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(" > ") == 2  # two questions settled it
    assert "– not applicable: strike.meeting_quorum_half" in done.stdout
    assert "No question left that could change a verdict." in done.stdout
    verdict = book.check(hrlaw.load_scenario(case)).result("strike.meeting_quorum_half").verdict
    assert verdict is Verdict.NOT_APPLICABLE


def test_resumes_a_partly_filled_template(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    case = tmp_path / "strike.yaml"
    made = subprocess.run(
        hrlaw_cmd("new", "strike.meeting_quorum_half", "--date", "2017-03-01", "-o", str(case)),
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("    called:\n", "    called: true\n"), encoding="utf-8")
    done = piped(["interview", str(case), "-p", "strike.meeting_quorum_half"], ["true"])
    assert done.returncode == 0, done.stderr
    assert "strike.called" not in done.stdout  # answered in the file: not asked again
    assert "(strike.decided_at_meeting: bool) > true" in done.stdout
    facts = hrlaw.load_scenario(case).flat_facts()
    assert facts["strike.called"] == "true" and facts["strike.decided_at_meeting"] == "true"
    assert str(hrlaw.load_scenario(case).date) == "2017-03-01"


def test_an_invalid_file_is_refused_with_its_location(tmp_path: Path) -> None:
    case = tmp_path / "bad.yaml"
    case.write_text("date: 2021-06-10\nfacts:\n  strike:\n    caled: true\n", encoding="utf-8")
    done = piped(["interview", str(case)], [])
    assert done.returncode == 2
    assert f"{case}:4:5" in done.stderr and "Traceback" not in done.stderr


# --------------------------------------------------------------------- a real terminal
class Terminal:
    """A child process on a pseudo-terminal: what it writes is read as it comes."""

    def __init__(self, args: list[str]) -> None:
        import pty

        master, slave = pty.openpty()
        self.master = master
        self.proc = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=ENV, cwd=REPO, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 120) -> str:
        end = time.monotonic() + timeout
        while text not in self.seen:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} not shown; the terminal shows:\n{self.seen}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"{text!r} not shown before the end:\n{self.seen}")
                self.seen += chunk.decode("utf-8", errors="replace")
        return self.seen

    def send(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")

    def close(self) -> int:
        code = self.proc.wait(timeout=120)
        os.close(self.master)
        return code


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_an_interview_in_a_terminal(tmp_path: Path, book: hrlaw.RuleBook) -> None:
    case = tmp_path / "tty.yaml"
    term = Terminal(hrlaw_cmd("interview", str(case), "-p", "strike.meeting_quorum_half"))
    try:
        term.expect("Date of the events")
        term.send("2021-06-10")
        term.expect("A title for the case")
        term.send("In a terminal")
        term.expect("(strike.called: bool) >")
        term.send("yes")
        term.expect("(strike.decided_at_meeting: bool) >")
        term.send("?")  # the forms it accepts, then the same question again
        term.expect("e.g. true; false")
        term.send("true")
        term.expect("(strike.enterprise_workers: integer) >")
        term.send("a hundred")
        term.expect("not accepted")
        term.send("100")
        term.expect("(strike.meeting_attendance: integer) >")
        term.send("50")
        term.expect("✓ compliant: strike.meeting_quorum_half")
        term.expect("Saved to")
    finally:
        code = term.close()
    assert code == 0, term.seen
    report = book.check(hrlaw.load_scenario(case))
    assert report.result("strike.meeting_quorum_half").verdict is Verdict.COMPLIANT
    assert report.scenario.title == "In a terminal"
