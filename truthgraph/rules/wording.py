"""TG101 contradicted-wording: patterns that recognise text contradicting a claim.

A wording rule lists patterns in the truthgraph pattern language (see
`truthgraph.match.patterns`). A sentence that matches one, is in the claim's
scope and *asserts* the match (see `truthgraph.match.polarity`) is a finding.
`unless` patterns name wording that makes the sentence consistent.

Example rule (claim ``nix-bootstrap-workflow-owned``)::

    - id: preinstalled
      kind: wording
      patterns: ["{nix-lane} ...6 {ships} ...3 nix"]

Contradicting: "The `tinyland-nix` runner ships with Nix, so just run `nix build`."
Consistent:    "`tinyland-nix` does not ship Nix; bootstrap it with `nix-job`."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, NonGoal, RuleSpec, WordingRule
from truthgraph.markdown.document import Sentence, SourceText
from truthgraph.match.patterns import Pattern
from truthgraph.match.polarity import sentence_verdict
from truthgraph.match.scope import DocumentIndex
from truthgraph.rules.base import CompiledRule, Hit, pattern_anchors, sentence_hit


def own_words(patterns: Sequence[Pattern]) -> frozenset[str]:
    """Exact words a pattern itself asks for: a negation the rule wrote is not a negation cue."""
    return frozenset(t.text for p in patterns for t in p.tests if t is not None and t.mode == 0)


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
        self.unless = self.compile_all(spec.unless)
        self.own = own_words(self.patterns)

    def anchors(self) -> list[str]:
        return pattern_anchors(self.patterns)

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        sentence: Sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        for pattern in self.patterns:
            if not pattern.could_match(words):
                continue
            found = pattern.search(tokens)
            if found is None:
                continue
            if any(u.could_match(words) and u.search(tokens) for u in self.unless):
                return
            verdict = sentence_verdict(sentence.text, tokens, found.start, found.end, self.own)
            if not verdict.asserted:
                continue
            if not self.scope.covers(index, position):
                return
            start, end = tokens.starts[found.start], tokens.ends[found.end - 1]
            matched = sentence.text[start:end]
            yield sentence_hit(source, sentence, start, end, f'matched "{matched}"')
            return
