"""hrlaw: check the facts of a case against Kazakh legal provisions as the U.S. State Department's
2017 and 2021 human rights reports describe them, with a verbatim citation for every verdict.

    import hrlaw
    book = hrlaw.load_rulebook()
    report = book.check(hrlaw.load_scenario("case.yaml"))
"""

from hrlaw.diagnostics import Diagnostic, HrlawError
from hrlaw.report import Report, Result, Verdict
from hrlaw.rulebook import RuleBook, __version__, load_rulebook
from hrlaw.scenario import Scenario, load_scenario

__all__ = [
    "Diagnostic",
    "HrlawError",
    "Report",
    "Result",
    "RuleBook",
    "Scenario",
    "Verdict",
    "__version__",
    "load_rulebook",
    "load_scenario",
]
