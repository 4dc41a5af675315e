"""Who a piece of text talks about: entity names and aliases, generic nouns, other subjects.

Names are literal phrases (an entity's name and aliases from the graph, the
lexicon's generic nouns per entity kind, and subjects that are not the
platform's). One left-to-right scan finds the longest phrase at each token:
linear in the text, whatever the number of names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from truthgraph.match.tokens import Tokens, split_words

AGENT_WORDS = frozenset(["workflow", "workflow's", "job", "step", "installer"])
_PUSHING_WORDS = frozenset("publish publishing publication push pushing upload uploading".split())
_JOB_NOUNS = frozenset("job jobs step steps workflow workflows pipeline pipelines".split())
PRONOUNS = frozenset(
    ["it", "it's", "they", "they're", "them", "its", "their", "this", "that", "these", "those"]
)


@dataclass(frozen=True)
class Mention:
    """Tokens [start, end) name a subject."""

    start: int
    end: int
    entity: str = ""
    """The entity id, for a name or alias."""
    kind: str = ""
    """The entity kind, for a generic noun (`lane`, `the controller`) or pronoun."""
    other: bool = False
    """A subject that is not the platform's (GitLab runners, a laptop ...)."""
    pronoun: bool = False
    """A pronoun ("it", "they") rather than a noun."""
    agent: bool = False
    """Another subject that only acts in a pipeline ("a workflow", "the job"): it takes a
    statement made in its own clause, but names no product a heading could be about."""


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    entity: str
    kind: str
    other: bool


PLACE_KINDS = frozenset({"node"})
"""Kinds whose name before another kind's noun says where it is ("the honey runners")."""


class PhraseIndex:
    """Phrases by their first word; `scan` returns the longest one at each position."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Entry]] = {}
        self._name_parts: dict[str, set[str]] = {}
        """The words of the names of each kind's entities ("nix" of `tinyland-nix`):
        "non-Nix lanes" are lanes of the platform still; "non-GF runners" are not."""

    def add(self, phrase: str, *, entity: str = "", kind: str = "", other: bool = False) -> None:
        words = tuple(split_words(phrase))
        if not words:
            return
        if entity:
            parts = self._name_parts.setdefault(kind, set())
            parts.update(part for word in words for part in word.split("-"))
        entries = self._by_first.setdefault(words[0], [])
        entries.append(_Entry(words, entity, kind, other))
        # The longest phrase first; among equals an entity's name, then another subject.
        entries.sort(key=lambda e: (-len(e.words), not e.entity, not e.other))

    def scan(self, tokens: Tokens, begin: int = 0, end: int | None = None) -> list[Mention]:
        words = tokens.words
        stop = len(words) if end is None else end
        found: list[Mention] = []
        i = begin
        while i < stop:
            matched = self._longest(words, i, stop)
            if matched is None:
                i += 1
                continue
            size = len(matched.words)
            pronoun = size == 1 and not matched.entity and words[i] in PRONOUNS
            previous = found[-1] if found else None
            possessive = (
                previous is not None
                and previous.other
                and words[previous.end - 1].endswith(("'s", "’s"))
                and i - previous.end <= 2
            )
            if (
                previous is not None
                and (previous.end == i or possessive)
                and (previous.entity or previous.other)
                and not matched.entity
                and not matched.other
                and not pronoun
            ):
                # "tinyland-nix runner", "GitLab nix runner": the noun is the name's head.
                found[-1] = Mention(
                    previous.start, i + size, previous.entity, previous.kind, previous.other
                )
                if previous.kind in PLACE_KINDS and matched.kind and matched.kind != previous.kind:
                    # "the honey runners": runners on that node, not the node
                    found[-1] = Mention(previous.start, i + size, kind=matched.kind)
            elif (
                matched.kind
                and not matched.entity
                and not matched.other
                and i > 0
                and words[i - 1].startswith("non-")
                and words[i - 1][4:] not in self._name_parts.get(matched.kind, ())
            ):
                # "a non-GF runner pool": a runner pool, but not the platform's; a
                # "non-Nix lane" is one of the platform's lanes
                found.append(Mention(i - 1, i + size, other=True))
            else:
                agent = matched.other and _base(words[i + size - 1]) in AGENT_WORDS
                after = i + size
                if (
                    matched.entity
                    and after + 1 < stop
                    and words[after] in _PUSHING_WORDS
                    and words[after + 1] in _JOB_NOUNS
                ):
                    # "FlakeHub publish jobs may use hosted runners": the job that pushes
                    # there is the subject, not the place it pushes to.
                    found.append(Mention(i, after + 2, other=True, agent=True))
                    i = after + 2
                    continue
                found.append(
                    Mention(
                        i, i + size, matched.entity, matched.kind, matched.other, pronoun, agent
                    )
                )
            i += size
        return found

    def _longest(self, words: Sequence[str], at: int, stop: int) -> _Entry | None:
        """The longest phrase at `at`; each word matches as written or as names are listed
        ("GitHub-hosted" is a name of its own, "flakehub-based" names FlakeHub)."""
        first = words[at]
        keys = (first,) if _base(first) == first else (first, _base(first))
        best: _Entry | None = None
        for key in keys:
            for entry in self._by_first.get(key, ()):
                size = len(entry.words)
                if best is not None and size <= len(best.words):
                    break  # entries are longest first
                if at + size <= stop and all(
                    w == e or _base(w) == e
                    for w, e in zip(words[at : at + size], entry.words, strict=True)
                ):
                    best = entry
                    break
        return best


_COMPOUND = re.compile(
    r"^(.+)-(based|powered|backed|driven|provided|managed|hosted|delivered|installed|supplied|"
    r"provisioned|sourced|shipped|served|install|installer)$"
)
_DOMAIN = re.compile(r"^(?:[\w-]+\.){0,4}([\w-]+)\.(?:com|org|io|dev|net|sh|app|cloud|systems)$")


@functools.lru_cache(maxsize=8192)  # words repeat across a corpus; bounded memory
def _base(word: str) -> str:
    """A word as names are listed: "lane's" is "lane", "flakehub-based" and
    "flakehub-install" are "flakehub", and a host names its service:
    "cache.flakehub.com" is "flakehub"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if "." in word:
        domain = _DOMAIN.match(word)
        return domain.group(1) if domain else word
    compound = _COMPOUND.match(word)
    return compound.group(1) if compound else word


def build_index(
    entities: Iterable[tuple[str, str, Sequence[str]]],
    nouns: dict[str, list[str]],
    others: Sequence[str],
) -> PhraseIndex:
    """An index of (entity id, kind, names) plus generic nouns per kind and other subjects.

    A phrase that is both an entity name and a noun is the entity's (`ARC`).
    """
    index = PhraseIndex()
    for phrase in others:
        index.add(phrase, other=True)
    for kind, words in nouns.items():
        for phrase in words:
            index.add(phrase, kind=kind)
    for entity_id, kind, names in entities:
        for phrase in names:
            index.add(phrase, entity=entity_id, kind=kind)
            words = split_words(phrase)
            if len(words) == 2 and "-" not in phrase:
                # "heavy-lane envelope": a two-word name written as one compound word.
                index.add("-".join(words), entity=entity_id, kind=kind)
            for spaced in _spaced_forms(phrase, kind):
                index.add(spaced, entity=entity_id, kind=kind)
    return index


_CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]{2,}){2,3}")
_HYPHENATED_NAME = re.compile(r"[a-z]{3,}(?:-[a-z]{3,}){1,2}")
_SPACED_KINDS = frozenset({"product"})
"""Kinds whose hyphenated names are written apart too. Not lanes: "tinyland Nix" would
hold a word ("Nix") that predicates use for Nix itself."""


def _spaced_forms(phrase: str, kind: str) -> list[str]:
    """A brand or product name as people (and speech-to-text) write it apart: "Flake Hub"
    for FlakeHub, "ubuntu latest" for `ubuntu-latest`. Generic words stay generic: only a
    brand's CamelCase name, or a product's hyphenated one, is split."""
    if _CAMEL_NAME.fullmatch(phrase):
        return [" ".join(re.findall(r"[A-Z][a-z]+", phrase))]
    if kind in _SPACED_KINDS and _HYPHENATED_NAME.fullmatch(phrase):
        return [phrase.replace("-", " ")]
    return []


__all__ = ["PRONOUNS", "Mention", "PhraseIndex", "build_index"]


_POD_SUFFIX = re.compile(
    r"(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{4,10}(?:-[a-z0-9]{4,10}){0,2}"
)
_NAMED_SUFFIX = re.compile(r"^(?:arm|amd|x86|aarch|gpu|cuda|rocm|v\d|gen\d|\d+(?:gi?b?|cpu|c)$)")


def is_pod_name(word: str, known: Iterable[str]) -> bool:
    """Is `word` a pod of a known lane: the lane's name and a generated suffix
    ("tinyland-nix-x7k2p", "tinyland-docker-7c9df-2xk4q"), not a lane of its own
    ("tinyland-nix-arm64", "tinyland-nix-xl")?"""
    for lane in known:
        if word.startswith(lane + "-"):
            suffix = word[len(lane) + 1 :]
            if _POD_SUFFIX.fullmatch(suffix) and not _NAMED_SUFFIX.match(suffix):
                return True
    return False
