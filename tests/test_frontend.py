"""Parser, lowering and checker diagnostics: stable code, message, and the span they point at."""

from __future__ import annotations

import pytest
from helpers import diagnostics

from hrlaw.diagnostics import Diagnostic, HrlawError
from hrlaw.rulebook import RuleFile, build

FACTS = """
fact case.held: duration in hours ask "How long was the person held?"
fact case.made: bool ask "Was an arrest made?"
fact case.count: integer ask "How many?"
fact case.kind: one of {normal, heavy_manual, hazardous} ask "Which kind?"
fact case.pay: money ask "Pay?"
"""


def provision(body: str, *, applies: str = "case.made", version: str = "s1") -> str:
    return (
        FACTS + f'provision t.p "Test" {{\n  applies when {applies}\n'
        f"  version {version} {{\n{body}\n  }}\n}}\n"
    )


def req(expr: str, *, cite: bool = True, rid: str = "r1") -> str:
    citation = '\n      cite s1 "Section 1" "quote"' if cite else ""
    return f'    require {rid} "a requirement":\n      {expr}{citation}'


def only(diags: list[Diagnostic], code: str) -> Diagnostic:
    found = [d for d in diags if d.code == code]
    assert found, f"no {code} among {[(d.code, d.message) for d in diags]}"
    return found[0]


def test_hr101_unexpected_token_points_at_the_token() -> None:
    d = only(diagnostics(provision(req("case.held <= <= 48 hours"))), "HR101")
    assert d.message == "unexpected `<=`"
    assert d.span is not None and d.span.text == "<="
    assert d.help is not None and "expected" in d.help


def test_hr102_unexpected_end_of_file() -> None:
    d = only(diagnostics(FACTS + 'provision t.p "Test" {\n  version s1 {'), "HR102")
    assert d.message == "unexpected end of file"


def test_hr103_unexpected_character_with_location() -> None:
    d = only(diagnostics(FACTS + "fact case.x: bool @\n"), "HR103")
    assert d.message == "unexpected character `@`"
    assert d.span is not None and (d.span.line, d.span.column) == (7, 19)


def test_syntax_errors_in_two_declarations_are_both_reported() -> None:
    text = (
        FACTS + 'provision a.b "x" { applies when }\nprovision c.d "y" { version s1 { require } }\n'
    )
    diags = diagnostics(text)
    assert [d.code for d in diags] == ["HR101", "HR101"]
    assert [d.span.line for d in diags if d.span] == [7, 8]


def test_hr201_unknown_unit_suggests_the_right_one() -> None:
    d = only(diagnostics(provision(req("case.held <= 48 hourz"))), "HR201")
    assert d.message == "unknown unit `hourz`"
    assert d.help == "did you mean `hours`?"
    assert d.span is not None and d.span.text == "hourz"
    abbreviated = only(diagnostics(provision(req("case.held <= 48 hr"))), "HR201")
    assert abbreviated.help == "did you mean `hours`?"


def test_hr202_impossible_date() -> None:
    d = only(diagnostics(FACTS + 'source s3 "x" { year 2019 covers 2019-02-30 to 2019-12-31 }\n'),
             "HR202")  # fmt: skip
    assert d.message == "`2019-02-30` is not a real date"


def test_hr204_duplicate_enumeration_value() -> None:
    d = only(diagnostics("fact case.k: one of {a, b, a}\n"), "HR204")
    assert d.message == "`a` is listed twice"


def test_hr301_unknown_fact_with_did_you_mean() -> None:
    d = only(diagnostics(provision(req("case.hled <= 48 hours"))), "HR301")
    assert d.message == "unknown fact `case.hled`"
    assert d.help == "did you mean `case.held`?"
    assert d.span is not None and d.span.text == "case.hled"


def test_hr302_duplicate_fact_names_the_first() -> None:
    d = only(diagnostics(FACTS + "fact case.made: integer\n"), "HR302")
    assert d.message == "fact `case.made` is defined twice"
    assert d.help is not None and "t.hrl:3:1" in d.help


def test_hr303_type_mismatch_in_requirement() -> None:
    d = only(diagnostics(provision(req("case.count + 1"))), "HR303")
    assert d.message == "requirement `r1` must be bool, not integer"
    assert d.span is not None and d.span.text == "case.count + 1"


def test_hr304_unit_mismatch_duration_vs_money() -> None:
    d = only(diagnostics(provision(req("case.held <= 100 tenge"))), "HR304")
    assert d.message == "cannot compare duration with money"
    assert d.span is not None and d.span.text == "case.held <= 100 tenge"


def test_hr304_adding_money_to_a_duration() -> None:
    d = only(diagnostics(provision(req("case.held + case.pay <= 48 hours"))), "HR304")
    assert d.message == "cannot compute duration + money"


def test_hr305_requirement_without_citation() -> None:
    d = only(diagnostics(provision(req("case.held <= 48 hours", cite=False))), "HR305")
    assert d.message == "requirement `r1` is in force under `s1` but cites nothing from it"
    assert d.help is not None and "cite s1." in d.help


def test_hr306_version_names_undeclared_source() -> None:
    d = only(diagnostics(provision(req("case.made"), version="s9")), "HR306")
    assert d.message == "undeclared source `s9`"


def test_hr307_exception_for_unknown_requirement() -> None:
    body = req("case.held <= 48 hours", rid="in_time") + (
        '\n    exception x1 for in_tme "longer" when case.made require case.held <= 72 hours'
        '\n      cite s1 "Section 1" "q"'
    )
    d = only(diagnostics(provision(body)), "HR307")
    assert d.message == "exception `x1` is for `in_tme`, which is not a requirement under `s1`"
    assert d.help == "did you mean `in_time`?"


def test_hr308_unknown_enumeration_value() -> None:
    d = only(diagnostics(provision(req("case.kind is hazardus"))), "HR308")
    assert d.message == "`hazardus` is not one of {normal, heavy_manual, hazardous}"
    assert d.help == "did you mean `hazardous`?"


def test_hr309_cyclic_definitions() -> None:
    text = FACTS + "define case.a = case.b + 1\ndefine case.b = case.a + 1\n"
    d = only(diagnostics(text), "HR309")
    assert "defined in terms of itself" in d.message
    assert "case.a -> case.b -> case.a" in d.message


def test_hr310_unknown_placeholder_in_explanation() -> None:
    body = req("case.held <= 48 hours") + '\n      explain "held {case.hold}"'
    d = only(diagnostics(provision(body)), "HR310")
    assert d.message == "unknown placeholder `{case.hold}` in explanation"
    assert d.help == "did you mean `case.held`?"


def test_hr311_provision_without_requirement() -> None:
    d = only(diagnostics(FACTS + 'provision t.q "No requirement" { applies when case.made }\n'),
             "HR311")  # fmt: skip
    assert d.message == "provision `t.q` has no requirement under any report"


def test_hr313_fact_needs_a_namespace() -> None:
    d = only(diagnostics("fact held: bool\n"), "HR313")
    assert d.message == "fact name `held` needs a namespace"


def test_all_errors_of_a_file_are_reported_together() -> None:
    body = "\n".join(
        [
            req("case.hled <= 48 hourz"),  # HR201 (lowering stops before checking)
        ]
    )
    assert [d.code for d in diagnostics(provision(body))] == ["HR201"]
    checked = provision(
        req("case.hled <= 48 hours", cite=False)
        + '\n    require r2 "b": case.kind is hazardus\n      cite s9 "S" "q"'
    )
    codes = sorted(d.code for d in diagnostics(checked))
    # r1 cites nothing; r2 cites an undeclared source, so nothing from s1 either
    assert codes == ["HR301", "HR305", "HR305", "HR306", "HR308"]


def test_rendered_diagnostic_shows_the_line_and_underlines_the_span() -> None:
    d = only(diagnostics(provision(req("case.hled <= 48 hours"))), "HR301")
    text = d.render()
    lines = text.splitlines()
    assert lines[0] == "error[HR301]: unknown fact `case.hled`"
    assert lines[1].startswith("  --> t.hrl:")
    source_line = next(line for line in lines if "case.hled <= 48 hours" in line)
    caret_line = lines[lines.index(source_line) + 1]
    col = source_line.index("case.hled")
    assert caret_line[col : col + 9] == "^" * 9
    assert "= help: did you mean `case.held`?" in text


def test_hr003_rule_file_that_is_not_utf8() -> None:
    with pytest.raises(HrlawError) as err:
        build([RuleFile("bad.hrl", b"fact case.a: bool\n\xff\xfe")])
    assert err.value.codes == ["HR003"]
    assert "line 2, column 1" in err.value.diagnostics[0].message


def test_hr005_no_rule_files() -> None:
    with pytest.raises(HrlawError) as err:
        build([])
    assert err.value.codes == ["HR005"]


def test_errors_from_several_files_are_collected() -> None:
    with pytest.raises(HrlawError) as err:
        build([RuleFile("a.hrl", b"fact case.a: bool @"), RuleFile("b.hrl", b"fact b: bool ask")])
    names = sorted(d.location().split(":")[0] for d in err.value.diagnostics)
    assert names == ["a.hrl", "b.hrl"]


def test_hr207_expression_nested_too_deeply_is_located() -> None:
    deep = " + ".join(["case.count"] * 150)
    d = only(diagnostics(provision(req(f"{deep} > 1"))), "HR207")
    assert d.message == "expression nested more than 100 levels deep"
    assert d.span is not None and d.span.line == 11  # the line of the expression


def test_hr207_chain_of_definitions_too_deep_in_any_order() -> None:
    chain = [f"define case.d{i} = case.d{i - 1} + 1" for i in range(1, 400)]
    for defines in (chain, list(reversed(chain))):
        text = FACTS + "define case.d0 = case.count + 1\n" + "\n".join(defines) + "\n"
        codes = {d.code for d in diagnostics(text)}
        assert codes == {"HR207"}


def test_hr309_a_definition_that_uses_a_cycle() -> None:
    text = FACTS + "define case.a = case.b + 1\ndefine case.b = case.a + 1\n"
    text += "define case.c = case.a + 1\n"
    messages = sorted(d.message for d in diagnostics(text) if d.code == "HR309")
    assert messages[-1] == "`case.c` depends on a recursive definition: case.a -> case.b -> case.a"
