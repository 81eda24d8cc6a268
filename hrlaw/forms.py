"""Values in the text forms a scenario states them in (`60 hours`, `2021-06-10T08:00`, `125%`,
`under 16`), and scenarios written as plain YAML: what hrlaw writes for a lawyer to read (witness
scenarios of `hrlaw verify` and `hrlaw diff`) and reads back exactly (`coerce`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import date as Day
from fractions import Fraction

from hrlaw import model as m
from hrlaw.values import DAY, Between, Duration, Money, PartialSet, Percent, Period

_SECOND_UNITS = (("weeks", 7 * DAY), ("days", DAY), ("hours", 3600), ("minutes", 60))


class NoTextForm(ValueError):
    """A value no scenario can state exactly (a third of a tenge, a range open at both ends)."""


def decimal(value: Fraction | int) -> str:
    """`value` as an exact decimal (`1.25`, `48`); NoTextForm when it has none (`1/3`)."""
    value = Fraction(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, rest = divmod(value.numerator, value.denominator)
    if rest == 0:
        return f"{sign}{whole}"
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        raise NoTextForm(f"{value} has no exact decimal form")
    digits = max(twos, fives)
    scaled = value * 10**digits
    text = str(scaled.numerator // scaled.denominator).rjust(digits + 1, "0")
    return f"{sign}{text[:-digits]}.{text[-digits:]}".rstrip("0").rstrip(".")


def _unit_word(amount: Fraction, unit: str) -> str:
    return f"{decimal(amount)} {unit[:-1] if amount == 1 else unit}"


def duration_text(value: Duration, unit: str | None = None) -> str:
    """`72 hours`, `3 days`, `2 months`, `10 years`, `1 month 12 hours`: in the fact's own unit
    when the value is a whole number of it, else in the largest unit it is a whole number of."""
    if value.months < 0 or value.seconds < 0:
        raise NoTextForm("a negative duration has no text form")
    parts: list[str] = []
    if value.months:
        if value.months % 12 == 0 and unit != "months":
            parts.append(_unit_word(Fraction(value.months, 12), "years"))
        else:
            parts.append(_unit_word(Fraction(value.months), "months"))
    secs = value.seconds
    if secs or not parts:
        own = dict(_SECOND_UNITS).get(unit or "")
        if own is not None and (secs / own).denominator == 1:
            parts.append(_unit_word(secs / own, unit or ""))
        elif secs == 0:
            parts.append("0 hours")
        else:
            for name, size in _SECOND_UNITS:
                if (secs / size).denominator == 1:
                    parts.append(_unit_word(secs / size, name))
                    break
            else:
                parts.append(_unit_word(secs / 60, "minutes"))
    return " ".join(parts)


def datetime_text(value: datetime) -> str:
    if value.microsecond:
        return value.isoformat(timespec="microseconds")
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def text_form(value: object, fact: m.Fact | None = None) -> object:
    """What a scenario writes for `value` (a string, or a list or mapping for a set): exactly
    the value `coerce` reads back. NoTextForm for a value no scenario can state."""
    unit = fact.unit if fact is not None else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Fraction):
        return decimal(value)
    if isinstance(value, Duration):
        return duration_text(value, unit)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Money):
        return f"{decimal(value.amount)} tenge"
    if isinstance(value, Percent):
        return f"{decimal(value.value)}%"
    if isinstance(value, str):
        return value
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, PartialSet):
        return {"includes": sorted(value.included), "excludes": sorted(value.excluded)}
    if isinstance(value, Between):
        return range_text(value, fact)
    raise NoTextForm(f"no text form for {type(value).__name__}")


def range_text(value: Between, fact: m.Fact | None = None) -> str:
    """`under 16`, `at least 48 hours`, `between 14 and 15`: a range a scenario can state."""

    def end(x: object) -> str:
        shown = text_form(x, fact)
        assert isinstance(shown, str)
        return shown

    lo, hi = value.lo, value.hi
    if lo is not None and hi is not None:
        if value.lo_open or value.hi_open:
            raise NoTextForm("a range open at an end between two values has no text form")
        return f"between {end(lo)} and {end(hi)}"
    if lo is not None:
        return f"{'more than' if value.lo_open else 'at least'} {end(lo)}"
    if hi is not None:
        return f"{'under' if value.hi_open else 'at most'} {end(hi)}"
    raise NoTextForm("a range open at both ends says nothing: leave the fact out")


# ---------------------------------------------------------------------------- YAML
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.:%+-]*")
_RESERVED = {"null", "~", "true", "false", "yes", "no", "on", "off"}


def _scalar(text: str, *, key: bool = False) -> str:
    """A YAML scalar that reads back as `text`: plain when that is unambiguous, else quoted."""
    plain = _PLAIN.fullmatch(text) and not text.endswith(" ") and ": " not in text
    if key:
        plain = plain and ":" not in text
    if plain and (key or text.lower() not in _RESERVED or text in ("true", "false")):
        return text
    return json.dumps(text, ensure_ascii=False)


def _value(raw: object) -> str:
    if isinstance(raw, list):
        return "[" + ", ".join(_scalar(str(x)) for x in raw) + "]"
    assert isinstance(raw, str), raw
    return _scalar(raw)


@dataclass(frozen=True)
class ScenarioText:
    """A scenario to write: facts by dotted name, each in its text form."""

    date: Day | Period
    facts: Mapping[str, object]  # dotted name -> text form (str, list, or includes/excludes)
    title: str | None = None
    expect: Mapping[str, str] = field(default_factory=dict)
    as_of: Day | None = None
    notes: str | None = None


def _nest(facts: Mapping[str, object]) -> dict[str, object]:
    """Dotted names nested by their parts (`arrest: {made: true}`), where no name is a prefix
    of another; otherwise kept dotted."""
    names = sorted(facts)
    tree: dict[str, object] = {}
    for name in names:
        if any(other.startswith(name + ".") for other in names):
            tree[name] = facts[name]
            continue
        *path, leaf = name.split(".")
        node = tree
        for part in path:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                tree[name] = facts[name]
                break
            node = child
        else:
            node[leaf] = facts[name]
    return tree


def _lines(tree: Mapping[str, object], indent: int) -> list[str]:
    out: list[str] = []
    pad = "  " * indent
    for key, raw in tree.items():
        if isinstance(raw, dict):
            out.append(f"{pad}{_scalar(key, key=True)}:")
            out += _lines(raw, indent + 1)
        else:
            out.append(f"{pad}{_scalar(key, key=True)}: {_value(raw)}")
    return out


def scenario_yaml(scenario: ScenarioText) -> str:
    """The scenario as YAML in the format of docs/scenarios.md."""
    out: list[str] = []
    if scenario.title:
        out.append(f"title: {_scalar(scenario.title)}")
    out.append(f"date: {scenario.date}")
    if scenario.as_of is not None:
        moment = scenario.as_of
        out.append(f"as_of: {datetime_text(moment) if isinstance(moment, datetime) else moment}")
    if scenario.notes:
        out.append(f"notes: {_scalar(scenario.notes)}")
    sets = {n: v for n, v in scenario.facts.items() if isinstance(v, dict)}
    plain = {n: v for n, v in scenario.facts.items() if not isinstance(v, dict)}
    tree = _nest({**plain, **{n: "__partial__" for n in sets}})
    _put_sets(tree, "", sets)
    out.append("facts:" if tree else "facts: {}")
    out += _lines(tree, 1)
    if scenario.expect:
        out.append("expect:")
        out += [f"  {_scalar(pid, key=True)}: {v}" for pid, v in scenario.expect.items()]
    return "\n".join(out) + "\n"


def _put_sets(tree: dict[str, object], prefix: str, sets: Mapping[str, object]) -> None:
    """Replace the placeholders of sets known in part by their `includes`/`excludes` maps."""
    for key, raw in list(tree.items()):
        name = prefix + key
        if isinstance(raw, dict):
            _put_sets(raw, name + ".", sets)
        elif raw == "__partial__" and name in sets:
            known = sets[name]
            assert isinstance(known, dict)
            tree[key] = {part: known[part] for part in ("includes", "excludes") if part in known}
