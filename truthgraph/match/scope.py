"""Which sentences a rule may fire on: the claim's subjects, searched in a window around them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import overload

from truthgraph.claims.model import Scope
from truthgraph.match.patterns import Match, Pattern, WordTest, compile_pattern
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.parse.document import Document, Sentence, paragraph_of


class LazyTokens(Sequence[Tokens]):
    """Tokens of each sentence, computed the first time a rule or scope asks for them."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._tokens: list[Tokens | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Tokens: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Tokens]: ...

    def __getitem__(self, index: int | slice) -> Tokens | Sequence[Tokens]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self._tokens[index]
        if found is None:
            found = self._tokens[index] = tokenize(self._texts[index])
        return found


@dataclass
class DocumentIndex:
    """Tokens of every sentence and heading of one document, computed once and shared."""

    document: Document
    tokens: Sequence[Tokens] = field(default_factory=list)
    sections: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    heading_tokens: dict[str, Tokens] = field(default_factory=dict)
    blocks: list[int] = field(default_factory=list)
    """Block number of each sentence: consecutive sentences of one kind and context."""
    _memo: dict[tuple[int, str, object], bool] = field(default_factory=dict)
    derived: dict[str, object] = field(default_factory=dict)
    """What later steps derive once per document and share (e.g. its statements)."""
    _code_tokens: list[Tokens] | None = None
    _words: dict[int, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, document: Document) -> DocumentIndex:
        index = cls(document)
        block = -1
        previous: Sentence | None = None
        index.tokens = LazyTokens([s.text for s in document.sentences])
        for i, sentence in enumerate(document.sentences):
            key = sentence.context.headings
            if sentence.kind != "heading":
                # A heading belongs to the section it opens, which its own chain omits.
                index.sections.setdefault(key, []).append(i)
            for heading in key:
                if heading not in index.heading_tokens:
                    index.heading_tokens[heading] = tokenize(heading)
            same_block = (
                previous is not None
                and previous.kind == sentence.kind
                and previous.context == sentence.context
                and sentence.kind != "heading"
            )
            block += 0 if same_block else 1
            index.blocks.append(block)
            previous = sentence
        return index

    def mentions(
        self, pattern: Pattern, where: str, key: object, skip: frozenset[int] = frozenset()
    ) -> bool:
        """Does `pattern` match in the sentences of a window, but those in `skip`
        (memoised per document)?"""
        memo_key = (id(pattern), where, (key, skip) if skip else key)
        found = self._memo.get(memo_key)
        if found is None:
            found = any(
                pattern.could_match(self.words(i)) and pattern.search(self.tokens[i]) is not None
                for i in self._window(where, key)
                if i not in skip
            )
            self._memo[memo_key] = found
        return found

    def words(self, position: int) -> frozenset[str]:
        """The set of a sentence's words (cached): a cheap test before a pattern search."""
        found = self._words.get(position)
        if found is None:
            found = self._words[position] = frozenset(self.tokens[position].words)
        return found

    def _window(self, where: str, key: object) -> list[int]:
        if where == "section":
            # A section's text includes its ancestors' own text (the page intro, the
            # parent section's lead-in), not its siblings'.
            chain: tuple[str, ...] = key  # type: ignore[assignment]
            found: list[int] = []
            for depth in range(len(chain) + 1):
                found.extend(self.sections.get(chain[:depth], []))
            return found
        if where == "block":
            return [i for i, b in enumerate(self.blocks) if b == key]
        return list(range(len(self.tokens)))

    def page_mentions(self, pattern: Pattern) -> bool:
        """Does the page's prose, headings or code mention `pattern` (memoised)?"""
        memo_key = (id(pattern), "page", None)
        found = self._memo.get(memo_key)
        if found is None:
            found = self.mentions(pattern, "document", None) or any(
                pattern.search(tokens) is not None for tokens in self.code_tokens()
            )
            self._memo[memo_key] = found
        return found

    def code_tokens(self) -> list[Tokens]:
        if self._code_tokens is None:
            self._code_tokens = [tokenize(b.text) for b in self.document.code_blocks]
        return self._code_tokens

    def heading(self, heading: str) -> Tokens:
        found = self.heading_tokens.get(heading)
        if found is None:
            found = self.heading_tokens[heading] = tokenize(heading)
        return found


class CompiledScope:
    """A claim's scope, compiled against the pack's term sets."""

    def __init__(self, scope: Scope, terms: Mapping[str, Sequence[str]]) -> None:
        self.window = scope.window
        self.page = [compile_pattern(p, terms) for p in scope.page]
        self.subjects = [compile_pattern(p, terms) for p in scope.subjects]
        self.exclude = [compile_pattern(p, terms) for p in scope.exclude]

    def necessary(self, code_lines: bool = False) -> list[list[frozenset[WordTest]]] | None:
        """Words a document must contain for any sentence of it to be in scope (None: none).

        The page's required mention when there is one (it is the more specific), else
        the subjects. With `code_lines` (value rules, which also read lines of code), a
        line that names a subject is in scope on its own text (`covers_text`), whatever
        the page mentions: the page's mention or the subjects, and nothing at all when
        there is a page mention but no subjects.
        """
        if code_lines and self.page:
            if not self.subjects:
                return None
            patterns = [*self.page, *self.subjects]
        else:
            patterns = self.page or self.subjects
        if not patterns:
            return None
        groups: list[list[frozenset[WordTest]]] = []
        for pattern in patterns:
            if pattern.clauses is None:
                groups.append(list(pattern.musts))
            else:
                groups.extend([[frozenset([t]) for t in clause] for clause in pattern.clauses])
        return groups

    def covers_page(self, index: DocumentIndex) -> bool:
        """Does the page mention what `page` requires (in its prose or its code)?"""
        if not self.page:
            return True
        return any(index.page_mentions(p) for p in self.page)

    @property
    def everywhere(self) -> bool:
        return not self.subjects and not self.exclude and not self.page

    def _any(self, patterns: list[Pattern], tokens: Tokens) -> bool:
        return any(p.search(tokens) is not None for p in patterns)

    def covers_text(self, tokens: Tokens) -> bool | None:
        """True/False when the text alone decides; None when surroundings must decide.

        A subject named in the text puts it in scope, unless the same words are also an
        excluded subject (`personal-nix` is an ARC lane, but one the claim excludes).
        """
        named = self.names(tokens)
        if named is not None:
            return named
        return None if self.subjects else True

    def names(self, tokens: Tokens) -> bool | None:
        """In scope when the text names a subject, out when it names an excluded one
        only, None when it names neither."""
        subject = self._first(self.subjects, tokens)
        excluded = self._first(self.exclude, tokens)
        if subject is not None:
            overlaps = (
                excluded is not None
                and excluded.start < subject.end
                and subject.start < excluded.end
            )
            return not overlaps
        if excluded is not None:
            return False
        return None

    def _first(self, patterns: list[Pattern], tokens: Tokens) -> Match | None:
        found = (p.search(tokens) for p in patterns)
        return min((m for m in found if m is not None), key=lambda m: m.start, default=None)

    def covers(self, index: DocumentIndex, position: int) -> bool:
        """Is sentence number `position` of the indexed document in scope?"""
        if self.everywhere:
            return True
        if not self.covers_page(index):
            return False
        # Text that names nothing leaves its headings to decide, with exclusions only too
        # ("## personal-nix" over a table row with the old endpoint).
        decided = self.names(index.tokens[position])
        if decided is not None:
            return decided
        sentence = index.document.sentences[position]
        opening = index.tokens[position].words[:1]
        if opening and opening[0] in _PRONOUN_OPENERS:
            # "They also still point at the old URL": the paragraph says who "they" are.
            for back in _same_block_before(index, position):
                decided = self.names(index.tokens[back])
                if decided is not None:
                    return decided
        question = _asked_before(index, position)
        if question is not None:
            # "**Q: Attic URL on `personal-nix`?** A: still ...": the question names it.
            decided = self.names(index.tokens[question])
            if decided is not None:
                return decided
        decided = self.covers_headings(index, sentence.context.headings)
        if decided is not None:
            return decided
        if not self.subjects:
            return True
        return self.window_mentions(index, position)

    def covers_headings(self, index: DocumentIndex, headings: tuple[str, ...]) -> bool | None:
        """The nearest heading that names a subject or an excluded subject decides. With
        exclusions only, the page title does not ("GitLab CI → GloriousFlywheel" names
        both sides of a comparison)."""
        for heading in reversed(headings if self.subjects else headings[1:]):
            decided = self.covers_text(index.heading(heading))
            if decided is not None and (self.subjects or decided is False):
                return decided
        return None

    def window_mentions(self, index: DocumentIndex, position: int) -> bool:
        if self.window == "sentence":
            return False
        key: object = None
        if self.window == "section":
            key = index.document.sentences[position].context.headings
        elif self.window == "block":
            key = index.blocks[position]
        return any(index.mentions(p, self.window, key) for p in self.subjects)

    def covers_context(
        self, index: DocumentIndex, headings: tuple[str, ...], extra: Tokens
    ) -> bool:
        """Scope of a code block or file region: its own text, then its section."""
        if self.everywhere:
            return True
        if not self.covers_page(index):
            return False
        decided = self.names(extra)
        if decided is not None:
            return decided
        decided = self.covers_headings(index, headings)
        if decided is not None:
            return decided
        if not self.subjects:
            return True
        if self.window in ("section", "block"):
            return any(index.mentions(p, "section", headings) for p in self.subjects)
        if self.window == "document":
            # A page whose workflows run on the platform's lanes is about the platform,
            # though its prose may never name it.
            return any(index.page_mentions(p) for p in self.subjects)
        return False


_PRONOUN_OPENERS = frozenset("they they're it it's these those both their its".split())
ANSWER_REACH = 3
"""Sentences back from a sentence to the one that says what it speaks of (the question it
answers, the name its pronoun points at)."""


def _same_block_before(index: DocumentIndex, position: int) -> range:
    """The sentences of the same block before `position`, nearest first (at most
    ANSWER_REACH)."""
    block = index.blocks[position]
    first = position
    while first > 0 and position - first < ANSWER_REACH and index.blocks[first - 1] == block:
        first -= 1
    return range(position - 1, first - 1, -1)


def _asked_before(index: DocumentIndex, position: int) -> int | None:
    """The question sentence of the section that the sentence at `position` answers: the
    nearest sentence before it, at most ANSWER_REACH back, that ends with "?"."""
    sentences = index.document.sentences
    here = sentences[position].context.headings
    for back in range(position - 1, max(-1, position - 1 - ANSWER_REACH), -1):
        previous = sentences[back]
        if previous.kind == "heading" or previous.context.headings != here:
            return None
        if previous.text.rstrip(" *_").endswith("?"):
            return back
    return None


COMMENT_LEAD = 3
"""Comment lines at the top of a code block that may say whose it is."""
_VENDOR_WORDS = ("vendor", "vendors", "upstream", "third-party", "external")


@dataclass(frozen=True)
class PlatformScope:
    """Which parts of a page are about the platform.

    `about` names the platform; `foreign` names products that are not the platform's
    (the pack's `external` entities: FlakeHub, GitHub-hosted runners) and vendor words.
    A page that names the platform in one section only is about the platform there;
    its other sections are the vendor's when the page presents itself as another
    product's ("Vendor notes: Determinate CI quickstart"), and the page's own otherwise
    ("Contributing to scheduling-kit")."""

    about: tuple[Pattern, ...]
    foreign: tuple[Pattern, ...] = ()
    names: frozenset[str] = frozenset()
    """The words of the platform's own names, lower-cased, with their possessives ("gf",
    "gf's"): the pack's `platform_names`."""
    outside: Pattern | None = None
    """"outside GF": one of the platform's names after "outside"."""

    @classmethod
    def of(
        cls,
        about: Sequence[str],
        names: Iterable[str],
        terms: Mapping[str, Sequence[str]],
        platform_names: Sequence[str] = (),
    ) -> PlatformScope:
        platform = tuple(compile_pattern(p, terms) for p in about)
        foreign: list[Pattern] = [compile_pattern(w, {}) for w in _VENDOR_WORDS]
        for name in names:
            tokens = tokenize(name)
            if tokens.words and not any(p.search(tokens) for p in platform):
                foreign.append(compile_pattern(" ".join(tokens.words), {}))
        own = {w for name in platform_names for w in tokenize(name).words}
        spelled = [" ".join(tokenize(n).words) for n in platform_names if tokenize(n).words]
        outside = (
            compile_pattern("outside [of] (" + "|".join(spelled) + ")", {}) if spelled else None
        )
        return cls(
            platform,
            tuple(foreign),
            frozenset(own | {w + "'s" for w in own}),
            outside,
        )

    def of_other_users(self, text: str) -> bool:
        """Is the sentence said of another product's users ("Outside GF, some projects do
        configure FlakeHub Cache for their own contributors", "for FlakeHub's own
        customers")? What it does for them is not said of the platform."""
        if (
            _OWN_USERS.search(text)
            or _OUTSIDE_PLATFORM.search(text)
            or _PEERS.search(text)
            or _RIVALS.search(text)
        ):
            return True
        elsewhere = _ELSEWHERE.search(text)
        if elsewhere is not None and (
            elsewhere.group().rstrip().endswith("not") or not self._names_platform(text)
        ):
            return True  # "at my job our Buildkite agents have nix baked into the AMI"
        for found in _POSSESSOR_USERS.finditer(text):
            if found.group(1).lower() not in self.names:
                return True  # "GF's own users" are the platform's
        for found in _SUBSCRIBERS.finditer(text):
            if found.group(1).lower() not in self.names:
                return True  # "FlakeHub Cache subscribers can substitute them"
        for found in _NAMED_USERS.finditer(text):
            if found.group(1).lower() not in self.names:
                return True  # "for Buildkite users, falling back to hosted agents is normal"
        for found in _UNRELATED_TO.finditer(text):
            if found.group(1).lower() in self.names:
                return True  # "our own feature, nothing to do with how GF's lanes work"
        if self.outside is None or "outside" not in text.lower():
            return False
        tokens = tokenize(text)
        found_outside = self.outside.search(tokens)
        if found_outside is None:
            return False
        after = tokens.words[found_outside.end : found_outside.end + 1]
        if after in (("lane",), ("lanes",)):
            return False  # "outside GF lanes" names a place
        # "for downstream consumers outside GF, Attic is how we hand them ...": the
        # platform serves outsiders; what it does for them is still the platform's
        return not (
            found_outside.start > 0 and tokens.words[found_outside.start - 1] in _RECIPIENTS
        )

    def other_org_row(self, row: str, header: Sequence[str]) -> bool:
        """Is a table row keyed by another organisation ("| Org | Cache |" / "| Acme |
        FlakeHub Cache as substituter on agents |")? What it says is that org's setup."""
        if not header or not _ORG_HEADER.match(header[0]):
            return False
        key = row.split(" | ", 1)[0]
        return bool(key.strip(" *_`")) and not self._names_platform(key)

    def _names_platform(self, text: str) -> bool:
        """Does the text name the platform itself, as the pack's scope says it is named
        ("at my job we keep heavy builds on tinyland-nix")?"""
        tokens = tokenize(text)
        return any(p.search(tokens) is not None for p in self.about)

    def foreign_example(self, text: str) -> bool:
        """Does a code block's leading comment place it outside the platform
        ("# brand-assets/.github/workflows/site.yml (not a GF-using repo)")?"""
        lead = []
        for line in text.splitlines()[:COMMENT_LEAD]:
            if not line.lstrip().startswith("#"):
                break
            lead.append(line.lstrip("# "))
        return bool(lead) and places_outside(" ".join(lead), self.about)

    def section_about(
        self,
        index: DocumentIndex,
        headings: tuple[str, ...],
        position: int | None = None,
        text: str = "",
    ) -> bool:
        """Is the section under `headings` (the sentence at `position`, or the code block
        `text`, when given) about the platform?"""
        if not self.about or index.derived.get("platform"):
            return True  # (a workflow of a repo that uses the platform is about it throughout)
        if self.in_other_setup(index, headings, position, text):
            return False
        disclaimer = _disclaimer(index, self.about)
        if not disclaimer and _platform_sections(index, self.about) >= 2:
            return True
        if position is not None and disclaimer and self._vendor_framed(index):
            # "Vendor excerpt: ..." with its disclaimer: a "GF note:" paragraph is ours,
            # the excerpt around it in the same section stays the vendor's.
            return any(
                p.search(index.tokens[i]) is not None
                for i in paragraph_of(index.document, position)
                if i not in disclaimer
                for p in self.about
            )
        if any(
            index.mentions(p, "section", headings, disclaimer)
            or any(p.search(index.heading(h)) is not None for h in headings)
            for p in self.about
        ):
            return True
        return not (disclaimer or self._vendor_framed(index))

    def in_other_setup(
        self,
        index: DocumentIndex,
        headings: tuple[str, ...],
        position: int | None = None,
        text: str = "",
    ) -> bool:
        """Is the sentence at `position` (or the code block `text`) in the section of another
        setup that the page sets beside the platform ("## 1. GitHub-hosted + Cachix" beside
        "## 5. GloriousFlywheel"), with nothing in its paragraph naming the platform?"""
        return self._alternative_section(index, headings) and not self._named_near(
            index, position, text
        )

    def _named_near(self, index: DocumentIndex, position: int | None, text: str) -> bool:
        """Does the sentence's paragraph (or the code block) name the platform?"""
        if position is None:
            tokens = tokenize(text)
            return any(p.search(tokens) is not None for p in self.about)
        return any(
            p.search(index.tokens[i]) is not None
            for i in paragraph_of(index.document, position)
            for p in self.about
        )

    def _alternative_section(self, index: DocumentIndex, headings: tuple[str, ...]) -> bool:
        """Is the section one of several setups a page sets side by side, the platform being
        another of them? Its heading either runs parallel to a heading that names the
        platform ("## Setup 1: kubeadm" beside "## Setup 3: GloriousFlywheel"), or names
        another product where the platform has a section of its own beside or below it
        ("## FlakeHub Cache" over "### GF and FlakeHub Cache")."""
        own = self._own_sections(index)
        if not own:
            return False
        for depth in range(1, len(headings)):
            parent, heading = headings[:depth], headings[depth]
            tokens = index.heading(heading)
            if any(p.search(tokens) is not None for p in self.about):
                return False  # "## tinyland-nix": the platform's own, and so is what it holds
            beside = [h for h in own.get(parent, ()) if h != heading]
            below = own.get(headings[: depth + 1], ())
            shape = _lead_shape(heading)
            if beside and shape and any(_lead_shape(h) == shape for h in beside):
                return True
            if (beside or below) and any(_names_affirmed(p, tokens) for p in self.foreign):
                return True
        return False

    def _own_sections(self, index: DocumentIndex) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The headings below the title that open with one of the platform's own names
        ("## Setup B: GloriousFlywheel", "### GF's Attic"), by the headings over them. A
        heading that names it in passing ("## 6. A GitLab → GF cheat sheet") is a section of
        a page about the platform, not the platform's place among others."""
        cached = index.derived.get("own_sections")
        if isinstance(cached, dict):
            return cached
        own: dict[tuple[str, ...], tuple[str, ...]] = {}
        for sentence in index.document.sentences:
            if (
                sentence.kind == "heading"
                and sentence.context.headings
                and _first_name(sentence.text) in self.names
            ):
                parent = sentence.context.headings
                own[parent] = (*own.get(parent, ()), sentence.text)
        index.derived["own_sections"] = own
        return own

    def _vendor_framed(self, index: DocumentIndex) -> bool:
        """Does the page's title present it as another product's page?"""
        cached = index.derived.get("vendor_framed")
        if isinstance(cached, bool):
            return cached
        sentences = index.document.sentences
        title = next((i for i, s in enumerate(sentences) if s.kind == "heading"), None)
        framed = title is not None and any(
            _names_affirmed(p, index.tokens[title]) for p in self.foreign
        )
        index.derived["vendor_framed"] = framed
        return framed


_LEAD_SHAPE = re.compile(
    r"^\s*(?:(\d{1,2})\s*[.)]|([A-Za-z]{2,12})\s+(?:\d{1,2}|[A-Z])\s*[:.)—–-])"
)
"""A heading's ordinal lead-in ("1.", "Setup 2:", "Option B —"): parallel sections share it."""


def _lead_shape(heading: str) -> str:
    """The kind of ordinal lead-in a heading has: "#" for a bare number, else its word."""
    found = _LEAD_SHAPE.match(heading)
    if found is None:
        return ""
    return "#" if found.group(1) else found.group(2).casefold()


def _first_name(heading: str) -> str:
    """The heading's first word after its ordinal lead-in and an article, lower-cased."""
    found = _LEAD_SHAPE.match(heading)
    words = tokenize(heading[found.end() if found else 0 :]).words
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words[0] if words else ""


def _names_affirmed(pattern: Pattern, tokens: Tokens) -> bool:
    """Does the title name it other than as what the page does without or leaves ("...,
    no hosted runners", "move e2e-beta off hosted runners")?"""
    found = pattern.search(tokens)
    if found is None:
        return False
    before = tokens.words[max(0, found.start - 2) : found.start]
    return not any(w in _LEAVING for w in before)


_LEAVING = frozenset("no not without never off leave leaving drop dropping ditch ditching".split())
"""Words before a product's name in a title that say the page is moving away from it
("move e2e-beta off hosted runners")."""


_DISCLAIMER = re.compile(
    r"\b(?:mirrored|copied|reproduced|excerpted|quoted|vendored|imported|lifted|taken)"
    r"(?: verbatim)? from\b.{0,60}?\b(?:vendor|vendor's|upstream|their|third-party|external|"
    r"public)\b|\bnot (?:\w+ ){0,2}(?:policy|guidance|recommendations?|advice)\b",
    re.IGNORECASE,
)
_OUTSIDER = re.compile(
    # "not yet on GF", but not "command not found on `tinyland-nix`"
    r"\b(?:(?:is|are|was|were)(?:n't| not)|not) (?:\w+ly |yet |even )?"
    r"(?:part of|on|in|a (?:tenant|member|consumer|customer|user) of)\b"
    r"|\b(?:has|have) no access to\b|\b(?:doesn't|does not|"
    r"don't|do not|never) (?:use|run on|runs on)\b|\bnot an?(?= \S+-(?:using|consuming|based)\b)",
    re.IGNORECASE,
)
"""A page's subject placed outside the platform ("pgvec-wasm is not part of the
GloriousFlywheel fleet"): the platform is named after it, not before ("tinyland-nix is not
on GloriousFlywheel's default pool" is about the platform)."""
_DISCLAIMER_REACH = 6
"""Sentences at the top of a page that may disclaim it."""
_ORG_HEADER = re.compile(
    r"^\W*(?:org|orgs|organi[sz]ations?|compan(?:y|ies)|vendors?|competitors?|peers?|"
    r"other\s+(?:orgs?|companies|platforms|teams))\W*$",
    re.IGNORECASE,
)
"""A table's key column that lists other organisations."""
_RECIPIENTS = frozenset(
    "consumers users customers people folks teams repos projects readers downloaders".split()
)
"""Who the platform serves, when "outside GF" says where they are."""
_OUTSIDE_PLATFORM = re.compile(
    r"\boutside\s+(?:of\s+)?(?:the|our)\s+platform\b(?!\s+lanes?\b)", re.IGNORECASE
)
_ELSEWHERE = re.compile(
    r"\b(?:at|in)\s+(?:my|our)\s+(?:day\s+|old\s+|previous\s+|last\s+|former\s+|other\s+)?"
    r"(?:job|company|employer|workplace|shop)\b"
    r"|\bat\s+work\s*\(\s*not\b"
    # "Most of us came from teams that ran ... Over there, FlakeHub Cache was the ..."
    r"|^\W*over\s+there\b"
    r"|\b(?:in|on|for)\s+(?:\*{0,2}my\*{0,2}|a|his|her|their)\s+(?:own\s+)?"
    r"(?:homelab|home\s+lab|home\s+cluster|cluster|laptop|side\s+projects?|personal\s+repos?)\b",
    re.IGNORECASE,
)
"""Somewhere other than the platform the writer speaks of ("at my job", "At work (not GF,
big SaaS)", "in *my* cluster", "for a homelab", a sentence that opens "Over there")."""
_OWN_USERS = re.compile(
    r"\bfor\s+(?:its|their)\s+own\s+(?:users|customers|contributors|community|developers)\b"
    r"|\b(?:its|their)\s+(?:own\s+|paying\s+)?(?:customers|users)\b"
    # "helping clients adopt FlakeHub Cache as a substituter in their own CI"
    r"|\bin\s+(?:their|its)\s+own\s+(?:ci|pipelines?|builds?|infrastructure|setups?|clusters?)\b"
    # "In their setup the cache is a substituter your CI pulls from"
    r"|\bin\s+(?:their|its)\s+(?:setups?|set-ups?|model|world|architecture|product)\b"
    # "a substituter for orgs on their paid plan"
    r"|\bfor\s+(?:orgs|organi[sz]ations|teams|customers|users|accounts)\s+on\s+(?:their|its|a)\s+"
    r"(?:paid|team|enterprise|pro|business)\s+(?:plan|tier)s?\b",
    re.IGNORECASE,
)
"""Another product's users without its name ("for their own contributors", "their
customers wire it into nix.conf")."""
_PEERS = re.compile(
    r"\b(?:peers|peer\s+(?:orgs|companies|teams|platforms)|other\s+(?:orgs|organi[sz]ations|"
    r"companies|shops|platforms))\s+(?:\w+\s+)?(?:run|runs|use|uses|rely|relies|put|puts|"
    r"configure|configures)\b",
    re.IGNORECASE,
)
"""Other organisations' CI ("A couple of peers run FlakeHub Cache as their substituter")."""
_RIVALS = re.compile(
    r"\b(?:competitors?|rivals?|other\s+vendors?)(?:\s+[A-Z0-9])?\W{0,3}\s+"
    r"(?:sells?|offers?|markets?|ships?|pitch(?:es)?|leans?\s+on|advertises?)\b",
    re.IGNORECASE,
)
"""... and rivals' products ("**Competitor A** sells auto-resizing runners")."""
_UNRELATED_TO = re.compile(
    r"\b(?:nothing|little)\s+to\s+do\s+with\s+(?:how\s+|what\s+)?(?:the\s+)?([\w-]+)",
    re.IGNORECASE,
)
_NAMED_USERS = re.compile(r"\b[Ff]or\s+([A-Z][\w-]+)\s+(?:users|customers)\s*,")
_SUBSCRIBERS = re.compile(r"\b([A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?\s+(?:subscribers|customers)\b")
"""A product's paying users ("FlakeHub Cache subscribers can substitute them")."""
"""A frame naming another product's users ("for Buildkite users, falling back ...")."""
_POSSESSOR_USERS = re.compile(
    r"\b([\w-]+)['’]s\s+(?:own\s+(?:customers|users|clients)|(?:customers|clients))\b",
    re.IGNORECASE,
)
"""Users a vendor owns ("Determinate's customers", "FlakeHub's own users")."""


def places_outside(text: str, about: Sequence[Pattern]) -> bool:
    """Does `text` place its subject outside the platform ("not part of the GloriousFlywheel
    fleet", "# not a GF-using repo")?"""
    outside = _OUTSIDER.search(text)
    if outside is None:
        return False

    def named(part: str) -> bool:
        # "GF-using" names GF: its compound's parts count too.
        return any(
            p.search(tokenize(part)) or p.search(tokenize(part.replace("-", " "))) for p in about
        )

    return named(text[outside.end() :]) and not named(text[: outside.start()])


def _disclaimer(index: DocumentIndex, about: Sequence[Pattern]) -> frozenset[int]:
    """The sentences at the top of a page that present it as someone else's text ("Mirrored
    from the vendor documentation ... not GloriousFlywheel policy") or its subject as outside
    the platform ("... is not part of the GloriousFlywheel fleet"), or none."""
    cached = index.derived.get("disclaimer")
    if isinstance(cached, frozenset):
        return cached
    found: set[int] = set()
    sentences = index.document.sentences
    for position, sentence in enumerate(sentences[:_DISCLAIMER_REACH]):
        if sentence.kind == "heading" and position > 0:
            break
        if sentence.kind == "heading":
            if _DISCLAIMER.search(sentence.text):
                found.add(position)  # "# Third-party notes (copied for comparison — NOT policy)"
            continue
        if _DISCLAIMER.search(sentence.text) or places_outside(sentence.text, about):
            found.add(position)
    if found:
        # The rest of the disclaiming paragraph belongs to it ("Content below is ...").
        blocks = {index.blocks[p] for p in found}
        found |= {p for p in range(len(sentences)) if index.blocks[p] in blocks}
    result = frozenset(found)
    index.derived["disclaimer"] = result
    return result


def _platform_sections(index: DocumentIndex, about: Sequence[Pattern]) -> int:
    """How many sections of the page name the platform (a vendor page's one note: 1)."""
    cached = index.derived.get("platform_sections")
    if isinstance(cached, int):
        return cached
    chains = {
        # A heading opens the section it names: it counts as that section.
        (*sentence.context.headings, sentence.text)
        if sentence.kind == "heading"
        else sentence.context.headings
        for position, sentence in enumerate(index.document.sentences)
        if any(p.search(index.tokens[position]) is not None for p in about)
    }
    index.derived["platform_sections"] = len(chains)
    return len(chains)
