"""The fact vocabulary of a rule base, for people and tools (`RuleBook.vocabulary()`, `hrlaw
facts`, templates, the scenario JSON Schema): each fact a scenario may state, its question, the
values it takes and the forms it may be written in."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from hrlaw import model as m
from hrlaw.check import CheckedBook
from hrlaw.coerce import accepted_forms
from hrlaw.report import Option
from hrlaw.typed import given_as


class FactEntry(BaseModel):
    """One fact a scenario may state. For a derived fact (`derived`), `type` is `derived`,
    `question` is what it means, `value_type` the type of the value it may be given as, and
    `definition` the rule text that computes it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fact: str
    type: str
    unit: str | None
    question: str | None
    options: list[Option]
    forms: list[str]  # an example of each form a scenario may give it in
    derived: bool
    value_type: str
    definition: str | None = None

    def as_json(self) -> dict[str, object]:
        """The `hrlaw facts --format json` object (docs/json.md)."""
        data = self.model_dump(mode="json", exclude={"value_type"})
        if not self.derived:
            del data["definition"]
        return data


def entry(fact: m.Fact) -> FactEntry:
    return FactEntry(
        fact=fact.name,
        type=str(fact.type),
        unit=fact.unit,
        question=fact.question,
        options=[Option(value=v, label=fact.label(v)) for v in fact.type.values],
        forms=accepted_forms(fact),
        derived=False,
        value_type=str(fact.type),
    )


def vocabulary(book: CheckedBook) -> list[FactEntry]:
    """Every fact, in the rule base's order, then every derived fact (those a scenario may also
    state directly have `forms`; the others none)."""
    found = [entry(f) for f in book.facts.values()]
    for d in book.defines.values():
        given = given_as(book, d.name)
        found.append(
            FactEntry(
                fact=d.name,
                type="derived",
                unit=None,
                question=d.meaning,
                options=[],
                forms=accepted_forms(given) if given is not None else [],
                derived=True,
                value_type=str(given.type) if given is not None else "",
                definition=" ".join(d.expr.span.text.split()) if d.expr.span else None,
            )
        )
    return found


def statable(book: CheckedBook, name: str) -> m.Fact | None:
    """The fact (or derived fact, as a scenario may state it) called `name`; None if a scenario
    cannot state it."""
    fact = book.facts.get(name)
    if fact is not None:
        return fact
    return given_as(book, name) if name in book.defines else None
