"""A cache of what does not change between runs: the compiled grammar and checked rule bases,
keyed by the digest of their text and hrlaw's version, so that a `hrlaw check` does not parse and
check the same rule files again.

The cache lives in `$HRLAW_CACHE_DIR`, else `$XDG_CACHE_HOME/hrlaw`, else `~/.cache/hrlaw` (created
private to the user, like Python's own bytecode cache); `HRLAW_NO_CACHE=1` turns it off. Entries
are written atomically (a temporary file renamed into place). Anything wrong with an entry —
missing, unreadable, truncated, from other code — is a miss: the work is done again, never an
error. Each kind keeps its `MAX_ENTRIES` most recently used entries: older ones (other rule
files, an older hrlaw) are removed when a new one is written, so the folder does not grow.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import TypeVar

from hrlaw.files import atomic_binary_writer

T = TypeVar("T")
VERSION = "1"  # of the cache's own layout: bump when a cached type changes shape
MAX_ENTRIES = 32  # per kind


def folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    if os.environ.get("HRLAW_NO_CACHE"):
        return None
    chosen = os.environ.get("HRLAW_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hrlaw"


def _path(kind: str, key: str) -> Path | None:
    where = folder()
    if where is None:
        return None
    name = hashlib.sha256(key.encode()).hexdigest()[:32]
    return where / f"{kind}-{name}-{_code()}.pickle"


@cache
def _code() -> str:
    """hrlaw's own code, in short: a cached object is only read back by the code that wrote it
    (each module's size and modification time, the Python and the cache layout)."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}-v{VERSION}".encode())
    package = Path(__file__).parent
    for path in sorted(package.glob("*.py")):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def load(kind: str, key: str, expected: type[T]) -> T | None:
    """The cached object for `key`, or None."""
    path = _path(kind, key)
    if path is None:
        return None
    try:
        with path.open("rb") as f:
            value = pickle.load(f)  # the user's own cache, written by hrlaw
    except Exception:  # any damage is a miss
        return None
    if not isinstance(value, expected):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: kept when older entries are removed
    return value


def save(kind: str, key: str, value: object) -> None:
    """Remember `value` for `key`, atomically; a cache that cannot be written is skipped."""
    path = _path(kind, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_binary_writer(path) as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a cache that cannot be written (full disk, read-only home, …) is skipped
        return
    _prune(path.parent, kind, path)


def _prune(where: Path, kind: str, new: Path) -> None:
    """Remove the entries of `kind` beyond the `MAX_ENTRIES` most recently used (`new`, just
    written, is kept whatever the file system's clock says)."""

    def used(entry: Path) -> int:
        try:
            return entry.stat().st_mtime_ns
        except OSError:  # removed meanwhile by another process
            return 0

    others = [e for e in where.glob(f"{kind}-*.pickle") if e != new]
    for old in sorted(others, key=used, reverse=True)[MAX_ENTRIES - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()
