"""Regular expressions written in a claims pack, run on a linear-time engine (RE2).

`value_shape`, `stale`, `hosted_labels`, `bootstrap_run`, `exception_markers` and
`namespace` are regexes that a pack author writes and that are then run on text
a pull request's author writes. Python's backtracking engine takes exponential
time on patterns such as `(?:(?:a|aa)+)+$`; RE2 guarantees time linear in the
text for every pattern it accepts, so no pattern can stall a check, whatever its
text. RE2 refuses what it cannot run in linear time (backreferences,
lookarounds): such a pattern is a located error at `validate`.

RE2's `\\w`, `\\d` and `\\b` are ASCII-only; every other construct means what it
means in Python. Matching is case-insensitive, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast

import re2

from truthgraph.errors import PatternError


class RegexMatch(Protocol):
    def group(self, index: int | str = 0) -> str: ...
    def start(self, index: int | str = 0) -> int: ...
    def end(self, index: int | str = 0) -> int: ...
    def span(self, index: int | str = 0) -> tuple[int, int]: ...


class Regex(Protocol):
    """What the rules use of a compiled user regex (the `re.Pattern` subset RE2 provides)."""

    @property
    def pattern(self) -> str: ...
    def search(self, text: str, pos: int = ..., endpos: int = ...) -> RegexMatch | None: ...
    def finditer(self, text: str, pos: int = ..., endpos: int = ...) -> Iterator[RegexMatch]: ...


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # errors become one PatternError line, not stderr noise
    return options


def compile_user_regex(expression: str, where: str) -> Regex:
    """Compile a pack author's regex for RE2; PatternError naming `where` if it cannot be."""
    try:
        compiled = re2.compile(expression, _options())
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(
            f"{where}: regular expression {expression!r} cannot run in linear time or is "
            f"invalid ({reason}); write it without backreferences or lookarounds"
        ) from None
    if compiled.search("") is not None:
        raise PatternError(
            f"{where}: regular expression {expression!r} matches the empty text, so it "
            "matches everywhere; make it require at least one character"
        )
    return cast(Regex, compiled)


__all__ = ["Regex", "RegexMatch", "compile_user_regex"]
