"""Property tests of a rule book: hypothesis strategies built from its vocabulary, assertions
about verdicts, and the properties every rule book must have (docs/testing.md). Needs hypothesis
(`pip install 'hrlaw[testing]'`).

    from datetime import timedelta

    from hypothesis import given

    import hrlaw
    from hrlaw.report import Verdict
    from hrlaw.testing import scenarios

    book = hrlaw.load_rulebook()

    exact = scenarios(
        book, ["detention.charge_deadline"], date="2021-06-10", partial=False, missing=False
    )

    @given(exact)
    def test_a_charge_within_48_hours_is_never_a_violation(scenario):
        facts = book.typed_facts(scenario)
        arrested, charged = facts.get("arrest.at"), facts.get("defendant.charged_at")
        if facts.get("defendant.charged") and arrested and charged:
            if charged - arrested <= timedelta(hours=48):
                result = book.check(scenario).result("detention.charge_deadline")
                assert result.verdict is not Verdict.VIOLATION, result.explanation
"""

try:
    import hypothesis  # noqa: F401
except ModuleNotFoundError as exc:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        "hrlaw.testing needs hypothesis: pip install 'hrlaw[testing]'", name=exc.name
    ) from exc

from hrlaw.testing.assertions import (
    assert_expectations,
    assert_verdict,
    assert_verdicts,
    verdicts,
)
from hrlaw.testing.properties import (
    answered,
    check_deterministic,
    check_monotone,
    check_reference,
    check_unchanged_agree,
    check_witnesses,
    stated,
    unchanged,
    with_facts,
)
from hrlaw.testing.strategies import (
    Vocabulary,
    completions,
    consistent,
    scenarios,
    values,
    vocabulary,
)

__all__ = [
    "Vocabulary",
    "answered",
    "assert_expectations",
    "assert_verdict",
    "assert_verdicts",
    "check_deterministic",
    "check_monotone",
    "check_reference",
    "check_unchanged_agree",
    "check_witnesses",
    "completions",
    "consistent",
    "scenarios",
    "stated",
    "unchanged",
    "values",
    "verdicts",
    "vocabulary",
    "with_facts",
]
