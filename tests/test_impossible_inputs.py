"""Facts no case can have are located input errors (HR412), never a clean verdict: a moment of
custody before the arrest, a pretrial detention that ends before it began, an assessment before
the events, more workers at the meeting than the enterprise employs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import hrlaw
from hrlaw.values import Between

BOOK = hrlaw.load_rulebook()
DAY = date(2021, 6, 10)

ARREST = "date: 2021-06-10\nfacts:\n  arrest.made: true\n  arrest.at: 2021-06-10T10:00\n"


@pytest.mark.parametrize(
    ("extra", "located_at"),
    [
        ("  arrest.statement.written: true\n  arrest.statement.written_at: 2021-06-10T08:00\n", 4),
        ("  detention.released: true\n  detention.released_at: 2021-06-09T10:00\n", 4),
        ("  defendant.charged: true\n  defendant.charged_at: 2021-06-10T09:59\n", 4),
        ("  detention.court_approval_received_at: 2021-05-10T10:00\n", 4),
        ("as_of: 2021-06-10T09:00\n", 4),
    ],
)
def test_a_moment_before_the_arrest_is_an_input_error(
    tmp_path: Path, extra: str, located_at: int
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(ARREST + extra)
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.check(hrlaw.load_scenario(path))
    (d,) = caught.value.diagnostics
    assert d.code.value == "HR412"
    assert "before the arrest" in d.message
    assert d.span is not None


def test_the_same_moments_in_order_are_a_case() -> None:
    facts = {
        "arrest.made": True,
        "arrest.at": "2021-06-10T10:00",
        "arrest.statement.written": True,
        "arrest.statement.written_at": "2021-06-10T10:00",  # the same minute: possible
        "detention.released": True,
        "detention.released_at": "2021-06-11T10:00",
    }
    report = BOOK.check(hrlaw.Scenario(date=DAY, facts=facts))
    result = next(r for r in report.results if r.provision == "arrest.statement_within_3h")
    assert result.verdict is not hrlaw.report.Verdict.NOT_APPLICABLE  # judged, not refused


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (
            {"pretrial.detained": True, "pretrial.detention_start": "2021-03-01",
             "pretrial.detention_end": "2021-02-01"},
            "ends before it began",
        ),
        (
            {"strike.called": True, "strike.meeting_attendance": 120,
             "strike.enterprise_workers": 100},
            "more workers attended the meeting than the enterprise employed",
        ),
    ],
)  # fmt: skip
def test_other_impossible_facts_are_input_errors(facts: dict[str, object], message: str) -> None:
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.check(hrlaw.Scenario(date=DAY, facts=facts))
    assert caught.value.codes == ["HR412"]
    assert message in caught.value.diagnostics[0].message


def test_a_range_is_cut_to_the_declared_one_and_refused_when_they_do_not_meet() -> None:
    typed = BOOK.typed_facts(hrlaw.Scenario(date=DAY, facts={"worker.age": "under 16"}))
    age = typed["worker.age"]
    assert isinstance(age, Between)
    assert (age.lo, age.lo_open, age.hi, age.hi_open) == (0, False, 15, False)  # whole years
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.typed_facts(hrlaw.Scenario(date=DAY, facts={"worker.age": "under 0"}))
    assert caught.value.codes == ["HR404"]
    assert "from 0 to 150 years" in (caught.value.diagnostics[0].help or "")
    for pay in ("0 tenge", "at most 0 tenge"):
        with pytest.raises(hrlaw.HrlawError):
            BOOK.typed_facts(hrlaw.Scenario(date=DAY, facts={"overtime.regular_hourly_pay": pay}))
