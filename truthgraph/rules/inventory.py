"""TG304 wrong-inventory: a list or count of one kind of entity that the graph does not hold.

The graph knows the whole set of some kinds: every runner lane of the pack is a live
lane. A sentence that presents lanes as the complete set ("we run five scale sets:
...", "currently registered: ...", "That's the whole fleet"), counts them ("you should
see six sets"), or names a lane in the kind's namespace that the pack does not know
("there is also `tinyland-arm64`") contradicts it. The members come from the graph, so
a pack that adds a lane needs no new rule.

Example rule (claim ``arc-lane-taxonomy``)::

    - id: live-lanes
      kind: inventory
      of: runner-lane
      nouns: [lanes, scale sets, sets]
      prefixes: [tinyland-, personal-, linux-xr-]

Contradicting: "`honey` registers five scale sets today: `tinyland-docker`, ..."
Consistent:    "The repo-owned Nix lanes are `tinyland-nix` and `tinyland-nix-heavy`."
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, InventoryRule, NonGoal, RuleSpec
from truthgraph.claims.pack import ClaimsPack
from truthgraph.match.mentions import is_pod_name
from truthgraph.match.patterns import WordTest
from truthgraph.match.polarity import HEDGES, VALUE_HEDGES, strong_clauses, value_verdict
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.tokens import NUMBER_WORDS, Tokens, split_words
from truthgraph.parse.document import Sentence, SourceText
from truthgraph.rules.base import (
    LANE_NOUNS,
    REPOSITORY_LEADS,
    CompiledRule,
    Hit,
    denied_after,
    heads_other_noun,
    sentence_hit,
)

# How English presents a list as the whole set. Generic wording, shared by every kind.
_COMPLETE = [
    split_words(p)
    for p in (
        "whole fleet",
        "entire fleet",
        "the whole surface",
        "that's all",
        "that is all",
        "nothing else",
        "full list",
        "complete list",
        "full set",
        "whole set",
        "entire set",
        "complete set",
        "whole list",
        "entire list",
        "inventory",
        "live set",
        "the live lanes are",
        "everything registered",
        "currently registered",
        "registered right now",
    )
]
# Words that may stand between a count and its noun without narrowing what is counted
# ("five live scale sets"); any other word ("five repo-owned lanes") counts a subset.
_COUNT_FILLERS = frozenset(
    "live active registered runner arc self-hosted autoscaling different separate scale".split()
)
_USING_VERBS = frozenset(
    """uses use using used needs need needed targets target targeting touches touch
    adopts adopt adopted proves prove proving proved tests test testing tested covers
    cover covering covered exercises exercise exercising exercised validates validate
    validating validated""".split()
)
"""Verbs before a count that make it the subject's share ("it uses three lanes")."""
_RESULT_WORDS = frozenset(
    """green red passing passed passes pass failing failed fails fail ran succeeded
    succeeds flaky""".split()
)
"""A run's result before "on (all) N lanes": where it ran, not how many there are."""
_DENIED = frozenset(
    """typo typos exist exists existed unknown invalid wrong misspelled misspelling
    nonexistent non-existent bogus retired removed deleted decommissioned renamed proposed
    rejected hypothetical""".split()
)
"""Words that say a name is not a member ("a label that doesn't exist", "a typo")."""
_COUNT_BREAK = re.compile(r"[—–,;:()|]|\s-\s")
"""Punctuation between a number and its noun: they are not one count ("2 — ARC, lanes")."""
_LABEL_NOUNS = frozenset(
    """figure fig diagram step phase option table section item part chapter page day week
    sprint stage tier round version milestone appendix rfc adr pr issue slide
    question q module lesson unit lab exercise card quiz""".split()
)
"""Nouns a number after which is a label, not a count ("Diagram 2: scale sets")."""
_TABLE_KINDS = frozenset({"table_header", "table_row"})
_ASIDE = re.compile(r"\([^()]{0,200}\)")
_PAST = frozenset("ran had used previously formerly originally ended began started".split())
_DEFINITE = frozenset("the these those both".split())
_NARROWING = frozenset("for of that which owned dedicated reserved assigned".split())
_SUBSET_WORDS = frozenset("repo-owned personal baseline nix docker heavy dind gpu".split())
"""Words before a list that make it a subset of the kind ("the repo-owned lanes: ...")."""
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
_WHOLE = frozenset(["exactly", "all", "only"])
"""Before "these six": the count is of the whole set ("exactly these six lanes: ...")."""
_NEIGHBOURS = 2
"""Sentences after a cue that may carry its list ("Here's the inventory. We run ...")."""


class InventoryCheck(CompiledRule):
    kind = "inventory"
    code = "TG304"
    name = "wrong-inventory"
    reads = frozenset({"document"})

    def __init__(
        self,
        owner: Claim | NonGoal,
        spec: RuleSpec,
        terms: Mapping[str, Sequence[str]],
        members: Mapping[str, str] | None = None,
        known: frozenset[str] = frozenset(),
        platform_names: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(owner, spec, terms)
        assert isinstance(spec, InventoryRule)
        self.inventory = spec
        self.members = dict(members or {})
        """A member's name (case-folded) -> its entity id."""
        self.known = known
        """Names of the pack's other entities: in the namespace but not members."""
        self.fillers = _COUNT_FILLERS | platform_names
        """Words between a count and its noun: also the platform's name ("five GF lanes")."""
        self.nouns = [tuple(split_words(n)) for n in spec.nouns]
        self.noun_index = _phrase_index(self.nouns)
        # "every ARC scale set ..., all six of them": each noun in the singular too
        self.noun_forms = [
            (noun, (*noun[:-1], noun[-1].removesuffix("s"))) for noun in self.nouns if noun
        ]
        self.prefixes = tuple(p.casefold() for p in spec.prefixes)

    @classmethod
    def compile(cls, owner: Claim | NonGoal, spec: RuleSpec, pack: ClaimsPack) -> CompiledRule:
        assert isinstance(spec, InventoryRule)
        entities = pack.entities.values()
        members = {e.name.casefold(): e.id for e in entities if e.kind == spec.of}
        known = frozenset(
            n.casefold() for e in entities if e.kind != spec.of for n in (e.name, *e.aliases)
        )
        # "the runner platform we consume from tinyland-inc": an owner the pack names in a
        # path ("tinyland-inc/GloriousFlywheel/...") is an organisation, not a member.
        texts = [f.value for e in entities for f in e.facts]
        texts += [t for c in pack.claims.values() for t in (c.statement, c.fix)]
        owners = frozenset(
            found.group(1).casefold() for text in texts for found in _OWNER.finditer(text)
        )
        platform_names = frozenset(
            w for name in pack.meta.platform_names for w in split_words(name.casefold())
        )
        return cls(
            owner, spec, pack.terms, members, known | (owners - set(members)), platform_names
        )

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        words = {WordTest(0, name) for name in self.members}
        words |= {WordTest(1, prefix) for prefix in self.prefixes}
        return [[frozenset(words)]]

    def message(self, hit: Hit) -> str:
        return hit.message

    # -- reading ------------------------------------------------------------------------

    def check_document(
        self, index: DocumentIndex, source: SourceText, asserted: Callable[[int], bool]
    ) -> Iterator[Hit]:
        if not self.scope.covers_page(index):
            return
        sentences = index.document.sentences
        reported: set[int] = set()
        for position, sentence in enumerate(sentences):
            if sentence.kind not in ("paragraph", "list_item") or not asserted(position):
                continue
            tokens = index.tokens[position]
            names = self._names(sentence.text, tokens)
            count = self._count(sentence.text, tokens)
            # "the four above plus `personal-nix`": part of the list is elsewhere
            complete = (
                _has_cue(tokens)
                and not _refers_elsewhere(tokens.words)
                and not self._narrowed(tokens.words)
            )
            strangers = [
                at
                for at, n in names
                if n not in self.members
                and n not in self.known
                # "runner `tinyland-nix-7x2kq-runner-4bd9s`": a pod of a lane, not a lane
                and not is_pod_name(n, self.members)
                and not self._modifies(sentence.text, tokens, at)
                # "the iOS build in `tinyland-mobile`": a repository; a lane is run on
                and not (at > 0 and tokens.words[at - 1] in REPOSITORY_LEADS)
                and not denied_after(sentence.text, tokens, at)
            ]
            about = bool(strangers) and (
                count is not None
                or sum(n in self.members for _, n in names) >= 2
                or self._about_kind(tokens)
                # "## Lanes (live ARC scale sets)" over "- `tinyland-gpu` — CUDA jobs"
                or (sentence.kind == "list_item" and self._heading_lists_kind(index, sentence))
                # "Pick `tinyland-gpu` for CUDA builds": a name chosen to run on
                or self._chosen_to_run_on(tokens, strangers[0])
                # "- `linux-xr-docker` has no changes." / "- `tinyland-arm64` keeps ...":
                # an item that opens with the name, among items that open with members
                or (
                    sentence.kind == "list_item"
                    and strangers[0] == 0
                    and self._siblings_open_with_members(index, position)
                )
            )
            stranger = next(
                (
                    at
                    for at in strangers
                    if about
                    and _DENIED.isdisjoint(tokens.words)
                    and self._asserted(sentence.text, tokens, at)
                ),
                None,
            )
            if stranger is not None:
                name = tokens.words[stranger]
                hit = sentence_hit(source, sentence, tokens.starts[stranger], tokens.ends[stranger])
                yield self._hit(
                    hit, f'"{name}" is not one of the {self._noun()}; the graph has {self._all()}'
                )
                reported.add(position)
                continue
            if count is None and not complete:
                continue
            listed = {n for _, n in names if n in self.members}
            where, place = position, (count[0] if count is not None else None)
            if len(names) < 2:
                # The list is elsewhere: after "... seven scale sets:", or before "That's
                # the whole fleet".
                following = self._following(index, position, asserted)
                for later in following:
                    listed |= {
                        n
                        for _, n in self._names(sentences[later].text, index.tokens[later])
                        if n in self.members
                    }
                previous = position - 1
                if (
                    not following
                    and count is None
                    and previous >= 0
                    and sentences[previous].kind == sentence.kind
                    and sentences[previous].context.headings == sentence.context.headings
                    and asserted(previous)
                ):
                    earlier = self._names(sentences[previous].text, index.tokens[previous])
                    listed |= {n for _, n in earlier if n in self.members}
                    if earlier:
                        where, place = previous, earlier[0][0]
            elif place is None:
                place = names[0][0]
            if place is None and len(names) < 2 and complete and where == position:
                place = 0  # "complete list of registered scale sets:" over the list itself
            if place is None or where in reported:
                continue
            if (
                not listed
                and sum("-" in w and _NAME.match(w) is not None for w in tokens.words) >= 2
            ):
                continue  # "three scale sets (gh-nix, gh-docker, gh-dind)": someone else's
            at_sentence = sentences[where]
            at_tokens = index.tokens[where]
            if not self._asserted(at_sentence.text, at_tokens, place):
                continue
            problem = self._problem(count[1] if count is not None else None, listed, complete)
            if problem:
                hit = sentence_hit(
                    source, at_sentence, at_tokens.starts[place], at_tokens.ends[place]
                )
                yield self._hit(hit, problem)
                reported.add(where)

    def _problem(self, count: int | None, listed: set[str], complete: bool) -> str:
        total = len(self.members)
        if count is not None and count != total:
            return f"counts {count} {self._noun()}; the graph has {total}: {self._all()}"
        # A list of one or two is an example more often than an inventory.
        if complete and len(listed) >= min(3, total - 1) and listed != set(self.members):
            missing = sorted(set(self.members) - listed)
            return f"lists {len(listed)} of the {total} {self._noun()}; missing: " + ", ".join(
                missing
            )
        return ""

    def _names(self, text: str, tokens: Tokens) -> list[tuple[int, str]]:
        """Tokens that name a member or fit the kind's namespace."""
        found: list[tuple[int, str]] = []
        for at, word in enumerate(tokens.words):
            fits = word.startswith(self.prefixes) and word not in self.prefixes
            if (word in self.members or (fits and _NAME.match(word))) and not _in_path(
                text, tokens.starts[at], tokens.ends[at]
            ):
                found.append((at, word))
        return found

    def _narrowed(self, words: Sequence[str]) -> bool:
        """Does a subset word lead the list ("repo-owned lanes: ... (the whole set)")?
        Then the set is complete as a subset, not as the kind's inventory."""
        first = next(
            (i for i, w in enumerate(words) if w in self.members or w.startswith(self.prefixes)),
            len(words),
        )
        return not _SUBSET_WORDS.isdisjoint(words[:first])

    def _modifies(self, text: str, tokens: Tokens, at: int) -> bool:
        """Does the name modify a noun of another kind ("the `tinyland-inc` org")?"""
        return heads_other_noun(
            text,
            tokens,
            at,
            lambda w: w in LANE_NOUNS or w in self.members or w.startswith(self.prefixes),
        )

    def _count(self, text: str, tokens: Tokens) -> tuple[int, int] | None:
        """(token, number) of a count of members: "six sets", "5 live scale sets"."""
        words = tokens.words
        for at, word in enumerate(words):
            number = NUMBER_WORDS.get(word) or (word if word.isdigit() else None)
            if number is None:
                continue
            before = text[max(0, tokens.starts[at] - 2) : tokens.starts[at]]
            if before.endswith("/"):
                continue  # "Target: 5/5 lanes": a share of some lanes, not their number
            if before[-1:] in (":", ".") and before[:1].isdigit():
                continue  # "- 15:10 lanes on honey": a timestamp or version, not a count
            if len(word) > 1 and word.startswith("0"):
                continue  # "[01 Runner lanes and capacity](...)": a section's number
            if at > 0 and words[at - 1] in _DEFINITE and not (at > 1 and words[at - 2] in _WHOLE):
                continue  # "the three lanes we use": some lanes named before
            if at > 0 and words[at - 1] in _LABEL_NOUNS:
                continue  # "Diagram 2: scale sets", "step 3 scale sets out": a label
            if at > 0 and (
                words[at - 1] in _USING_VERBS
                or (
                    at > 1
                    and words[at - 1] in ("on", "across", "all")
                    and words[at - 2] in _USING_VERBS
                )
            ):
                continue  # "the repo uses three GF lanes": the ones it uses, not all of them
            place = at - 2 if at > 1 and words[at - 1] == "all" else at - 1
            if place > 0 and words[place] in ("on", "across") and words[place - 1] in _RESULT_WORDS:
                continue  # "green on all three lanes": where a run went, not the inventory
            follow = at + 1
            if tuple(words[follow : follow + 2]) in _OF_THEM and self._noun_before(words, at):
                return at, int(number)  # "the live lanes, all five of them: ..."
            while follow < len(words) and words[follow] in self.fillers:
                follow += 1
            if _COUNT_BREAK.search(
                text, tokens.ends[at], tokens.starts[min(follow, len(words) - 1)]
            ):
                continue  # "Module 2 — ARC, lanes and scaling": a label, then a list
            for start in (follow, follow - 1):  # "scale sets" after the filler "scale"
                for noun in self.nouns:
                    after = start + len(noun)
                    if noun and tuple(words[start:after]) == noun:
                        if after < len(words) and words[after] in _NARROWING:
                            return None  # "two scale sets for jesssullivan.github.io"
                        if (
                            after < len(words)
                            and words[after] in _RESULT_WORDS
                            and not text[tokens.ends[after - 1] : tokens.starts[after]].strip()
                        ):
                            break  # "all three lanes green": how a run went on them
                        return at, int(number)
        return None

    def _noun_before(self, words: Sequence[str], at: int) -> bool:
        """Is the kind's noun among the few words before token `at`?"""
        # "every ARC scale set live on honey right now, all six of them": "all" sums up
        # the noun phrase the sentence opened with
        reach = _OF_THEM_REACH * 3 if at > 0 and words[at - 1] == "all" else _OF_THEM_REACH
        window = words[max(0, at - reach) : at]
        return any(
            tuple(window[i : i + len(plural)]) in (plural, singular)
            for plural, singular in self.noun_forms
            for i in range(len(window))
        )

    def _chosen_to_run_on(self, tokens: Tokens, at: int) -> bool:
        """Is the name what a job is told to run on ("pick X", "route it to X")?"""
        before = tokens.words[max(0, at - 4) : at]
        return bool(before) and (
            before[-1] in _CHOOSING
            or (before[-1] in ("on", "to", "onto") and not _RUNNING.isdisjoint(before[:-1]))
        )

    def _siblings_open_with_members(self, index: DocumentIndex, position: int) -> bool:
        """Do at least two other items of the list around `position` open with a member?"""
        sentences = index.document.sentences
        here = sentences[position]
        opening = 0
        for step in (-1, 1):
            at = position + step
            while 0 <= at < len(sentences) and abs(at - position) <= _SIBLING_REACH:
                other = sentences[at]
                if other.context.headings != here.context.headings or other.kind not in (
                    "list_item",
                    "paragraph",
                ):
                    break
                words = index.tokens[at].words
                if other.kind == "list_item" and words and words[0] in self.members:
                    opening += 1
                at += step
        return opening >= 2

    def _heading_lists_kind(self, index: DocumentIndex, sentence: Sentence) -> bool:
        """Is the item under a heading about the kind, and not about its past ("Lanes from
        the old runbook")?"""
        if not sentence.context.headings:
            return False
        tokens = index.heading(sentence.context.headings[-1])
        hedged = any(w in HEDGES or w in VALUE_HEDGES for w in tokens.words)
        return not hedged and self._about_kind(tokens)

    def _about_kind(self, tokens: Tokens) -> bool:
        words = tokens.words
        return any(w in LANE_NOUNS for w in words) or _holds_phrase(words, self.noun_index)

    def _following(
        self, index: DocumentIndex, position: int, asserted: Callable[[int], bool]
    ) -> list[int]:
        """The list after "... seven scale sets:", or the next sentences of the section."""
        sentences = index.document.sentences
        here = sentences[position]
        found: list[int] = []
        later = position + 1
        if here.text.rstrip().endswith(":"):
            # a list, or a table whose rows are the members
            first = sentences[later].kind if later < len(sentences) else ""
            kinds = _TABLE_KINDS if first in _TABLE_KINDS else frozenset({"list_item"})
            while (
                later < len(sentences)
                and sentences[later].kind in kinds
                and sentences[later].context.headings == here.context.headings
                and len(found) < 32
            ):
                if asserted(later):
                    found.append(later)
                later += 1
            return found
        for later in range(position + 1, min(len(sentences), position + 1 + _NEIGHBOURS)):
            if sentences[later].kind != here.kind or (
                sentences[later].context.headings != here.context.headings
            ):
                break
            if asserted(later):
                found.append(later)
        return found

    def _asserted(self, text: str, tokens: Tokens, at: int) -> bool:
        """Stated as the present set: not negated, hedged, or history ("we ran five")."""
        clause = next(
            (c for c in strong_clauses(text, tokens) if c[0] <= at < c[1]), (0, len(tokens))
        )
        # "(rb ran `kubectl get ...` this morning)": an aside on how the list was taken
        aside = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
        if any(
            tokens.words[i] in _PAST and not any(a <= tokens.starts[i] < b for a, b in aside)
            for i in range(clause[0], clause[1])
        ):
            return False
        return value_verdict(text, tokens, at, at + 1).asserted

    def _noun(self) -> str:
        return " ".join(self.nouns[0]) if self.nouns else self.inventory.of

    def _all(self) -> str:
        return ", ".join(sorted(self.members))

    def _hit(self, hit: Hit, message: str) -> Hit:
        return Hit(
            hit.line,
            hit.column,
            hit.end_line,
            hit.end_column,
            hit.excerpt,
            message,
            (),
            self.code,
            message,
        )


_CHOOSING = frozenset("pick picks choose chooses select selects target targets".split())
_RUNNING = frozenset(
    "run runs running route routes routed move moves moved send sends schedule schedules".split()
)
"""Verbs that, with "on"/"to", place a job on a lane ("run on X", "route it to X")."""
_SIBLING_REACH = 8
"""How many sentences around a list item its siblings are looked for."""
_OWNER = re.compile(r"(?<![\w./-])([A-Za-z0-9][\w.-]{0,38})/[A-Za-z0-9][\w.-]*")
"""The owner of a repository path ("tinyland-inc/GloriousFlywheel")."""


def _in_path(text: str, start: int, end: int) -> bool:
    """`tinyland-inc/ci-templates`, `.../tinyland-docker/values.yaml`: a path, not a name."""
    return (end < len(text) and text[end] == "/") or (start > 0 and text[start - 1] == "/")


def _phrase_index(phrases: Sequence[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, so a sentence is scanned once whatever their number."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(tuple(phrase))
    return index


def _holds_phrase(words: Sequence[str], index: Mapping[str, list[tuple[str, ...]]]) -> bool:
    return any(
        tuple(words[at : at + len(phrase)]) == phrase
        for at, word in enumerate(words)
        for phrase in index.get(word, ())
    )


_CUES = _phrase_index(_COMPLETE)


_OF_THEM = frozenset([("of", "them"), ("of", "these"), ("of", "those")])
_OF_THEM_REACH = 4
_ELSEWHERE = frozenset("above below earlier previously".split())


def _refers_elsewhere(words: Sequence[str]) -> bool:
    """Does a count point at members listed elsewhere ("the four above plus ...")?"""
    return any(
        word in _ELSEWHERE and (words[at - 1] in NUMBER_WORDS or words[at - 1] in LANE_NOUNS)
        for at, word in enumerate(words)
        if at > 0
    )


def _has_cue(tokens: Tokens) -> bool:
    return _holds_phrase(tokens.words, _CUES)
