"""Word tokens of plain text, with character spans, shared by patterns, scope and polarity."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner hyphens, dots and apostrophes so that `tinyland-nix-heavy`,
# `action.yml` and `don't` are single tokens; everything is matched case-folded.
TOKEN = re.compile(r"[\w]+(?:[-'’.][\w]+)*|≠")
"""A word; or "≠", which reads as "not" ("Self-hosted Nix lane ≠ Nix preinstalled")."""

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {word: str(number) for number, word in enumerate(_UNITS) if number >= 2}
NUMBER_WORDS.update(
    {
        f"{tens}-{unit}" if unit else tens: str(20 + 10 * t + u)
        for t, tens in enumerate(_TENS)
        for u, unit in enumerate(["", *_UNITS[1:10]])
    }
)
"""Numbers written out ("six cores", "thirty-two gigs"); "one" and "zero" are too often not
numbers."""


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
        words = [
            text[start:end].casefold().replace("’", "'").replace("≠", "not") for start, end in spans
        ]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def split_words(phrase: str) -> list[str]:
    """Tokens of a pattern phrase; `*` wildcards stay attached to their word."""
    return [w.casefold().replace("’", "'") for w in re.findall(r"[\w*]+(?:[-'’.][\w*]+)*", phrase)]
