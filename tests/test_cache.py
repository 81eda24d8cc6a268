"""The cache of checked rule bases: a second load reads the cache and gives the same book; a
damaged entry is a miss, never an error; HRLAW_NO_CACHE turns it off; rule files that changed are
checked again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import hrlaw
from hrlaw import cache, rulebook

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HRLAW_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HRLAW_NO_CACHE", raising=False)
    monkeypatch.setattr(rulebook, "_LOADED", {})  # these tests are about the cache on disk
    return tmp_path / "cache"


def test_the_same_rules_loaded_again_in_one_process_give_the_same_book(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = hrlaw.load_rulebook(RULES)
    assert hrlaw.load_rulebook(RULES) is first
    monkeypatch.setenv("HRLAW_NO_CACHE", "1")
    assert hrlaw.load_rulebook(RULES) is not first


def entries(store: Path) -> list[Path]:
    return sorted(store.glob("book-*.pickle")) if store.exists() else []


def test_a_checked_rule_base_is_cached_and_read_back(store: Path) -> None:
    first = hrlaw.load_rulebook(RULES)
    (entry,) = entries(store)
    second = hrlaw.load_rulebook(RULES)
    assert second.checked == first.checked and second.digest == first.digest
    assert entries(store) == [entry]


def test_a_damaged_entry_is_a_miss(store: Path) -> None:
    book = hrlaw.load_rulebook(RULES)
    (entry,) = entries(store)
    entry.write_bytes(entry.read_bytes()[:100])  # truncated
    again = hrlaw.load_rulebook(RULES)
    assert again.checked == book.checked
    assert cache.load("book", "no such key", object) is None


def test_changed_rules_are_checked_again(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    copy.mkdir()
    for path in RULES.glob("*.hrl"):
        (copy / path.name).write_bytes(path.read_bytes())
    hrlaw.load_rulebook(copy)
    text = (copy / "strikes.hrl").read_text(encoding="utf-8")
    (copy / "strikes.hrl").write_text(text.replace("at least 0", "at least 1", 1), encoding="utf-8")
    changed = hrlaw.load_rulebook(copy)
    assert changed.facts["strike.meeting_attendance"].minimum == 1
    assert len(entries(store)) == 2


def test_no_cache_when_turned_off(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HRLAW_NO_CACHE", "1")
    hrlaw.load_rulebook(RULES)
    assert entries(store) == []


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HRLAW_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("HRLAW_NO_CACHE", raising=False)
    assert hrlaw.load_rulebook(RULES).provisions


def test_the_cache_keeps_the_entries_used_last(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    cache.save("book", "key 0", 0)
    cache.save("book", "key 1", 1)
    for entry in entries(store):
        os.utime(entry, (86400, 86400))  # both used long ago
    assert cache.load("book", "key 0", int) == 0  # used now: kept
    cache.save("book", "key 2", 2)  # the one used least recently goes
    kept = {cache.load("book", f"key {n}", int) for n in range(3)}
    assert len(entries(store)) == 2
    assert kept == {0, 2, None}
