"""Plain-language examples of a claim: sentences that contradict it and sentences that are fine.

`claim_examples` is the one entry point the site and `truthgraph boundary` use. The
candidates come from three places:

- the record's typed facts: sentences generated with the shared lexicon, one for each
  false value (contradicting) and each true value (fine);
- the claims themselves: a wording, value or paraphrase rule's `examples` are sentences
  that contradict,
  a record's `fix` says it right (and an active claim's statement is fine to repeat);
- the docs' own executed examples: a `!!! failure` admonition marked with
  `<!-- truthgraph-example -->` is a sentence the check must flag (or it reports TG904),
  and a `!!! success` admonition in the same section is its right version.

Every candidate is *executed*: checked by the same engine as the docs, and shown only when
the verdict agrees (a contradicting example must be flagged for this record, a fine one
must not be flagged at all). So the examples on a page never drift from what the checker
does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from truthgraph.claims.model import Claim, NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.rules.fact import fact_sentences

MAX_EXAMPLES = 4
MAX_EXAMPLE_CHARS = 320
EXAMPLE_PATH = "docs/examples.md"
"""Where the candidates are checked from: an ordinary docs page (no scope excludes it)."""
MARKER = "<!-- truthgraph-example -->"

_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<=[.!?])\s+(?=[A-Z`])")
_INSTRUCTION = re.compile(r"^(say|write|describe|state) that\s+", re.IGNORECASE)
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?)\s+(failure|success)\b")


@dataclass(frozen=True)
class ClaimExamples:
    """Short sentences for readers: what contradicts the record, and what is fine to write."""

    contradicting: list[str]
    fine: list[str]


@dataclass(frozen=True)
class DocExample:
    """An example admonition in the docs: a marked wrong sentence, or a right one."""

    text: str
    wrong: bool
    section: str
    """`path#heading`: a right example answers the wrong ones of its section."""


Verdicts = dict[str, frozenset[str]]
"""Candidate sentence -> ids of the records the checker flags it for (absent: not checked)."""

_known: dict[str, Verdicts] = {}
"""Pack digest -> verdicts so far."""
_checkers: dict[str, Checker] = {}
"""Compiled checkers handed over by `prime` (pack digest -> checker): compiling is the cost."""


def claim_examples(pack: ClaimsPack, claim_id: str, docs: Sequence[Path] = ()) -> ClaimExamples:
    """Executed examples for the claim or non-goal `claim_id` (empty lists if there are none).

    `docs`: Markdown files or folders whose example admonitions are candidates too.
    """
    record: Claim | NonGoal | None = pack.claims.get(claim_id) or pack.non_goals.get(claim_id)
    if record is None:
        return ClaimExamples([], [])
    found = doc_examples(docs)
    verdicts = _verdicts(pack, _candidates(pack, found))
    wrong = [e.text for e in found if e.wrong]
    contradicting = [
        s
        for s in [*_contradicting_candidates(pack, record), *wrong]
        if claim_id in verdicts.get(s, ())
    ]
    answered = {e.section for e in found if e.wrong and claim_id in verdicts.get(e.text, ())}
    words = _subject_words(pack, record)
    right = [
        e.text for e in found if not e.wrong and e.section in answered and _mentions(e.text, words)
    ]
    fine = [
        s
        for s in dict.fromkeys([*_fact_fine(pack, record), *right, *_fine_candidates(record)])
        if s in verdicts and not verdicts[s]
    ]
    return ClaimExamples(list(dict.fromkeys(contradicting))[:MAX_EXAMPLES], fine[:MAX_EXAMPLES])


def candidates(pack: ClaimsPack, docs: Sequence[Path] = ()) -> list[str]:
    """Every sentence whose verdict the examples of `pack` (and `docs`) may need."""
    return _candidates(pack, doc_examples(docs))


def _candidates(pack: ClaimsPack, in_docs: Sequence[DocExample]) -> list[str]:
    found: list[str] = []
    records: list[Claim | NonGoal] = [*pack.claims.values(), *pack.non_goals.values()]
    for record in records:
        found += _contradicting_candidates(pack, record) + _fine_candidates(record)
        found += _fact_fine(pack, record)
    found += [e.text for e in in_docs]
    return list(dict.fromkeys(found))


def prime(checker: Checker) -> None:
    """Let the examples of `checker.pack` use its compiled rules instead of compiling again."""
    if checker.pack.digest:
        _checkers.clear()
        _checkers[checker.pack.digest] = checker


def missing(pack: ClaimsPack, sentences: Iterable[str]) -> list[str]:
    """The sentences without a verdict yet for `pack`."""
    known = _known.get(pack.digest, {}) if pack.digest else {}
    return [s for s in sentences if s not in known]


def remember_verdicts(pack: ClaimsPack, verdicts: Verdicts) -> None:
    """Keep verdicts computed elsewhere (a worker process with the compiled rules)."""
    if not pack.digest:
        return
    if pack.digest not in _known and len(_known) > 8:
        _known.clear()
    _known.setdefault(pack.digest, {}).update(verdicts)


def example_verdicts(checker: Checker, sentences: Sequence[str]) -> Verdicts:
    """Check each sentence once, one paragraph each, with the checker's compiled rules."""
    sentences = list(dict.fromkeys(s.replace("\n", " ") for s in sentences))
    # A page about the pack's platform (its title names it), paragraphs two lines apart:
    # line 2n+3 holds sentence n.
    title = f"# {checker.pack.meta.name}\n\n"
    result = checker.check_text(EXAMPLE_PATH, title + "\n\n".join(sentences) + "\n")
    flagged: dict[str, set[str]] = {s: set() for s in sentences}
    for finding in result.findings:
        index = (finding.line - 3) // 2
        if finding.claim and 0 <= index < len(sentences):
            flagged[sentences[index]].add(finding.claim)
    return {s: frozenset(ids) for s, ids in flagged.items()}


@dataclass(frozen=True)
class UnflaggedExample:
    """A rule's own example sentence that its claim's rules do not flag."""

    record_id: str
    rule_id: str
    sentence: str


def unflagged_examples(checker: Checker) -> list[UnflaggedExample]:
    """Every rule `examples` sentence of `checker.pack` that is not flagged for its record.

    An example a reader is shown must be one the checker catches; one it does not catch
    would teach the wrong thing about the gate."""
    pack = checker.pack
    owned: list[tuple[str, str, str]] = []
    for record, rule in pack.guarded():
        if rule.kind in ("paraphrase", "wording", "value"):
            owned += [(record.id, rule.id, e) for e in rule.examples if e.strip()]
    verdicts = example_verdicts(checker, [_sentence(e) for _, _, e in owned])
    return [
        UnflaggedExample(record_id, rule_id, example)
        for record_id, rule_id, example in owned
        if record_id not in verdicts.get(_sentence(example), frozenset())
    ]


def _verdicts(pack: ClaimsPack, sentences: Sequence[str]) -> Verdicts:
    """Verdicts for `sentences`: remembered, else checked here (each sentence once per pack)."""
    todo = missing(pack, sentences) if pack.digest else list(sentences)
    if not todo:
        return _known[pack.digest]
    checker = _checkers.get(pack.digest) if pack.digest else None
    fresh = example_verdicts(checker or Checker(pack, CheckOptions()), todo)
    if not pack.digest:
        return fresh
    remember_verdicts(pack, fresh)
    return _known[pack.digest]


def _subject_words(pack: ClaimsPack, record: Claim | NonGoal) -> list[str]:
    """What a sentence must name to be about the record: its topics and its subjects."""
    words = list(record.topics)
    for subject in record.subjects:
        entity = pack.entities.get(subject)
        words += [subject, *([entity.name, *entity.aliases] if entity else [])]
    return [w.casefold() for w in words if w and "*" not in w and "{" not in w]


def _mentions(sentence: str, words: Sequence[str]) -> bool:
    text = sentence.casefold()
    return not words or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def _contradicting_candidates(pack: ClaimsPack, record: Claim | NonGoal) -> list[str]:
    found = fact_sentences(pack, record)[0]
    for rule in record.rules:
        if rule.kind in ("paraphrase", "wording", "value"):
            found += rule.examples
    return list(dict.fromkeys(_sentence(e) for e in found if e.strip()))


def _fact_fine(pack: ClaimsPack, record: Claim | NonGoal) -> list[str]:
    return fact_sentences(pack, record)[1]


def _fine_candidates(record: Claim | NonGoal) -> list[str]:
    """The fix hint, sentence by sentence; for a claim, its statement when it reads as one."""
    found = [s for s in _SENTENCE_END.split(" ".join(record.fix.split())) if s]
    if isinstance(record, Claim) and record.status == "active":
        found.append(record.statement)
    return list(dict.fromkeys(_sentence(s) for s in found if len(s.split()) >= 3))


def _sentence(text: str) -> str:
    """One sentence as a reader would write it: `Say that x ...` becomes `X ...`."""
    text = _INSTRUCTION.sub("", " ".join(text.split()))
    first = text.split(" ", 1)[0]
    if first.isalpha():
        text = text[:1].upper() + text[1:]  # names such as tinyland-nix keep their case
    return text if text.endswith((".", "!", "?")) else text + "."


# -- examples in the docs ------------------------------------------------------------------

_doc_cache: dict[tuple[tuple[str, int, int], ...], list[DocExample]] = {}


def doc_examples(paths: Sequence[Path]) -> list[DocExample]:
    """The example admonitions of the Markdown files under `paths`, in file order."""
    files = sorted({f for p in paths for f in ([p] if p.is_file() else p.rglob("*.md"))})
    stamp = []
    for file in files:
        try:
            info = file.stat()
        except OSError:
            continue
        stamp.append((file.as_posix(), info.st_mtime_ns, info.st_size))
    key = tuple(stamp)
    if key not in _doc_cache:
        found: list[DocExample] = []
        for name, _, _ in key:
            try:
                text = Path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            found += parse_examples(text, name)
        if len(_doc_cache) > 8:
            _doc_cache.clear()
        _doc_cache[key] = found
    return _doc_cache[key]


def parse_examples(text: str, name: str = "") -> list[DocExample]:
    """Example admonitions of one Markdown text.

    A `!!! failure` block right after the example marker is a wrong example; a
    `!!! success` block (unmarked) is a right one. Blocks holding code or longer than a
    short paragraph are left out: they are not sentences to quote.
    """
    lines = text.splitlines()
    found: list[DocExample] = []
    section = f"{name}#"
    previous = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            section = f"{name}#{line.lstrip('#').strip()}"
        match = _ADMONITION.match(line)
        if match:
            body: list[str] = []
            index += 1
            while index < len(lines) and (not lines[index].strip() or lines[index][:4] == "    "):
                body.append(lines[index].strip())
                index += 1
            # Emphasis markers are markup, not words a reader would write.
            sentence = " ".join(" ".join(body).replace("**", "").split())
            wrong = match.group(1) == "failure"
            usable = sentence and "```" not in sentence and len(sentence) <= MAX_EXAMPLE_CHARS
            if usable and wrong == (previous == MARKER):
                # A right example may say several things; each sentence stands on its own.
                parts = [sentence] if wrong else _SENTENCE_END.split(sentence)
                found += [DocExample(_sentence(p), wrong, section) for p in parts if p]
            previous = ""
            continue
        if line.strip():
            previous = line.strip()
        index += 1
    return found
