"""Word forms for the lexicon's term sets: a term written once matches its inflections.

The lexicon lists how documents say a value ("resize", "memory limit"); people write
"resized", "memory limits". Each term phrase also matches with its first or its last
word inflected (plural/third person, past, gerund) or uninflected, so vocabulary is
written once per meaning, not once per form. Forms that are not English words cost
nothing: they never occur.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from truthgraph.match.tokens import split_words

MIN_LETTERS = 4
"""Shorter words ("on", "has", "nix") are function words or names: kept as written."""

_VOWELS = frozenset("aeiou")


def _bases(word: str) -> set[str]:
    """The word and what it may be an inflection of."""
    bases = {word}
    if word.endswith("ies") and len(word) > 4:
        bases.add(word[:-3] + "y")
    elif word.endswith("es") and word[-3:-2] in ("s", "x", "z", "h"):
        bases.add(word[:-2])
    elif word.endswith("s") and not word.endswith("ss"):
        bases.add(word[:-1])
    if word.endswith("ied") and len(word) > 4:
        bases.add(word[:-3] + "y")
    elif word.endswith("ed") and len(word) > 4:
        bases.update({word[:-2], word[:-1]})
    if word.endswith("ing") and len(word) > 5:
        bases.update({word[:-3], word[:-3] + "e"})
    return bases


def _forms_of(base: str) -> set[str]:
    forms = {base}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        stem = base[:-1]
        forms.update({stem + "ies", stem + "ied", base + "ing"})
    elif base.endswith("e"):
        forms.update({base + "s", base + "d", base[:-1] + "ing"})
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        forms.update({base + "es", base + "ed", base + "ing"})
    else:
        forms.update({base + "s", base + "ed", base + "ing"})
    return forms


def word_forms(word: str) -> frozenset[str]:
    """Inflections of `word` (itself included); short or non-alphabetic words: itself."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return frozenset([word])
    # An inflected word ("limits") is inflected from its bases, not further ("limitses").
    bases = {b for b in _bases(word) - {word} if len(b) >= MIN_LETTERS - 1} or {word}
    forms = {word}
    for base in bases:
        forms |= _forms_of(base)
    return frozenset(forms)


def inflect_phrase(phrase: str) -> list[str]:
    """The phrase as written, then with its first or its last word in another form."""
    words = split_words(phrase)
    if not words or any("*" in w for w in words):
        return [phrase]
    found = [phrase]
    seen = {" ".join(words)}
    positions = {0, len(words) - 1}
    for position in sorted(positions):
        for form in sorted(word_forms(words[position])):
            variant = " ".join([*words[:position], form, *words[position + 1 :]])
            if variant not in seen:
                seen.add(variant)
                found.append(variant)
    return found


def inflect_terms(terms: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Every term set with the inflected variants of its phrases."""
    return {name: _unique(inflect_phrase(p) for p in phrases) for name, phrases in terms.items()}


def _unique(groups: Iterable[list[str]]) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for group in groups:
        for phrase in group:
            if phrase not in seen:
                seen.add(phrase)
                found.append(phrase)
    return found
