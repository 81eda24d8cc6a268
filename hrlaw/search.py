"""Finding provisions by words (`hrlaw rules search`): every word must occur (case and accents
aside) in the provision's id, title, catalogue ids, clause texts, notes, parameter meanings or
the quotes it cites; the provisions whose id or title holds the words come first."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from hrlaw.rulebook import RuleBook

FIELDS = ("id", "title", "clause", "note", "quote")  # where a word was found, best first


def _fold(text: str) -> str:
    """Lowercase, without accents, typographic quotes as plain ones: what a search compares."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(str.maketrans("’‘“”", "''\"\""))


@dataclass(frozen=True)
class Hit:
    """Where a provision holds the words: (field, text) for each text holding one of them."""

    provision: str
    title: str
    domain: str
    found: tuple[tuple[str, str], ...]

    @property
    def rank(self) -> tuple[int, int]:
        best = min(FIELDS.index(field) for field, _ in self.found)
        return best, -len(self.found)


def _texts(described: dict[str, object]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("id", str(described["id"])), ("title", str(described["title"]))]
    out += [("id", str(a)) for a in cast(list[str], described["aliases"])]
    for version in cast(list[dict[str, object]], described["versions"]):
        for kind in ("requirements", "exceptions", "contested", "penalties"):
            for clause in cast(list[dict[str, object]], version[kind]):
                out.append(("clause", str(clause["text"])))
        for note in cast(list[dict[str, object]], version["notes"]):
            out.append(("note", str(note["text"])))
    for cite in cast(list[dict[str, str]], described["citations"]):
        out.append(("quote", cite["quote"]))
    return list(dict.fromkeys(out))


def search(book: RuleBook, words: Sequence[str]) -> list[Hit]:
    """The provisions holding every word, best first (a word in the id or title, then in a
    clause, a note, a quote; more texts holding them first)."""
    wanted = [_fold(w) for w in words if w.strip()]
    hits: list[Hit] = []
    for p in book.provisions:
        described = book.describe(p.id)
        texts = _texts(described)
        folded = [(field, text, _fold(text)) for field, text in texts]
        every = " ".join(f for _, _, f in folded)
        if not all(w in every for w in wanted):
            continue
        found = tuple((field, text) for field, text, f in folded if any(w in f for w in wanted))
        hits.append(Hit(p.id, p.title, str(described.get("domain", "")), found))
    return sorted(hits, key=lambda h: h.rank)
