"""What every rule kind shares: the hit it yields and the compiled rule it is bound to."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from truthgraph.claims.model import Claim, NonGoal, RuleSpec
from truthgraph.claims.pack import ClaimsPack
from truthgraph.findings import Related, Severity
from truthgraph.match.patterns import Pattern, WordTest, compile_pattern
from truthgraph.match.polarity import cell_header, column_verdict, is_negation
from truthgraph.match.prefilter import rarity
from truthgraph.match.scope import CompiledScope, DocumentIndex
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.parse.document import Sentence, SourceText
from truthgraph.parse.workflow import Workflow

Place = Callable[[int, int], tuple[int, int]]
"""Maps a 0-based (line, column) of a YAML text to a 1-based place in the file."""


@dataclass(frozen=True)
class Hit:
    """A place a rule matched; the engine turns it into a Finding (id, level, message)."""

    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    detail: str = ""
    related: tuple[Related, ...] = ()
    code: str = ""
    """Sub-code when one kind has several (value: TG301/TG302; workflow: TG401-TG404)."""
    message: str = ""
    """The finding's message when the rule words it per hit (fact rules)."""


def sentence_hit(
    source: SourceText, sentence: Sentence, start: int, end: int, detail: str = "", code: str = ""
) -> Hit:
    """A hit on characters [start, end) of a sentence, positioned in the file.

    A match that wraps over lines is placed on the line that holds most of it (the
    excerpt keeps the whole sentence), so that a lane named at the end of one line does
    not pull the finding away from the wording on the next.
    """
    first, last = sentence.span(start, end)
    first = _main_line_start(source.text, first, last)
    line, column = source.position(first)
    end_line, end_column = source.position(last - 1)
    return Hit(line, column, end_line, end_column + 1, sentence.text, detail, (), code)


_HISTORY_ROW = re.compile(
    r"\b(?:previous|previously|old|older|legacy|former|formerly|deprecated|superseded|retired|"
    r"removed|until)\b",
    re.IGNORECASE,
)
"""Words in a row's first cell that make the row a record of the past."""


def in_table_context(
    rule: CompiledRule, index: DocumentIndex, sentence: Sentence, start: int
) -> bool:
    """For a table row: is the cell at `start` asserted and in scope by its column header?

    A column headed "Before" holds history; a column headed with an excluded subject
    ("GitLab runners") is about that subject, one headed with a subject is in scope.
    """
    if sentence.kind != "table_row" or not sentence.table_header:
        return True
    if _HISTORY_ROW.search(sentence.text.split(" | ", 1)[0]):
        return False  # "| `ATTIC_SERVER` (previous) | ... |": the row keeps an old value
    header = cell_header(sentence.text, sentence.table_header, start)
    if not column_verdict(header, sentence.table_header, sentence.text).asserted:
        return False
    decided = rule.scope.covers_text(index.heading(header)) if header.strip() else None
    return decided is not False


def _main_line_start(text: str, first: int, last: int) -> int:
    """Where, within [first, last), the line holding the most characters of it begins."""
    if text.find("\n", first, last) == -1:
        return first
    best_start, best_size = first, -1
    line_start = first
    while line_start < last:
        line_end = text.find("\n", line_start, last)
        line_end = last if line_end == -1 else line_end
        segment = text[line_start:line_end]
        size = len(segment.strip())
        if size > best_size:
            best_size = size
            best_start = line_start + (len(segment) - len(segment.lstrip()))
        line_start = line_end + 1
    return best_start


class CompiledRule:
    """A rule spec bound to its claim or non-goal, with patterns compiled once.

    `reads` declares what the engine hands the rule (yamllint's TYPE, sqlfluff's crawl
    behaviour): `sentence` -> `check(index, position, words, source)`, `code-line` ->
    `check_line(text)`, `workflow` -> `check_workflow(workflow, place, path)`,
    `document` -> `check_document(index, source, asserted)`. The engine only dispatches.
    """

    kind = ""
    code = ""
    name = ""
    reads: frozenset[str] = frozenset({"sentence"})
    order = 0
    """Among rules reading one sentence, lower first: the first claim's finding is kept."""
    advice = False
    """A policy rather than a fact: examples in a section describing the present are not
    advice (a design doc's Context showing today's CI)."""

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        self.owner = owner
        self.spec = spec
        self.terms = terms
        self.scope = CompiledScope(spec.scope or owner.scope, terms)
        self.severity = Severity.parse(spec.severity or owner.severity)
        self.blocks = frozenset(spec.blocks)
        self.unless = self.compile_all(getattr(spec, "unless", []))

    @classmethod
    def compile(cls, owner: Claim | NonGoal, spec: RuleSpec, pack: ClaimsPack) -> CompiledRule:
        """The rule bound to its owner; a kind that reads the graph itself overrides it."""
        return cls(owner, spec, pack.terms)

    # What the engine calls, by `reads`; a kind implements those it declares.

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        raise NotImplementedError(f"{type(self).__name__} does not read sentences")

    def check_document(
        self, index: DocumentIndex, source: SourceText, asserted: Callable[[int], bool]
    ) -> Iterator[Hit]:
        raise NotImplementedError(f"{type(self).__name__} does not read documents")

    def check_workflow(self, workflow: Workflow, place: Place, path: str) -> Iterator[Hit]:
        raise NotImplementedError(f"{type(self).__name__} does not read workflows")

    def could_occur_in(self, text: str) -> bool:
        raise NotImplementedError(f"{type(self).__name__} does not read code lines")

    def holds_current(self, text: str) -> bool:
        raise NotImplementedError(f"{type(self).__name__} does not read code lines")

    def check_line(
        self, text: str, parent: str = "", beside_current: bool = False
    ) -> Iterator[tuple[int, int, str, str]]:
        raise NotImplementedError(f"{type(self).__name__} does not read code lines")

    def line_hit(
        self, first: tuple[int, int], last: tuple[int, int], line: str, value: str, code: str
    ) -> Hit:
        raise NotImplementedError(f"{type(self).__name__} does not read code lines")

    def excused(self, tokens: Tokens, words: frozenset[str]) -> bool:
        """Does the sentence hold wording (`unless`) that makes it consistent?"""
        return any(u.could_match(words) and u.search(tokens) is not None for u in self.unless)

    def reads_block(self, kind: str) -> bool:
        """Does this rule read sentences of this kind (paragraph, table_row ...)?"""
        return not self.blocks or kind in self.blocks

    @property
    def qualified_id(self) -> str:
        return f"{self.owner.id}/{self.spec.id}"

    def compile_all(self, sources: Iterable[str]) -> list[Pattern]:
        return [compile_pattern(p, self.terms) for p in sources]

    def message(self, hit: Hit) -> str:
        return f'contradicts the claim "{one_line(self.owner.statement)}"'

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        """What a file must contain for this rule's own text tests (OR of ANDs)."""
        raise NotImplementedError

    def sentence_gate(self) -> frozenset[str] | None:
        """Lower-case words of which a sentence needs one for this rule to fire there."""
        return None

    def necessary(self) -> list[list[frozenset[WordTest]]]:
        """What a file must contain for this rule to fire: its own words and its subjects."""
        own = [sorted(group, key=rarity, reverse=True) for group in self.own_groups()]
        # Value rules also read code lines, which `scope.page` does not gate.
        subjects = self.scope.necessary(code_lines=self.kind == "value")
        if subjects is None:
            return own
        subjects = [sorted(group, key=rarity, reverse=True) for group in subjects]
        if len(own) * len(subjects) > MAX_GROUPS:
            # Too many combinations to list: any satisfied group satisfies its first set,
            # so "one word of some group's first set" is still necessary.
            first_words = frozenset(t for group in own if group for t in group[0])
            if not all(own):
                return subjects
            return [[*subject, first_words] for subject in subjects]
        # Subjects first: they name what the claim is about, the rarest words a page can have.
        return [[*subject, *group] for group in own for subject in subjects]


MAX_GROUPS = 256


def one_line(text: str) -> str:
    return " ".join(text.split())


def pattern_groups(patterns: Sequence[Pattern]) -> list[list[frozenset[WordTest]]]:
    """Necessary words of "any of these patterns matches", as alternatives of conjunctions.

    Each group lists sets of which every one needs a word present; exact clauses
    come from the pattern's expansion, or, when that is too large, from the
    pattern's required word sets.
    """
    groups: list[list[frozenset[WordTest]]] = []
    for pattern in patterns:
        if pattern.clauses is not None:
            groups.extend([[frozenset([t]) for t in clause] for clause in pattern.clauses])
        else:
            groups.append(list(pattern.musts))
    return groups


OTHER_HEADS = frozenset(
    """org orgs organization organisation account accounts owner namespace repo repos
    repository repositories team enterprise user cluster project projects domain website
    site package crate flake chart secret variable bucket workflow workflows pipeline
    pipelines job jobs app service services action actions template templates branch
    library libraries module modules""".split()
)
"""Nouns a name can modify that make it another kind of thing ("the `tinyland-inc` org",
"a `tinyland-inc` or dogfood repository", "Jess's personal-site workflow")."""
_HEAD_REACH = 3
_PUNCTUATION = re.compile(r"[^\s`'\"*_]")


def heads_other_noun(text: str, tokens: Tokens, at: int, same_kind: Callable[[str], bool]) -> bool:
    """Does the name at token `at` modify a noun of another kind within a few words, before
    punctuation ("`tinyland-gpu` — CUDA test jobs" describes) or a word of its own kind?
    After a possessive it describes whatever follows ("Jess's personal-site scale sets")."""
    if at > 0 and tokens.words[at - 1].endswith("'s"):
        return True
    for offset in range(at + 1, min(len(tokens.words), at + 1 + _HEAD_REACH)):
        if _PUNCTUATION.search(text, tokens.ends[offset - 1], tokens.starts[offset]):
            return False
        word = tokens.words[offset]
        if same_kind(word):
            return False
        if word in OTHER_HEADS:
            return True
    return False


def denied_after(text: str, tokens: Tokens, at: int) -> bool:
    """Is the name at token `at` denied by the verb right after it ("`tinyland-nix-large`
    never shipped", "`tinyland-gpu` doesn't exist", "... is not a lane")? A table's next
    cell ("| tinyland-gpu | no |") answers its own column, not the name."""
    following = tokens.words[at + 1 : at + 3]
    if following and "|" in text[tokens.ends[at] : tokens.starts[at + 1]]:
        return False
    if following and following[0] == "which":
        following = tokens.words[at + 2 : at + 4]  # "tinyland-bazel, which isn't a scale set"
    return bool(following) and (
        is_negation(following[0])
        or (len(following) == 2 and following[0] in _AUXILIARY and is_negation(following[1]))
    )


_AUXILIARY = frozenset("is was does did has had will would".split())


def trailing_comment_words(rest: str) -> frozenset[str]:
    """The words of the ` #` comment in what follows a value or command on its line ("#
    old value, do not restore"); empty when there is none."""
    _, hash_mark, comment = rest.partition(" #")
    return frozenset(tokenize(comment).words) if hash_mark else frozenset()


LANE_NOUNS = frozenset("lane lanes runs-on label labels runner runners".split())
"""Nouns that name runner lanes (or their labels) in prose and headings."""
REPOSITORY_LEADS = frozenset(["in", "repo", "repository"])
"""Words before a name that make it a repository, not a lane ("the iOS build in
`tinyland-mobile`"): jobs run on lanes, not in them."""
