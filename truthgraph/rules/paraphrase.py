"""TG201 resembles-contradiction: sentences that read like a known contradicting example.

Wording varies more than patterns can list. A paraphrase rule gives example
sentences that contradict the claim; a sentence that names one of the rule's
`anchors` is compared with each example (rapidfuzz `token_sort_ratio` on
case-folded words) and is a finding when the best score reaches `threshold`
and the sentence asserts it (a negation the example does not have flips it).
The finding says which example it resembled and how closely.

Example rule (claim ``arc-scales-horizontally``)::

    - id: resize-on-demand
      kind: paraphrase
      anchors: ["{arc}", "{runner-pod}"]
      examples: ["ARC resizes runner pods on demand when a job needs more memory"]
      threshold: 80

Contradicting: "ARC resizes the runner pod on demand when a job needs more memory."
Consistent:    "ARC never resizes runner pods; it adds runners for more jobs."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz import fuzz

from truthgraph.claims.model import Claim, NonGoal, ParaphraseRule, RuleSpec
from truthgraph.match.patterns import WordTest, gate_of
from truthgraph.match.polarity import negations_in, sentence_verdict
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.tokens import tokenize
from truthgraph.parse.document import SourceText
from truthgraph.rules.base import CompiledRule, Hit, pattern_groups, sentence_hit

MAX_COMPARED_CHARS = 600
"""Longer sentences are not compared: a paraphrase of a one-line claim is never that long."""


class ParaphraseCheck(CompiledRule):
    kind = "paraphrase"
    code = "TG201"
    name = "resembles-contradiction"
    order = 1  # after exact wording: when both see a sentence, the exact match is reported

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        super().__init__(owner, spec, terms)
        assert isinstance(spec, ParaphraseRule)
        self.anchor_patterns = self.compile_all(spec.anchors)
        self.threshold = spec.threshold
        self.gate = gate_of(self.anchor_patterns)
        self.examples = [(e, " ".join(tokenize(e).words)) for e in spec.examples]
        self.parity = {e: negations_in(tokenize(e).words) % 2 for e in spec.examples}

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        return pattern_groups(self.anchor_patterns)

    def sentence_gate(self) -> frozenset[str] | None:
        return self.gate

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        if self.gate is not None and words.isdisjoint(self.gate):
            return
        sentence = index.document.sentences[position]
        if len(sentence.text) > MAX_COMPARED_CHARS:
            return
        tokens = index.tokens[position]
        if not any(a.could_match(words) and a.search(tokens) for a in self.anchor_patterns):
            return
        plain = " ".join(tokens.words)
        best_score, best_example = 0.0, ""
        for example, normalised in self.examples:
            score = fuzz.token_sort_ratio(plain, normalised, score_cutoff=self.threshold)
            if score > best_score:
                best_score, best_example = score, example
        if not best_example or not tokens.words:
            return
        if self.excused(tokens, words):
            return
        verdict = sentence_verdict(
            sentence.text,
            tokens,
            0,
            len(tokens),
            negation_parity=self.parity[best_example],
            whole_sentence=True,
        )
        if not verdict.asserted:
            return
        if not self.scope.covers(index, position):
            return
        start, end = tokens.starts[0], tokens.ends[-1]
        detail = f'resembles "{best_example}" ({best_score:.0f}%)'
        yield sentence_hit(source, sentence, start, end, detail)
