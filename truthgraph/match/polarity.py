"""Does a sentence assert what a match found? Negation, hedging, questions and context.

A match contradicts a claim only when the document *asserts* it. The heuristics,
in the order they are applied (each has a test in `tests/rules/cases/`):

1. **Context.** Text under a heading that marks it as non-goals, anti-patterns,
   "don't", pitfalls, myths, history, changelog, deprecated or legacy material;
   in a file named like a changelog; in a page whose front matter says
   `status: deprecated|archived|historical|superseded`; or labelled as a wrong
   example (`Wrong:`, `Don't:`, `Before:`, `❌`, an admonition titled so) is
   reported speech, not an assertion.
2. **Questions** (the sentence ends with `?`) are not assertions.
3. **Quotation.** A match inside double quotes is quoted, not asserted.
4. **Conditionals.** `if`, `unless`, `whether`, `suppose` in the match's clause
   before it: hypothetical, not asserted. (`when` is not: "when you use X, Y
   happens" asserts Y.)
5. **Hedges.** `myth`, `misconception`, `wrongly`, `used to`, `no longer`,
   `previously`, `outdated` ... in the clause: the text reports an old or false
   belief.
6. **Negation.** Negation cues (`not`, `no`, `never`, `n't`, `cannot`,
   `without`, `instead of`, `rather than`, `avoid` ...) from the start of the
   match's clause to the end of the match flip the polarity; an even number
   flips it back ("it is not true that X is never ..."). Cue words written in
   the rule's own pattern do not count.

Clauses end at `; : , ( ) |`, dashes and `but`, `however`, `although`,
`though`, `whereas`, `while`, `yet`. Limits: negation after the match ("X has
Nix preinstalled — not!"), sarcasm, and negation carried across sentences are
not understood; rules should be written so that the contradicting wording is
itself in the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from truthgraph.markdown.document import Context
from truthgraph.match.tokens import Tokens

NEGATIONS = frozenset(
    """
    not no never cannot can't don't doesn't didn't isn't aren't wasn't weren't won't
    wouldn't shouldn't mustn't needn't haven't hasn't hadn't couldn't without neither
    nor none nothing nowhere nobody avoid avoids avoiding stop stops instead rather
    lacks lack lacking unlike
    """.split()
)
HEDGES = frozenset(
    """
    myth myths misconception misconceptions mistakenly wrongly incorrectly falsely
    erroneously previously formerly historically outdated obsolete deprecated superseded
    stale
    """.split()
)
HEDGE_PHRASES = (("used", "to"), ("no", "longer"))
CONDITIONALS = frozenset(["if", "unless", "whether", "suppose", "supposing", "hypothetically"])
CLAUSE_WORDS = frozenset(["but", "however", "although", "though", "whereas", "while", "yet"])
CLAUSE_CHARS = re.compile(r"[;:,()|—–]|\s-\s")

_REPORTED_HEADING = re.compile(
    r"\b(non[- ]?goals?|anti[- ]?patterns?|don'?t|do not|avoid|pitfalls?|mistakes?|myths?|"
    r"misconceptions?|wrong|incorrect|bad (?:examples?|practices?)|history|historical|"
    r"change ?log|release notes|deprecated|legacy|archived?|obsolete|superseded|"
    r"what not to|out of scope|not goals|we will not|won'?t do)\b",
    re.IGNORECASE,
)
_WRONG_LABEL = re.compile(
    r"^\W*(wrong|incorrect|bad|don'?t|do not|avoid|never|anti[- ]?pattern|before|old|"
    r"outdated|deprecated|not this|no)\b|[❌✗✘🚫]",
    re.IGNORECASE,
)
_HISTORY_FILE = re.compile(
    r"(^|/)(change[-_ ]?log|changes|history|news|release[-_ ]?notes)[^/]*$"
    r"|(^|/)(archive|archived|history)/",
    re.IGNORECASE,
)
_RETIRED_STATUS = re.compile(
    r"^(deprecated|archived|historical|superseded|obsolete|retired)$", re.I
)


@dataclass(frozen=True)
class Verdict:
    asserted: bool
    reason: str = ""


ASSERTED = Verdict(True)


def context_verdict(path: str, context: Context) -> Verdict:
    """Whether the surroundings alone mark text as not asserted (cacheable per block)."""
    if _HISTORY_FILE.search(path):
        return Verdict(False, "history/changelog file")
    for key, value in context.front_matter:
        if key.lower() in ("status", "state") and _RETIRED_STATUS.match(value.strip()):
            return Verdict(False, f"page status {value}")
    for heading in context.headings:
        if _REPORTED_HEADING.search(heading):
            return Verdict(False, f"under heading {heading!r}")
    if context.label and _WRONG_LABEL.search(context.label):
        return Verdict(False, f"labelled {context.label!r}")
    for container in context.container:
        parts = container.split(":", 2)
        if parts[0] in ("admonition", "details", "tab") and _WRONG_LABEL.search(parts[-1]):
            return Verdict(False, f"inside {parts[0]} {parts[-1]!r}")
    return ASSERTED


def _clause_start(text: str, tokens: Tokens, start_token: int) -> int:
    """Index of the first token of the clause containing token `start_token`."""
    begin = 0
    cut = tokens.starts[start_token]
    for found in CLAUSE_CHARS.finditer(text, 0, cut):
        begin = found.end()
    first = start_token
    while first > 0 and tokens.ends[first - 1] > begin:
        first -= 1
    for i in range(start_token - 1, first - 1, -1):
        if tokens.words[i] in CLAUSE_WORDS:
            return i + 1
    return first


def _inside_quotes(text: str, start: int, end: int) -> bool:
    before = text[:start]
    straight = before.count('"')
    if straight % 2 == 1 and '"' in text[end:]:
        return True
    opened = before.count("“") - before.count("”")
    return opened > 0 and "”" in text[end:]


def sentence_verdict(
    text: str, tokens: Tokens, start: int, end: int, own_words: frozenset[str]
) -> Verdict:
    """Whether tokens [start, end) of a sentence are asserted by it."""
    if text.rstrip().endswith("?"):
        return Verdict(False, "question")
    char_start, char_end = tokens.starts[start], tokens.ends[end - 1]
    if _inside_quotes(text, char_start, char_end):
        return Verdict(False, "quoted")
    first = _clause_start(text, tokens, start)
    words = tokens.words
    negations = 0
    for i in range(first, end):
        word = words[i]
        if word in own_words:
            continue
        if word in CONDITIONALS and i < start:
            return Verdict(False, f"conditional ({word})")
        if word in HEDGES:
            return Verdict(False, f"hedged ({word})")
        if i + 1 < len(words) and (word, words[i + 1]) in HEDGE_PHRASES and i + 1 < end:
            return Verdict(False, f"hedged ({word} {words[i + 1]})")
        if word in NEGATIONS or word.endswith("n't"):
            negations += 1
    if negations % 2 == 1:
        return Verdict(False, "negated")
    return ASSERTED
