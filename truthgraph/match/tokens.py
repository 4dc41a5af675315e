"""Word tokens of plain text, with character spans, shared by patterns, scope and polarity."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner hyphens, dots and apostrophes so that `tinyland-nix-heavy`,
# `action.yml` and `don't` are single tokens; everything is matched case-folded.
TOKEN = re.compile(r"[\w]+(?:[-'’.][\w]+)*")

NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen".split()
    )
    if number >= 2
}
"""Numbers written out ("six cores"); "one" and "zero" are too often not numbers."""


@dataclass(frozen=True)
class Tokens:
    """Case-folded tokens of a text and the [start, end) character span of each."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str) -> Tokens:
    spans = [match.span() for match in TOKEN.finditer(text)]
    if text.isascii():
        # Lower-casing ASCII keeps every offset: one call for the whole text.
        lowered = text.lower()
        words = [lowered[start:end] for start, end in spans]
    else:
        words = [text[start:end].casefold().replace("’", "'") for start, end in spans]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def split_words(phrase: str) -> list[str]:
    """Tokens of a pattern phrase; `*` wildcards stay attached to their word."""
    return [w.casefold().replace("’", "'") for w in re.findall(r"[\w*]+(?:[-'’.][\w*]+)*", phrase)]
