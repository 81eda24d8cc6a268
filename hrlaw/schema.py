"""A JSON Schema (draft 2020-12) of the scenario format for a rule base (`hrlaw schema`): editors
that read YAML through JSON Schema (yaml-language-server) complete fact names, show each fact's
question and check its values. It states the shape only; `hrlaw check` remains the judge (units,
ranges, dates within the supported years, derived facts that disagree)."""

from __future__ import annotations

import json

from hrlaw import model as m
from hrlaw.coerce import accepted_forms
from hrlaw.report import Verdict
from hrlaw.rulebook import RuleBook
from hrlaw.typed import PARTS
from hrlaw.vocabulary import statable

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# as YAML reads them: a date may be text (2021-06-10) or, written as a year, a number (2021)
_WHEN: dict[str, object] = {
    "type": ["string", "integer"],
    "pattern": r"^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$",
}
_MOMENT: dict[str, object] = {"type": ["string", "integer"]}
_TEXT: dict[str, object] = {"type": "string"}


def _value(fact: m.Fact) -> dict[str, object]:
    """What a fact's value may be, as YAML reads it; blank (null) is always allowed: unknown."""
    kind = fact.type.kind
    values = list(fact.type.values)
    if kind is m.Kind.BOOL:
        shape: dict[str, object] = {
            "anyOf": [{"type": "boolean"}, {"enum": ["true", "false", "yes", "no"]}]
        }
    elif kind is m.Kind.INTEGER:
        number: dict[str, object] = {"type": "integer"}
        if fact.minimum is not None:
            number["minimum"] = int(fact.minimum)
        if fact.maximum is not None:
            number["maximum"] = int(fact.maximum)
        shape = {"anyOf": [number, _TEXT]}  # text: `under 16`, `16 persons`, a range
    elif kind in (m.Kind.NUMBER, m.Kind.MONEY, m.Kind.PERCENT):
        shape = {"type": ["number", "string"]}
    elif kind in (m.Kind.DATE, m.Kind.DATETIME):
        shape = _MOMENT  # a year alone reads as a number
    elif kind is m.Kind.ENUM:
        shape = {"enum": values}
    elif kind is m.Kind.SET:
        shape = {"type": "array", "items": {"enum": values}, "uniqueItems": True}
    else:
        shape = _TEXT  # a duration, and anything written as text
    said = " ".join((fact.question or fact.name).split())
    if values:
        said += " — " + "; ".join(f"{v}: {fact.label(v)}" for v in values)
    found: dict[str, object] = {
        "description": said,
        "anyOf": [shape, {"type": "null"}],
    }
    forms = [f.split(" (")[0] for f in accepted_forms(fact)]
    if forms:
        found["examples"] = forms
    return found


def _nodes(names: list[str]) -> set[str]:
    """Every proper prefix of a dotted name: the groups a scenario may nest facts in."""
    found: set[str] = set()
    for name in names:
        parts = name.split(".")
        found.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return found


def scenario_schema(book: RuleBook) -> dict[str, object]:
    """The JSON Schema of a scenario for `book`: every fact (and derived fact a scenario may
    state) under its dotted name, nested by its parts or written dotted at any level; a set
    known in part as `{includes: [...], excludes: [...]}`; `expect` keyed by provision id."""
    facts: dict[str, m.Fact] = {}
    for name in [*book.facts, *book.defines]:
        fact = statable(book.checked, name)
        if fact is not None:
            facts[name] = fact
    leaves: dict[str, dict[str, object]] = {n: _value(f) for n, f in facts.items()}
    for name, fact in facts.items():
        if fact.type.kind is m.Kind.SET:  # a set known in part
            part = {"type": "array", "items": {"enum": list(fact.type.values)}}
            for key in PARTS:
                leaves[f"{name}.{key}"] = {"anyOf": [part, {"type": "null"}]}
    nodes = _nodes(list(leaves))
    defs: dict[str, object] = {}

    def ref(name: str) -> dict[str, object]:
        """The schema of whatever `name` may hold: a value, a group of facts, or either."""
        shapes: list[dict[str, object]] = []
        if name in leaves:
            shapes.append({"$ref": f"#/$defs/fact:{name}"})
        if name in nodes:
            shapes.append({"$ref": f"#/$defs/group:{name}"})
        return shapes[0] if len(shapes) == 1 else {"anyOf": shapes}

    def group(prefix: str) -> dict[str, object]:
        inner = sorted(n for n in leaves.keys() | nodes if n.startswith(prefix))
        return {
            "type": "object",
            "properties": {n[len(prefix) :]: ref(n) for n in inner},
            "additionalProperties": False,
        }

    for name, leaf in leaves.items():
        defs[f"fact:{name}"] = leaf
    for node in sorted(nodes):
        defs[f"group:{node}"] = group(node + ".")
    ids = sorted({p.id for p in book.provisions} | book.checked.aliases().keys())
    return {
        "$schema": DIALECT,
        "title": "hrlaw scenario",
        "description": "The facts of a case and the date of the events, checked by `hrlaw "
        f"check` against the rule base {book.digest}.",
        "type": "object",
        "required": ["date"],
        "additionalProperties": False,
        "properties": {
            "title": _TEXT,
            "description": _TEXT,
            "notes": _TEXT,
            "date": {
                "description": "The date of the events (YYYY-MM-DD, YYYY-MM or YYYY): it selects "
                "the law in force.",
                **_WHEN,
            },
            "as_of": {
                "description": "When the case is assessed (a date, or a date and time): a "
                "custody, term or notice still running is judged up to here.",
                **_MOMENT,
            },
            "facts": {"anyOf": [group(""), {"type": "null"}]},
            "expect": {
                "description": "The verdict expected of each provision, checked by `hrlaw check`.",
                "type": "object",
                "propertyNames": {"enum": ids},
                "additionalProperties": {"enum": [v.value for v in Verdict]},
            },
        },
        "$defs": defs,
    }


def schema_text(book: RuleBook) -> str:
    return json.dumps(scenario_schema(book), indent=2, ensure_ascii=False) + "\n"
