"""TG103 pending-signal-met: text that marks a pending exit signal as met.

A sprint's exit signals are in the graph with their status. A claim that holds while a
signal is pending ("the heavy lane is not yet proven") lists nothing per phrase: the
checker reads the signal's own text and flags a sentence, list item or table row that
restates it and marks it done (a ticked task, a ✅ status cell, "... is met").

    exit_signals:
      - id: p0-heavy-nix-lane-heavy-run-completes
        text: one real heavy Rust/Nix run completes on `tinyland-nix-heavy` under load
        status: pending
        claims: [heavy-lane-proof-pending]

Contradicting: "| 2.3 | One real heavy Rust/Nix run completes on the lane under load | ✅ |"
Consistent:    "- [ ] One real heavy Rust/Nix run completes on the lane under load"
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from truthgraph.claims.model import Claim, ExitSignal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.findings import Severity
from truthgraph.match.patterns import WordTest
from truthgraph.match.polarity import sentence_verdict
from truthgraph.match.scope import CompiledScope, DocumentIndex
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.parse.document import Sentence, SourceText
from truthgraph.rules.base import CompiledRule, Hit, in_table_context, one_line, sentence_hit

CODE = "TG103"
NAME = "pending-signal-met"

_FUNCTION_WORDS = frozenset(
    """a an the one of on in at to for from by with and or no not has have had is are was
    were be been it its this that these those their our we you they any all some every
    each under over into onto via than then there here so as per still yet need needs
    must should will can""".split()
)
_SHARED_SHARE = 0.6
"""Share of a signal's content words a text must restate to be about that signal."""
_FEWEST_SHARED = 3
_DONE_CELL = re.compile(
    r"^\W*(?:[✅✔☑]|\[x\]|(?:done|met|complete|completed|closed|shipped|achieved|passed|"
    r"proven|yes)\b)",
    re.IGNORECASE,
)
"""A status cell that marks its row done ("✅", "Done", "met")."""
_TICKED = re.compile(r"^\s*\[[xX✓✔]\]\s")
_SAID_DONE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|now|already|counts?\s+as)\s+"
    r"(?:\w+\s+)?(?:[a-z]+-)?(?:met|done|complete|completed|satisfied|achieved|ticked|closed|"
    r"proven|green)\b"
    # "The heavy lane is proven by a completed heavy run": the criterion, not the mark
    r"(?!\s+by\s+(?:a|an|one)\b)"
    r"|[✅✔☑]",
    re.IGNORECASE,
)
"""Prose that says what it restates is done ("..., so that exit signal is met")."""
_CONDITION_LEAD = re.compile(
    r"\b(?:if|once|until|till|unless|when|whenever|after|before|as\s+soon\s+as)\b", re.IGNORECASE
)
"""A clause that waits on the mark ("Until this is green on main, ...") does not set it."""
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-{1,2}\s")


_SAME_STEM = {
    "proven": "prove",
    "built": "build",
    "ran": "run",
    "finish": "complete",
    "finished": "complete",
    "finishes": "complete",
    "build": "run",
    "builds": "run",
    "job": "run",
    "jobs": "run",
}
"""Words a restated signal may use for its own ("finished a heavy build" restates "a heavy
run completes")."""


def _stem(word: str) -> str:
    word = word.strip("`*_'\"").lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = _SAME_STEM.get(word, word)
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "complete" and "completes" alike
    return word


def content_words(text: str) -> frozenset[str]:
    """The stems of a text's words that carry meaning (not "the", "has", "one" ...)."""
    return frozenset(
        _stem(w) for w in tokenize(text).words if w not in _FUNCTION_WORDS and len(w) > 1
    )


def restates(signal: frozenset[str], words: frozenset[str]) -> bool:
    """Do these words restate most of a signal's content words?"""
    shared = len(signal & words)
    return shared >= _FEWEST_SHARED and shared >= math.ceil(_SHARED_SHARE * len(signal))


class SignalCheck(CompiledRule):
    """The pending exit signals a claim stands on, read against every sentence."""

    kind = "signal"
    code = CODE
    name = NAME

    def __init__(self, owner: Claim, signals: Sequence[ExitSignal], pack: ClaimsPack) -> None:
        self.owner = owner
        self.signals = list(signals)
        self.terms = pack.terms
        self.scope = CompiledScope(owner.scope, pack.terms)
        self.severity = Severity.parse(owner.severity)
        self.blocks = frozenset({"paragraph", "list_item", "table_row"})
        self.unless = []
        self.content = [content_words(s.text) for s in self.signals]
        self.words = frozenset(w.lower() for s in self.signals for w in tokenize(s.text).words)
        self.gate = frozenset(w for w in self.words if w not in _FUNCTION_WORDS)

    @property
    def qualified_id(self) -> str:
        return f"{self.owner.id}/signals"

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        return [[frozenset(WordTest(0, w) for w in self.gate)]]

    def sentence_gate(self) -> frozenset[str] | None:
        return self.gate

    def message(self, hit: Hit) -> str:
        return hit.message or f'contradicts "{one_line(self.owner.statement)}"'

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        if words.isdisjoint(self.gate):
            return
        sentence: Sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        for signal, content in zip(self.signals, self.content, strict=True):
            place = self._marked_done(index, sentence, tokens, content)
            if place is None or not self.scope.covers(index, position):
                continue
            start, end = place
            yield replace(
                sentence_hit(source, sentence, start, end, f"exit signal {signal.id}"),
                code=CODE,
                message=f'marks the pending exit signal "{one_line(signal.text)}" as met; '
                f'contradicts "{one_line(self.owner.statement)}"',
            )
            return

    def _marked_done(
        self, index: DocumentIndex, sentence: Sentence, tokens: Tokens, content: frozenset[str]
    ) -> tuple[int, int] | None:
        """Where the sentence restates the signal and marks it done, if it does."""
        text = sentence.text
        if sentence.kind == "table_row":
            # The row restates the signal across its cells ("| heavy lane under real load |
            # ✅ proven | yt-text#67: full heavy Rust build |"); a cell of its own marks it.
            cells = _cells(text)
            for start, end in cells:
                if not _DONE_CELL.match(text[start:end]):
                    continue
                # "| Heavy lane proof | Done: yt-text#67 ran the full heavy Rust build ... |":
                # the marked cell may restate the signal after its mark
                marked = _DONE_CELL.match(text[start:end])
                own = text[start + marked.end() : end] if marked else ""
                rest = " ".join(text[a:b] for a, b in cells if (a, b) != (start, end)) + own
                if not restates(content, content_words(rest)):
                    return None
                if _LATER_CONDITION.search(rest):
                    return None  # "| ✅ | heavy lane | best effort until the first run completes |"
                if not in_table_context(self, index, sentence, start):
                    continue
                return next(
                    ((a, b) for a, b in cells if (a, b) != (start, end) and text[a:b].strip()),
                    (start, end),
                )
            return None
        if not restates(content, content_words(text)):
            return None
        if sentence.kind == "list_item" and _TICKED.match(text):
            return (0, len(text))
        said = next((m for m in _SAID_DONE.finditer(text) if not _waits_on(text, m.start())), None)
        if said is None:
            return None
        mark_start = next((i for i, at in enumerate(tokens.starts) if at >= said.start()), None)
        mark_end = next((i for i, at in enumerate(tokens.ends) if at >= said.end()), None)
        if mark_start is None or mark_end is None:
            return (0, len(text))  # a mark after the last word: "... under load ✅"
        if not sentence_verdict(text, tokens, mark_start, mark_end + 1, frozenset()).asserted:
            return None
        return (0, len(text))


def _waits_on(text: str, at: int) -> bool:
    """Does the mark at `at` wait on a condition ("Once this is green ...", "Once a run
    completes, the signal is met")?"""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    if _CONDITION_LEAD.search(text, breaks[-1] if breaks else 0, at) is not None:
        return True
    opening = _CONDITION_LEAD.match(text, len(text) - len(text.lstrip("*_> \t")))
    if opening is not None and breaks:
        return True
    # "Heavy lane is called proven only after a completed real heavy run": a rule for later
    after = _CLAUSE_BREAK.search(text, at)
    return _LATER_CONDITION.search(text, at, after.start() if after else len(text)) is not None


_LATER_CONDITION = re.compile(
    r"\b(?:only\s+(?:after|when|once|if)|until|unless|as\s+soon\s+as)\b", re.IGNORECASE
)


def _cells(row: str) -> list[tuple[int, int]]:
    """The [start, end) of each cell of a row whose cells are joined by " | "."""
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        at = row.find(" | ", start)
        end = len(row) if at == -1 else at
        spans.append((start, end))
        if at == -1:
            return spans
        start = at + 3


def signal_checks(pack: ClaimsPack) -> list[SignalCheck]:
    """One check per active claim that some pending or partial exit signal stands for."""
    signals: dict[str, list[ExitSignal]] = {}
    for priority in pack.priorities.values():
        for signal in priority.exit_signals:
            if signal.status == "met":
                continue
            for claim_id in signal.claims:
                signals.setdefault(claim_id, []).append(signal)
    checks: list[SignalCheck] = []
    for claim_id, own in signals.items():
        claim = pack.claims.get(claim_id)
        if claim is not None and claim.status == "active":
            checks.append(SignalCheck(claim, own, pack))
    return checks
