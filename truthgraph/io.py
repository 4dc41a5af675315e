"""Writing files atomically: a reader never sees half a report, a failure leaves no partial file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from truthgraph.errors import Location, ReportError


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename."""
    folder = path.parent if str(path.parent) else Path()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ReportError(f"cannot write: {exc.strerror or exc}", Location(str(path))) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise ReportError(f"cannot write: {exc.strerror or exc}", Location(str(path))) from None
