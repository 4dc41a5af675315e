"""Reading a document's text from disk: bounded, UTF-8, never more than asked for.

Returns the text, or a one-line problem that the report lists with the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

BINARY_SNIFF = 8192


@dataclass(frozen=True)
class ReadResult:
    text: str | None
    problem: str = ""


def read_text(path: Path, max_bytes: int) -> ReadResult:
    """The file's text, or why it was not read (too large, binary, not UTF-8, unreadable)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            limit = max_bytes / 2**20
            return ReadResult(
                None, f"larger than {limit:g} MiB ({size / 2**20:.1f} MiB); not checked"
            )
        blob = path.read_bytes()
    except OSError as exc:
        return ReadResult(None, f"cannot read: {exc.strerror or exc}")
    if b"\0" in blob[:BINARY_SNIFF]:
        return ReadResult(None, "binary file (NUL bytes); not checked")
    try:
        return ReadResult(blob.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = blob.count(b"\n", 0, exc.start) + 1
        return ReadResult(None, f"not UTF-8 (line {line}, byte {exc.start}); save it as UTF-8")


__all__ = ["ReadResult", "read_text"]
