"""Files hrlaw writes: always atomically, so a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def _replacing(path: Path, mode: str) -> Iterator[IO[Any]]:
    """A temporary file in the same directory as `path`, opened with `mode`, renamed into place
    only when the block ends without an error (its contents flushed to disk first); the file's
    permissions are kept when it already exists."""
    folder = path.parent if str(path.parent) else Path(".")
    kept = path.stat().st_mode & 0o777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    text = "b" not in mode
    try:
        with os.fdopen(
            fd, mode, encoding="utf-8" if text else None, newline="" if text else None
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if kept is not None:
            os.chmod(tmp, kept)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text file (UTF-8) written in place of `path` only when the block ends without an
    error: a stream of results never leaves half a file behind."""
    with _replacing(path, "w") as handle:
        yield handle


@contextmanager
def atomic_binary_writer(path: Path) -> Iterator[IO[bytes]]:
    """The same for bytes (hrlaw's cache)."""
    with _replacing(path, "wb") as handle:
        yield handle


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` through a temporary file renamed into place."""
    with atomic_writer(path) as handle:
        handle.write(text)
