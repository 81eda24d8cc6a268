# ruff: noqa: E501  (a table of messages, each on one line as it is shown)
"""The checker's diagnostics, word for word: code, line, message and help of each error it reports
(the messages are hrlaw's own contract with the rule author: lowercase, no final period, input in
backticks, advice in the help). Every rule text below is checked on top of the small vocabulary of
test_diagnostic_codes (sources s1 and s2 with a section `a`; facts c.x, c.flag, c.kind).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_diagnostic_codes import LIMIT, OVERLAP, provision, req, rules

CASES = {
    "cycle": "define c.d = c.e\ndefine c.e = c.d\n",
    "cycle_dep": "define c.d = c.e\ndefine c.e = c.f\ndefine c.f = c.e\n",
    "selftype": "define c.s = p\n",
    "no_source_fields": 'source s3 "Three" { year 2019 }\n',
    "backwards": 'source s3 "Three" { year 2019 covers 2019-12-31 to 2019-01-01 }\n',
    "dup_source": 'source s1 "again" { year 2017 covers 2017-01-01 to 2017-12-31 }\n',
    "dotted": "fact flag: bool\n",
    "dup_fact": "fact c.flag: bool\n",
    "dup_define": "define c.flag = true\n",
    "param_dotted": 'parameter limit: duration\n  s1 72 hours\n    cite s1.a "q"\n',
    "dup_penalty": 'penalty p "one" cite s1.a "q"\npenalty p "two" cite s1.a "q"\n',
    "empty_quote": provision(req(extra='\n    cite s1.a ""')),
    "unknown_section": provision(req(extra='\n    cite s1.b "q"')),
    "param_missing": LIMIT + provision(req("c.x <= c.limit")),
    "param_invalid": LIMIT.replace("72 hours", "72 tenge"),
    "param_expr": LIMIT.replace("72 hours", "c.x"),
    "param_dup": LIMIT + '  s1 60 hours\n    cite s1.a "q"\n',
    "param_nocite": 'parameter c.lim: duration\n  s1 72 hours\n    cite s2.a "q"\n',
    "param_unknown_src": 'parameter c.lim: duration\n  s9 72 hours\n    cite s1.a "q"\n',
    "two_since": provision(req(extra="\n    since s1\n    since s2")),
    "period": provision(req(extra="\n    since s2\n    until s1")),
    "period_dates": provision(req(extra="\n    since 2021-06-01\n    until 2021-01-01")),
    "no_prefix": 'provision p "P" {\n' + req() + "\n}\n",
    "dup_version": 'provision t.p "P" {\n version s1 {'
    + req()
    + "}\n version s1 {"
    + req()
    + "}\n}\n",
    "no_req": provision("  applies when c.flag"),
    "no_req_under": 'provision t.p "P" {\n version s1 {' + req() + "}\n}\n",
    "unknown_req": provision(
        req(extra='\n  exception e for rr "e" when c.flag waived cite s1.a, s2.a "q"')
    ),
    "dup_label": provision(
        req(
            extra='\n  exception e for r "e" when c.flag waived cite s1.a, s2.a "q"\n  exception e for r "f" when c.flag waived cite s1.a, s2.a "q"'
        )
    ),
    "unknown_label": provision(
        req(
            extra='\n  exception e for r "e" when c.flag waived priority over f cite s1.a, s2.a "q"'
        )
    ),
    "missing_cite": provision('  require r "r": c.flag\n    cite s1.a "q"'),
    "unknown_penalty": provision(req() + "\n  penalty nothing"),
    "prio_cycle": provision(
        OVERLAP.replace("<= 72 hours", "<= 72 hours priority over e2").replace(
            "<= 24 hours", "<= 24 hours priority over e1"
        )
    ),
    "overlap": provision(OVERLAP),
    "template_cmp": provision(req("c.flag", extra='\n    explain "{value}"')),
    "template_unknown": provision(req(extra='\n    explain "{nope}"')),
    "template_text": provision('  require r "r {c.x}":\n    c.flag\n    cite s1.a, s2.a "q"'),
    "applies_type": provision("  applies when c.x\n" + req()),
    "exc_type": provision(
        req(extra='\n  exception e for r "e" when c.x waived cite s1.a, s2.a "q"')
    ),
    "constraint_param": LIMIT + 'constraint c.k "k": c.x <= c.limit\n',
    "macro_ref": "define f(x: duration) = x <= 1 hour\ndefine c.d = f\n",
    "macro_args": "define f(x: duration) = x <= 1 hour\ndefine c.d = f(1 hour, 2 hours)\n",
    "not_macro": "define c.d = g(1 hour)\n",
}

EXPECTED = {
    "cycle": [
        (
            "CYCLE",
            15,
            "`c.d` is defined in terms of itself: c.d -> c.e -> c.d",
            "definitions may not be recursive",
        ),
        (
            "CYCLE",
            16,
            "`c.e` is defined in terms of itself: c.e -> c.d -> c.e",
            "definitions may not be recursive",
        ),
    ],
    "cycle_dep": [
        (
            "CYCLE",
            15,
            "`c.d` depends on a recursive definition: c.e -> c.f -> c.e",
            "definitions may not be recursive",
        ),
        (
            "CYCLE",
            16,
            "`c.e` is defined in terms of itself: c.e -> c.f -> c.e",
            "definitions may not be recursive",
        ),
        (
            "CYCLE",
            17,
            "`c.f` is defined in terms of itself: c.f -> c.e -> c.f",
            "definitions may not be recursive",
        ),
    ],
    "selftype": [
        (
            "TYPE_MISMATCH",
            15,
            "`c.s` must have a type of its own",
            "a definition cannot be a bare enumeration value",
        ),
    ],
    "no_source_fields": [
        (
            "INVALID_SOURCE",
            15,
            "source `s3` needs `year` and `covers FROM to TO`",
            "e.g. `year 2021  covers 2021-01-01 to 2021-12-31`",
        ),
    ],
    "backwards": [
        ("INVALID_SOURCE", 15, "source `s3` covers a period that ends before it starts", None),
    ],
    "dup_source": [
        ("DUPLICATE", 15, "source `s1` is defined twice", "first defined at t.hrl:2:1"),
    ],
    "dotted": [
        (
            "DOTTED_NAME_REQUIRED",
            15,
            "fact name `flag` needs a namespace",
            "write e.g. `case.flag`",
        ),
    ],
    "dup_fact": [
        ("DUPLICATE", 15, "fact `c.flag` is defined twice", "first defined at t.hrl:13:1"),
    ],
    "dup_define": [
        ("DUPLICATE", 15, "name `c.flag` is defined twice", "first defined at t.hrl:13:1"),
    ],
    "param_dotted": [
        (
            "DOTTED_NAME_REQUIRED",
            15,
            "parameter name `limit` needs a namespace",
            "write e.g. `case.limit`",
        ),
    ],
    "dup_penalty": [
        ("DUPLICATE", 16, "penalty `p` is defined twice", "first defined at t.hrl:15:1"),
    ],
    "empty_quote": [
        ("EMPTY_QUOTE", 20, "citation has an empty quote", None),
    ],
    "unknown_section": [
        (
            "UNKNOWN_SECTION",
            20,
            "`s1` has no section `b`",
            'declare it in `source s1`: `section b "Section …"`',
        ),
    ],
    "param_missing": [
        (
            "PARAMETER_VALUE_MISSING",
            20,
            "`c.limit` has no value under `s2`, where `t.p` reads it",
            'add a row `s2 VALUE cite s2.SECTION "…"` to `c.limit`',
        ),
    ],
    "param_invalid": [
        ("PARAMETER_VALUE_INVALID", 17, "a value of `c.limit` must be duration, not money", None),
    ],
    "param_expr": [
        (
            "PARAMETER_VALUE_INVALID",
            17,
            "a value of `c.limit` must be written out, such as `48 hours`",
            None,
        ),
    ],
    "param_dup": [
        (
            "DUPLICATE",
            19,
            "value of `c.limit` for `s1` is defined twice",
            "first defined at t.hrl:17:3",
        ),
    ],
    "param_nocite": [
        (
            "MISSING_CITATION",
            16,
            "the `s1` value of `c.lim` cites nothing from it",
            "cite the sentence of `s1` that states the value",
        ),
    ],
    "param_unknown_src": [
        ("UNKNOWN_SOURCE", 16, "undeclared source `s9`", "declare it with `source`"),
    ],
    "two_since": [
        (
            "NO_REQUIREMENT",
            16,
            "provision `t.p` has no requirement under `s1`",
            "add a requirement, or bound the provision with `since`/`until` so that it is not in force under `s1`",
        ),
        ("MISPLACED_CLAUSE", 21, "more than one `since` report on requirement `r`", None),
    ],
    "period": [
        (
            "NO_REQUIREMENT",
            16,
            "provision `t.p` has no requirement under `s1`",
            "add a requirement, or bound the provision with `since`/`until` so that it is not in force under `s1`",
        ),
        (
            "NO_REQUIREMENT",
            16,
            "provision `t.p` has no requirement under `s2`",
            "add a requirement, or bound the provision with `since`/`until` so that it is not in force under `s2`",
        ),
        (
            "INVALID_PERIOD",
            21,
            "requirement `r` is in force under no report: `until` before `since`",
            None,
        ),
    ],
    "period_dates": [
        (
            "NO_REQUIREMENT",
            16,
            "provision `t.p` has no requirement under `s1`",
            "add a requirement, or bound the provision with `since`/`until` so that it is not in force under `s1`",
        ),
        (
            "INVALID_PERIOD",
            21,
            "requirement `r` is in force under no report: `until` before `since`",
            None,
        ),
    ],
    "no_prefix": [
        (
            "DOTTED_NAME_REQUIRED",
            15,
            "provision id `p` needs a domain prefix",
            "e.g. `detention.p`",
        ),
    ],
    "dup_version": [
        (
            "DUPLICATE",
            19,
            "version of `t.p` for `s1` is defined twice",
            "first defined at t.hrl:16:2",
        ),
        ("DUPLICATE", 19, "requirement `r` is defined twice", "first defined at t.hrl:16:16"),
    ],
    "no_req": [
        (
            "NO_REQUIREMENT",
            16,
            "provision `t.p` has no requirement under any report",
            'add `require ID "text": CONDITION`, cited from each report that states it',
        ),
    ],
    "no_req_under": [],
    "unknown_req": [
        (
            "UNKNOWN_REQUIREMENT",
            20,
            "exception `e` is for `rr`, which is not a requirement under `s1`",
            "did you mean `r`?",
        ),
        (
            "UNKNOWN_REQUIREMENT",
            20,
            "exception `e` is for `rr`, which is not a requirement under `s2`",
            "did you mean `r`?",
        ),
    ],
    "dup_label": [
        ("DUPLICATE", 21, "label `e` is defined twice", "first defined at t.hrl:20:3"),
    ],
    "unknown_label": [
        (
            "UNKNOWN_LABEL",
            20,
            "`e` takes priority over `f`, which is not an exception of this provision under `s1`",
            None,
        ),
        (
            "UNKNOWN_LABEL",
            20,
            "`e` takes priority over `f`, which is not an exception of this provision under `s2`",
            None,
        ),
    ],
    "missing_cite": [
        (
            "MISSING_CITATION",
            17,
            "requirement `r` is in force under `s2` but cites nothing from it",
            'add `cite s2.SECTION "verbatim quote"`, or bound the clause with `since`/`until` if `s2` does not state it',
        ),
    ],
    "unknown_penalty": [
        ("UNKNOWN_PENALTY", 20, "unknown penalty `nothing`", "declare it with `penalty NAME`"),
    ],
    "prio_cycle": [
        (
            "PRIORITY_CYCLE",
            20,
            "exception `e1` takes priority over itself through `priority over`",
            "priorities must form an order: remove one of them",
        ),
        (
            "PRIORITY_CYCLE",
            21,
            "exception `e2` takes priority over itself through `priority over`",
            "priorities must form an order: remove one of them",
        ),
    ],
    "overlap": [
        (
            "OVERLAPPING_EXCEPTIONS",
            21,
            "exceptions `e1` and `e2` to `r` can hold at once and neither has priority; a case where both hold is answered `undetermined`",
            "if one prevails, say so: `priority over e1` on `e2` (or the reverse); if they cannot both hold, make the conditions visibly exclusive",
        ),
    ],
    "template_cmp": [
        (
            "INVALID_TEMPLATE",
            17,
            "`{value}` needs a comparison requirement",
            "use `{fact.name}` placeholders for other requirements",
        ),
    ],
    "template_unknown": [
        (
            "INVALID_TEMPLATE",
            17,
            "unknown placeholder `{nope}` in explanation",
            "use {value}, {limit}, {margin} or {fact.name}",
        ),
    ],
    "template_text": [
        (
            "INVALID_TEMPLATE",
            17,
            "unknown placeholder `{c.x}` in the requirement's text",
            "a clause's text may name only parameters: `{parameter.name}`",
        ),
    ],
    "applies_type": [
        (
            "TYPE_MISMATCH",
            17,
            "`applies when` must be bool, not duration",
            "write a condition such as `x <= 48 hours` or `x is hazardous`",
        ),
    ],
    "exc_type": [
        (
            "TYPE_MISMATCH",
            20,
            "the condition of the exception must be bool, not duration",
            "write a condition such as `x <= 48 hours` or `x is hazardous`",
        ),
    ],
    "constraint_param": [
        (
            "INVALID_CONSTRAINT",
            19,
            "constraint `c.k` reads the parameter `c.limit`",
            "a constraint is checked before the law in force is chosen: compare facts with facts or with written values",
        ),
    ],
    "macro_ref": [
        (
            "TYPE_MISMATCH",
            16,
            "`c.d` must have a type of its own",
            "a definition cannot be a bare enumeration value",
        ),
    ],
    "macro_args": [
        ("INVALID_CALL", 16, "`f` takes 1 argument(s), not 2", None),
    ],
    "not_macro": [
        (
            "INVALID_CALL",
            15,
            "`g` is not a definition with parameters",
            "declare it with `define NAME(x: type) = …`",
        ),
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_checker_messages_word_for_word(case: str) -> None:
    found = [
        (d.code.name, d.span.line if d.span else None, d.message, d.help)
        for d in rules(CASES[case])(Path("."))
    ]
    assert found == EXPECTED[case]


def test_a_chain_of_definitions_too_deep_names_each_definition_past_the_limit() -> None:
    chain = "".join(f"define c.d{i} = not c.d{i + 1}\n" for i in range(60))
    found = rules(chain + "define c.d60 = " + "not " * 60 + "c.flag\n")(Path("."))
    assert [d.message for d in found] == [
        f"`c.d{i}` nests more than 100 levels deep through other definitions" for i in range(41)
    ]
    assert {(d.code.name, d.help) for d in found} == {
        ("TOO_DEEP", "flatten the chain of definitions")
    }
