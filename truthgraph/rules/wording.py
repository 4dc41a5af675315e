"""TG101 contradicted-wording: patterns that recognise text contradicting a claim.

A wording rule lists patterns in the truthgraph pattern language (see
`truthgraph.match.patterns`). A sentence that matches one, is in the claim's
scope and *asserts* the match (see `truthgraph.match.polarity`) is a finding.
`unless` patterns name wording that makes the sentence consistent.

Example rule (claim ``nix-bootstrap-workflow-owned``)::

    - id: preinstalled
      kind: wording
      patterns: ["{nix-lane} ...6 {provides} [with] nix"]

Contradicting: "The `tinyland-nix` runner ships with Nix, so just run `nix build`."
Consistent:    "`tinyland-nix` does not ship Nix; bootstrap it with `nix-job`."
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, NonGoal, RuleSpec, WordingRule
from truthgraph.match.patterns import Match, Pattern, WordTest, gate_of
from truthgraph.match.polarity import conjunction_verdict, sentence_verdict, strong_clauses
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.statements import excused_next
from truthgraph.match.tokens import Tokens, split_words
from truthgraph.parse.document import Sentence, SourceText
from truthgraph.rules.base import (
    CompiledRule,
    Hit,
    in_table_context,
    pattern_groups,
    sentence_hit,
)

_TERM_REFERENCE = re.compile(r"\{[\w.-]+\}")


def own_words(patterns: Sequence[Pattern]) -> frozenset[str]:
    """Words written in a pattern itself: a negation the rule wrote is not a negation cue.

    Words that come from term sets do count as cues: `{on-demand}` holding "if needed"
    must not hide the "if" of "if ARC resized pods on demand".
    """
    return frozenset(
        word for p in patterns for word in split_words(_TERM_REFERENCE.sub(" ", p.source))
    )


def _defined_term(sentence: Sentence) -> int:
    """Length of a bold lead that the sentence goes on to define ("**Term** — ..."), or 0."""
    label = sentence.context.label.rstrip(":").strip()
    if label and sentence.text.startswith(label) and len(sentence.text) > len(label) + 2:
        return len(label)
    return 0


class WordingCheck(CompiledRule):
    kind = "wording"
    code = "TG101"
    name = "contradicted-wording"

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        super().__init__(owner, spec, terms)
        assert isinstance(spec, WordingRule)
        self.patterns = self.compile_all(spec.patterns)
        # Per pattern: one pattern's "(for|when ...)" must not hide another's conditional.
        self.own = {id(p): own_words([p]) for p in self.patterns}
        self.gate = gate_of(self.patterns)

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        return pattern_groups(self.patterns)

    def sentence_gate(self) -> frozenset[str] | None:
        return self.gate

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        if self.gate is not None and words.isdisjoint(self.gate):
            return
        sentence: Sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        candidates = [p for p in self.patterns if p.could_match(words)]
        if not candidates:
            return
        clauses: list[tuple[int, int]] | None = None
        found: list[tuple[Match, tuple[int, int] | None, frozenset[str]]] = []
        for pattern in candidates:
            own = self.own[id(pattern)]
            if pattern.is_conjunction:
                # Every part within one clause, in any order.
                clauses = clauses if clauses is not None else strong_clauses(sentence.text, tokens)
                for span in clauses:
                    match = pattern.search(tokens, *span)
                    if match is not None:
                        found.append((match, span, own))
            else:
                # A table row is also searched from each cell's start: a wording that
                # begins in a history column may be whole again in a later cell.
                begins = [0, *_cell_starts(sentence, tokens)]
                for begin in begins:
                    if (match := pattern.search(tokens, begin)) is not None:
                        found.append((match, None, own))
        if not found:
            return
        if self.excused(tokens, words) or (
            self.unless and excused_next(index, position, self.unless)
        ):
            return  # "... checks out with `clean: false`. Opt-in only, for debugging."
        term = _defined_term(sentence)
        # The leftmost asserted match, whichever pattern found it.
        for match, within, own in sorted(found, key=lambda f: (f[0].start, -f[0].end)):
            if tokens.ends[match.end - 1] <= term:
                continue  # only the term a definition list defines: its definition decides
            if within is None:
                verdict = sentence_verdict(sentence.text, tokens, match.start, match.end, own)
            else:
                verdict = conjunction_verdict(
                    sentence.text, tokens, match.start, match.end, own, within
                )
            if not verdict.asserted:
                continue
            start, end = tokens.starts[match.start], tokens.ends[match.end - 1]
            # Both ends of a wording that runs across cells must be in asserted columns:
            # "clean: false" under "V1 input" is history, whatever the V2 cell says.
            if not in_table_context(
                self, index, sentence, tokens.starts[match.end - 1]
            ) or not in_table_context(self, index, sentence, start):
                continue
            if not self.scope.covers(index, position):
                return
            matched = sentence.text[start:end]
            yield sentence_hit(source, sentence, start, end, f'matched "{matched}"')
            return


def _cell_starts(sentence: Sentence, tokens: Tokens) -> list[int]:
    """The first token of each cell after the first, for a table row."""
    if sentence.kind != "table_row":
        return []
    starts: list[int] = []
    at = sentence.text.find(" | ")
    while at != -1:
        first = bisect.bisect_right(tokens.starts, at)
        if first < len(tokens.starts) and first not in starts:
            starts.append(first)
        at = sentence.text.find(" | ", at + 3)
    return starts
