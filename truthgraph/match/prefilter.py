"""Decide from raw text, without parsing, whether any rule could fire in a file.

Every rule states what a file must contain for it to fire: groups of word tests
(an OR of ANDs of "one of these words"), taken from its patterns and its scope's
subjects. A word a rule needs as a token is also in the raw text, so a file
whose raw text lacks it cannot produce that rule's findings: parsing it would
change nothing.

Parsing changes text in ways a raw search must allow for, and the filter allows
for each: emphasis around a word (``_tinyland-nix_``, ``__x__``) leaves `_` next
to it, so `_` never counts as a word character at a boundary; markup inside a
word (``tiny**land**``, ``tiny<b>land</b>``, ``[tiny](u)land``, ``&#116;iny``,
``tiny\\-land``) and the Unicode normalisation of `truthgraph.parse.normalize`
(zero-width characters, full-width and look-alike letters) are undone in a
second, folded copy of the text that is searched when the raw text fails. A
Hypothesis property test asserts identical findings with and without the filter.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Sequence

from truthgraph.match.patterns import PHRASE, WordTest
from truthgraph.parse.normalize import fold_text

Group = Sequence[frozenset[WordTest]]
"""All of these sets must be satisfied; a set is satisfied by any one of its words."""


def _is_word_char(char: str) -> bool:
    # Not `_`: emphasis (`_word_`) is removed by parsing, so it cannot join words.
    return char.isalnum()


_RIGHT_BOUNDED: dict[str, re.Pattern[str]] = {}


def contains_word(text: str, test: WordTest) -> bool:
    """Does lower-cased `text` contain a word that `test` could match as a token?"""
    word = test.text
    if test.mode == 4:
        return True
    if test.mode == PHRASE:
        return _contains_phrase(text, word)
    if word not in text:
        return False  # the common case on unrelated files, decided by one C-level scan
    need_left = test.mode in (0, 1)
    need_right = test.mode in (0, 2)
    if need_right:
        # The regex engine skips "arc" in "search" without returning to Python.
        pattern = _RIGHT_BOUNDED.get(word)
        if pattern is None:
            pattern = _RIGHT_BOUNDED.setdefault(word, re.compile(re.escape(word) + r"(?![^\W_])"))
        for found in pattern.finditer(text):
            at = found.start()
            if not need_left or at == 0 or not _is_word_char(text[at - 1]):
                return True
        return False
    size = len(word)
    at = text.find(word)
    while at != -1:
        left_ok = not need_left or at == 0 or not _is_word_char(text[at - 1])
        end = at + size
        right_ok = not need_right or end == len(text) or not _is_word_char(text[end])
        if left_ok and right_ok:
            return True
        at = text.find(word, at + 1)
    return False


_PHRASES: dict[str, re.Pattern[str]] = {}


def _contains_phrase(text: str, phrase: str) -> bool:
    """Adjacent tokens have only non-word characters between them once parsed: spaces,
    line breaks, quote marks, punctuation, emphasis (markup with words in it, such as
    link targets and tags, is gone from the folded copy that is searched as well)."""
    if not all(contains_word(text, WordTest(0, w)) for w in phrase.split(" ")):
        return False
    return _phrase_in(text, phrase)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    pattern = _PHRASES.get(phrase)
    if pattern is None:
        # Possessive: a run of separators is never given back, so the search is linear.
        body = r"[\W_]++".join(re.escape(w) for w in phrase.split(" "))
        # No look-behind in front: a pattern that starts with a literal is searched for
        # by a fast scan for that literal; the left boundary is checked per hit.
        pattern = _PHRASES.setdefault(phrase, re.compile(rf"{body}(?![^\W_])"))
    return pattern


def _phrase_in(text: str, phrase: str) -> bool:
    pattern = _phrase_pattern(phrase)
    found = pattern.search(text)
    while found is not None:
        at = found.start()
        if at == 0 or not _is_word_char(text[at - 1]):
            return True
        found = pattern.search(text, at + 1)  # not past the match: "xnix nix nix"
    return False


COMMON_WORDS = frozenset(
    """about after also away back base baseline build builds cache caches change check
    config control controller data default defaults docs each endpoint file files first
    heavy image images install lane lanes large level line list local main make more name
    new node note only open option options other over part path plan platform point pool
    public pull push read regular release remote repo run runner runners runs same scale
    server service set setup size small standard start state step system task template
    test time tool type update user value version when where with work""".split()
)
"""Words common in any technical prose: a file holding one says little, so a group is
indexed by a rarer word when it has one ("nix" before "standard" in "standard Nix lane")."""


def rarity(options: frozenset[WordTest]) -> int:
    """Longer words, and words with digits or punctuation, are rarer in ordinary prose;
    common technical words are the least telling of all."""
    if not options:
        return 0
    return min(_word_rarity(t.text) for t in options)


def _word_rarity(text: str) -> int:
    if " " in text:  # a phrase costs a search for its words: as rare as the rarest of them
        return max(_word_rarity(w) for w in text.split(" "))
    return -1 if text in COMMON_WORDS else len(text) + (4 if not text.isalpha() else 0)


class Prefilter:
    """The union of every rule's necessary words, checked lazily with a per-file cache."""

    def __init__(self, groups: Iterable[Group]) -> None:
        self.groups: list[tuple[frozenset[WordTest], ...]] = []
        self.always = False
        unique: set[tuple[frozenset[WordTest], ...]] = set()
        for group in groups:
            if not group:
                self.always = True  # some rule could fire on any text
                continue
            # Groups come ordered by what is most telling (the rule's subjects first);
            # an unrelated file then fails a group on its first look.
            ordered = tuple(dict.fromkeys(group))
            if ordered not in unique:
                unique.add(ordered)
                self.groups.append(ordered)
        # Index groups by the words of their first set, so an unrelated file costs one
        # search per distinct first word rather than one evaluation per group.
        self.by_first_word: dict[WordTest, list[int]] = {}
        for number, group in enumerate(self.groups):
            for test in group[0]:
                self.by_first_word.setdefault(test, []).append(number)
        self.first_words = sorted(self.by_first_word, key=lambda t: (-len(t.text), t.text))
        # Words sharing a stem before `-`/`_`/`.` (tinyland-nix, tinyland-docker ...) are
        # searched only when the stem itself occurs: one search rules out the family.
        self.stems: dict[str, list[WordTest]] = {}
        for test in self.first_words:
            stem = _stem(test.text)
            self.stems.setdefault(stem, []).append(test)
        self.needs_apostrophes = any("'" in t.text for g in self.groups for s in g for t in s)

    def wanted(self, text: str) -> bool:
        if self.always:
            return True
        if self._wanted(text.lower()):
            return True
        folded = unmarked(text)
        return folded is not None and self._wanted(folded)

    def _wanted(self, lowered: str) -> bool:
        if self.needs_apostrophes:
            lowered = lowered.replace("’", "'")
        known: dict[WordTest, bool] = {}

        def present(test: WordTest) -> bool:
            found = known.get(test)
            if found is None:
                if test.mode == PHRASE:
                    # Its words first, each searched once per file whatever uses it.
                    found = all(present(w) for w in _phrase_words(test.text))
                    found = found and _phrase_in(lowered, test.text)
                else:
                    found = contains_word(lowered, test)
                known[test] = found
            return found

        tried: set[int] = set()
        for stem, words in self.stems.items():
            if len(words) > 1 and stem not in lowered:
                continue
            for word in words:
                if not present(word):
                    continue
                if self._any_group(word, tried, present):
                    return True
        return False

    def _any_group(
        self, word: WordTest, tried: set[int], present: Callable[[WordTest], bool]
    ) -> bool:
        """Is some not yet tried group that starts with `word` satisfied?"""
        for number in self.by_first_word[word]:
            if number in tried:
                continue
            tried.add(number)
            if all(any(present(t) for t in options) for options in self.groups[number][1:]):
                return True
        return False


_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->", re.DOTALL)
_LINK_TAIL = re.compile(r"\]\([^()\s]*(?:\s+[\"'(][^)]*)?\)|\]\[[^\]]*\]")
_MARKUP = ("*", "_", "`", "~", "\\", "[", "]")


def unmarked(text: str) -> str | None:
    """The text as parsing would leave its words: entities decoded, tags, link targets and
    emphasis marks removed, Unicode folded; lower-cased. None when that changes nothing."""
    folded = html.unescape(text) if "&" in text else text
    if "<" in folded:
        folded = _TAG.sub("", folded)
    if "](" in folded or "][" in folded:
        folded = _LINK_TAIL.sub("", folded)
    # After decoding: `&#8203;` is a zero-width space too.
    folded = fold_text(folded)
    for mark in _MARKUP:  # one C-level pass each: cheaper than a regex with many hits
        if mark in folded:
            folded = folded.replace(mark, "")
    if folded == text:
        return None
    return folded.casefold().replace("’", "'")


@functools.cache
def _phrase_words(phrase: str) -> tuple[WordTest, ...]:
    return tuple(WordTest(0, w) for w in _rarest_first(phrase))


def _rarest_first(phrase: str) -> list[str]:
    return sorted(phrase.split(" "), key=_word_rarity, reverse=True)


def _stem(word: str) -> str:
    if " " in word:
        word = _rarest_first(word)[0]  # a phrase is absent when its rarest word is
    for separator in "-_.":
        head = word.split(separator, 1)[0]
        if len(head) >= 4 and head != word:
            return head
    return word
