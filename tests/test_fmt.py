"""`hrlaw fmt`: the canonical layout is stable, keeps comments, and never changes what a rule file
means: parse(fmt(x)) gives the same IR, and the same checked model, as parse(x).

Shipped files are checked as they are; generated modules (hypothesis builds the IR, the printer
writes it out) cover the constructs the shipped files do not use.
"""

from __future__ import annotations

import string
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hrlaw import model as m
from hrlaw.check import check
from hrlaw.cli import app
from hrlaw.lower import lower
from hrlaw.parser import keywords, parse
from hrlaw.printer import format_module, format_text
from hrlaw.rulebook import decode, rule_files
from hrlaw.source import SourceFile
from hrlaw.values import Duration, Money, Percent

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = rule_files(ROOT / "rules")


def lowered(text: str, name: str = "t.hrl") -> m.Module:
    file = SourceFile(name, text)
    return lower(file, parse(file))


def fmt(text: str) -> str:
    return format_text(SourceFile("t.hrl", text))


# ------------------------------------------------------------------------------ shipped files
@pytest.mark.parametrize("rule", SHIPPED, ids=lambda r: r.name)
def test_shipped_files_are_in_the_canonical_layout(rule: object) -> None:
    source = decode(rule)  # type: ignore[arg-type]
    assert format_text(source) == source.text


@pytest.mark.parametrize("rule", SHIPPED, ids=lambda r: r.name)
def test_formatting_keeps_the_meaning_of_shipped_files(rule: object) -> None:
    source = decode(rule)  # type: ignore[arg-type]
    scrambled = _scramble(source.text)
    assert scrambled != source.text
    assert lowered(scrambled) == lowered(source.text)
    once = fmt(scrambled)
    assert once == source.text  # back to the canonical layout, comments and all
    assert fmt(once) == once


def _scramble(text: str) -> str:
    """The same rules laid out badly: inside blocks, other indentation, trailing blanks, runs of
    blank lines, and `cite`/`explain` joined onto the line before."""
    out: list[str] = []
    inside = False  # blank lines inside a provision are the printer's; outside, the author's
    for line in text.splitlines():
        stripped = line.strip()
        inside = inside or line.startswith("provision ")
        if not line.startswith(" "):
            out.append(line)
            inside = inside and line != "}"
        elif stripped.startswith(("cite ", "explain ")):
            out[-1] = out[-1] + "    " + stripped
        elif stripped.startswith("#"):
            out.append(stripped)
        else:
            out += ["      " + stripped + "   ", *([""] if inside else [])]
    return "\n".join(out) + "\n"


def test_the_checked_model_is_the_same_after_formatting() -> None:
    before = check(sum((lowered(decode(r).text, r.name) for r in SHIPPED), m.Module()))
    after = check(sum((lowered(fmt(decode(r).text), r.name) for r in SHIPPED), m.Module()))
    assert after == before


# ------------------------------------------------------------------------------ comments
COMMENTED = """\
# header comment

# a section
fact case.made: bool ask "Was it made?"  # trailing comment
fact case.held: duration in hours ask "How long?"

provision t.p "P" {
  # before applies
  applies when case.made
    # inside the expression
    and case.held > 1 hour
  require r "r":   # after the header
    case.held <= 48 hours
    # between the lines of a clause
    cite s1 "Section" "q # not a comment"
  # before the closing brace
}
# at the end
"""


def test_every_comment_survives_formatting() -> None:
    out = fmt(COMMENTED)
    for line in COMMENTED.splitlines():
        if "#" in line and "not a comment" not in line:
            assert line[line.index("#") :].strip() in out
    assert out.count("#") == COMMENTED.count("#")
    assert lowered(out) == lowered(COMMENTED)
    assert fmt(out) == out


def test_a_blank_line_between_declarations_is_kept_and_runs_of_them_shrink() -> None:
    text = 'fact a.b: bool ask "?"\n\n\n\nfact a.c: bool ask "?"\nfact a.d: bool ask "?"\n'
    assert fmt(text) == 'fact a.b: bool ask "?"\n\nfact a.c: bool ask "?"\nfact a.d: bool ask "?"\n'


def test_long_conditions_break_before_each_operator() -> None:
    cond = " or ".join(f"case.flag_number_{i}" for i in range(8))
    facts = "".join(f"fact case.flag_number_{i}: bool\n" for i in range(8))
    out = fmt(facts + f'provision t.p "P" {{\n  applies when {cond}\n}}\n')
    lines = [line for line in out.splitlines() if "flag_number" in line and "fact" not in line]
    assert lines[0] == "  applies when case.flag_number_0"
    assert all(line.startswith("    or case.flag_number_") for line in lines[1:])


# ------------------------------------------------------------------------------ the command
def test_fmt_check_reports_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.hrl"
    path.write_text('fact   a.b:bool   ask "?"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--check", str(tmp_path)])
    assert result.exit_code == 1
    assert "would be reformatted" in result.output
    assert path.read_text(encoding="utf-8") == 'fact   a.b:bool   ask "?"\n'
    result = CliRunner().invoke(app, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == 'fact a.b: bool ask "?"\n'
    assert [p.name for p in tmp_path.iterdir()] == ["a.hrl"]  # no temporary file left behind
    assert CliRunner().invoke(app, ["fmt", "--check", str(path)]).exit_code == 0


def test_fmt_diff_shows_the_change(tmp_path: Path) -> None:
    path = tmp_path / "a.hrl"
    path.write_text('fact   a.b:bool   ask "?"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--diff", str(path)])
    assert '-fact   a.b:bool   ask "?"' in result.output
    assert '+fact a.b: bool ask "?"' in result.output
    assert result.exit_code == 1  # like --check: something would change
    assert path.read_text(encoding="utf-8") == 'fact   a.b:bool   ask "?"\n'  # nothing written


def test_fmt_refuses_a_broken_file_with_located_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.hrl"
    path.write_text("fact a.b: boool\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", str(path)])
    assert result.exit_code == 2
    assert "a.hrl:1:" in "".join(result.output.split())
    assert path.read_text(encoding="utf-8") == "fact a.b: boool\n"


# ------------------------------------------------------------------------------ generated modules
KEYWORDS = keywords()
WORD = st.text(string.ascii_lowercase, min_size=1, max_size=6).filter(lambda w: w not in KEYWORDS)
NAME = st.builds(lambda a, b: f"{a}.{b}", WORD, WORD)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r\x85\u2028\u2029"),
    max_size=30,
)
SOURCES = ("kz2017", "kz2021")


def literals() -> st.SearchStrategy[m.Expr]:
    quarter = st.integers(0, 4000).map(lambda n: Fraction(n, 4))
    return st.one_of(
        st.booleans().map(lambda b: m.Literal(b, m.BOOL)),
        st.integers(0, 10**6).map(lambda n: m.Literal(n, m.INTEGER)),
        quarter.map(lambda f: m.Literal(f, m.NUMBER)),
        quarter.map(lambda f: m.Literal(Duration(0, f * 3600), m.DURATION, "hours")),
        st.integers(0, 60).map(lambda n: m.Literal(Duration(n), m.DURATION, "months")),
        st.integers(0, 9).map(lambda n: m.Literal(Duration(12 * n), m.DURATION, "years")),
        quarter.map(lambda f: m.Literal(Money(f), m.MONEY, "tenge")),
        quarter.map(lambda f: m.Literal(Percent(f), m.PERCENT, "%")),
        st.dates(date(1990, 1, 1), date(2030, 1, 1)).map(lambda d: m.Literal(d, m.DATE)),
        st.datetimes(datetime(1990, 1, 1), datetime(2030, 1, 1)).map(
            lambda d: m.Literal(d.replace(microsecond=0), m.DATETIME)
        ),
    )


def expressions() -> st.SearchStrategy[m.Expr]:
    leaves = st.one_of(
        literals(),
        NAME.map(m.Ref),
        WORD.map(m.Symbol),
        st.lists(WORD, max_size=3, unique=True).map(lambda ws: m.SymbolSet(tuple(ws))),
    )

    def grow(children: st.SearchStrategy[m.Expr]) -> st.SearchStrategy[m.Expr]:
        ops = st.sampled_from
        return st.one_of(
            st.builds(m.Not, children),
            st.builds(m.Neg, children),
            st.builds(m.Logic, ops(["and", "or"]), children, children),
            st.builds(m.Arith, ops(["+", "-", "*", "/"]), children, children),
            st.builds(m.Compare, ops(["<", "<=", ">", ">=", "=", "!="]), children, children),
            st.builds(
                m.Member, ops(["in", "not in", "includes all", "includes any"]), children, children
            ),
            st.builds(m.If, children, children, children),
            st.builds(m.Call, WORD, st.lists(children, min_size=1, max_size=3).map(tuple)),
        )

    return st.recursive(leaves, grow, max_leaves=6)


def bounds() -> st.SearchStrategy[tuple[m.Bound, ...]]:
    one = st.one_of(
        st.builds(
            m.Bound, st.sampled_from(["since", "until"]), st.sampled_from(SOURCES), st.none()
        ),
        st.builds(
            m.Bound,
            st.sampled_from(["since", "until"]),
            st.none(),
            st.dates(date(2000, 1, 1), date(2030, 1, 1)),
        ),
    )
    return st.lists(one, max_size=2).map(tuple)


def citations() -> st.SearchStrategy[tuple[m.Citation, ...]]:
    aliased = st.builds(
        lambda s, k, q: m.Citation(s, "", q, k), st.sampled_from(SOURCES), WORD, TEXT
    )
    written = st.builds(m.Citation, st.sampled_from(SOURCES), TEXT, TEXT)
    return st.lists(st.one_of(aliased, written), max_size=3).map(tuple)


LITERALS = literals()
EXPRS = expressions()
BOUNDS = bounds()
CITES = citations()


@st.composite
def bodies(draw: st.DrawFn) -> m.Body:
    reqs = draw(
        st.lists(
            st.builds(
                m.Requirement,
                WORD,
                TEXT,
                EXPRS,
                CITES,
                st.none() | TEXT,
                BOUNDS,
            ),
            max_size=3,
            unique_by=lambda r: r.id,
        )
    )
    ids = [r.id for r in reqs] or ["r"]
    excs = draw(
        st.lists(
            st.builds(
                m.Exception_,
                WORD,
                st.sampled_from(ids),
                TEXT,
                EXPRS,
                st.none() | EXPRS,
                CITES,
                st.none() | TEXT,
                BOUNDS,
                st.lists(WORD, max_size=2).map(tuple),
            ),
            max_size=3,
        )
    )
    cons = draw(
        st.lists(
            st.builds(
                m.Contested,
                WORD,
                st.sampled_from(ids),
                TEXT,
                EXPRS,
                CITES,
                st.none() | TEXT,
                BOUNDS,
            ),
            max_size=2,
        )
    )
    order = {i: n for n, i in enumerate(ids)}
    excs.sort(key=lambda x: order[x.target])
    cons.sort(key=lambda x: order[x.target])
    penalty = st.one_of(
        st.builds(m.PenaltyRef, WORD),
        st.builds(m.Penalty, st.none(), TEXT, CITES, BOUNDS),
    )
    notes = st.lists(st.builds(m.Note, TEXT, CITES, BOUNDS), max_size=2).map(tuple)
    return m.Body(
        draw(st.none() | EXPRS),
        tuple(reqs),
        tuple(excs),
        tuple(cons),
        tuple(draw(st.lists(penalty, max_size=3))),
        draw(notes),
    )


def types() -> st.SearchStrategy[tuple[m.Type, tuple[tuple[str, str], ...]]]:
    basic = st.sampled_from(
        [m.BOOL, m.INTEGER, m.NUMBER, m.DURATION, m.DATE, m.DATETIME, m.MONEY, m.PERCENT]
    ).map(lambda t: (t, ()))

    @st.composite
    def enum(draw: st.DrawFn) -> tuple[m.Type, tuple[tuple[str, str], ...]]:
        values = draw(st.lists(WORD, min_size=1, max_size=5, unique=True))
        labelled = draw(st.lists(st.sampled_from(values), unique=True))
        labels = tuple((v, draw(TEXT)) for v in values if v in labelled)
        kind = draw(st.sampled_from([m.Kind.ENUM, m.Kind.SET]))
        return m.Type(kind, tuple(values)), labels

    return st.one_of(basic, enum())


TYPES = types()
BODIES = bodies()


@st.composite
def modules(draw: st.DrawFn) -> m.Module:
    sources = tuple(
        m.Source(
            sid,
            draw(TEXT),
            draw(st.none() | st.integers(1900, 2100)),
            date(2000 + i, 1, 1),
            date(2000 + i, 12, 31),
            draw(st.none() | TEXT),
            tuple(m.Section(k, draw(TEXT)) for k in draw(st.lists(WORD, max_size=2, unique=True))),
        )
        for i, sid in enumerate(draw(st.lists(st.sampled_from(SOURCES), unique=True)))
    )
    facts = []
    for name in draw(st.lists(NAME, max_size=3, unique=True)):
        t, labels = draw(TYPES)
        low = high = None
        if t.numeric:  # a declared range: `from LOW to HIGH`, `at least LOW`, `at most HIGH`
            ends = st.none() | st.integers(-1000, 1000).map(
                lambda n, t=t: Fraction(n, 1 if t.kind is m.Kind.INTEGER else 4)
            )
            low, high = draw(ends), draw(ends)
            if low is not None and high is not None and low > high:
                low, high = high, low
        facts.append(m.Fact(name, t, None, draw(st.none() | TEXT), labels, None, low, high))
    defines = [
        m.Define(
            name,
            draw(EXPRS),
            draw(st.none() | TEXT),
            tuple(
                m.Param(p, draw(TYPES)[0]) for p in draw(st.lists(WORD, max_size=2, unique=True))
            ),
        )
        for name in draw(st.lists(NAME, max_size=2, unique=True))
    ]
    rows = st.one_of(
        st.builds(m.ParamRow, st.sampled_from(SOURCES), st.none(), LITERALS, CITES.filter(bool)),
        st.builds(
            m.ParamRow, st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1)), LITERALS,
            CITES.filter(bool),
        ),
    )  # fmt: skip
    parameters = [
        m.Parameter(
            name,
            draw(TYPES)[0],
            None,
            draw(st.none() | TEXT),
            tuple(draw(st.lists(rows, min_size=1, max_size=2))),
        )
        for name in draw(st.lists(NAME, max_size=2, unique=True))
    ]
    penalties = [
        m.Penalty(name, draw(TEXT), draw(CITES), draw(BOUNDS))
        for name in draw(st.lists(WORD, max_size=2, unique=True))
    ]
    provisions = [
        m.Provision(
            name,
            draw(TEXT),
            draw(BODIES),
            tuple(m.Version(s, draw(BODIES)) for s in draw(st.lists(st.sampled_from(SOURCES)))),
            draw(BOUNDS),
        )
        for name in draw(st.lists(NAME, max_size=2, unique=True))
    ]  # fmt: skip
    constraints = [
        m.Constraint(name, draw(TEXT), draw(EXPRS))
        for name in draw(st.lists(NAME, max_size=2, unique=True))
    ]
    return m.Module(
        sources,
        tuple(facts),
        tuple(defines),
        tuple(parameters),
        tuple(penalties),
        tuple(provisions),
        constraints=tuple(constraints),
    )


def _print(module: m.Module) -> str:
    return format_module(module, SourceFile("gen.hrl", ""))


GENERATED = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@GENERATED
@given(modules())
def test_printing_a_module_and_reading_it_back_gives_the_same_ir(module: m.Module) -> None:
    text = _print(module)
    assert lowered(text, "gen.hrl") == module
    assert fmt(text) == text  # the printed form is already canonical
