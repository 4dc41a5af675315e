"""Text normalisation done once, before the pre-filter and before matching, with exact offsets.

What a reader sees decides what is checked, not the code points behind it. A
rendered page reads "FlakeHub" whether the source says `Flake\u200bHub` (a
zero-width space), `Ni\u00adx` (a soft hyphen), full-width `Ｎｉｘ` or `Nіx` with a
Cyrillic `і`. So before anything matches:

* invisible format characters (zero-width space/joiners, word joiner, soft
  hyphen, BOM, Mongolian vowel separator) are removed;
* each character cluster (a base character and its combining marks) is put in
  NFKC form, which folds full-width letters, ligatures and compatibility forms;
* in a word that mixes Latin letters with Cyrillic or Greek look-alikes, the
  look-alikes are folded to the Latin letters they imitate (a wholly Cyrillic or
  Greek word is left alone: it is not imitating anything).

`normalize(text, offsets)` keeps, for every output character, the file offset of
the source character it came from, so findings still point at the exact place
on disk. ASCII text is returned as it is, at the cost of one `isascii()` test.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
"""Format characters a page renders as nothing (or as a line-break hint only)."""

CONFUSABLES: dict[str, str] = {
    # Cyrillic letters drawn like Latin ones
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "А": "A",
    "В": "B",
    "Е": "E",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Ѕ": "S",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    # Greek letters drawn like Latin ones
    "α": "a",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin look-alikes outside ASCII that NFKC keeps
    "ı": "i",
    "ɑ": "a",
    "ɡ": "g",
}


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _fold_confusables(chars: list[str]) -> None:
    """Fold look-alikes inside words that also hold ASCII letters (in place)."""
    size = len(chars)
    at = 0
    while at < size:
        if not chars[at].isalpha():
            at += 1
            continue
        end = at
        latin = False
        suspicious = False
        while end < size and (chars[end].isalpha() or chars[end] in "-_"):
            char = chars[end]
            latin = latin or _is_ascii_letter(char)
            suspicious = suspicious or char in CONFUSABLES
            end += 1
        if latin and suspicious:
            for index in range(at, end):
                chars[index] = CONFUSABLES.get(chars[index], chars[index])
        at = end


def normalize(text: str, offsets: Sequence[int]) -> tuple[str, tuple[int, ...]]:
    """`text` normalised (see the module docstring), and the file offset of each character."""
    if text.isascii():
        return text, tuple(offsets)
    chars: list[str] = []
    places: list[int] = []
    size = len(text)
    at = 0
    while at < size:
        char = text[at]
        if char in INVISIBLE:
            at += 1
            continue
        if char.isascii():
            chars.append(char)
            places.append(offsets[at])
            at += 1
            continue
        end = at + 1
        while end < size and unicodedata.combining(text[end]):
            end += 1
        cluster = unicodedata.normalize("NFKC", text[at:end])
        for piece in cluster:
            if piece not in INVISIBLE:
                chars.append(piece)
                places.append(offsets[at])  # a finding starts at the cluster's first character
        at = end
    _fold_confusables(chars)
    return "".join(chars), tuple(places)


_FOLD_ALL = {**dict.fromkeys(INVISIBLE, ""), **CONFUSABLES}
_FOLDED = re.compile("[" + "".join(sorted(_FOLD_ALL)) + "]")


def fold_text(text: str) -> str:
    """A cheap, broader fold of a whole file for the pre-filter: NFKC, every look-alike.

    It folds more than `normalize` (look-alikes in wholly Cyrillic words too) and
    works on the whole text at once; the pre-filter tests it as well as the raw
    text, so every word that `normalize` can produce is found in one of the two."""
    if text.isascii():
        return text
    # Both steps are skipped, at the cost of one C-level scan each, when they would
    # change nothing: the usual case, even for text with typographic quotes.
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _FOLDED.search(text) is None:
        return text
    return _FOLDED.sub(lambda found: _FOLD_ALL[found.group()], text)


__all__ = ["CONFUSABLES", "INVISIBLE", "fold_text", "normalize"]
