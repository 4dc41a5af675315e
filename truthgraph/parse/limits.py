"""Parse limits that were hit while checking one file, so that it is reported as checked in part.

A parser that meets input beyond its bounds (YAML nested deeper than
`MAX_YAML_DEPTH`, say) skips that part and calls `hit` with a one-line reason;
the engine collects the reasons per file (`collecting`) and lists the file as
"checked only in part", with its other findings kept. Nothing is dropped in
silence, and no RecursionError escapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

MAX_YAML_DEPTH = 100
"""YAML nesting read in workflows and fences; real workflows stay below 15 levels."""

_reasons: list[str] = []


def hit(reason: str) -> None:
    """Record that a part of the current file was not read, and why."""
    if reason not in _reasons:
        _reasons.append(reason)


@contextmanager
def collecting() -> Iterator[list[str]]:
    """The reasons recorded while the block runs (filled in when it ends)."""
    saved = _reasons[:]
    _reasons.clear()
    found: list[str] = []
    try:
        yield found
    finally:
        found.extend(_reasons)
        _reasons[:] = saved


__all__ = ["MAX_YAML_DEPTH", "collecting", "hit"]
