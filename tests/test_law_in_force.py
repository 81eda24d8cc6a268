"""Which law applies, clocks still running, and honest output (the lawyer's reading of a result).

The legal corrections of the 16 provisions are pinned by the scenarios in `scenarios/` (each with
an `expect:` block); these tests pin what the reader sees: both laws between the reports, notices,
the "as of" moment, not-assessed counts, quotes for compliant results, rules left unchecked, and
catalogue ids encoded inside another provision.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrlaw
from hrlaw.cli import app
from hrlaw.render import markdown_report, summary_line
from hrlaw.report import Verdict
from hrlaw.scenario import parse_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
BOOK = hrlaw.load_rulebook()


def flat(text: str) -> str:
    return " ".join(text.split())


def run(*args: str) -> str:
    return CliRunner().invoke(app, [*args]).output


# ------------------------------------------------------------------------------ between reports
def test_between_the_reports_both_laws_and_both_quotes_are_shown_in_text() -> None:
    path = SCENARIOS / "law_in_force" / "held-60h-before-approval-2019-between-reports.yaml"
    out = flat(run("check", str(path)))
    assert "UNDETERMINED detention.release_without_court_approval" in out
    assert "72 hours (kz2017) or 48 hours (kz2021)" in out
    assert "the reports do not date the change" in out
    assert "If within 72 hours of the arrest" in out and "If within 48 hours of the arrest" in out
    assert "under the law reported in `kz2017`: compliant" in out
    assert "under the law reported in `kz2021`: violation" in out


def test_between_the_reports_an_agreeing_verdict_says_so() -> None:
    path = SCENARIOS / "law_in_force" / "held-80h-before-approval-2019-between-reports.yaml"
    report = BOOK.check(hrlaw.load_scenario(path))
    result = report.result("detention.release_without_court_approval")
    assert result.verdict is Verdict.VIOLATION
    assert [law.verdict for law in result.laws] == [Verdict.VIOLATION, Verdict.VIOLATION]
    assert any("give the same verdict" in w for w in result.warnings)
    assert any("falls between the reports" in n for n in report.notices)


@pytest.mark.parametrize(
    ("day", "words"),
    [(date(2016, 5, 1), "is before the period"), (date(2023, 5, 1), "is after the period")],
)
def test_outside_the_reports_a_banner_heads_the_report(day: date, words: str) -> None:
    report = BOOK.check(hrlaw.Scenario(date=day, facts={"arrest.made": True}))
    (notice,) = report.notices
    assert words in notice
    assert words in markdown_report(report)
    assert all(words in r.warnings[0] for r in report.results if r.warnings)


def test_event_dates_under_another_law_than_date_are_flagged_with_both_dates() -> None:
    path = SCENARIOS / "law_in_force" / "arrest-of-2017-filed-under-2021-date.yaml"
    report = BOOK.check(hrlaw.load_scenario(path))
    (notice,) = report.notices
    assert "`arrest.at` (2017-06-10 08:00)" in notice
    assert "`kz2017`" in notice and "`date: 2021-06-10`" in notice and "`kz2021`" in notice
    assert notice in flat(run("check", str(path))) or flat(notice) in flat(run("check", str(path)))


# ------------------------------------------------------------------------------ running clocks
def custody(as_of: str | None) -> hrlaw.Report:
    text = (
        "date: 2021-06-10\n"
        + (f"as_of: {as_of}\n" if as_of else "")
        + "facts:\n  arrest: {made: true, at: 2021-06-10T08:00}\n"
        + "  detention: {court_approval_received: false, released: false}\n"
        + "  defendant: {charged: false}\n"
    )
    return BOOK.check(parse_scenario(text.encode(), "custody.yaml"))


def test_a_custody_still_running_is_judged_as_of_the_moment_given() -> None:
    result = custody("2021-06-10T18:00").result("detention.release_without_court_approval")
    assert result.verdict is Verdict.COMPLIANT
    assert "custody still running: 10 hours, 38 hours within the limit of 48 hours" in (
        result.explanation
    )


def test_without_the_moment_a_running_custody_asks_for_it() -> None:
    result = custody(None).result("detention.charge_deadline")
    assert result.verdict is Verdict.UNDETERMINED
    assert "assessment.at" in [m.fact for m in result.missing]


def test_as_of_gives_the_day_and_the_moment() -> None:
    scenario = parse_scenario(b"date: 2021-06-10\nas_of: 2021-06-12T20:00\n", "s.yaml")
    assert scenario.as_of == datetime(2021, 6, 12, 20, 0)
    facts = BOOK.typed_facts(scenario)
    assert facts["assessment.at"] == datetime(2021, 6, 12, 20, 0)
    assert facts["assessment.on"] == date(2021, 6, 12)


def test_as_of_must_agree_with_the_facts_it_stands_for() -> None:
    text = b"date: 2021-06-10\nas_of: 2021-06-12\nfacts:\n  assessment:\n    on: 2021-06-13\n"
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.check(parse_scenario(text, "s.yaml"))
    (d,) = caught.value.diagnostics
    assert d.message == "`as_of` and `assessment.on` disagree"
    assert d.span is not None and d.span.line == 2


def test_a_bad_as_of_is_located() -> None:
    with pytest.raises(hrlaw.HrlawError) as caught:
        parse_scenario(b"date: 2021-06-10\nas_of: 2021-13-40\n", "s.yaml")
    (d,) = caught.value.diagnostics
    assert d.code == "HR404" and d.span is not None and d.span.line == 2


# ------------------------------------------------------------------------------ honest output
def test_not_assessed_is_counted_apart_from_undetermined() -> None:
    path = SCENARIOS / "arrest" / "held-60h-before-court-approval-2021.yaml"
    report = BOOK.check(hrlaw.load_scenario(path))
    s = report.summary
    # undetermined: what the arrest triggers and the facts leave open (the charge, the arrest
    # statement, the steps of court approval, rights, body search, counsel from detention)
    open_ = {
        r.provision for r in report.results if r.verdict.value == "undetermined" and r.assessed
    }
    assert open_ == {
        "arrest.statement_within_3h",
        "detention.charge_deadline",
        "detention.arbitrary_prohibited",
        "arrest.body_search_grounds",
        "arrest.prosecutor_report_12h",
        "arrest.court_approval_required",
        "arrest.prosecutor_to_court_12h",
        "arrest.inform_of_rights",
        "defense.counsel_from_detention",
    }
    assert s.not_assessed >= 10 and s.undetermined == len(open_)
    assert f"{len(open_)} undetermined" in summary_line(report)
    assert "not assessed" in summary_line(report)
    data = json.loads(report.model_dump_json())
    assert data["summary"]["not_assessed"] == s.not_assessed
    table = markdown_report(report)
    assert table.count("| undetermined |") == s.undetermined + s.not_assessed


def test_a_compliant_result_shows_the_quote_that_grounds_it() -> None:
    path = SCENARIOS / "arrest" / "statement-written-2h-complete-signed-2021.yaml"
    out = flat(run("check", str(path)))
    assert "✓ compliant arrest.statement_within_3h" in out
    start = out.index("✓ compliant arrest.statement_within_3h")
    assert "“Within three hours of the arrest, the investigator is required" in out[start:]
    md = markdown_report(BOOK.check(hrlaw.load_scenario(path)))
    assert "> Within three hours of the arrest, the investigator is required" in md


def test_a_rule_hrlaw_does_not_check_is_named_when_the_facts_touch_it() -> None:
    facts = {"court.decision_suspended_by_prosecutor": True}
    report = BOOK.check(hrlaw.Scenario(date=date(2021, 6, 1), facts=facts))
    (item,) = report.unchecked
    assert item.id == "courts.prosecutor_may_suspend_decisions"
    assert "a permission with no condition or limit" in item.reason
    assert item.citations and {c.source for c in item.citations} == {"kz2021"}
    untouched = BOOK.check(hrlaw.Scenario(date=date(2021, 6, 1), facts={"arrest.made": True}))
    assert untouched.unchecked == []


def test_an_unchecked_rule_is_shown_in_text_and_markdown(tmp_path: Path) -> None:
    path = tmp_path / "minor.yaml"
    path.write_text(
        "date: 2021-06-01\nfacts:\n  worker: {employed: true, age: 16}\n", encoding="utf-8"
    )
    out = flat(run("check", str(path)))
    assert "! not checked: child_labor.workday_limit_under_18" in out
    assert "give no figure to check" in out
    assert "## Not checked" in markdown_report(BOOK.check(hrlaw.load_scenario(path)))


def test_a_catalogue_id_encoded_inside_a_provision_is_an_expectation_alias() -> None:
    path = SCENARIOS / "pretrial" / "bail-first-offender-grave-crime-caused-death-2017.yaml"
    report = BOOK.check(hrlaw.load_scenario(path))
    (alias,) = [e for e in report.expectations if e.provision == "bail.exclusions"]
    assert alias.encoded_in == "bail.eligibility" and alias.met
    assert report.result("bail.exclusions") is report.result("bail.eligibility")
    shown = run("rules", "show", "bail.eligibility")
    assert "alias bail.exclusions" in shown
    assert BOOK.describe("bail.eligibility")["aliases"] == ["bail.exclusions"]


def test_an_unknown_alias_in_expect_is_refused() -> None:
    text = b"date: 2021-06-01\nexpect:\n  bail.exclusion: compliant\n"
    with pytest.raises(hrlaw.HrlawError) as caught:
        BOOK.check(parse_scenario(text, "s.yaml"))
    (d,) = caught.value.diagnostics
    assert d.code == "HR407" and d.help == "did you mean `bail.exclusions`?"


# ------------------------------------------------------------------ a law dated by its own dates
MORATORIUM = """
fact i.done: bool ask "Was an inspection made?"
fact i.ok: bool ask "Was the inspection allowed?"
provision t.m "A moratorium on inspections, 2020 to 2023" {
  since s2
  since 2020-01-01
  until 2023-12-31
  applies when i.done
  require ok "the inspection was allowed": i.ok cite s2 "S" "q"
}
"""


def _moratorium(day: date) -> tuple[Verdict, Verdict]:
    from helpers import book_from

    book = book_from(MORATORIUM)
    scenario = hrlaw.Scenario(date=day, facts={"i.done": True, "i.ok": False})
    return book.check(scenario).result("t.m").verdict, book.verdicts(scenario)["t.m"]


def test_a_law_with_its_own_dates_is_not_applicable_outside_them_whichever_report_states_it() -> (
    None
):
    # 2019 falls between the reports; the earlier report is silent, but the law began in 2020
    assert _moratorium(date(2019, 6, 1)) == (Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE)
    assert _moratorium(date(2024, 6, 1)) == (Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE)


def test_a_report_silent_about_a_law_that_began_after_its_period_is_not_weighed() -> None:
    # 2020: between the reports; the earlier report could not state a law of 2020
    assert _moratorium(date(2020, 6, 1)) == (Verdict.VIOLATION, Verdict.VIOLATION)
    assert _moratorium(date(2021, 6, 1)) == (Verdict.VIOLATION, Verdict.VIOLATION)


def test_a_report_cannot_state_a_law_dated_after_its_period() -> None:
    """Without `since s2`, the earlier report still cannot state a law of 2020: no citation from
    it is asked for, and events of 2020 are judged by the later report (once an internal error)."""
    from helpers import book_from

    book = book_from(MORATORIUM.replace("  since s2\n", ""))
    scenario = hrlaw.Scenario(date=date(2020, 6, 1), facts={"i.done": True, "i.ok": False})
    assert book.check(scenario).result("t.m").verdict is Verdict.VIOLATION
    assert book.verdicts(scenario)["t.m"] is Verdict.VIOLATION
