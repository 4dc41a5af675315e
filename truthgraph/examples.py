"""Plain-language examples of a claim: sentences that contradict it and sentences that are fine.

`claim_examples` is the one entry point the site and `truthgraph boundary` use. Today the
candidates come from the claims themselves (a paraphrase rule's `examples` are sentences
that contradict; a record's `fix` says it right) and every candidate is *executed*: it is
checked by the same engine as the docs, and shown only when the verdict agrees (a
contradicting example must be flagged for this record, a fine one must not be flagged at
all). So the examples on a page can never drift from what the checker does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from truthgraph.claims.model import Claim, NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.engine import Checker, CheckOptions

MAX_EXAMPLES = 4
EXAMPLE_PATH = "docs/examples.md"
"""Where the candidates are checked from: an ordinary docs page (no scope excludes it)."""

_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<=[.!?])\s+(?=[A-Z`])")
_INSTRUCTION = re.compile(r"^(say|write|describe|state) that\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ClaimExamples:
    """Short sentences for readers: what contradicts the record, and what is fine to write."""

    contradicting: list[str]
    fine: list[str]


Verdicts = dict[str, frozenset[str]]
"""Candidate sentence -> ids of the records the checker flags it for."""

_cache: dict[str, Verdicts] = {}
_checkers: dict[str, Checker] = {}
"""Compiled checkers handed over by `prime` (pack digest -> checker): compiling is the cost."""


def prime(checker: Checker) -> None:
    """Let the examples of `checker.pack` use its compiled rules instead of compiling again."""
    if checker.pack.digest:
        _checkers.clear()
        _checkers[checker.pack.digest] = checker


def has_verdicts(pack: ClaimsPack) -> bool:
    return bool(pack.digest) and pack.digest in _cache


def remember_verdicts(pack: ClaimsPack, verdicts: Verdicts) -> None:
    """Keep verdicts computed elsewhere (a worker process with the compiled rules)."""
    if pack.digest:
        if len(_cache) > 8:
            _cache.clear()
        _cache[pack.digest] = verdicts


def claim_examples(pack: ClaimsPack, claim_id: str) -> ClaimExamples:
    """Executed examples for the claim or non-goal `claim_id` (empty lists if there are none)."""
    record: Claim | NonGoal | None = pack.claims.get(claim_id) or pack.non_goals.get(claim_id)
    if record is None:
        return ClaimExamples([], [])
    verdicts = _verdicts(pack)
    contradicting = [
        s for s in _contradicting_candidates(record) if claim_id in verdicts.get(s, ())
    ]
    fine = [s for s in _fine_candidates(record) if not verdicts.get(s)]
    return ClaimExamples(contradicting[:MAX_EXAMPLES], fine[:MAX_EXAMPLES])


def _contradicting_candidates(record: Claim | NonGoal) -> list[str]:
    found = [e for rule in record.rules if rule.kind == "paraphrase" for e in rule.examples]
    return list(dict.fromkeys(_sentence(e) for e in found if e.strip()))


def _fine_candidates(record: Claim | NonGoal) -> list[str]:
    """The fix hint, sentence by sentence; for a claim, its statement when it reads as one."""
    found = [s for s in _SENTENCE_END.split(" ".join(record.fix.split())) if s]
    if isinstance(record, Claim) and record.status == "active":
        found.append(record.statement)
    return list(dict.fromkeys(_sentence(s) for s in found if len(s.split()) >= 3))


def _sentence(text: str) -> str:
    """One sentence as a reader would write it: `Say that x ...` becomes `X ...`."""
    text = _INSTRUCTION.sub("", " ".join(text.split()))
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _verdicts(pack: ClaimsPack) -> Verdicts:
    """The verdicts on the pack's candidates: remembered, else checked here (once per pack)."""
    if pack.digest and pack.digest in _cache:
        return _cache[pack.digest]
    checker = _checkers.get(pack.digest) if pack.digest else None
    verdicts = example_verdicts(checker or Checker(pack, CheckOptions()))
    remember_verdicts(pack, verdicts)
    return verdicts


def example_verdicts(checker: Checker) -> Verdicts:
    """Check every candidate of the checker's pack once, one paragraph each."""
    pack = checker.pack
    candidates: list[str] = []
    records: list[Claim | NonGoal] = [*pack.claims.values(), *pack.non_goals.values()]
    for record in records:
        candidates += _contradicting_candidates(record) + _fine_candidates(record)
    candidates = list(dict.fromkeys(candidates))
    # Paragraphs two lines apart: line 2n+1 holds candidate n.
    text = "\n\n".join(c.replace("\n", " ") for c in candidates) + "\n"
    result = checker.check_text(EXAMPLE_PATH, text)
    flagged: dict[str, set[str]] = {}
    for finding in result.findings:
        index = (finding.line - 1) // 2
        if finding.claim and 0 <= index < len(candidates):
            flagged.setdefault(candidates[index], set()).add(finding.claim)
    return {s: frozenset(ids) for s, ids in flagged.items()}
