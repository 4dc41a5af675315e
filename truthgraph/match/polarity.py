"""Does a sentence assert what a match found? Negation, hedging, questions and context.

A match contradicts a claim only when the document *asserts* it. The heuristics,
in the order they are applied (each has a test in `tests/rules/cases/`):

1. **Context.** Text under a heading that marks it as non-goals, anti-patterns,
   "don't", pitfalls, myths, history, deprecated or legacy material;
   in a history or archive file; in a page whose front matter says
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
Nix preinstalled — not!"), sarcasm, and a frame set by an earlier sentence are
not understood; rules should be written so that the contradicting wording is
itself in the match. A later sentence that takes a statement back ("It doesn't.",
"That's wrong") is read by `withdraws`; the engine decides which sentence answers
which (`truthgraph.parse.document.reply_to_sentence`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.parse.document import (
    CROSS_MARKS,
    Context,
    Document,
    Sentence,
    item_marker_column,
    ordered_item_number,
    paragraph_of,
)

NEGATIONS = frozenset(
    """
    not no never cannot can't don't doesn't didn't isn't aren't wasn't weren't won't
    wouldn't shouldn't mustn't needn't haven't hasn't hadn't couldn't without neither
    nor none nothing nowhere nobody avoid avoids avoiding stop stops instead rather
    dont doesnt isnt arent wasnt werent wont cant didnt shouldnt couldnt wouldnt hasnt
    havent refuse refuses refused refusing
    lacks lack lacking unlike stopped stopping outside excluded except off zero
    """.split()
)


_PREFERRING = frozenset(["would", "i'd", "we'd", "'d", "they'd", "you'd"])


def _preferring(words: Sequence[str], at: int) -> bool:
    """Is "rather" at `at` a preference ("I'd still rather get ...")?"""
    before = [w for w in words[max(0, at - 3) : at] if w not in ("still", "much", "really")]
    return bool(before) and before[-1] in _PREFERRING


def is_negation(word: str) -> bool:
    """A negating word ("not", "never", "no") or a contracted negation ("doesn't")."""
    return word in NEGATIONS or word.endswith("n't")


HEDGES = frozenset(
    """
    myth myths misconception misconceptions mistakenly wrongly incorrectly falsely mistake
    erroneously previously formerly historically outdated obsolete deprecated superseded
    stale imply implies implying implied risks misleading flagged flags reported detects
    detected catches wording phrasing wrong incorrect untrue pretend pretends pretending
    pretended non-goal non-goals v1 asked asks asking wondered wonders instinct
    suggested suggests hints hinted hinting claimed requested requests rejected assumes assumed
    assuming believes believed
    thinks thought expects expected expecting supposes belief beliefs assumption
    assumptions figured presumed reckoned suggesting proposing wants wanted
    folklore impression misunderstanding misunderstood happened dropped abandoned scrapped
    leftover leftovers
    parked shelved ditched tempting re-check recheck revisit reversed rescinded overturned
    reverted retracted withdrawn withdrew withdraws floated pitched briefly drifted describing
    flirted toyed
    described describes hoped heard rumour surely
    rumours rumor rumors hearsay
    """.split()
)
_STALE_WORDS = frozenset("stale dead obsolete outdated deprecated defunct decommissioned".split())
"""Words that call a value out of date wherever in its sentence they stand."""
VALUE_HEDGES = _STALE_WORDS | frozenset(
    """old older legacy replaced retired was were had used former changed migrated moved switched
    renamed error errors unreachable refused timeout failed fails leftover leftovers drift
    pointed delete deleted alert alerts alerting detect detects detected detecting
    draft drafts dropped abandoned remove removes removing removed quotes quoted swap swaps
    swapping swapped replace replaces replacing mistake
    mistakes mistaken remaining reported erroneous misprinted typo erratum""".split()
)
"""Words that mark a stated value as history anywhere in its sentence, or as what a check
looks for ("Alert when any lane reports <old value>")."""
VALUE_ENDORSEMENTS = frozenset("recommended remains remain preferred correct valid".split())
"""...unless the sentence still endorses it ("the legacy alias remains the default")."""
VALUE_INSTRUCTIONS = frozenset("export set use point configure".split())
"""A clause that starts by instructing ("export X=...") states its value as current."""
_AUXILIARIES = frozenset("do does did is are can could will would should has have".split())
_QUESTION_SUBJECTS = frozenset("the a an our we i you it they this these those there".split())
_NOT_HEDGES = frozenset(
    [
        ("figured", "out"),
        ("wording", "cleanup"),
        ("wording", "cleanups"),
        ("expected", "behaviour"),
        ("expected", "behavior"),
    ]
)
"""A hedge word in a phrase that asserts instead: "we figured out" found, "I figured" guessed;
"the wording cleanup" is a piece of work, not a phrasing quoted; "which is expected
behaviour" calls what happens normal, it does not guess it will."""


def is_hedge(words: Sequence[str], at: int) -> bool:
    """Is the word at `at` a hedge, outside the phrases where it asserts ("figured out")?"""
    word = words[at]
    return word in HEDGES and not (at + 1 < len(words) and (word, words[at + 1]) in _NOT_HEDGES)


ASKING = frozenset("asked asks asking wondered wonders requested requests".split())
"""Reporting verbs that frame what follows them, not what comes before."""
HEDGE_PHRASES = (
    ("used", "to"),
    ("happen", "to"),
    ("for", "granted"),
    ("happens", "to"),
    ("documentation", "suggests"),
    ("documentation", "recommends"),
    ("documentation", "says"),
    ("docs", "suggest"),
    ("docs", "recommend"),
    ("docs", "say"),
    ("readme", "suggests"),
    # "The author's PR description says the heavy lane can later be replaced by ..."
    ("description", "says"),
    ("description", "said"),
    ("description", "claims"),
    ("description", "claimed"),
    ("readme", "recommends"),
    # 'Their "Get started" page recommends installing Nix with their installer'
    ("page", "recommends"),
    ("page", "suggests"),
    ("guide", "suggests"),
    ("guide", "recommends"),
    ("quickstart", "recommends"),
    ("no", "longer"),
    ("rolled", "back"),
    ("we", "tried"),
    # "Before 0.7 the CLI tried to use FlakeHub to install Nix": an attempt, since undone
    ("tried", "to"),
    ("attempted", "to"),
    ("i", "tried"),
    ("they", "tried"),
    ("backed", "out"),
    ("as", "if"),
    ("as", "though"),
    ("sound", "like"),
    ("sounds", "like"),
    ("seem", "like"),
    ("seemed", "like"),
    ("somebody", "said"),
    ("someone", "said"),
    ("somebody", "says"),
    ("someone", "says"),
    ("somebody", "claimed"),
    ("someone", "claimed"),
    ("people", "say"),
    ("first", "read"),
    # "It would have needed ARC to resize a pod that is already running": counterfactual
    ("would", "have"),
    ("would've", "needed"),
    # "Readers took that to mean FlakeHub was part of how runners get their dependencies"
    ("took", "that"),
    ("printed", "as"),
)
CONDITIONALS = frozenset(["if", "unless", "whether", "suppose", "supposing", "hypothetically"])
CLAUSE_WORDS = frozenset(["but", "however", "although", "though", "whereas", "while", "yet"])
CLAUSE_CHARS = re.compile(r"[;()—–→⇒]|\s[-=]>\s|(?<!\|)\|(?!\|)|(?<!:)[:,](?=\s|$)|\s--?\s")
_CLAUSE_COLON = re.compile(r"(?<!:):(?!:)")
"""A colon after a word; a run of colons set apart (a talk page's ":: " indent) is none."""
STRONG_BREAK = re.compile(r";|\s[—–]\s|\s--?\s")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_SINGLE_QUOTED = re.compile(r"(?<![\w])'[^'\n]+'(?![\w])")
_REPORTED_TEXT = re.compile(
    r"\bout of scope\b|\bnot on the roadmap\b"
    # "not planned", "was never actually planned", "isn't planned"
    r"|\b(?:not|never|(?:is|was|are|were)n['’]t)\s+(?:\w+ly\s+)?planned\b",
    re.I,
)
_REPORTED_FRAME = re.compile(
    # a rubric's or style guide's "- saying ARC will resize the pod", "- treating
    # `personal-nix` as a repo-owned lane": the act of saying it, named
    r"^\W*(?:saying|claiming|stating|treating|citing|assuming|implying|suggesting|"
    r"promising|describing|asserting)\b|"
    # "people will start treating Attic as a distribution channel": a misuse foreseen
    r"\b(?:people|users|teams|folks|everyone|someone|devs|developers|consumers)\s+"
    r"(?:will|would|might|could|may)\s+(?:start\s+|begin\s+|end\s+up\s+)?(?:treating|treat|"
    r"thinking|think|assuming|assume|reading\s+it\s+as)\b|"
    r"\b(?:original|old|older|previous|earlier|early|initial|first)\s+(?:[\w-]+\s+)?"
    r"(?:text|wording|versions?|"
    r"drafts?|docs|plan|decision|proposal|assumption|idea|design|cop(?:y|ies)|pages?|"
    r"revisions?|editions?|diagrams?)\b"
    r"[^.;]{0,40}?\b(?:was|were|said|says|stated|claimed|assumed|suggested|read|promised|"
    r"floated|proposed|mentioned|quoted|listed|had|used|told|recommended|showed|drew|"
    r"talked about|described|discussed|sketched|pencilled|penciled|specified|"
    # "Earlier template versions leaned on persistent workspaces": what they did then
    r"leaned|relied|depended|needed|required|kept|set|ran|shipped)\b"
    # "The Q1 edition quoted the heavy lane as ...": a text of an earlier period
    r"|\b(?:q[1-4]|h[12]|\d{4}|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|last\s+(?:year|quarter|month|sprint)['’]?s?)\s+"
    r"(?:editions?|issues?|drafts?|revisions?|versions?|reports?)\b"
    r"[^.;]{0,40}?\b(?:said|stated|claimed|suggested|promised|floated|proposed|mentioned|"
    r"quoted|listed|recommended|showed|described|gave|put)\b"
    r"|\btells?\s+(?:its|their)\s+(?:own\s+)?(?:users|customers|readers)\b"
    # a reading list's annotation: "so it tells you the runner already has Nix"
    r"|\bit\s+(?:still\s+)?(?:tells\s+(?:you|readers|people|users)|claims)\b"
    # "the rewrite now says ARC resizes the pod", "The draft listed FlakeHub as ...": a text
    # under review, reported
    r"|\b(?:the|this|that)\s+(?:rewrite|rewritten\s+(?:text|version|paragraph|sentence)|"
    r"draft|translation|simplified\s+(?:version|text|sentence)|paraphrase|new\s+wording)\s+"
    r"(?:now\s+)?(?:says|said|reads|claims|claimed|states|stated|listed|lists|implies|implied)\b"
    # "(January wording) The lane grows ...": a paragraph tagged as an earlier text
    r"|^\W*[(\[]\s*(?:(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|old|older|original|previous|earlier|former|legacy|"
    r"outdated|superseded|archived|pre-[\w-]+|v\d+|\d{4}(?:-\d\d)?)\s+){1,2}"
    r"(?:wording|text|answer|version|copy|advice|guidance|reply|response)\s*[)\]]"
    r"|(?:\b(?:the|this|that|our|an?|[\w-]+'s)\s+|^\W*(?=readme|doc|page|wiki|runbook))"
    r"(?:[\w-]+\s+|\"[^\"]{1,60}\"\s+|“[^”]{1,60}”\s+)?"
    r"(?:[\w-]+\s+)?(?:policy|doc|docs|page|readme|guide|quickstart|tutorial|manual|"
    r"handbook|runbook|wiki|section|faq|template|article|sheet|spreadsheet|dashboard|slide|"
    r"deck|comment|commit message|message|note|paragraph|summary|matrix|register|tracker|"
    r"table|chart|diagram|inventory|catalogue|catalog|source|source\s+text|original|"
    r"english|article)\s+"
    r"(?:(?:(?:linked|referenced|copied)\s+)?(?:from|of|in)\s+"
    r"(?:[\w-]+\s+){1,3})?"
    r"(?:[\w-]+\s+)?(?:still\s+|now\s+|also\s+)?"
    r"(?:used to say|said|says|stated|states|claimed|"
    r"claims|read|reads|lists|listed|shows|showed|describes|described|"
    # "the onboarding page told people to add FlakeHub Cache": the page's advice, reported
    r"told|tells|advised|advises|instructed|"
    # "Determinate's FlakeHub docs describe FlakeHub Cache as ...": plural texts
    r"say|describe|claim|state|list|show|tell|advise)\b"
    # "every README that says a lane has Nix", "plenty of READMEs tell you to ..."
    r"|\b(?:readme|doc|page|guide|wiki|runbook|article|post|ticket|issue|message|question|"
    r"request|complaint|thread|comment)s?\s+(?:that|which)\s+"
    r"(?:still\s+)?(?:say|says|said|claim|claims|claimed|hint|hints|hinted|suggest|suggests|"
    r"imply|implies|implied|ask|asks|asked|assume|assumes|assumed)\b"
    r"|\b(?:readmes|docs|guides|tutorials|posts|articles|blogs)\s+(?:tell|told)\s+"
    r"(?:you|people|users|readers)\b"
    # "According to the vendor, FlakeHub Cache can serve your CI builds": their pitch
    r"|^\W*(?:according\s+to|per)\s+(?:the\s+)?(?:vendor|vendors|vendor['’]s\s+[\w-]+|"
    r"marketing|determinate(?:\s+systems)?(?:['’]s\s+[\w-]+)?)\b"
    # "The auditor was told that ...": hearsay, not what the writer found
    r"|\b(?:was|were|been|being)\s+(?:told|assured|informed)\s+(?:that\s+)?"
    # "Playwright's own docs tell hosted-CI users to ...": a vendor's advice to its users
    r"|\b[\w-]+['’]s\s+(?:own\s+)?(?:docs|documentation|guides?|readme|manual|site)\s+"
    r"(?:tell|tells|told|recommend|recommends|suggest|suggests|advise|advises)\b"
    # "P02 said the fallback was never written down": a study reports a participant's word
    r"|^\W*(?-i:P\d{1,3})(?:'s\s+teammates?)?\s+(?:said|says|told us|claimed|"
    r"claims|thought|assumed|believed|believes|insisted|mentioned)\b"
    # "Use when: a team wants to hand Attic URLs to downstream users": someone's wish
    r"|\b(?:a|an|some|another)\s+(?:team|user|consumer|customer|developer|person|repo|project)s?"
    r"\s+(?:wants?|asks?|asked|requests?|requested)\s+(?:to|for)\b"
    # 'At 14:30 Tomasz says the runners "come with Nix"': a named person's words, quoted
    r"|(?-i:\b[A-Z][a-z]{2,})\s+(?:says|said|claims|claimed|insists|insisted|argues|"
    r"argued|mentioned|suggested)\b[^.;\"“”]{0,80}[\"“]"
    # "One thing we got wrong in the planning doc: it said heavy runners could ...":
    # a pronoun for the text named just before
    r"|\b(?:doc|docs|page|readme|guide|draft|proposal|rfc|wiki|runbook|post|article|"
    r"deck|memo)\b[^.;\"“”]{0,40}?\b(?:it|they)\s+(?:said|claimed|stated|suggested|"
    r"promised|listed|showed)\b"
    # "what we were told in planning is that ...": hearsay too
    r"|\b(?:we|i|they)\s+(?:were|was)\s+told\b"
    # "... means someone added it to nix.conf in a PR": a stray change, not the design
    r"|\b(?:someone|somebody)\s+(?:has\s+)?(?:added|put|set|configured|enabled|changed|"
    r"pointed|wired|hard-?coded)\b"
    # "Someone in #215 said FlakeHub is the real fix": hearsay
    r"|\b(?:someone|somebody)\b[^.;:]{0,30}?\b(?:said|says|"
    r"claimed|claims|told|insisted|mentioned)\b"
    # "The sequence diagram still shows the runner pulling from FlakeHub": a drawing left
    # behind; "The chart shows the lane at its ceiling" reports what is measured.
    r"|\b(?:the|this|that|our|an?)\s+(?:[\w-]+\s+)?(?:diagram|drawing|figure|screenshot)\s+"
    r"(?:still\s+(?:shows|draws|says|reads)|showed|drew|used to show)\b"
    # "On-call wiki had a note saying: runners resolve flake inputs through FlakeHub"
    r"|\b(?:note|comment|message|post|ticket|page|wiki|readme|doc|docs|section|thread|"
    r"entry|snippet|banner|slide|answer|reply)s?\s+saying\b"
    # "People ask this about once a week, usually for (a) installing Nix": their question
    r"|\b(?:people|folks|users|teams|customers|devs|developers|newcomers|everyone|"
    r"somebody|someone)\s+(?:still\s+|often\s+|keep\s+|always\s+|sometimes\s+)?"
    # ("people keep asking about: X" answers them)
    r"(?:ask|asking)\b(?!(?:\s+[\w-]+){0,2}\s*:)"
    # "Several downstream READMEs describe FlakeHub as ...", "A few threads proposed ...":
    # what other texts or people put forward, counted, not what this one says
    r"|\b(?:several|some|many|a\s+few|few|older|other|plenty\s+of|lots\s+of|most|"
    r"a\s+couple\s+of|a\s+handful\s+of|\d+)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:readmes|docs|pages|guides|wikis|runbooks|articles|posts|tickets|issues|threads|"
    r"comments|messages|people|folks|users|repos|teams|orgs|organi[sz]ations|companies|"
    r"customers|shops)\s+"
    # "Several docs pages and a couple of downstream READMEs describe ...": both counted
    r"(?:(?:and|or)\s+(?:[\w-]+\s+){0,4}?(?:readmes|docs|pages|guides|wikis|posts|threads|"
    r"people|teams|repos)\s+)?"
    r"(?:still\s+|also\s+|have\s+)?"
    r"(?:describe|described|say|said|claim|claimed|call|called|list|listed|treat|treated|"
    r"show|showed|propose|proposed|suggest|suggested|float|floated|pitch|pitched|assume|"
    r"assumed|present|presented|frame|framed|mention|mentioned|use|used|run|ran|turn\s+on|"
    r"configure|configured|add|added|tell|told|advise|advised|recommend|recommended)\b"
    # "History, since old threads still say otherwise: until March ...": told as history
    r"|^\W*(?:history|historically|for\s+the\s+record|previously|formerly)\b[^:]{0,60}:"
    # "FlakeHub markets FlakeHub Cache as a substituter that CI can pull from": a pitch
    r"|\b(?:markets|marketed|advertises|advertised|bills|billed|sells|sold|promotes|"
    r"promoted)\s+(?:[\w-]+\s+){1,3}as\b"
    # "Their docs pitch FlakeHub Cache as ...": another party's own pitch
    r"|\btheir\s+(?:own\s+)?(?:docs|documentation|guides?|readme|site|marketing|pitch|"
    r"sales\s+deck)\s+(?:pitch|pitches|describe|describes|present|presents|say|says|"
    r"recommend|recommends|suggest|suggests|tell|tells|sell|sells)\b"
    # "look for `cache.flakehub.com` in nix.conf": what a check searches for
    r"|\b(?:look|looks|looking|grep|grepping|search|searching|scan|scanning)\s+for\b",
    re.I,
)
"""What an earlier text said ("older versions of this file said to ...", "before this date
the policy said ..."): reported."""
_VOTED_AGAINST = re.compile(
    r"(?:^|[\s(*_])[-−–]1\s+(?:on|to|for|from)\b"
    # "Reviewers reject PRs that rely on ...", "the lint flags any job that calls nix ..."
    r"|\b(?:reject|rejects|rejected|block|blocks|blocked|flag|flags|flagged|fail|fails|"
    r"deny|denies|denied|refuse|refuses|forbid|forbids|ban|bans)\s+(?:any\s+|every\s+|all\s+)?"
    r"(?:prs?|pull\s+requests?|jobs?|workflows?|changes?|commits?|configs?|steps?|pages?)\s+"
    r"(?:that|which)\b"
    # "I'd resist turning FlakeHub publication on for every consumer yet"
    r"|\b(?:i['’]d|we['’]d|i\s+would|we\s+would|i|we)\s+(?:strongly\s+)?(?:resist|oppose|"
    r"push\s+back\s+on|argue\s+against|vote\s+against|advise\s+against|recommend\s+against)\b"
    # "What we're getting rid of is hosted as a quiet fallback": what goes, not what holds
    r"|\bwhat\s+(?:we|i|the\s+team|v2|this\s+(?:change|release|sprint|rfc))"
    r"(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be|\s+want\s+to\s+be|\s+is)?\s+"
    r"(?:getting\s+rid\s+of|removing|removes|dropping|drops|killing|kills|retiring|retires|"
    r"ending|ends|phasing\s+out|eliminating|eliminates|banning|bans|moving\s+away\s+from)\s+"
    r"(?:is|are)\b",
    re.IGNORECASE,
)
"""A reviewer's vote against what follows ("Strong -1 on rolling publication out ..."), or
a check that turns down what its relative clause describes."""
_EARLIER_FRAME = re.compile(
    r"\W*(?:(?:before|prior\s+to|until|up\s+until|till|back\s+in)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"q[1-4]|20\d\d|last|the\s+(?:note|change|migration|cut-?over|rollout))"
    r"|(?:before|until|up\s+until|till)\s+(?:this|last)\s+(?:spring|summer|autumn|fall|winter)"
    r"|originally|initially|at\s+first|at\s+launch|early\s+on"
    # "Before that he ran a Jenkins farm, where build pods were ...": a career before
    r"|before\s+(?:that|then|joining|tinyland|gf|gloriousflywheel)"
    # "Before the heavy lane existed, the answer was ..."
    r"|before\s+(?:[\w'’-]+\s+){1,4}(?:existed|landed|shipped|arrived|came\s+along|"
    r"was\s+(?:built|added|created|set\s+up))"
    r"|(?:last|the\s+previous)\s+(?:year|quarter|month|sprint|week))\b",
    re.IGNORECASE,
)
"""A clause opening in an earlier time ("Before April, ...", "Originally ...")."""
_SPEAKER_LABEL = re.compile(r"[*_\s]*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?[*_]*:[*_]*\s")
"""A transcript's speaker label ("**Priya:** ..."), before what the speaker says."""
_IMPERATIVE_CONDITION = re.compile(
    r"(?:^|[;:.]\s+)\W*(?:drop|remove|skip|omit|forget|delete|leave\s+out|take\s+away)\b"
    r"[^;:.—–]{0,60}?\band\s+(?:it|they|you|we|the|your|jobs?|pods?|builds?|runners?|nothing|"
    r"everything|things)\b[^;:.—–]{0,40}$",
    re.IGNORECASE,
)
"""An imperative joined by "and" to what follows is a condition: "drop the selector and
it can wander back onto honey" says what happens if you do."""
_PAST_PROGRESSIVE = re.compile(
    r"\b[\w-]+\s+(?:was|were)\s+(?:\w+ly\s+)?(?!going\b)\w{3,}ing\b"
    r"(?:[^;:.]|[.:](?=\S)){0,80}$",
    re.IGNORECASE,
)
"""A past progressive before the statement ("we were calling the template with ..."):
what went on then, not what holds."""


def _told_in_past(text: str, tokens: Tokens, start: int) -> bool:
    """Is the statement at token `start` what went on before, not what holds: a past
    progressive ("we were calling it with ..."), not kept up ("... and still are")?"""
    before = tokens.words[: start + 1]
    if "was" not in before and "were" not in before:
        return False  # most statements: no regex over the text before them
    found = _PAST_PROGRESSIVE.search(text[: tokens.ends[start]])
    return found is not None and _STILL.search(text, found.end()) is None


_STILL = re.compile(r"\b(?:still|now|today|currently)\b", re.IGNORECASE)
_PAST_FORMS = frozenset(
    """was were had did used ran came got gave took grew went made kept put sat lay
    shipped baked""".split()
)
_NOT_PAST_BEFORE = frozenset("is are be been being will gets get".split())


_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_EARLIER_SPAN = re.compile(
    r"\b(?:older|earlier|previous|prior)\s+(?:versions?|releases?)\b"
    r"|\b(?:at|by)\s+the\s+(?:start|beginning)\s+of\s+(?:q[1-4]|the\s+(?:year|quarter)|"
    + _MONTH_NAME
    + r")\b"
    r"|\bup\s+(?:to|until|through)\s+(?:v?\d+(?:\.\d+)+|" + _MONTH_NAME + r")\b"
    # "until this release we used FlakeHub Cache as a substituter"
    r"|\b(?:until|till|before)\s+(?:this|the\s+(?:last|previous|current))\s+"
    r"(?:release|version|sprint|quarter|update|change)\b"
    # "From November 2024 to July 2025 the substituter order was ...": a closed span
    r"|\bfrom\s+(?:(?:early|late|mid)[\s-]+)?" + _MONTH_NAME + r"(?:\s+20\d\d)?\s+"
    r"(?:until|to|through|till)\b"
    r"|\bfor\s+(?:a\s+(?:few|couple\s+of)|some|two|three|several)\s+(?:days|weeks|months)\s+"
    r"(?:in|during|back\s+in)\s+(?:(?:early|late|mid)[\s-]+)?"
    + _MONTH_NAME
    + r"|\b(?:back\s+then|previously|formerly)\b"
    # "The old template kept the checkout around": what a replaced thing did
    r"|\bthe\s+(?:old|previous|former|original)\s+(?:\([^()]{1,20}\)\s+)?(?:[\w-]+\s+)?(?:templates?|versions?|"
    r"setups?|config(?:uration)?s?|workflows?|jobs?|pipelines?|runbooks?|docs?|approach|"
    r"design|way|images?|runners?|lanes?|checkouts?)\b",
    re.IGNORECASE,
)
"""A span anywhere in a clause that puts it in an earlier time ("Older versions of the
template ...", "... for a few weeks in Feb/March", "Up to 0.6 there was ...")."""


def _earlier_span(text: str, tokens: Tokens, clause: tuple[int, int]) -> bool:
    """Does a clause told in the past tense hold a span of an earlier time? A state told
    of then ("the runners had FlakeHub Cache as a substituter for a few weeks in March")
    is history, not what holds."""
    begin, end = clause
    if begin >= end or end > len(tokens):
        return False
    found = _EARLIER_SPAN.search(text, tokens.starts[begin], tokens.ends[end - 1])
    if found is None:
        found = _BOUNDED_SPELL.search(text, tokens.starts[begin], tokens.ends[end - 1])
        if found is None or _PERFECT & set(tokens.words[begin:end]):
            return False  # "we've used Attic for a few months": and still do
    return _past_between(tokens.words, begin, end)


_BOUNDED_SPELL = re.compile(
    r"\bfor\s+(?:a\s+(?:few|couple\s+of)|some|two|three|four|several)\s+"
    r"(?:days|weeks|months|sprints|releases)\b",
    re.IGNORECASE,
)
"""A spell of time told in the past tense ("For a couple of months we used it as a
pull-through cache"): it ended."""
_PERFECT = frozenset(["have", "has", "'ve", "'s"])


def _earlier_time(text: str, tokens: Tokens, begin: int, end: int) -> bool:
    """Does the clause [begin, end) open in an earlier time and tell it in the past tense
    ("Before April the template used clean: false")?"""
    if begin >= len(tokens):
        return False
    at = tokens.starts[begin]
    if not _EARLIER_FRAME.match(text, at):
        speaker = _SPEAKER_LABEL.match(text, at) if begin == 0 else None
        if speaker is None or not _EARLIER_FRAME.match(text, speaker.end()):
            return False
    return _past_between(tokens.words, begin + 1, end)


def _past_between(words: Sequence[str], begin: int, end: int) -> bool:
    """Is a verb of words[begin:end] in the past tense?"""
    return any(
        w in _PAST_FORMS
        or (w.endswith("ed") and len(w) > 4 and words[i - 1] not in _NOT_PAST_BEFORE)
        for i, w in enumerate(words[begin:end], begin)
    )


_REMEMBERED = re.compile(
    r"\b(?:remembers?|remembered|recalls?|recalled)\s+(?:a\s+time\s+when|"
    r"the\s+(?:days|time|weeks|months)\s+when|back\s+when|when)\b",
    re.IGNORECASE,
)
"""A memory of an earlier time ("Some people remember a time when the lanes had Nix")."""


def _remembered(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Is the statement [start, end) a remembered past ("people remember a time when the
    Nix lanes had Nix baked in")?"""
    found = _REMEMBERED.search(text, 0, tokens.starts[start])
    if found is None or any(mark in text[found.end() : tokens.starts[start]] for mark in "?!;"):
        return False
    after = next(i for i, at in enumerate(tokens.starts) if at >= found.end())
    return _past_between(tokens.words, after, end)


_TRAILING_VERDICT = re.compile(
    r"(?:\s[—–-]{1,2}|\)?:)\s*[*_]*\s*(?:closed(?:\s+as)?\s+)?(?:rejected|dropped|declined|abandoned|"
    # "VPA / in-place resize for runner pods — parked, same reason."
    r"parked|shelved|deferred|postponed|punted|on\s+hold|(?:a\s+)?non-goal|not\s+happening|"
    r"not\s+doing\s+(?:it|this|that)|"
    # "vertical pod resizing: **not** something we're doing this sprint"
    r"not[*_]*\s+(?:something|a\s+thing|anything|what)\s+(?:we|i|gf)(?:['’]re|\s+are|\s+will\s+be)?"
    r"\s+(?:doing|do|planning|plan|building|build|offering|offer|pursuing|promising|promise|"
    r"shipping|ship|supporting|support)|"
    r"not planned|won'?t[- ](?:do|fix)|wontfix|out of scope|no\b(?!\s+[a-z]))\b",
    re.I,
)
"""A list item that ends by rejecting itself ("FlakeHub as the fix — rejected, see #215")."""
_HELD_BLIP = re.compile(
    r"[*_`]*\s+(?:lands?|landed|sits?|goes|went|moves?|moved|stays?|belongs?)\s+in(?:to)?\s+"
    r"(?:the\s+)?hold\b",
    re.I,
)
"""A radar blip put in its Hold ring right after its name ("**FlakeHub as a cache** lands
in Hold.")."""
_SLATED_FOR_REMOVAL = re.compile(
    r"[^.;]{0,60};\s*(?:it|this|that)(?:['’]s|\s+is)\s+(?:slated|scheduled|marked|queued|due|"
    r"set|up)\s+for\s+(?:removal|deletion|clean-?up)\b"
    # "| `clean: false` in the shared template | W18 | V2 drops it |": on its way out
    r"|[^;]{0,80}?[;|.]\s*(?:[\w'’-]+\s+){0,3}(?:drops|removes|retires|deletes|"
    r"eliminates|replaces|fixes|will\s+drop|will\s+remove|will\s+replace|will\s+fix)\s+"
    r"(?:it|this|that|them)\b"
    # "`clean: false` on checkout, copied from an old version of the template"
    r"|[^.;]{0,40}?,\s*(?:copied|carried\s+over|inherited|left\s+over|lifted|pasted)\s+from\s+"
    r"(?:an?|the)\s+(?:old|older|earlier|previous|outdated|stale)\b",
    re.I,
)
"""What the rest of the sentence says is to go, or is a leftover of an old text ("a
leftover `clean: false`; it is slated for removal", "..., copied from an old version")."""
_GONE_PREDICATE = re.compile(
    # "... that 0.4 wrote into `NIX_CONFIG` is gone": a short relative clause may come first
    r"(?:\s+(?:that|which)(?:\s+(?!since\b|after\b|when\b|because\b|the\b)[\w.`'’-]+){1,5}?\s*)?"
    r"\W{0,3}(?:(?:is|are|was|were|has\s+been|have\s+been|got|'s|being)\s+(?:now\s+|since\s+|"
    r"long\s+|already\s+|all\s+|finally\s+)?(?:gone|removed|dropped|deleted|disabled|retired|"
    r"closed|phased\s+out|"
    r"reverted|pulled|ripped\s+out|turned\s+off|switched\s+off|taken\s+out|backed\s+out|"
    r"rolled\s+back)|(?:no\s+longer\s+exists?|doesn['’]t\s+exist\s+any\s*more))\b",
    re.I,
)
"""What the match names is said to be gone ("the FlakeHub substituter is gone", "the
FlakeHub substituter that 0.4 wrote into `NIX_CONFIG` is gone")."""
_REMOVED_ASIDE = re.compile(
    r"\((?:\s*(?:since|later|then|now|but|and|already|again|was|were|got|idea|proposal)\b)*\s*"
    r"(?:removed|dropped|reverted|deleted|retired|gone|ripped\s+out|backed\s+out|rolled\s+back|"
    r"rejected|declined|vetoed|shot\s+down)\b",
    re.IGNORECASE,
)
"""An aside after the match that says it is gone ("... on the nix lane (removed again in
0.5)")."""
_PREVENTED_PREDICATE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:is|are|was|were)\s+(?:exactly\s+|precisely\s+|just\s+)?"
    r"(?:what|the\s+(?:kind\s+of\s+)?(?:thing|failure|behaviou?r|pattern|situation|case)\b)"
    r"[^.;:!?]{0,50}?\b(?:prevents?|prevented|avoids?|avoided|forbids?|forbidden|"
    r"blocks?|blocked|rules?\s+out|rejects?|rejected|bans?|banned|disallows?|"
    # "the thing we are trying to remove", not "the thing that removes the step"
    r"to\s+(?:remove|eliminate|get\s+rid\s+of|close|fix|kill|end|stop|retire|undo)|"
    r"(?:we|you|they)\s+(?:removed|eliminated|got\s+rid\s+of)|"
    r"(?:don['’]t|do\s+not|doesn['’]t|does\s+not|never)\s+(?:want|allow|permit))\b",
    re.I,
)
"""What follows the match calls it something to prevent ("A silent fallback to hosted
runners is exactly what this board exists to prevent", "... is the thing we are trying to
remove")."""
_DECIDED_AGAINST = re.compile(
    r"[^.;:!?]{0,60}?\b(?:and|but|then)\s+(?:\w+\s+)?(?:decided|voted|chose|came\s+down|ruled)\s+"
    r"against\b",
    re.IGNORECASE,
)
"""What was looked at and turned down ("We looked at in-place pod resize last quarter and
decided against it")."""
_UNMASKED = re.compile(
    r"[*_`\s]*(?:by\s+(?:another|a\s+different|any\s+other)\s+name|in\s+disguise|"
    r"under\s+(?:a\s+new|another|a\s+different)\s+name|all\s+over\s+again)\b",
    re.IGNORECASE,
)
"""What a proposal is unmasked as ("it's vertical pod resizing by another name"): the
proposal is judged, the platform is not described."""
_TOPIC_LEAD = re.compile(
    r"\b(?:discussions?|debates?|talk|conversations?|questions?|threads?|chats?|"
    # "Upstream issue about in-place pod resize (KEP-1287) comes up every few months"
    r"issues?|tickets?|keps?|"
    r"brainstorm(?:ing)?)\s+(?:of|about|on|around|over|re:?)\s+(?:[\w-]+\s+){0,2}$"
    # "We went back and forth on 32Gi for the heavy lane": argued over, not settled
    r"|\b(?:went|go|going|goes)\s+back\s+and\s+forth\s+(?:on|about|over)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
"""What a discussion was about ("Brief discussion of in-place pod resizing"): a topic."""
_TOPIC_REACH = 60
_PROPOSAL_NOUN = re.compile(
    r"\b(?:proposals?|ideas?|suggestions?|requests?|pitch|pitches|motions?|notions?|asks?)\b",
    re.I,
)
_REJECTED_VERB = re.compile(
    r"\b(?:was|were|has been|have been|got|is|are)\s+(?:also\s+|since\s+|then\s+|quickly\s+)?"
    # "was discussed and turned down"
    r"(?:(?:discussed|reviewed|debated|considered|looked\s+at)\s+and\s+)?"
    r"(?:withdrawn|rejected|declined|dropped|abandoned|shelved|vetoed|turned down|voted down|"
    r"not accepted|killed|parked)\b",
    re.I,
)


_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\b[^.;:!?,]{0,100}$", re.IGNORECASE)
_FAILS_AFTER = re.compile(
    r"([^.;:!?,—–]{0,60}?)\b(?:fail|fails|failed|break|breaks|crash|crashes|die|dies|"
    r"errors?\s+out|exits?\s+(?:with\s+)?(?:code\s+|status\s+)?[1-9]\d*|"
    r"(?:can['’]?t|cannot|won['’]t|will\s+not|do\s+not|don['’]t)\s+(?:work|run|build|start|"
    r"finish|pass|succeed))\b(?!\s+(?:less|fewer|more\s+rarely|rarely))"
    # "... will fail while it's down": an outage's effect, not the clause's fault
    r"(?!\s+(?:\w+\s+)?(?:while|when|whenever|during|until|if)\b)",
    re.IGNORECASE,
)
"""A relative clause's subject whose main verb then fails ("Jobs that call `nix` directly
on tinyland-nix fail with exit 127"): what the clause names is the cause of a failure."""
_FAILS_FILLER = re.compile(r"\b(?:never|not|no|rarely|seldom|\w+n['’]t|cannot)\b", re.I)


def _fails_after(text: str, char_end: int) -> bool:
    """Is the match in a relative clause on its subject, whose main verb says it fails?"""
    if not _RELATIVE_SUBJECT.search(text, 0, char_end):
        return False
    fails = _FAILS_AFTER.match(text, char_end)
    return fails is not None and not _FAILS_FILLER.search(fails.group(1))


_BLAMED = re.compile(
    r"[`'\"”’]?\s+(?:is|was|are|were)\s+(?:exactly\s+|precisely\s+)?what\s+(?:\w+ly\s+)?"
    r"(?:burned|burnt|bit|broke|hurt|killed|sank|sunk|caused|cost|tripped|stalled|blocked)\b",
    re.IGNORECASE,
)
"""What went wrong, named after the match ("... fallback is what burned MassageIthaca")."""
_AFTER_THE_BUILD = re.compile(
    r"\bafter\s+(?:(?:the|our|a|each|every|its|their)\s+)?builds?$", re.IGNORECASE
)
"""A match that ends on "after the build": a use that follows the build, not part of it."""
_WITHOUT = re.compile(r"with(?:out|\s+no)\b", re.IGNORECASE)
_FAILS_WITHOUT = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:sat|sit|sits|stayed|stays|stay|stuck|hung|hangs|got|gets|get|were|"
    r"was|are|is|went|goes|go)\s+(?:\w+\s+)?(?:pending|evicted|oom-?killed|unschedulable)|"
    r"fail|fails|failed|break|breaks|broke|crash|crashes|crashed|never\s+(?:start|schedul)\w*|"
    r"(?:won['’]t|can['’]t|cannot|couldn['’]t|didn['’]t|did\s+not|would\s+not|wouldn['’]t)\s+"
    r"(?:schedule|start|land|run|build))\b",
    re.IGNORECASE,
)
"""What a missing thing makes fail ("without the nodeSelector the pods sat Pending")."""


def _after_match_verdict(text: str, char_start: int, char_end: int) -> Verdict | None:
    """Not asserted when what follows the match rejects it ("— parked", "; V2 drops it",
    "is exactly what we prevent") or says it is gone ("... is gone since March")."""
    if (
        _TRAILING_VERDICT.search(text, char_end)
        or _HELD_BLIP.match(text, char_end)
        or _SLATED_FOR_REMOVAL.match(text, char_end)
        or _PREVENTED_PREDICATE.match(text, char_end)
        or _rejected_proposal(text, char_start, char_end)
    ):
        return Verdict(False, "rejected")
    if _DECIDED_AGAINST.match(text, char_end):
        return Verdict(False, "decided against")
    if _fails_after(text, char_end):
        return Verdict(False, "what makes its subject fail")
    if _BLAMED.match(text, char_end):
        # "silent `ubuntu-latest` fallback is what burned MassageIthaca on billing"
        return Verdict(False, "blamed for what went wrong")
    if _AFTER_THE_BUILD.search(text, char_start, char_end):
        # "a publication/discovery surface we use after the build side is sorted"
        return Verdict(False, "after the build, not in it")
    if _WITHOUT.match(text, char_start) and _FAILS_WITHOUT.match(text, char_end):
        # "without the nodeSelector the pods sat Pending": what its absence breaks
        return Verdict(False, "needed: its absence fails")
    if _UNMASKED.match(text, char_end):
        return Verdict(False, "what something else is called")
    if (
        _GONE_PREDICATE.match(text, char_end)
        or _SPLICED_GONE.match(text, char_end)
        or _REMOVED_ASIDE.search(text, char_end)
    ):
        return Verdict(False, "said to be gone")
    if _ELLIPTICAL_BUT_NOT.match(text, char_end):
        return Verdict(False, "denied by the clause after it")
    if _SPLICED_NON_GOAL.match(text, char_end):
        return Verdict(False, "called a non-goal after it")
    if _NEEDS_TO_GO.match(text, char_end) or _MEANT_TO_GO.match(text, char_end):
        return Verdict(False, "said to be going")
    return None


def said_to_go(text: str, at: int) -> bool:
    """Does what follows `at` say the thing named before it is gone or due to go ("... was
    supposed to go at the same time", "... is gone since March", "..., needs to go")?"""
    return bool(
        _GONE_PREDICATE.match(text, at)
        or _MEANT_TO_GO.match(text, at)
        or _NEEDS_TO_GO.match(text, at)
    )


_MEANT_TO_GO = re.compile(
    r"(?:[^.;:!?]|[.:](?=\w)){0,60}?\b(?:was|were|is|are)\s+(?:supposed|meant|due|slated|scheduled)\s+to\s+"
    r"(?:go|be\s+removed|be\s+dropped|be\s+deleted|come\s+out)\b",
    re.I,
)
"""A removal that was due ("The FlakeHub Cache substituter in the baked nix.conf was
supposed to go at the same time")."""
_NEEDS_TO_GO = re.compile(
    r"(?:[^.;!?]|\.(?=\w)){0,60}?(?:,|;|\s[—–]\s)\s*(?:and\s+)?"
    r"(?:it\s+|that\s+|this\s+|those\s+|these\s+|they\s+)?(?:needs?\s+to|has\s+to|have\s+to|"
    r"must|should|will\s+have\s+to)\s+(?:go|be\s+removed|be\s+dropped|be\s+fixed|come\s+out)\b",
    re.I,
)
"""A verdict spliced on after the match ("... in the default path, needs to go.")."""


_SPLICED_NON_GOAL = re.compile(
    r"[^.;:!?]{0,80}?,\s*(?:and|but)?\s*(?:that|this|which|it)(?:['’]s|\s+is|\s+was)\s+"
    r"(?:also\s+|explicitly\s+)?(?:an?\s+)?(?:explicit\s+|listed\s+)?non-?goals?\b",
    re.IGNORECASE,
)
"""A clause spliced on that calls the one before a non-goal ("It also budgets FlakeHub as
the cure for lab's OOMs, and that's a non-goal too")."""
_ELLIPTICAL_BUT_NOT = re.compile(
    r"[^.;:!?]{0,60}?,?\s+but\s+(?:it|they|that|this|arc|gf|the\s+[\w-]+)\s+"
    r"(?:does|do|did|will|would|can|is|are|has|have)(?:n['’]t|\s+not|\s+never)\s*(?:[.;!)]|$)",
    re.I,
)
"""An elliptical denial after the match ("ARC could resize the pod, but it does not.")."""


_SPLICED_GONE = re.compile(
    r"[^.;:!?]{0,60}?,\s*(?:and\s+|but\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+has\s+been)"
    r"\s+(?:long\s+|all\s+|since\s+)?(?:gone|removed|retired|reverted|dropped|ripped\s+out)\b",
    re.I,
)
"""A clause spliced on with a comma that says the one before is gone ("... until
mid-March, that's gone since the attic move")."""


def _discussed(text: str, char_start: int) -> bool:
    lead = text[max(0, char_start - _TOPIC_REACH) : char_start]
    return (
        _TOPIC_LEAD.search(lead) is not None
        or _ASKED_ABOUT.search(lead) is not None
        or _ATTRIBUTED_PROPOSAL.search(lead) is not None
    )


_ATTRIBUTED_PROPOSAL = re.compile(
    r"\b(?:proposals?|suggestions?|ideas?|requests?|pitch|pitches|asks?)\s+(?:from|by)\s+"
    r"@?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)?\s+(?:to|for)\s+$"
)
"""Someone's proposal, named as a topic ("a proposal from @tlin to add FlakeHub Cache to
the runners"): what they asked for, not what the page says."""


_FLAGGING_ORDER = re.compile(
    r"(?:^|:\s+)(?:flag|warn\s+on|warn\s+about|fail\s+on|reject|block|catch|detect)\s+"
    r"(?:[^\s:]+\s+){0,6}$",
    re.IGNORECASE,
)
"""A lint rule's order before what it is to flag ("GF017: flag `clean: false` on ...")."""
_ASKED_ABOUT = re.compile(
    r"\b(?:chase|chasing|ping|pinging|nudge|nudging|ask|asking|remind|reminding|"
    r"follow(?:ing)?\s+up\s+with|check\s+with|escalate|escalating)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:about|on|regarding)\s+(?:[\w/`.'’-]+\s+){0,6}$",
    re.I,
)
"""An action item that chases someone about a problem ("Chase GF about the template still
relying on `clean: false`"): the problem is its topic, not a statement."""


def _rejected_proposal(text: str, char_start: int, char_end: int) -> bool:
    """ "Sam's proposal to have runners get Nix from FlakeHub ... was withdrawn": what a
    proposal held, before the verb that rejects it; "adding X was proposed in January and
    turned down"."""
    proposal = _PROPOSAL_NOUN.search(text, 0, char_start)
    if proposal is not None and _REJECTED_VERB.search(text, char_end) is not None:
        return True
    return _PROPOSED_THEN_REJECTED.search(text, char_end) is not None


_PROPOSED_THEN_REJECTED = re.compile(
    r"\b(?:proposed|suggested|floated|pitched|raised)\b[^.;]{0,60}?\b(?:and|but)\s+"
    r"(?:was\s+|were\s+|got\s+|then\s+)?(?:turned\s+down|rejected|declined|dropped|vetoed|"
    r"shot\s+down|abandoned|withdrawn|voted\s+down)\b",
    re.IGNORECASE,
)


_REPORTED_HEADING = re.compile(
    r"\b(non[- ]?goals?|anti[- ]?patterns?|don'?t|do not|avoid|pitfalls?|mistakes?|myths?|"
    r"misconceptions?|wrong|incorrect|bad (?:examples?|practices?)|history|historical|"
    # a policy rule's "Non-compliant" examples, a linter's "Violations"
    r"non[- ]?compliant|violations?|violating|"
    # a scoreboard's "Deductions log": what each entry lost points for
    r"deductions?|penalt(?:y|ies)|demerits?|"
    # a grep's "Stragglers", an inventory's "Offending wording": what is still to be fixed
    r"stragglers?|offend(?:ing|ers?)|leftovers?|cleanup\s+(?:list|inventory|targets?)|"
    r"deprecated|legacy|archived?|archives|from the archives|obsolete|superseded|"
    r"what not to|out of scope|not goals|we will not|won'?t do|alternatives?|"
    r"options considered|considered|rejected|timeline|what it finds|flags|detects|reports|"
    r"dropped|walked[- ]back|retracted|withdrawn|declined|abandoned|discarded|graveyard|"
    r"for reference only|(?:leaving|left|leave)\s+behind|on\s+hold|parked|"
    r"(?:old|older|earlier|previous|outdated) (?:reply|replies|answer|answers|wording|text|docs?)|"
    r"pre-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|pre-20\d\d|"
    r"what (?:the |their |its )?(?:vendors?|upstream|they|docs|marketing|sales|blog|website)"
    r" (?:says?|said|claims?|recommends?|suggests?|advises?|promises?)|"
    r"vendor'?s? (?:pitch|claims?|view|marketing)|"
    # an anti-pattern entry's "What people do", "What it looks like", "The smell"
    r"what (?:people|teams|folks|devs|developers|engineers|users|most teams|many teams|"
    r"some teams|everyone|we used to) (?:do|try|often do|tend to do|usually do|write|did)|"
    r"what it looks like|the smell|how it goes wrong|"
    # a service agreement's "4. Exclusions", "Not covered", "Unsupported configurations"
    r"exclusions?(?!\s+applied)|excluded|not (?:included|covered|provided)|"
    # a deprecation notice's "What is going away", "Being removed"
    r"going\s+away|(?:being|to\s+be)\s+removed|removals?|"
    # an advisory's "Affected components": where the flaw it reports shows up
    r"affected(?:\s+(?:components?|versions?|systems?|pages?|repos?|repositories|workflows?|"
    r"areas?|products?|services?|lanes?|jobs?))?(?!\s+(?:by|at)\b)|"
    r"unsupported(?: configurations?| setups?)?|"
    # an experiment's "Hypotheses": claims put to the test, not findings (a section
    # of "Hypothesis / result" holds the result too)
    r"(?:hypothes[ie]s|predictions?)(?=[\s:*_)]*$))\b",
    re.IGNORECASE,
)
_SIDE_HEADING = re.compile(
    r"^\W*(?:position|side)\s+(?:[A-D1-4]|one|two)\b|\b(?:for|against)\s+the\s+motion\b",
    re.IGNORECASE,
)
"""One side of a debate ("## Position A — For the motion"): a case argued, then voted on.
What the side proposes is argued, not said; the facts it states are still stated."""
_ARGUED = re.compile(
    r"\b(?:should|ought\s+to|my\s+proposal|we\s+propose|proposes?|we\s+could|let['’]s|i['’]d)\b",
    re.IGNORECASE,
)
_PROPOSING_VERBS = frozenset(
    "add drop keep make move put use remove switch let give turn allow enable raise".split()
)
_HOLD_HEADING = re.compile(
    r"^\W*(?:ring\s*[:—–-]\s*)?(?:on\s+)?hold(?:\s+ring)?\b(?!\s+(?:on|off|the|a|an|your|our|"
    r"onto|up|back|it|them|to|until|for)\b)",
    re.IGNORECASE,
)
"""A technology radar's Hold ring: what is listed under it is not to be taken up."""
_POSED_HEADING = re.compile(
    r"\b(?:true\s*(?:/|or|&)\s*false|t\s*/\s*f|fact\s+or\s+(?:myth|fiction)|"
    r"myth\s+or\s+fact|spot\s+the\s+(?:problem|mistake|error|bug)s?)\b",
    re.IGNORECASE,
)
"""A section of statements or exhibits put to the reader to judge ("Part B: True / False")."""
_KEY_HEADING = re.compile(r"\b(?:answers?|keys?|solutions?|explanations?|errata)\b", re.IGNORECASE)
"""... unless it gives the answers ("True/false answers")."""
_COMMON_TITLE = re.compile(
    r"^\W*(?:the\s+)?(?:\d+\s+)?(?:common|frequent|typical|known|top|classic|usual|popular)\s*$",
    re.IGNORECASE,
)
"""What may stand before the label of a page title that frames it ("Common mistakes")."""
_BEFORE_HEADING = re.compile(
    r"^\W*(before|old|previously|the old)\b(?!\s+(you|we)\b)"
    r"(?!\W*(?:and|&|vs\.?|versus|to|→|->|/)\W*(?:after|new)\b)",  # "Before / after"
    re.IGNORECASE,
)
_WRONG_LABEL = re.compile(
    r"^\W*(?:[\w.]+\s+[\u2014\u2013-]+\s+)?(?:please\s+)?"
    r"(wrong|incorrect|bad|don'?t|do not|avoid|never|anti[- ]?pattern|before|old|"
    r"outdated|deprecated|not this|no)\b|[❌✗✘🚫⚠]",
    re.IGNORECASE,
)
_DISOWNED_LABEL = re.compile(
    r"\b(?:not|never|don'?t|do not|doesn'?t|does not|won'?t|will not)\s+(?:\w+\s+)?"
    r"(?:recommend|recommending|recommended|endorse|endorsing|endorsed|suggest|suggesting|"
    r"advise|advising|condone|copy|copying)\b[^:]{0,60}:\W*$",
    re.IGNORECASE,
)
"""A lead-in that disowns what follows ("..., which we are **not** recommending:")."""
_REPLACED_LABEL = re.compile(
    r"\b(?:the\s+(?:thing|one|job|version|setup|config)|what|which|that)\s+(?:[\w.@-]+\s+){0,3}?"
    r"(?:replaces|replaced|retires|retired|removes|removed|supersedes|superseded)\b"
    r"|\b(?:being|to\s+be|will\s+be|gets?)\s+(?:replaced|retired|removed|superseded|deleted)\b"
    r"[^:]{0,60}:\W*$",
    re.IGNORECASE,
)
"""A lead-in over the version a change replaces ("today's V1 job, the thing V2 replaces:")."""
_WRONG_MARK = re.compile(r"[❌✗✘🚫⛔]")
_SHORT_LABEL = 8
_FACT_LABEL = re.compile(
    r"^\W*(facts?|reality|truth|the truth|actually|correction|correct|right|do|instead|"
    r"do this instead|instead do this|the fix|fix|do this)\W*$",
    re.IGNORECASE,
)
"""A lead-in that gives the page's own answer after a myth or a wrong example."""
_EARLIER_SOURCE = re.compile(
    r"\b(?:recorded|written|described|specified|listed|given|stated|proposed)\s+(?:in|by)\s+"
    r"(?:the|an?|our)\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|old|original|previous|earlier|initial|first|v1)\b",
    re.IGNORECASE,
)
"""A lead-in that gives what an earlier document said ("Envelope as recorded in the March
design doc:")."""
_QUOTED_LABEL = re.compile(
    r"\b(from (?:their|the vendor'?s?|a vendor'?s?|the upstream) \w+|they (?:write|say|said)|"
    r"quoting|quoted|forwarded|verbatims?|upstream says|the vendor says|clusters|stickies|"
    r"sticky notes|what (?:we|they|people|participants|users|developers|teams) "
    r"(?:heard|said|told us|believe|believed|think|thought))\b",
    re.IGNORECASE,
)
"""A lead-in that introduces someone else's words ("From their newsletter:"), or what a
study heard from people ("Clusters", "What we heard")."""
_SAYS_LABEL = re.compile(
    r"\b(?:says?|said|writes?|wrote|reads|recommends?|suggests?|advises?|states|puts? it|"
    r"describes?|pitch(?:es)?|markets?|advertises?|promotes?|sells?|"
    r"tells? (?:you|users|customers)|"
    # "If you read FlakeHub's own documentation you'll see things like:"
    r"(?:you['’]ll|you\s+will|you['’]d|you\s+would|you)\s+(?:see|find|read))\b[^:]{0,50}:$",
    re.IGNORECASE,
)
_OUR_LABEL = re.compile(r"\b(?:our|we|us|my|i)\b", re.IGNORECASE)
"""A blockquote after "The vendor README says, roughly:" quotes another's text; after
"Our runbook says:" it quotes the page's own side."""
_HISTORY_FILE = re.compile(
    r"(^|/)history[^/]*$|(^|/)(archive|archived|history|superseded|obsolete|retired|"
    r"withdrawn)/",
    re.IGNORECASE,
)
"""History and archives. A changelog is not: its entries say what each release made
true, and an entry nothing later reverts still describes the platform."""
_RETIRED_STATUS = re.compile(
    r"^(deprecated|archived|historical|superseded|obsolete|retired|rejected|withdrawn|declined|"
    r"abandoned)$",
    re.I,
)


_HISTORY_COLUMN = re.compile(
    r"\b(before|old|older|previous|previously|legacy|deprecated|former|formerly|was|were|"
    r"removed|stale|until|retired|believed|belief|beliefs|assumed|myth|myths|"
    r"believes?|thinks?|assumes?|"
    r"thought|misconception|misconceptions|draft|used to|replaces|replaced|"
    r"supersedes|superseded|instead of|said|claimed|wrote|"
    r"threats?|risks?|failure modes?|hazards?|attack|symptoms?|findings?|problems?|gaps?|"
    # a debate's "| | Position A (rowan) | Position B (mei) |": each side's case
    r"position\s+[a-d]|"
    r"weakness(?:es)?|defects?|observations?|"
    # a rubric's failing column: "0 (miss)", "No credit", "Red flags", "Weak answer"
    r"miss|misses|no credit|red flags?|weak(?: answers?)?|poor(?: answers?)?|fails?|"
    # "| 0 looks like | 3 looks like |": the rubric's zero-score column
    r"0\s+(?:looks\s+like|points?|pts|marks?)|scores?\s+0|"
    r"wrong answers?|bad answers?|does not meet)\b",
    re.IGNORECASE,
)
"""Columns of what was, what was believed, or what could go wrong (a threat model's
"Threat", a risk register's "Risk"): their cells assert nothing."""
_EARLIER_COLUMN = re.compile(
    r"\b(last|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.IGNORECASE,
)
_LATER_COLUMN = re.compile(
    r"\b(now|today|current|currently|this|latest|actually|true|truth|correct|corrected|"
    r"correction|reality|fact)\b",
    re.IGNORECASE,
)


_NEGATED_COLUMN = re.compile(
    r"^\W*(not|never|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|no longer|no(?![.\w])|"
    r"instead of|rather than|unsupported|unsuitable)\b"
    # "| FlakeHub in GF is… | FlakeHub in GF is not… |"
    r"|\b(?:is|are|does|do)\s+not\W*$|\b(?:isn'?t|aren'?t|doesn'?t|don'?t)\W*$"
    # a retro's "Keep | Drop | Try": what the team stops doing
    r"|^\W*(?:drop|dropped|stop|stopped|stop doing|removed|retired|killed|less of)\W*$"
    # "| what it is not |", "| what we don't use it for |"
    r"|^\W*(?:what|where|how|when)\s+(?:it|they|this|we|you)\s+(?:is\s+not|are\s+not|isn'?t|"
    r"aren'?t|don'?t|doesn'?t|do\s+not|does\s+not)\b",
    re.IGNORECASE,
)
"""A column headed "Not for", "Never", "Isn't": its cells say what the row's subject is not."""


_TOPIC_COLUMN = re.compile(
    r"^\W*(?:covers|topics?|terms?|contents|keywords|tags|entries|see also|related|"
    # a talk's or a paper's title names what someone else presented
    r"sessions?|talks?|(?:talk|session|paper|video) titles?|papers?|videos?|episodes?|"
    r"keynotes?|presentations?|headlines?)\W*$",
    re.IGNORECASE,
)
"""A column that lists what a page covers ("Covers": "ARC, vertical resizing, ...")."""

_ASSUMPTION_COLUMN = re.compile(r"\b(assumptions?)\b", re.IGNORECASE)
_REALITY_COLUMN = re.compile(
    r"\b(reality|actual|actually|facts?|truth|true|correct|correction|observed|why\b.*\bwrong|"
    r"wrong|verdict)\b",
    re.IGNORECASE,
)
_EXPECTED_COLUMN = re.compile(
    r"\b(expected|expectation|expectations|predicted|prediction|hypothes[ie]s)\b", re.IGNORECASE
)
_OBSERVED_COLUMN = re.compile(
    r"\b(actual|actually|observed|observations?|results?|outcomes?|measured|seen|happened)\b",
    re.IGNORECASE,
)
"""An "Expected" column beside an "Actual" one holds what was predicted, not what holds;
alone ("Expected value") it states what should hold."""
_HYPOTHESIS_COLUMN = re.compile(r"\b(predicted|prediction|hypothes[ie]s|guess(?:es)?)\b", re.I)
_FAILED_CELL = re.compile(
    r"[❌✗✘]|\b(?:fail|failed|fails|failing|refuted|disproved|wrong|missing|not\s+found)\b",
    re.IGNORECASE,
)
"""A cell that says the test failed ("| ❌ |", "| FAIL (OOM) |", "| missing, job failed |")."""


def _refuted(row: str, header: Sequence[str], header_cell: str) -> bool:
    """Does another cell of the row than the expectation's say the test failed?"""
    cells = row.split(" | ")
    mine = list(header).index(header_cell) if header_cell in header else -1
    return any(_FAILED_CELL.search(cell) for at, cell in enumerate(cells) if at != mine)


_SOURCE_COLUMN = re.compile(r"\b(current|currently|existing|from|source|today)\b", re.IGNORECASE)
_TARGET_COLUMN = re.compile(
    r"\b(target|targets|destination|planned|proposed|to|after|new|moving to|migrating to)\b",
    re.IGNORECASE,
)
"""A migration table's "Current runner" beside its "Target lane": the first holds where a
repo starts from, the before-state, not what the platform asserts."""


def cell_header(row: str, header: Sequence[str], position: int) -> str:
    """The header of the table cell holding character `position` of a row (cells joined by
    ` | `), or "" when unknown."""
    column = row.count(" | ", 0, position)
    return header[column] if column < len(header) else ""


_VERSION = re.compile(r"(?:\bv|(?<![\w.])(?=\d+\.\d))(\d+(?:\.\d+)*)\b", re.IGNORECASE)
"""A version in a column header: "V1", "v2.3", "0.7.x", "0.8.0"."""


_LOG_SUMMARY_COLUMN = re.compile(
    r"^\W*(?:edit\s+)?(?:summary|summaries|comment|message|commit\s+message|change|changes)\W*$",
    re.IGNORECASE,
)
_REVISION_COLUMN = re.compile(r"^\W*(?:rev|revision|commit|sha|diff|oldid|r#)\W*$", re.IGNORECASE)


def column_verdict(header_cell: str, header: Sequence[str] = (), row: str = "") -> Verdict:
    """A column headed "Before", "Old value", "Deprecated", "Draft" ... holds history, not
    assertions; so does a versioned column ("V1") when another column has a later one.
    `row`, the cells joined by ` | `, tells a test's failed expectation from a held one."""
    if header_cell and (
        _HISTORY_COLUMN.search(header_cell) or _REPORTED_HEADING.search(header_cell)
    ):
        return Verdict(False, f"in column {header_cell!r}")
    if header_cell and _TOPIC_COLUMN.match(header_cell):
        return Verdict(False, f"in column {header_cell!r} (names of topics)")
    if header_cell and _NEGATED_COLUMN.search(header_cell):
        return Verdict(False, f"in the negated column {header_cell!r}")
    version = _VERSION.search(header_cell)
    if version is not None:
        mine = _version_key(version.group(1))
        later = [v for cell in header for v in _VERSION.findall(cell) if _version_key(v) > mine]
        if later:
            return Verdict(False, f"in column {header_cell!r} (a later version is beside it)")
    if _beside(header_cell, header, _EARLIER_COLUMN, _LATER_COLUMN):
        return Verdict(False, f"in column {header_cell!r} (a current column is beside it)")
    if _beside(header_cell, header, _LOG_SUMMARY_COLUMN, _REVISION_COLUMN):
        # "| Rev | When | Who | Edit summary |": what each edit did, not what holds
        return Verdict(False, f"in column {header_cell!r} (a revision log's summaries)")
    if _beside(header_cell, header, _ASSUMPTION_COLUMN, _REALITY_COLUMN):
        # "| Assumption | Reality |"; an assumptions register ("| A1 | Assumption |") states
        return Verdict(False, f"in column {header_cell!r} (a reality column is beside it)")
    if _beside(header_cell, header, _EXPECTED_COLUMN, _OBSERVED_COLUMN) and (
        not row or _HYPOTHESIS_COLUMN.search(header_cell) or _refuted(row, header, header_cell)
    ):
        # "| Hypothesis | Observed |", or a test whose result refuted what it expected; a
        # test plan's "Expected" of a row not yet run, or passed, states what should hold
        return Verdict(False, f"in column {header_cell!r} (an observed column is beside it)")
    if _OBSERVED_COLUMN.search(header_cell) and _remediated(header):
        # "| Observed | Expected | Remediation |": an audit finding's deviation
        return Verdict(False, f"in column {header_cell!r} (a finding's deviation)")
    if _FAILED_WHERE.search(header_cell) and _WHERE_COLUMN.search(header_cell):
        # "| repo | job | symptom | lane when it failed |": where each failure happened
        return Verdict(False, f"in column {header_cell!r} (where a failure happened)")
    if header and _failure_rows(header) and _WHERE_COLUMN.search(header_cell):
        # "| Code | Name | Signature | Usual lane |": where an error shows up, not advice
        return Verdict(False, f"in column {header_cell!r} (where a failure shows up)")
    if _DESCRIBING_COLUMN.match(header_cell) and (
        (header and _RECORD_KEY.match(header[0]))
        or any(_SEVERITY_COLUMN.match(cell) for cell in header)
    ):
        # "| Finding | Source | Title | ... |": a findings tracker's titles name problems,
        # as an advisory index's do ("| ID | Title | Severity | Status |")
        return Verdict(False, f"in column {header_cell!r} (a finding's title)")
    if _beside(header_cell, header, _SOURCE_COLUMN, _TARGET_COLUMN):
        return Verdict(False, f"in column {header_cell!r} (a target column is beside it)")
    when = _period_key(header_cell)
    if when is not None and any((_period_key(cell) or when) > when for cell in header):
        return Verdict(False, f"in column {header_cell!r} (a later period is beside it)")
    if _EVENT_COLUMN.match(header_cell) and any(_WHEN_COLUMN.match(cell) for cell in header):
        # "| When | What happened |": a timeline's events, each true at its date
        return Verdict(False, f"in column {header_cell!r} (a timeline's events)")
    if _beside(header_cell, header, _OPTION_COLUMN, _TALLY_COLUMN):
        # "| Answer | % |": a poll's options, each as many people picked it
        return Verdict(False, f"in column {header_cell!r} (a poll's options)")
    return ASSERTED


_EVENT_COLUMN = re.compile(
    r"^\W*(?:what\s+happened|events?|milestones?|happenings)\W*$", re.IGNORECASE
)
_WHEN_COLUMN = re.compile(r"^\W*(?:when|date|dates|month|year|period)\W*$", re.IGNORECASE)
_REMEDIATION_COLUMN = re.compile(
    r"\b(remediation|remediations|corrective\s+action|recommendations?|fix|fixes|"
    r"action\s+plan|management\s+response)\b",
    re.IGNORECASE,
)
_DESCRIBING_COLUMN = re.compile(r"^\W*(?:title|summary|description|finding)\W*$", re.IGNORECASE)
_SEVERITY_COLUMN = re.compile(r"^\W*(?:severity|cvss(?:\s+score)?|impact)\W*$", re.IGNORECASE)
_RECORD_KEY = re.compile(
    r"^\W*(?:findings?|risks?|issues?|defects?|gaps?|deviations?|observations?|"
    r"nonconformit(?:y|ies))(?:\s+(?:id|#|no\.?))?\W*$",
    re.IGNORECASE,
)


_FAILURE_KEY = re.compile(
    r"^\W*(?:(?:error|failure|exit)\s+codes?|errors?|failures?|symptoms?|alerts?|"
    r"incidents?)(?:\s+(?:id|#|no\.?))?\W*$",
    re.IGNORECASE,
)
_FAILURE_COLUMN = re.compile(r"\b(?:signature|symptom|error|exit\s+code|log\s+line)s?\b", re.I)


def _failure_rows(header: Sequence[str]) -> bool:
    """Is each row of the table a kind of failure ("| Error code | ... |", or "| Code |
    Name | Signature | Usual lane |")?"""
    if _FAILURE_KEY.match(header[0]):
        return True
    return header[0].strip(" *_`").casefold() == "code" and any(
        _FAILURE_COLUMN.search(cell) for cell in header[1:]
    )


_FAILED_WHERE = re.compile(
    r"\b(?:failed|failing|fails|broke|crashed|oom-?killed|ooms?)\b", re.IGNORECASE
)
_WHERE_COLUMN = re.compile(
    r"\b(?:lanes?|runners?|runs-on|where|seen\s+on|affected|platform|environment)\b",
    re.IGNORECASE,
)


def _remediated(header: Sequence[str]) -> bool:
    """Does the table pair what was found with what should hold and what fixes it (an
    audit's findings), rather than a test's prediction with its result?"""
    return any(_EXPECTED_COLUMN.search(cell) for cell in header) and any(
        _REMEDIATION_COLUMN.search(cell) for cell in header
    )


_OPTION_COLUMN = re.compile(
    r"^\W*(?:answers?|options?|responses?|choices?|replies|reply|statements?|guess(?:es)?)\W*$",
    re.IGNORECASE,
)
_TALLY_COLUMN = re.compile(
    r"^\W*(?:%|percent(?:age)?|share|votes?|responses|respondents|count|picked|n|"
    r"% of (?:respondents|answers|votes))\W*$",
    re.IGNORECASE,
)


def _beside(
    header_cell: str, header: Sequence[str], before: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """Is the column one of `before` ("March", "Current runner") with a column of `after`
    ("Now", "Target lane") beside it?"""
    return bool(
        header_cell
        and before.search(header_cell)
        and not after.search(header_cell)
        and any(after.search(cell) for cell in header if cell != header_cell)
    )


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


_QUARTER = re.compile(r"^\W*Q([1-4])\s*(?:'|FY)?\s*(\d{4}|\d{2})\W*$", re.IGNORECASE)
_MONTH = re.compile(r"^\W*(\d{4})-(\d{2})(?:-\d{2})?\W*$")
_YEAR = re.compile(r"^\W*(\d{4})\W*$")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_MONTH = re.compile(
    r"^\W*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+['’]?(\d{4}|\d{2})\W*$",
    re.IGNORECASE,
)


def _period_key(cell: str) -> tuple[int, int] | None:
    """A header cell that names a period ("Q4 2025", "2026-03", "Jan 2025", "2025"): (year,
    month)."""
    quarter = _QUARTER.match(cell)
    if quarter:
        year = int(quarter.group(2))
        return (year + 2000 if year < 100 else year, int(quarter.group(1)) * 3)
    month = _MONTH.match(cell)
    if month:
        return (int(month.group(1)), int(month.group(2)))
    named = _NAMED_MONTH.match(cell)
    if named:
        year = int(named.group(2))
        month_number = _MONTH_NAMES.index(named.group(1).lower()) + 1
        return (year + 2000 if year < 100 else year, month_number)
    year_only = _YEAR.match(cell)
    if year_only and 1990 < int(year_only.group(1)) < 2100:
        return (int(year_only.group(1)), 12)
    return None


@dataclass(frozen=True)
class Verdict:
    asserted: bool
    reason: str = ""


ASSERTED = Verdict(True)


_DECLINED_LEAD = re.compile(
    r"\b(?:not|never|won'?t|will not|don'?t|do not)\s+(?:to\s+)?"
    r"(?:promise|promising|promised|plan|planning|planned|do|doing|ship|shipping|shipped|build|building|support|supported|offer|offered|"
    r"commit|committed|pursue|included|covered|provided|coming|happening|designed|meant|"
    r"intended|built)\b"
    r"|\bnot\s+on\s+(?:[\w'’]+\s+){0,2}(?:roadmap|plan|list)\b"
    # "the things that are explicitly **not** sprint promises right now:"
    r"|\b(?:are|is)\s+(?:explicitly\s+|also\s+)?not\s+(?:[\w-]+\s+)?(?:promises?|goals?|"
    r"commitments?|priorities|plans?)\b"
    # "Explicitly excluded: runtime, substitution on runners, install path."
    r"|^\W*(?:explicitly\s+)?(?:excluded|not\s+in\s+scope|non-goals?)\W*$"
    # a scope list's "**Out:**", "Out (for now):", "Out of scope:"
    r"|^\W*out(?:\s+of\s+scope)?(?:\s*\([^()]{1,20}\))?\W*$"
    # "The following are explicitly out of scope ... and MUST NOT be cited as promises:"
    r"|\b(?:are|is)\s+(?:explicitly\s+|also\s+)?out\s+of\s+scope\b"
    r"|\bmust\s+not\s+be\s+(?:cited|read|taken|quoted|presented)\s+as\b"
    # "The following are outside the Service:", "Exclusions." (a service agreement's)
    r"|\b(?:outside|excluded\s+from)\s+(?:the|this|our)\s+(?:service|agreement|offering|scope|sla)\b"
    r"|^\W*(?:\d+(?:\.\d+)*\.?\s+)?exclusions?\b"
    # an issue form's "These get closed as `by-design`:"
    r"|\b(?:gets?|are|is|will\s+be|get\s+auto-?)\s*closed\s+(?:as\s+)?[`'\"]?"
    r"(?:by[- ]design|wontfix|won'?t[- ]fix|invalid|not[- ]planned)\b",
    re.IGNORECASE,
)
"""A lead-in of any length that declines what it lists ("Things we have decided not to
promise in the near term:")."""
_REMOVED_HEADING = re.compile(
    r"^\W{0,4}(?:removed|removals|dropped|deleted|retired)(?:\s+(?:in|since|from|with)\b[^:]{0,30})?"
    r"\W{0,4}$",
    re.IGNORECASE,
)
"""A heading over what was taken away ("### Removed", "Removed in 0.5")."""
_NEGATED_LEAD = re.compile(r"\b(not|never|no|(?:won|don|doesn|didn|isn|aren)['’]?t)\b", re.I)
"""A lead-in or heading that negates its list ("What we did not ship:"). "Without" is not
one: it negates its own object ("Right-size work without hand-waving")."""


_ERROR_TEXT = re.compile(
    r"\b(?:command\s+)?not\s+found\b|\bno\s+such\s+(?:file|host|directory)\b|"
    r"\bno\s+space\s+left\b|\bnot\s+(?:permitted|authorized|ready)\b",
    re.IGNORECASE,
)
"""An error message a heading names ("Inject 2: `nix: command not found`"): its "not"
negates nothing the list under it says."""


_META_ASIDE = re.compile(
    r"\([^()]*\bnot\s+(?:part\s+of|for\s+(?:publication|sharing|distribution)|included\s+in|"
    r"shared\s+with|reviewed|final|published|urgent)\b[^()]*\)"
    r"|\(\s*(?:no\s+(?:action|change|owner|ticket)s?|nothing\s+to\s+do)\b[^()]*\)"
    # '"Coming soon" (OK to mention, no dates)': what may be said, and how
    r"|\([^()]*\b(?:ok|okay|fine|safe)\s+to\s+(?:mention|share|say|quote)\b[^()]*\)"
    r"|\bno\s+(?:dates?|etas?|timelines?|deadlines?)\b"
    r"|\b(?:didn['’]?t|doesn['’]?t|did\s+not|does\s+not)\s+fit\b",
    re.IGNORECASE,
)
"""A heading's word about the page itself ("Facilitator notes (draft — not part of the
submission)", "Things that already work (no action)", "misc / didn't fit anywhere"): its
negation says where the notes belong, not that their items are false."""
_BOTH_SIDES = re.compile(
    r"\bdo'?s?\b\W{0,3}(?:(?:and|&|or|vs\.?|versus)\W{1,3})?don'?t'?s?\b|"
    # "What the caches are (and are not)", "What it is and isn't", "does / doesn't"
    r"\b(is|are|does|do|can|will)\b\s*\(?\s*(?:and|&|or|vs\.?|/)\s*"
    r"(?:\1\s+not|\1n'?t|not)\b|"
    # "What we will and won't ship", "planned and not planned", "is planned vs. isn't"
    r"\bwill\s*\(?\s*(?:and|&|or|/)\s*won'?t\b|"
    r"\b(\w+)\s*\(?\s*(?:and|&|or|vs\.?|/)\s*(?:what\s+(?:we\s+)?(?:are|is|do)\s+)?not\s+\2\b",
    re.I,
)
"""A heading over both sides ("Do / Don't", "Dos and don'ts"): its lists are not all negated."""


_LEADING_COMMENT = re.compile(r"^\s*(?:#|//|<!--)\s*(.*)$")


def marked_wrong(code: str) -> bool:
    """Does a code block open with a comment marking it as wrong ("# WRONG: ...") or as
    the old version kept for reference ("# V1 (before) — for reference only")?"""
    for line in code.splitlines()[:3]:
        if not line.strip():
            continue
        comment = _LEADING_COMMENT.match(line)
        if comment is None:
            return False
        if _WRONG_LABEL.search(comment.group(1)) or _OLD_SHAPE.search(comment.group(1)):
            return True
    return False


_OLD_SHAPE = re.compile(
    r"\bfor\s+reference\s+only\b|\((?:before|old|previous|legacy)\)"
    # "# Exhibit 1b — lab#73, BEFORE (historical; this job failed with ...)"
    r"|\b(?:BEFORE|OLD)\b(?=[^a-z]*\(?\s*historical\b)|\(\s*historical\b"
    r"|\bwhat\s+we(?:['’]re|\s+are)\s+(?:replacing|retiring|removing)\b",
    re.IGNORECASE,
)
"""A code block's own note that it shows what is being replaced."""
_PAST_SHAPE_LABEL = re.compile(
    r"\b(?:looked|was|were|used\s+to\s+(?:look|be|read)|checked\s+out|ran|did\s+it|read)"
    r"\s+(?:\w+\s+){0,2}?(?:like\s+this|as\s+follows|this\s+way)\W*$"
    r"|\bthe\s+(?:old|previous|original|earlier|former)\s+[\w-]+(?:\s+[\w-]+)?\W*:\W*$"
    # "V1 had two habits that kept leaking into every consumer:"
    r"|^\W*(?:v\d+|the\s+(?:old|previous|original|first)\s+[\w-]+)\s+"
    r"(?:had|was|were|used|did|kept|ran)\b[^:]{0,80}:\W*$",
    re.IGNORECASE,
)
"""A lead-in that shows how something was ("V1 of the template checked out like this:",
"Rough shape of the old package job:"): what follows is the past setup."""


_INLINE_COMMENT = re.compile(r"\s#\s*(.*)$")


def marked_wrong_inline(line: str) -> bool:
    """Does a code line end with a comment marking it wrong ("nix build  # WRONG: ...")
    or asking about it ("ATTIC_SERVER=...   # is this still right?")?"""
    comment = _INLINE_COMMENT.search(line)
    return comment is not None and (
        _WRONG_MARKER.search(comment.group(1)) is not None
        or comment.group(1).rstrip().endswith("?")
        or _RULE_CODES.match(comment.group(1)) is not None
    )


_RULE_CODES = re.compile(r"\s*[A-Z]{2,4}\d{3}(?:\s*[,/]\s*[A-Z]{2,4}\d{3})*\s*$")
"""A linter's codes as the whole comment ("runs-on: ubuntu-latest   # FW401"): a rule's
example of what it flags."""


def commented_out_as_stale(lines: Sequence[str], number: int) -> bool:
    """Is line `number` commented out under a comment lead that calls what follows stale
    or wrong ("# Stale, do not use:" over "# ATTIC_SERVER=http://...:8080")?"""
    if _LEADING_COMMENT.match(lines[number]) is None:
        return False
    for back in range(number - 1, max(-1, number - 4), -1):
        comment = _LEADING_COMMENT.match(lines[back])
        if comment is None:
            return False
        lead = comment.group(1).rstrip()
        if lead.endswith(":"):
            words = set(re.findall(r"[a-z]+", lead.lower()))
            return bool(words & _STALE_WORDS) or _WRONG_MARKER.search(lead) is not None
    return False


_DENY_WORDS = _STALE_WORDS | frozenset(
    """old legacy retired deny denied denylist blocklist blacklist blocked banned forbidden
    disallowed rejected bad""".split()
)
_LIST_REACH = 40
"""How many lines above a value its enclosing list or set may open."""


def listed_as_stale(lines: Sequence[str], number: int) -> bool:
    """Is line `number` an entry of a list or set whose name calls its entries stale or
    denied (`stale_attic := {` over `"http://...:8080",`, `deny_hosts:` over `- ...`)?"""
    line = lines[number]
    indent = len(line) - len(line.lstrip())
    if not indent:
        return False
    for back in range(number - 1, max(-1, number - 1 - _LIST_REACH), -1):
        above = lines[back]
        if not above.strip():
            continue
        if len(above) - len(above.lstrip()) < indent:
            words = set(re.findall(r"[a-z]+", above.lower()))
            return bool(words & _DENY_WORDS)
    return False


_COMMENTED_SETTING = re.compile(r"^\s*(?:#|//)\s*[A-Za-z_][\w.-]*\s*[=:]\s*\S")
_PROSE_KEYS = frozenset("note notes todo fixme warning example e.g nb tip hint why see".split())
_ENABLE_LEAD = re.compile(r"\b(?:uncomment|un-comment|enable|turn on|switch on)\b", re.IGNORECASE)


def commented_out_setting(lines: Sequence[str], number: int) -> bool:
    """Is line `number` a setting commented out (`# extra-substituters = https://...`)?
    A disabled line configures nothing, unless a comment tells the reader to uncomment
    it ("# Uncomment to use FlakeHub Cache:")."""
    line = lines[number]
    comment = _LEADING_COMMENT.match(line)
    if comment is None or _COMMENTED_SETTING.match(line) is None:
        return False
    key = re.split(r"\s*[=:]", comment.group(1), maxsplit=1)[0]
    if key.lower() in _PROSE_KEYS:
        return False
    if _ENABLE_LEAD.search(line):
        return False
    for back in range(number - 1, max(-1, number - 4), -1):
        comment = _LEADING_COMMENT.match(lines[back])
        if comment is None or _COMMENTED_SETTING.match(lines[back]):
            break
        if _ENABLE_LEAD.search(comment.group(1)):
            return False
    return True


_WRONG_MARKER = re.compile(
    r"^\W*(?:wrong|incorrect|bad|anti[- ]?pattern|not this|don'?t do this|nope|no\s*[,—–-]\s*not|"
    r"not\s+(?:ours|our\s+\w+)|v\d+\s+only)\b|[❌✗✘🚫]"
    # "clean: false   # v1 only, removed in v2": the line of a version that is gone
    r"|\b(?:removed|dropped|gone|deleted)\s+(?:in|since|as\s+of)\s+v?\d",
    re.IGNORECASE,
)
"""An inline comment's verdict on its own line ("# no bootstrap needed" is a claim, not one)."""


_ELLIPTICAL_DENIAL = re.compile(
    r"^\W*(?:but\s+|and\s+)?(?:it|they|that|this|he|she)"
    r"(?:\s+(?:(?:does|did|do|is|was|are|were|will|would|can|could|has|have)(?:n['’]t|\s+not)"
    r"|never\s+(?:did|has|was|will|does|had)|won['’]t|can['’]t|cannot)"
    # "It's not; it's tainted ...": the denial, then what holds instead
    r"|['’](?:s|re)\s+not)"
    r"(?:\s+(?:coming|happening|planned|true|so|the\s+case|right|correct|real))?"
    r"(?:\s+(?:anymore|any\s+more|today|now|at\s+all|either))?\s*(?:[;:,—–]\s.*)?\W*$",
    re.IGNORECASE,
)
_CALLED_WRONG = re.compile(
    r"^\W*(?:that|this|it|which|the\s+above|th(?:at|is|ese|ose)\s+[\w-]+)"
    r"(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+"
    r"(?:(?:simply|just|plainly|also|still|flat(?:ly)?|completely|totally|exactly)\s+)?"
    r"(?:wrong|false|incorrect|untrue|not\s+true|not\s+right|not\s+correct|not\s+accurate|"
    # "... keeps coming up. It's a non-goal in the 04-16 note"
    r"(?:a|an\s+explicit|an\s+official)\s+non-?goal|out\s+of\s+scope|"
    r"outdated|out\s+of\s+date|stale|a\s+myth|"
    r"(?:the\s+|a\s+)?(?:folklore|misconception|myth)\b|"
    r"rejected|declined|vetoed|turned\s+down|voted\s+down|legacy|deprecated|obsolete|"
    r"withdrawn|retracted|"
    # "That's an old value; please drop it."
    r"(?:an?|the)\s+(?:old|stale|outdated|retired|dead|legacy|former|previous)\s+"
    r"(?:[\w-]+\s+)?(?:value|host|hostname|url|endpoint|address|port|setting|entry|label|one|ones)\b|"
    r"(?:the|an?)\s+anti[- ]?pattern|not\s+the\s+case|no\s+longer\s+(?:true|the\s+case)|"
    r"true\s+(?:of|in|for)\s+(?:the|an?)\s+(?:first|old|older|earlier|previous|original)\b|"
    r"true\s+(?:before|until)\b|"
    # "... still has `clean: false` — that's the debt V2 is for"
    r"(?:the|a)\s+(?:debt|problem|bug|gap)\s+(?:that\s+)?(?:v\d+|#\d+|the\s+(?:new|next)\s+[\w-]+)"
    r"\s+(?:is\s+for|is\s+about|fixes|removes|addresses|is\s+meant\s+to\s+fix)\b|"
    # "That was the draft before review": an earlier plan, replaced since
    r"(?:only\s+|just\s+)?(?:the|an?|our)\s+(?:first\s+|early\s+|earlier\s+|original\s+|"
    r"initial\s+|old\s+|older\s+)?(?:draft|plan|idea|proposal)\s+(?:before|prior\s+to)\b|"
    # "That is a product pitch to Determinate customers.": someone else's advice
    r"(?:(?:a|an|their|the|vendor|vendor['’]s|marketing|sales|product)\s+){1,3}"
    r"(?:pitch|marketing|copy|advice|guidance|recommendation)\s+(?:to|for)\s+"
    r"(?:their|its|other|determinate|vendor|customers|users|people)\b|"
    # "That's their product pitch; GF does not use it": the vendor's claim, not ours
    r"(?:their|the\s+vendor['’]s|a\s+vendor['’]s|its)\s+(?:own\s+)?(?:product\s+|sales\s+|"
    r"marketing\s+)?(?:pitch|claim|line|spiel|marketing|copy)\b)",
    re.IGNORECASE,
)
_VERDICT_LEAD = re.compile(
    r"^\W*(?:rejected|superseded|declined|withdrawn|retracted|debunked|retired|removed|"
    r"dropped|reverted|reversed|rescinded|overturned|scrapped|abandoned|"
    # "Shot down fast: Bazel cache entries are evictable acceleration"
    r"shot\s+down|voted\s+down|turned\s+down|vetoed|nixed|killed)\b"
    # a verdict, not an act with its own object ("dropped our install step, ...")
    r"(?!\s+(?:our|the|a|an|my|their|its|your|this|that|these|those)\b|\s+`)"
    r"|^\W*(?:wrong|false|incorrect|not\s+true|nope)(?=\s*[.,:;!)—–]|\s*$)"
    # a reply that opens "no —" / "No." / "no, ..." turns down what it answers
    r"|^\W*no(?=\s*[.,;!—–]|\s+-{1,2}\s|\s*$)"
    # a list vote against what it replies to: "-1. That is on the non-goals list."
    r"|^\s*(?:-1|−1|👎)(?!\d|[.,]\d)"
    r"|^\W*(?:please\s+)?(?:don['’]t|do\s+not|never)\s+(?:copy|use|follow|repeat|do)\s+"
    r"(?:this|that|it|these|those|them)\b"
    r"|^\W*please\s+don['’]t\W*$"
    r"|^\W*(?:(?:i['’]m|i\s+am|we['’]re|going|gonna|have|need|want|i['’]d\s+like)\s+(?:to\s+)?)*"
    r"push(?:ing)?\s+back\s+on\b"
    r"|^\W*(?:i|we)\s+(?:strongly\s+)?disagree\b|^\W*not\s+quite\b"
    # "A reviewer calls Attic "our publication channel". Correct them."
    r"|^\W*(?:please\s+)?(?:correct|fix|rewrite|reword)\s+(?:them|it|this|that|the\s+claim)\W*$"
    # "EDIT: I was wrong, it doesn't.", "EDIT: scratch that": a post taking itself back
    r"|^\W*(?:i|we)\s+(?:was|were)\s+(?:wrong|mistaken)\b(?!\s+(?:about|on|in|re)\b)"
    r"|^\W*(?:i|we)\s+stand\s+corrected\b"
    r"|^\W*(?:scratch|strike|disregard|ignore)\s+(?:that|this|the\s+above|my\s+(?:last|previous)\s+"
    r"(?:post|comment|reply|answer))\b"
    r"|^\W*never\s*mind\b"
    # "Both need fixing.": a review's verdict on what it just listed
    r"|^\W*(?:both|it|this|that|these|those|they|each)\s+(?:of\s+them\s+)?(?:needs?|must\s+be|"
    r"should\s+be|ha(?:s|ve)\s+to\s+be)\s+(?:fixing|fixed|a\s+fix|changing|changed|corrected|"
    r"removed)\b"
    r"|^\W*(?:we|they)(?:['’]ve|\s+have)?\s+(?:since\s+)?(?:dropped|abandoned|scrapped|"
    r"shelved|rejected|withdrawn)\s+(?:it|that|this|the\s+(?:idea|plan|proposal))\b"
    # "We said hosted runners were a fine fallback. That's not the policy."
    r"|^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+not\s+(?:our|the)\s+(?:policy|rule|guidance|"
    r"contract|case)\b"
    r"|^\W*not\s+(?:compatible|happening|planned|on\s+the\s+(?:sprint|roadmap|plan)|"
    r"(?:a\s+)?(?:near[- ]term\s+|short[- ]term\s+|current\s+)?(?:goal|priority))\b"
    # "It is not something we are promising.", "There's no such plan."
    r"|^\W*(?:it|that|this)(?:['’]s|\s+is)\s+not\s+(?:something|anything|a\s+thing|what)\s+"
    r"(?:we|the\s+platform|gf|anyone)\b"
    r"|^\W*there(?:['’]s|\s+is)\s+no\s+such\s+(?:plan|thing|feature|mode|option|lane)\b"
    # "Neither happened.": what the sentence before proposed did not come about
    r"|^\W*(?:neither|none\s+of\s+(?:it|that|this|them|these))\s+(?:of\s+(?:them|these)\s+)?"
    r"(?:ever\s+)?(?:happened|shipped|landed|materiali[sz]ed|went\s+ahead)\b"
    # "That isn't how it works.": the sentence before misdescribes it
    r"|^\W*(?:that|this)(?:['’]s\s+not|\s+is\s+not|\s+isn['’]t|\s+was\s+not|\s+wasn['’]t)\s+"
    r"how\s+(?:it|arc|this|that|(?:your|our|the|their)\s+[\w-]+|[\w-]+)\s+works?\b"
    # "Verdict: ❌ wrong.", "Review: ✗": a reviewer's mark on what was just quoted
    r"|^\W*(?:verdict|review|reviewer|answer|status)\s*:\s*(?:[" + CROSS_MARKS + "]|"
    r"(?:wrong|false|incorrect|not\s+true|nope|rejected|request(?:ed)?\s+changes)\b)",
    re.IGNORECASE,
)
_SLATED_NEXT = re.compile(
    r"^\W*(?:that|this|which)(?:['’]s|\s+is)\s+(?:exactly\s+|precisely\s+)?(?:what|the\s+thing)"
    r"\b[^.;]{0,40}?\b(?:get\s+rid\s+of|remove|removes|eliminate|eliminates|drop|drops|fix|"
    r"fixes|replace|replaces)\b",
    re.IGNORECASE,
)
"""A sentence that says the one before is what a change removes ("That's exactly what V2
is supposed to get rid of.")."""
_NEXT_VERSION_REMOVES = re.compile(
    r"^\W*(?:but\s+)?(?:v\d+|version\s+\d+|the\s+(?:new|next)\s+(?:version|template|one|"
    r"release))(?:\s*\([^()]{1,30}\))?\s+(?:removes|drops|gets\s+rid\s+of|takes\s+out|"
    r"eliminates|retires|fixes|will\s+(?:remove|drop|get\s+rid\s+of|take\s+out|fix))\s+"
    r"(?:that|this|it|them|those|both)\b",
    re.IGNORECASE,
)
"""A sentence saying the next version removes what the one before describes ("V2 (#213)
removes that from the normal path."): today's debt, told as such."""
_BARE_VERDICT = re.compile(
    r"^\W*(?:stale|outdated|obsolete|wrong|incorrect|untrue|not\s+(?:true|right|correct)|"
    # "B. **FlakeHub as the way Nix gets onto runners.** ✗ Non-goal."
    r"non-?goals?|out\s+of\s+scope|rejected|declined|not\s+planned)"
    r"\s*(?:[.;!,]|\s[—–]\s|$)",
    re.IGNORECASE,
)
"""A sentence that opens with its verdict on the one before ("Stale; the baseline lane
uses ...", "Wrong.")."""
_UNDONE = re.compile(
    # "That was pulled when ...", "It hid real problems and was removed in 0.7."
    r"^\W*(?:and\s+|but\s+)?(?:that|this|it|they|those|both|all\s+of\s+(?:it|that|them))\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:pulled|removed|dropped|reverted|retired|ripped\s+out|turned\s+off|switched\s+off|"
    r"disabled|taken\s+out|deleted|backed\s+out|rolled\s+back|undone)\b"
    # "Both are gone in V2.", "That's gone since 0.7."
    r"|^\W*(?:that|this|it|they|those|both|all\s+(?:of\s+)?(?:it|that|them|three|two))"
    r"(?:['’]s|\s+is|\s+are|\s+were|\s+was)\s+(?:long\s+|all\s+)?gone\b"
    # "that was 2024 and it's gone": dated to a year or an age long past
    r"|^\W*(?:that|this|it)\s+was\s+(?:back\s+in\s+(?:19|20)\d\d|last\s+year|years\s+ago|"
    r"ages\s+ago|a\s+long\s+(?:while|time)\s+ago)\b"
    r"|^\W*(?:that|this|it)\s+was\s+(?:in\s+)?(?:19|20)\d\d\b[^.;]{0,20}?\b(?:gone|retired|"
    r"removed|dead|decommissioned)\b"
    # "— I'll revert it.": the writer is about to undo it
    r"|^\W*(?:i|we)(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to|['’]re\s+going\s+to)"
    r"\s+(?:revert|remove|drop|pull|rip\s+out|roll\s+back|undo|delete|back\s+out)\s+"
    r"(?:that|it|this|them)\b"
    # "We pulled that out in March and it is not coming back."
    r"|^\W*(?:we|i|they|someone|the\s+team)\s+(?:\w+ly\s+)?(?:pulled|removed|dropped|"
    r"reverted|retired|ripped|turned|switched|disabled|took|deleted|backed|rolled)\s+"
    r"(?:that|it|this|them|those|both)\b",
    re.IGNORECASE,
)
"""A sentence that says what the one before described has been undone since."""
_COLLECTIVE_VERDICT = re.compile(
    r"^\W*(?:all|both|none)\s+(?:(?:of\s+)?(?:these|them|those|three|two|four|five)\s+)?"
    r"(?:are|were|have\s+been|turned\s+out)\s+(?:\w+\s+)?(?:retired|wrong|false|myths|untrue|"
    r"outdated|superseded|withdrawn|rejected|incorrect|debunked)\b",
    re.IGNORECASE,
)


_EVENT_SUBJECTS = frozenset("that this it".split())
_EVENT_VERBS = frozenset(
    """happens happened occurs occurred fails failed breaks broke flakes flaked does did
    goes went hits hit""".split()
)


def _event_condition_before(words: Sequence[str], lead: int, start: int) -> bool:
    """Does a condition about an event close before the match, with no comma after it
    ("When that happens the runners pull Nix from ...", "When a runner gets close to its
    memory limit the controller patches ...")? The rest is the main clause."""
    verb = lead + 2
    if verb < start and words[lead + 1] in _EVENT_SUBJECTS and words[verb] in _EVENT_VERBS:
        return True
    # a condition with its own verb, then the main clause's subject opening the match
    subject = next(
        (k for k in range(start, max(lead + 2, start - 2) - 1, -1) if words[k] in _MAIN_SUBJECTS),
        None,
    )
    return subject is not None and not _CONDITION_VERBS.isdisjoint(words[lead + 2 : subject])


_MAIN_SUBJECTS = frozenset("the arc it they gf".split())
"""Words that open a main clause's subject ("the controller", "ARC") after a condition."""
_CONDITION_VERBS = frozenset(
    """gets get is are hits hit reaches reach nears exceeds exceed needs need runs run fails
    crashes dies goes starts finishes comes has have""".split()
)


_NEXT_VERSION_DROPS = re.compile(
    r"^\W*(?:but\s+)?(?:v\d+|version\s+\d+|the\s+(?:new|next)\s+(?:version|template|one))\s+"
    r"(?:shouldn['’]t|should\s+not|won['’]t|will\s+not|doesn['’]t|does\s+not|must\s+not|"
    r"mustn['’]t)\s+(?:need|use|rely\s+on|have|keep|do)\b",
    re.IGNORECASE,
)
"""A clause saying the next version drops what came before it ("...; V2 shouldn't need
that on its normal path")."""


_MARKED_AFTER = re.compile(r"[.!?]\s+(?=[✗❌✘🚫])")
"""A sentence end followed by a cross mark ("... onto runners. ✗ Non-goal."), which the
sentence splitter keeps in one sentence."""


def _called_wrong_after(text: str, end: int) -> bool:
    """Does a clause after a strong break past `end` call what came before it wrong
    ("... with `clean: false`; that's legacy, V2 removes the need for it")?"""
    if any(_BARE_VERDICT.match(text[found.end() :]) for found in _MARKED_AFTER.finditer(text, end)):
        return True
    return any(
        _CALLED_WRONG.match(text[found.end() :]) is not None
        or _ELLIPTICAL_DENIAL.match(text[found.end() :]) is not None
        or _UNDONE.match(text[found.end() :]) is not None
        or _NEXT_VERSION_DROPS.match(text[found.end() :]) is not None
        or _BARE_VERDICT.match(text[found.end() :]) is not None
        for found in STRONG_BREAK.finditer(text, end)
    )


def withdraws(text: str) -> bool:
    """Does a sentence take back the one before it? "It doesn't.", "That's wrong; see
    lab#73.", "Rejected: ...", "*Superseded* after ...", "Do not copy it.", "All three
    were wrong." (of a sentence that listed three beliefs)."""
    speaker = _SPEAKER.match(text) or _ASIDE_LEAD.match(text)
    # "OLLIE: Not compatible.": the answer after the speaker's name; "(from your DM) --
    # please don't.": after an aside that says where it was asked.
    said = text[speaker.end() :] if speaker is not None else text
    return any(
        _ELLIPTICAL_DENIAL.match(answer)
        or _BARE_VERDICT.match(answer)
        or _SLATED_NEXT.match(answer)
        or _NEXT_VERSION_REMOVES.match(answer)
        or _CALLED_WRONG.match(answer)
        or _VERDICT_LEAD.match(answer)
        or _UNDONE.match(answer)
        or _COLLECTIVE_VERDICT.match(answer)
        or _CAUTION.match(answer)
        or _THAT_IS_UNTRUE.match(answer)
        or _REFUSED.match(answer)
        for answer in {text, said}
    )


_TURN_LABEL = re.compile(
    r"[*_\s]*([A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30})?)[*_]*\s*:[*_]*(?:\s|$)"
)
"""A chat transcript's speaker label at the start of a line ("**Assistant:** ...")."""
_TURN_TAG = re.compile(r"[*_\s]*\[[^\]]{1,30}\][*_\s]*")
"""A tag before a turn's words ("**[as-is]** ...")."""
_CALLS_OTHER_WRONG = re.compile(
    r"\b(?:your|that|the|this)\s+(?:previous\s+|earlier\s+|last\s+|first\s+|original\s+)?"
    r"(?:answer|reply|response|suggestion|advice)(?:\s+above)?\s*(?:is|was|['’]s)\s+"
    r"(?:(?:just|simply|plain|flat)\s+)?(?:wrong|incorrect|not\s+(?:right|correct|true)|outdated|"
    r"backwards|mistaken|made\s+up)\b"
    r"|^(?:(?:hmm+|wait|no|nope|um+|uh+)\W+)*(?:that|this|it)\s+(?:doesn['’]t|does\s+not|"
    r"don['’]t)\s+(?:look|sound|seem)\s+right\b"
    r"|^(?:(?:hmm+|wait|no|nope|um+|uh+)\W+)*(?:that|this|it)\s+(?:feels|seems|sounds|looks)\s+"
    r"(?:backwards|wrong|off)\b",
    re.IGNORECASE,
)
"""A turn that calls the other speaker's last answer wrong ("so your answer above is
wrong", "hmm, that feels backwards")."""
_TAKES_OWN_BACK = re.compile(
    r"\b(?:let\s+me|i\s+(?:need|have|want)\s+to|i\s+should)\s+correct\s+(?:myself|that|"
    r"my\s+(?:previous|earlier|last|first)\s+(?:answer|reply|response))\b"
    r"|\bi\s+(?:had\s+(?:it|that|this)\s+backwards|was\s+wrong|got\s+(?:that|it|this)\s+wrong|"
    r"made\s+(?:that|it|this)\s+up|misspoke|stand\s+corrected)\b"
    r"|\bthanks?(?:\s+you)?\s+for\s+the\s+correction\b"
    r"|\bmy\s+(?:previous|earlier|last|first)\s+(?:answer|reply|response|message)\s+(?:was|is)\s+"
    r"(?:wrong|incorrect|mistaken)\b",
    re.IGNORECASE,
)
"""A turn that takes back its speaker's own earlier answer ("Let me correct myself.")."""
_CONCEDES = re.compile(
    r"^(?:you['’]re|you\s+are)\s+(?:(?:absolutely|quite|completely)\s+)?(?:right|correct)\b"
    r"(?!\s+to\b)"  # "You're right to ask": no concession
    r"|^(?:good|fair|nice)\s+(?:catch|point)\b",
    re.IGNORECASE,
)
"""A turn that opens by conceding the objection before it ("You're right, ...", "Fair
point.")."""
_TURNS_BACK = 3
"""Turns back a retraction may reach: an answer, the objection, the concession."""


def retracted_turns(document: Document) -> frozenset[int]:
    """Sentences of a chat transcript's turns that a later turn takes back: "**User:** ...
    your answer above is wrong", "**Assistant:** You're right, I had it backwards." A
    turn runs from its speaker's label to the next label or heading."""
    sentences = document.sentences
    claims: dict[int, bool] = {}  # retracting sentence: True when it calls the other wrong
    for position, sentence in enumerate(sentences):
        said = _turn_words(sentence.text)
        if _CALLS_OTHER_WRONG.search(said):
            claims[position] = True
        elif _TAKES_OWN_BACK.search(said) or _CONCEDES.match(said):
            claims[position] = False
    if not claims:
        return frozenset()
    source = document.source
    turns: list[tuple[int, str]] = []  # (first sentence, speaker; "" for a heading)
    owner: list[int] = []  # each sentence's turn, -1 for none
    previous_line = -1
    for position, sentence in enumerate(sentences):
        line = source.position(sentence.offsets[0])[0]
        label = None
        if sentence.kind in ("paragraph", "list_item") and line != previous_line:
            label = _TURN_LABEL.match(sentence.text)
        previous_line = source.position(sentence.offsets[-1])[0]
        if label is not None:
            turns.append((position, label.group(1)))
        elif sentence.kind == "heading":
            turns.append((position, ""))
        owner.append(len(turns) - 1 if turns and turns[-1][1] else -1)
    if len({speaker for _, speaker in turns if speaker}) < 2:
        return frozenset()
    retracted: set[int] = set()
    for position, calls_other_wrong in claims.items():
        turn = owner[position]
        if turn < 0:
            continue
        start, speaker = turns[turn]
        if calls_other_wrong:
            reach = range(turn - 1, max(-1, turn - 1 - _TURNS_BACK), -1)
            target = next((t for t in reach if turns[t][1] not in ("", speaker)), -1)
        else:
            said = _turn_words(sentences[position].text)
            opens = position == start or (
                position == start + 1 and not _turn_words(sentences[start].text).strip()
            )
            if not _TAKES_OWN_BACK.search(said) and not opens:
                continue  # "You're right" concedes only when it opens the turn
            reach = range(turn - 2, max(-1, turn - 1 - _TURNS_BACK), -1)
            target = next((t for t in reach if turns[t][1] == speaker), -1)
        if target < 0 or any(not turns[t][1] for t in range(target, turn)):
            continue  # no such turn, or a heading between: another exchange
        retracted.update(range(turns[target][0], turns[target + 1][0]))
    return frozenset(retracted)


def _turn_words(text: str) -> str:
    """A sentence without the speaker's label and tag that may open it."""
    label = _TURN_LABEL.match(text)
    said = text[label.end() :] if label is not None else text
    tag = _TURN_TAG.match(said)
    return said[tag.end() :] if tag is not None else said


_ITEM_ID = re.compile(
    r"[\W_]*((?-i:[A-Z]{1,6}-?\d{1,4})|(?:option|proposal|alternative|idea|item)\s+[A-Z0-9]{1,3})"
    r"(?![\w-])",
    re.IGNORECASE,
)
"""An agenda's or review's item label at the start of a sentence ("**PD-4** ...",
"Option B: ...")."""
_ITEM_WITHDRAWN = re.compile(
    r"[\s:*_—–-]*(?:(?:is|was|has\s+been|got|were)\s+)?[*_]*(?:withdrawn|rejected|dropped|"
    r"declined|vetoed|struck|scrapped|killed|not\s+adopted|voted\s+down|turned\s+down)\b",
    re.IGNORECASE,
)

_LABEL_NOISE = re.compile(r"[\s-]+")


def withdrawn_items(document: Document) -> frozenset[int]:
    """Sentences of a labelled item that a later sentence withdraws by its label: "**PD-4**
    Fall back to `ubuntu-latest` silently ..." then "PD-4 **withdrawn** by Tom."."""
    sentences = document.sentences
    opened: dict[str, list[int]] = {}
    found: set[int] = set()
    for position, sentence in enumerate(sentences):
        label = _ITEM_ID.match(sentence.text)
        if label is None:
            continue
        key = _LABEL_NOISE.sub("", label.group(1)).casefold()
        if _ITEM_WITHDRAWN.match(sentence.text, label.end()):
            for first in opened.pop(key, []):
                for later in paragraph_of(document, first):
                    if later > first and (
                        later >= position
                        or item_marker_column(document.source, sentences[later]) is not None
                    ):
                        break
                    if later >= first:
                        found.add(later)
        else:
            opened.setdefault(key, []).append(position)
    for position, sentence in enumerate(sentences):
        dropped = _NUMBERED_DROPPED.match(sentence.text)
        if dropped is not None:
            found.update(_numbered_items(document, position, _numbers(dropped.group(1))))
    return frozenset(found)


_NUMBERED_DROPPED = re.compile(
    r"\W*items?\s+(\d{1,2}(?:\s*(?:[–—-]|to|through|and|or|,|&)\s*\d{1,2})*)\s+(?:were|was|are|is|"
    r"got|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:dropped|deferred|cut|descoped|de-scoped|"
    r"withdrawn|rejected|abandoned|scrapped|shelved|parked)\b",
    re.IGNORECASE,
)
"""A sentence that drops numbered items of the list before it ("Items 2–4 were dropped or
deferred during the workstream.")."""
_ITEM_RANGE = re.compile(r"(\d{1,2})\s*(?:[–—-]|to|through)\s*(\d{1,2})|(\d{1,2})")
_MOST_ITEMS = 30


def _numbers(listed: str) -> set[int]:
    """The item numbers "2–4", "2 and 5", "1, 3" name."""
    found: set[int] = set()
    for part in _ITEM_RANGE.finditer(listed):
        if part.group(3):
            found.add(int(part.group(3)))
        else:
            first, last = int(part.group(1)), int(part.group(2))
            found.update(range(first, min(last, first + _MOST_ITEMS) + 1))
    return found


def _numbered_items(document: Document, position: int, numbers: set[int]) -> set[int]:
    """The sentences of the items with those numbers in the ordered list just before the
    sentence at `position`, within its section."""
    sentences = document.sentences
    source = document.source
    here = sentences[position].context.headings
    found: set[int] = set()
    inside: set[int] = set()  # sentences of the item being walked back through
    for back in range(position - 1, -1, -1):
        sentence = sentences[back]
        if sentence.kind == "heading" or sentence.context.headings != here:
            break
        if sentence.kind != "list_item":
            if found or inside:
                break  # the list is over
            continue
        inside.add(back)
        number = ordered_item_number(source, sentence)
        if number is None:
            continue  # a later sentence of its item
        if number in numbers:
            found |= inside
        inside = set()
    return found


_REFUSED = re.compile(
    r"^\W*(?:so\s+|but\s+|and\s+)?(?:we|the\s+(?:platform\s+)?team)"
    r"(?:['’]re\s+not|\s+are\s+not|\s+aren['’]t|\s+won['’]t|\s+will\s+not|\s+did\s+not|"
    r"\s+didn['’]t|\s+do\s+not|\s+don['’]t)\s+(?:going\s+to\s+)?"
    r"(?:doing|do|shipping|ship|building|build|pursuing|pursue|adopting|adopt)\s+"
    r"(?:that|this|it|either)\b"
    r"|^\W*(?:we|the\s+team)\s+said\s+no\b"
    # "Contractor proposed raising the lane to 12 CPU. Client declined; ..."
    r"|^\W*(?:the\s+)?(?:client|customer|platform\s+team|team|owners?|committee|steering|"
    r"board|reviewers?|maintainers?|we)\s+(?:\w+ly\s+)?(?:declined|rejected|refused|vetoed)\b"
    # "I pushed back — #67 is the canary being published": the manager's reply
    r"|^\W*(?:i|we)\s+(?:\w+ly\s+)?pushed\s+back\b"
    # "Hana corrected that on the spot: the taint keeps ordinary lanes off sting"
    r"|^\W*(?:[\w'’]+\s+){1,2}?(?:\w+ly\s+)?(?:corrected|debunked|refuted|rebutted)\s+"
    r"(?:that|this|it|him|her|them)\b"
    # "He knows — that's the silent-fallback thing the sprint note wants gone."
    r"|^\W*(?:[\w'’]+\s+){0,3}?(?:[—–-]+\s*)?(?:that|this|it)(?:['’]s|\s+is)\s+"
    r"(?:exactly\s+|precisely\s+)?(?:the|a)\s+[^.!?]{0,60}?\b(?:wants?|needs?)\s+"
    r"(?:gone|removed|fixed|dropped|killed|closed)\b"
    r"|^\W*(?:that|this|it)(?:['’]s|\s+is)\s+not\s+(?:happening|going\s+to\s+happen)\b",
    re.IGNORECASE,
)
"""A sentence that turns down what the one before proposed ("We're not doing that.")."""
_THAT_IS_UNTRUE = re.compile(
    r"^\W*(?:that|this)(?:\s+(?:advice|claim|sentence|line|idea|statement|belief|wording|quote|"
    r"paragraph|tip))?(?:\s*,\s*too\s*,)?\b[^.!?]{0,100}?\b(?:(?:is|was)\s+not\s+true|"
    r"isn['’]t\s+true|(?:is|was)\s+(?:simply\s+)?(?:wrong|false|a\s+myth|folklore)|"
    r"(?:spends?|spent)\s+[^.!?]{0,40}\b(?:unwinding|undoing|correcting|debunking))\b",
    re.IGNORECASE,
)
"""A sentence that calls the one before it untrue after saying where it came from ("That,
too, is a sentence from somebody else's wiki — and it is not true.", "That advice ... is
the thing the team spends the most time unwinding.")."""


def denies_quote(reply: str, quoted: str) -> bool:
    """Does a reply to a quotation deny it in its own words ("> For caching, point
    `extra-substituters` at FlakeHub" / "@tjin: FlakeHub isn't a substituter for our
    runners")? Its first clause is negated early and names a word of the quotation."""
    speaker = _SPEAKER.match(reply)
    said = reply[speaker.end() :] if speaker is not None else reply
    clause = _FIRST_CLAUSE.match(said)
    first = tokenize(clause.group() if clause is not None else said).words
    if not any(w in _PLAIN_NEGATIONS or w.endswith("n't") for w in first[:_DENIAL_REACH]):
        return False  # ("say 'closures' rather than 'artifacts'" corrects a word, not a fact)
    squeezed = _SQUEEZE.sub("", quoted.casefold())
    absent = _NO_SUCH.match(said)
    if absent is not None and absent.group(1).casefold() in squeezed:
        return True  # "> The VPA on tinyland-nix is already switched on" / "There's no VPA."
    return any(
        len(w) >= _SHARED_WORD and w not in _PLAIN_NEGATIONS and w.strip("'’") in squeezed
        for w in first
    )


_NO_SUCH = re.compile(
    r"\W*(?:there(?:['’]s|\s+is|\s+are)\s+)?no\s+`?([\w-]{3,})`?\s*[.;!]", re.IGNORECASE
)
"""A reply that says the thing a quotation speaks of does not exist ("There's no VPA.")."""


_FIRST_CLAUSE = re.compile(r"[^.;:!?]*")
_PLAIN_NEGATIONS = frozenset("not no never nothing none nobody".split())
_SQUEEZE = re.compile(r"[\s_`*-]+")
_DENIAL_REACH = 6
"""How early in a reply its negation must come to deny what it answers."""
_SHARED_WORD = 5
"""The shortest word a reply shares with the quotation it denies."""


_CAUTION = re.compile(
    r"^\W*(?:careful|not\s+(?:quite|accurate|yet\s+true)|inaccurate|overstated|too\s+strong)\b"
    r"|^[^.]{0,200}\bplease\s+(?:reword|rephrase|correct|fix\s+(?:this|the\s+wording))\b"
    r"|^\W*please\s+(?:cut|drop|delete|strike|remove)\b(?:\s+(?:this|it|that|the\s+line))?\W*$"
    # "@tjin: not any more. V2 makes ...": no longer so
    r"|^\W*not\s+(?:any\s*more|any\s+longer|these\s+days|since\s+\w+)\W*$",
    re.IGNORECASE,
)
"""A reviewer's note that cautions against the sentence before it ("[JS: careful — one real
heavy run still has to complete ...]")."""


_ASIDE_LEAD = re.compile(r"^\s*\([^()]{1,60}\)\s*(?:[—–:,]|--?)?\s*")
_SPEAKER = re.compile(
    r"^\W*(?:\[[\d:]+\]\s*)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s*:\s+"
    # a chat export's header: "↳ jess · 10:21", "**kwame** · 15:05"
    r"|^\W*[\w.'-]+\W{0,3}\s*[·•|]\s*\d{1,2}:\d{2}(?:\s*[ap]m)?\s+",
    re.IGNORECASE,
)
"""A transcript's speaker before what they say ("OLLIE: ", "[10:27] Sam Lee: ", "↳ jess ·
10:21 ")."""


def withdraws_list(text: str) -> bool:
    """Does a sentence take back every item of the list above it ("All three are
    retired.")?"""
    return _COLLECTIVE_VERDICT.match(text) is not None


_LOG_LINE = re.compile(
    r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]|\[?\d\d:\d\d:\d\d|"
    r"\[?(?:warning|warn|error|info|debug|fatal|trace|notice)\]?:|"
    r"\[(?:warning|warn|error|info|debug|fatal|trace)\])",
    re.IGNORECASE,
)


def log_output(code: str) -> bool:
    """Is a code block a log excerpt ("warning: substituter '...' is disabled", a
    timestamped line)? It records what happened, not what anyone configures or says."""
    lines = [line for line in code.splitlines()[:20] if line.strip()]
    return bool(lines) and sum(bool(_LOG_LINE.match(line)) for line in lines) * 3 >= len(lines)


def continues_log_message(lines: Sequence[str], number: int) -> bool:
    """Is line `number` of a code block the indented rest of a log message ("Error:
    Request failed: error sending request for url" over "  (http://...:8080/...)")?"""
    line = lines[number]
    indent = len(line) - len(line.lstrip())
    if not indent:
        return False
    for above in reversed(lines[max(0, number - _LOG_REACH) : number]):
        if not above.strip():
            return False
        if len(above) - len(above.lstrip()) < indent:
            return _LOG_LINE.match(above) is not None
    return False


_LOG_REACH = 5
"""How many lines a wrapped log message may run."""


_REVIEWED_ITEM = re.compile(
    r"(?:\s[—–-]\s*|\()\s*(?:approved|lgtm|accepted|merged|fix needed|fixes needed|"
    r"changes requested|request changes|blocked|blocking|rejected|needs work|nit|nits)\)?\W*$",
    re.IGNORECASE,
)
"""A heading that ends in a review's verdict ("— approved", "(fix needed)")."""
_SYMPTOM_HEADING = re.compile(
    r"\b(?:returns?|returning|gets?|got|throws?)\s+(?:an?\s+)?(?:[45]\d\d|errors?)\b"
    r"|\b(?:fails?|failing|failed|errors?\s+out|hangs?|times?\s+out|oom(?:s|-killed)?)\b"
    r"|\b(?:command\s+not\s+found|permission\s+denied|connection\s+refused)\b"
    # "Substituter errors mentioning flakehub.com"
    r"|\b(?:errors?|warnings?|failures?)\s+(?:mentioning|about|from|with|naming|citing)\b",
    re.IGNORECASE,
)
"""A troubleshooting heading names what goes wrong ("`attic push` returns 401 from ...")."""


def names_symptom(text: str) -> bool:
    """Does a heading or a table's key cell name what goes wrong ("OOM kill (exit 137) in
    Rust builds", "`attic push` returns 401")?"""
    return _SYMPTOM_HEADING.search(text) is not None


_TOPIC_HEADING = re.compile(
    r"^\W*(?:\d+[.)]\s+)?(?:on|about|regarding|concerning|re)(?:\s*:|\s+(?=\W*[a-z]))",
    re.IGNORECASE,
)
"""A heading that names what its section is about ("13. On the proposal to use FlakeHub
to install Nix", "Re: the heavy lane"), not a statement."""


_GERUND_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(?!(?:every|any|no|some)thing\b|during\b)[A-Za-z]{3,}ing\b"
    r"(?!\s+(?:is|are|was)\b)",
    re.IGNORECASE,
)
"""A heading that opens with an activity ("Sharing builds with other teams", "Using sting
for overflow") names the section's topic."""
_RECORD_HEADING = re.compile(r"^\W*[A-Z]{1,4}(?:-[A-Z]{2,8})*-?\d+[a-z]?\b\W")
"""A heading that opens with a record's id ("F-04:", "KI-108 ·", "PM-124:", "H9 ·",
"REQ-CACHE-03 —")."""
_IMPERATIVE_TITLE = re.compile(
    r"\W*(?:use|lean|move|switch|keep|route|make|adopt|enable|add|drop|publish|run|put|send|"
    r"give|pin|let|stop|start|turn|roll|point|replace|retire|rely|default|prefer|standardi[sz]e)"
    r"\b",
    re.IGNORECASE,
)
"""A record's title that tells the reader what to do ("R10. Lean on FlakeHub for ..."):
a recommendation, which asserts what it recommends."""
_ADOPTED = re.compile(
    r"\b(?:accepted|approved|adopted|agreed|committed|commitments?|roadmap|planned|scheduled|targeted|target|"
    r"in progress|decided|decision)\b",
    re.IGNORECASE,
)


_VERDICT_HEADER = re.compile(
    r"^\W*(?:true\s*(?:/|or|\?)\s*false|t\s*/\s*f|verdict|fact\s*(?:/|or)\s*myth|"
    r"myth\s*(?:/|or)\s*fact|correct\??|right\s*(?:/|or)\s*wrong|true\??|accurate\??)\W*$",
    re.IGNORECASE,
)
"""A quiz's or myth table's column that judges each row's statement."""
_FALSE_CELL = re.compile(
    r"^\W*(?:false|f|myth|wrong|incorrect|inaccurate|not\s+true|no|[" + CROSS_MARKS + r"])\b",
    re.IGNORECASE,
)


def judged_false(row: str, header: tuple[str, ...]) -> bool:
    """Does the row's verdict column ("| True/False |", "| Fact or myth |") judge its
    statement false ("| ARC resizes runner pods | False |")?"""
    cells = row.split(" | ")
    return any(
        _VERDICT_HEADER.match(name)
        and column < len(cells)
        and _FALSE_CELL.match(cells[column].strip(" `*_"))
        for column, name in enumerate(header)
    )


_OPTION_MARK = re.compile(r"(?:^|\s)\(([a-fA-F])\)\s+\S|(?:^|\s)([a-fA-F])\)\s+\S")


_ADVERSARY_STORY = re.compile(
    r"^\W*as\s+an?\s+(?:[\w-]+\s+){0,2}(?:attacker|adversary|insider|intruder|threat\s+actor|"
    r"malicious\s+[\w-]+)\b",
    re.IGNORECASE,
)


def adversary_story(text: str) -> bool:
    """Is the sentence an attacker's user story ("As an insider with push to the image
    repo, I want to swap the `nix` binary ...")? What an attacker wants is a threat."""
    return _ADVERSARY_STORY.match(text) is not None


def offers_options(text: str) -> bool:
    """Is the sentence a multiple-choice question's options ("(a) `tinyland-dind` (b)
    `linux-xr-docker` (c) `tinyland-nix-gpu`")? Each option is a choice, not a claim."""
    letters = [(m.group(1) or m.group(2)).lower() for m in _OPTION_MARK.finditer(text)]
    return len(letters) >= 2 and letters[0] == "a" and letters[1] == "b"


_CAUSE_LABEL = re.compile(r"^\W*(?:likely\s+|probable\s+)?(?:cause|causes)\s*[.:]?\W*$", re.I)
_CONFIGURED_THING = re.compile(
    r"^\W*(?:the|your|this|that|our|a|an)\s+(?:[\w.`/@-]+\s+){0,2}?"
    r"(?:workflow|workflows|job|jobs|step|steps|template|caller|repo|repository|matrix|"
    r"pipeline|config|configuration|checkout|env|environment|runner\s+label)\b",
    re.IGNORECASE,
)


_REVIEW_ITEM_TITLE = re.compile(
    r"^\W*(?:#?\d+\W+)?(?:\[[A-Z]{2,6}\]\s*)?(?:L|line\s+|ll?\.\s*)\d+(?:\s*[-–]\s*\d+)?\s*:",
    re.IGNORECASE,
)
_REQUEST_TAG = re.compile(
    r"\[(?:feature(?:[\s-]+request)?|feat|request|proposal|rfc|idea|enhancement|wish)\]"
    r"|^\W*(?:#?\d+\W+)?(?:feature[\s-]+request|request|proposal|idea|wish)\s*:",
    re.IGNORECASE,
)
"""A title tagged as a request ("[feature] Use FlakeHub Cache ...", "Feature request: ...")."""


def list_verdict(context: Context, kind: str, text: str = "") -> Verdict:
    """A heading marked wrong ("## ❌ ...") is not asserted; list items under a negated heading
    or lead-in ("What we did not ship:") are negated;
    lettered items under a question ("- (a) gives the pods more CPU") are its choices."""
    if _CAUSE_LABEL.match(context.label) and _CONFIGURED_THING.match(text):
        # "**Cause.** The workflow hard-codes `attic-api...:8080`": an error entry says what
        # the reader's configuration did wrong; "Cause: the heavy lane is supposed to ..."
        # states how the platform works
        return Verdict(False, "a cause that names what the configuration did")
    if kind == "heading" and (_WRONG_MARK.search(text) or _REPORTED_HEADING.search(text)):
        # "## ❌ Treating Attic as ...", "### 2026-03-28 — (superseded) FlakeHub Cache as ..."
        return Verdict(False, "a heading marked wrong or superseded")
    if _REVIEW_ITEM_TITLE.match(text):
        # "#5 [SRC] L59: fallback to `ubuntu-latest`": a review's item names the text it
        # is about, by line
        return Verdict(False, "a review item's title")
    if kind == "heading" and _REQUEST_TAG.search(text):
        # "# #427 [feature] Use FlakeHub Cache as the substituter": what someone asked for
        return Verdict(False, "a request's title")
    if kind == "heading" and _REVIEWED_ITEM.search(text):
        # "### FlakeHub as a substituter — approved": a review's item, titled by the change
        return Verdict(False, "a reviewed item's title")
    if kind == "heading" and _SYMPTOM_HEADING.search(text):
        return Verdict(False, "a heading that names a symptom")  # "`attic push` returns 401"
    if kind == "heading" and _TOPIC_HEADING.match(text):
        return Verdict(False, "a heading that names its topic")  # "On the proposal to ..."
    if kind == "heading" and _GERUND_HEADING.match(text):
        return Verdict(False, "a heading that names an activity")  # "Sharing builds with ..."
    record = _RECORD_HEADING.match(text) if kind == "heading" else None
    if record and not _ADOPTED.search(text) and not _IMPERATIVE_TITLE.match(text, record.end()):
        # "## F-04: Persistent workspace in the shared template": a finding's title names
        # what it is about; "### P-3: In-place resizing (accepted)" adopts it.
        return Verdict(False, "a record's title")
    if kind != "heading" and context.headings and _REMOVED_HEADING.match(context.headings[-1]):
        # a changelog's "### Removed": what each item names is gone
        return Verdict(False, f"listed under heading {context.headings[-1]!r}")
    if any(_SIDE_HEADING.search(h) for h in context.headings[1:]) and (
        "blockquote" in context.container
        or _ARGUED.search(text)
        or (kind == "list_item" and text.split(" ", 1)[0].lower() in _PROPOSING_VERBS)
    ):
        return Verdict(False, "proposed by one side of a debate")
    if kind not in ("list_item", "table_row"):
        return ASSERTED
    if kind == "table_row" and row_status(text) == "rejected":
        return Verdict(False, "a decision log's Rejected or Superseded row")
    label = context.label
    if kind == "list_item" and label.endswith("?") and _CHOICE.match(text):
        return Verdict(False, "a choice offered by a question")
    if (
        label
        and (
            (len(label.split()) <= _SHORT_LABEL and _NEGATED_LEAD.search(label))
            or _DECLINED_LEAD.search(label)
        )
        # "What we are and are not planning:": each item says which side it is on
        and not _BOTH_SIDES.search(label)
    ):
        return Verdict(False, f"listed under {label!r}")
    if (
        context.headings
        and _NEGATED_LEAD.search(_ERROR_TEXT.sub(" ", _META_ASIDE.sub(" ", context.headings[-1])))
        and not _BOTH_SIDES.search(context.headings[-1])
        # a retro's "Didn't go well": what happened, and went badly, is still said
        and not _JUDGED_OUTCOME.search(context.headings[-1])
    ):
        return Verdict(False, f"listed under heading {context.headings[-1]!r}")
    return ASSERTED


_JUDGED_OUTCOME = re.compile(
    r"\b(?:didn'?t|did\s+not|not)\s+(?:go|going|went|work|working|"
    r"so)\s*(?:well|great|good|so\s+well|as\s+planned|to\s+plan|out)?\b"
    r"|\b(?:doesn'?t|does\s+not)\s+(?:go|going)\s*(?:well|great|good|as\s+planned|to\s+plan)\b",
    re.IGNORECASE,
)
"""A heading that judges how things went ("Didn't go well", "What did not work"): its
items are what happened. "What doesn't work" in a guide says its items do not work."""
_EXPLAINED = r"(?:\s*(?:[—–:(]|\s-\s).*)?$"
"""A status may carry its reason: "Rejected — bootstrap stays in the workflow"."""
_SEVERITY_ICON = r"[⚠🚫❌✖⛔]\ufe0f?$"
"""A bot's or linter's severity cell: its row describes what the bot flags."""
_SEVERITY_CELL = re.compile(_SEVERITY_ICON)

_REJECTED_STATUS = re.compile(
    r"^(?:(?:rejected|superseded|withdrawn|dropped|declined|abandoned|reverted|rolled back|removed|"
    r"retired|disproved|debunked|refuted|deferred|parked|shelved|not this (?:quarter|sprint|year)|"
    r"not now|not planned|non-goals?|not promised|out of scope|wrong|incorrect)\b.*"
    # "CUT per review 2.5 — wrong": a shot list's cut shot, not "Cut the limit to 8 CPU"
    r"|cut(?=\s*(?:$|per\b|in\s+(?:review|edit)|from\s+the\b|by\s+review|[—–(]|\s-\s)).*"
    r"|"
    + _SEVERITY_ICON
    + r"|(?:closed\s*(?:[—–:(,]|\s-\s)\s*)?(?:deprecated|obsolete|archived|won't do|wontfix|"
    # a technology radar's Hold ring: do not start new work with it
    r"(?:on\s+)?hold)"
    + _EXPLAINED
    # a debate's result column: "| FlakeHub should be part of the runtime | ... | fails |"
    + r"|(?:fails|failed|defeated|voted\s+down|not\s+carried|motion\s+fails)\W*$"
    + ")",
    re.IGNORECASE,
)
_PLANNED_STATUS = re.compile(
    r"^(?:proposed|planned|draft|open|in progress|todo|to do|next|scheduled)" + _EXPLAINED,
    re.IGNORECASE,
)


_STALE_MARKER = re.compile(
    r"[\[(]\s*(?:[\w ]{1,20},\s*)?(?:stale|wrong|outdated|incorrect|obsolete|planted|false|"
    r"superseded|retired)\s*(?:,[\w ]{1,20})?[\])]",
    re.IGNORECASE,
)
"""A bracketed marker on a cell ("`https://cache.flakehub.com` **[planted, stale]**"): the
row is kept to show what is wrong."""


_LEADING_MARKS = re.compile(r"^[^\w`]+(?=\w)")
"""A status cell's emoji before its word ("👎 removed; wrong boundary")."""


def row_status(row: str) -> str:
    """A table row's status cell, as a decision log or a tracker writes it: `rejected`
    (Rejected, Superseded by ...), `planned` (Proposed, Planned, Open), or ""."""
    cells = row.split(" | ")
    if _SEVERITY_CELL.match(cells[0].strip(" `*_|")):
        return "rejected"  # a bot table that leads with its severity column
    for cell in cells[1:]:
        if _STALE_MARKER.search(cell):
            return "rejected"
        cell = _LEADING_MARKS.sub("", cell).strip(" `*_")
        if _REJECTED_STATUS.match(cell):
            return "rejected"
        if _PLANNED_STATUS.match(cell):
            return "planned"
    return ""


_STATUS_NAMES = r"(?:status|state|resolution|decision|outcome|ring)"
_STATUS_FIELD = re.compile(rf"^\W*{_STATUS_NAMES}\W*$", re.IGNORECASE)
_STATUS_LINE = re.compile(
    rf"^\W*{_STATUS_NAMES}\s*(?::|—|–|\s-\s)\s*(.+)$",
    re.IGNORECASE,
)
"""A section's own status written as a line ("**Ring:** Hold", "Status: Rejected")."""
_RATED_HEADING = re.compile(
    r"(?:[(\[]\s*(?:ring\s*:\s*)?(?:on\s+)?hold\s*[)\]]|(?:—|–|\s-\s|:)\s*(?:ring\s*:\s*)?"
    r"(?:on\s+)?hold)\W*$",
    re.IGNORECASE,
)
"""A heading rated into a radar's Hold ring at its end ("... (Hold)", "... — Hold")."""
_STATUS_END = re.compile(r"\s*(?:[—–:(,;]|\s-\s)")
_PARTIAL_STATUS = re.compile(r"\b(?:only|partly|partially|except|in part)\b", re.IGNORECASE)
"""A status limited to part of what it heads ("Superseded (troubleshooting only)")."""
_STANDING_HEADING = re.compile(
    r"\b(?:resolution|decision|outcome|current position|where we landed|update)\b", re.I
)


def rejected_sections(document: Document) -> dict[tuple[str, ...], tuple[int, bool]]:
    """Sections whose own field table says they were not done ("| Status | Closed — Won't
    Do |"): a ticket, an ADR or a proposal kept as filed. Each maps to the index of the
    sentence where its rejection stops: a "Decision: Rejected" line given after a review
    rejects what comes before it, and the reviewers' reasons after it are their own; and
    to whether it was turned down (declined, rejected), so that its account of how
    things stand ("## Background") still holds."""
    whole = len(document.sentences)
    found = {
        sentence.context.headings: (whole, False)
        for sentence in document.sentences
        if sentence.kind == "table_row"
        and sentence.context.headings
        and _STATUS_FIELD.match(sentence.text.split(" | ", 1)[0])
        and row_status(sentence.text) == "rejected"
    }
    opening: dict[tuple[str, ...], int] = {}
    for sentence in document.sentences:
        opening.setdefault(sentence.context.headings, sentence.index)
        if sentence.kind == "heading" and _RATED_HEADING.search(sentence.text):
            # "### FlakeHub as a runtime substituter (Hold)": a blip its ring sets aside
            found[(*sentence.context.headings, sentence.text)] = (whole, False)
            continue
        if sentence.kind not in ("paragraph", "list_item") or not sentence.context.headings:
            continue
        field = _STATUS_LINE.match(sentence.text)
        value = field.group(1).split("·")[0].strip(" *_`.") if field else ""
        # The status itself is a word or two ("Rejected — ...", "Hold."); "Status: rejected
        # ideas are listed at the end" is prose.
        status = _STATUS_END.split(value, maxsplit=1)[0]
        if (
            field is not None
            and len(status.split()) <= 2
            and _REJECTED_STATUS.match(status)
            and not _PARTIAL_STATUS.search(value)
        ):
            # "### FlakeHub as runtime cache" / "Ring: Hold"
            # A ruling after the proposal it rules on ("**Abstract:** ..." then "**Decision:**
            # REJECTED"); one that opens its section rejects all of it.
            ruled = (
                _RULING_NAMES.match(sentence.text) is not None
                and opening[sentence.context.headings] < sentence.index
            )
            found[sentence.context.headings] = (
                sentence.index + 1 if ruled else whole,
                _REFUSED_STATUS.match(status) is not None,
            )
    return found


_RULING_NAMES = re.compile(r"^\W*(?:decision|outcome|verdict)\b", re.IGNORECASE)
"""Status lines written after a review: what follows them is the reviewers' reasoning."""


def in_rejected_section(
    sentence: Sentence, sections: dict[tuple[str, ...], tuple[int, bool]]
) -> bool:
    """Is the sentence (or the heading that opens one) inside a rejected section, outside
    a subsection that gives its resolution?"""
    if not sections:
        return False
    chain = sentence.context.headings
    if sentence.kind == "heading":
        chain = (*chain, sentence.text)
    for depth in range(1, len(chain) + 1):
        found = sections.get(chain[:depth])
        if found is not None:
            until, refused = found
            return sentence.index < until and not any(
                _STANDING_HEADING.search(h) or (refused and _CURRENT_STATE_HEADING.match(h))
                for h in chain[depth:]
            )
    return False


_IMAGINING = re.compile(
    r"^[\W]*(?:imagine|suppose|pretend|picture\s+this|fast[- ]forward)\b", re.IGNORECASE
)
_IMAGINED_FAILURE = re.compile(
    r"\b(?:fail(?:ed|s)?|failure|went\s+wrong|gone\s+wrong|useless|disaster|flopped|"
    r"backfired|blew\s+up|went\s+back|abandoned|rolled\s+back|didn['’]?t\s+work|"
    r"more\s+confusing|worse\s+than)\b",
    re.IGNORECASE,
)
_PROMPT_REACH = 3
"""Sentences of a pre-mortem's prompt: "Imagine it's July." then "The lane failed."."""
_PRESENT_FINITE = frozenset(
    """is are am does do has have can will won't isn't aren't doesn't don't hasn't haven't
    can't 's 're""".split()
)


def imagined_failures(document: Document) -> frozenset[int]:
    """Sentences a pre-mortem tells as the imagined failure's history. After its prompt
    ("Imagine it's mid-July. The heavy lane failed. What happened?") the causes are told
    in the past tense ("sting quietly turned into general capacity"): they are what might
    go wrong, not what holds. What the page says in the present tense is still said."""
    sentences = document.sentences
    prompt = next(
        (
            position
            for position, sentence in enumerate(sentences)
            if _IMAGINING.match(sentence.text)
            and any(
                _IMAGINED_FAILURE.search(later.text)
                for later in sentences[position : position + _PROMPT_REACH]
            )
        ),
        None,
    )
    if prompt is None:
        return frozenset()
    found = set()
    for position in range(prompt, len(sentences)):
        words = tokenize(_QUOTED.sub(" ", sentences[position].text)).words
        if _past_between(words, 0, len(words)) and _PRESENT_FINITE.isdisjoint(words):
            found.add(position)
    return frozenset(found)


_NO_ANSWER = re.compile(
    r"^\W*(?:not|no|none|never|n/a|absent|missing|not\s+\w+)\b|^\W*[❌✗✘🚫⛔]", re.IGNORECASE
)


def answered_no(row: str, position: int) -> bool:
    """Is the table row's key cell (holding character `position`) answered by a value cell
    that says no ("| Nix on the image | not installed; bootstrap in the workflow |")?"""
    cells = row.split(" | ")
    if len(cells) < 2 or position >= len(cells[0]):
        return False
    return _NO_ANSWER.match(cells[1]) is not None


_CHOICE = re.compile(r"\(?[a-hA-H]\)\s|[A-H]\.\s|\[[ xX]?\]\s")
"""The letter (or box) a multiple-choice option starts with."""
_PRESENT_HEADING = re.compile(
    r"\b(context|background|current state|status quo|today|as[- ]is|existing setup|"
    r"motivation|problem|problem statement|where we are)\b",
    re.IGNORECASE,
)


def describes_present(context: Context) -> bool:
    """Is the text in a section that describes how things are (a design doc's Context)?"""
    return any(_PRESENT_HEADING.search(h) for h in context.headings[1:])


_RISK_LABEL = re.compile(
    r"^\W*(?:(?:main|key|known|open|remaining|top|the|our|two|three|four|several|some|bad|"
    r"old)\s+)?(?:risks?|concerns?|gaps?|problems?|weaknesses|red flags|failure modes|"
    r"what went wrong|what could go wrong|(?:bad\s+)?habits)\b"
    r"[^:]*:\W*$"
    # an audit exception's "**Condition.**": the deviation the auditor found
    r"|^\W*(?:condition|conditions|root\s+cause|symptoms?)\s*[.:]?\W*$",
    re.IGNORECASE,
)
"""A lead-in over a list of what is or could go wrong ("Risks noted by the reviewer:", "Two
habits spread from it:"), or
the label of an audit's finding ("Condition.")."""


_PAIRED_TITLE = re.compile(
    r"\b(?:myths?|rumou?rs?|misconceptions?|fiction|folklore)\s+(?:vs\.?|versus|and|&|or)\s+"
    r"(?:facts?|reality|realities|truths?)\b"
    r"|\b(?:facts?|truths?|reality)\s+(?:vs\.?|versus|and|&|or)\s+(?:myths?|fiction|rumou?rs?)\b",
    re.IGNORECASE,
)
"""A page title that holds both sides ("Myths vs. Facts"): it frames no section itself."""
_CATALOGUE_TITLE = re.compile(
    r"^\W*(?:(?:the|common|frequent|typical|known|top|\d+)\s+)*(?:anti[- ]?patterns?|pitfalls?|"
    r"mistakes?)\b",
    re.IGNORECASE,
)
"""A page title over a catalogue of numbered entries ("Anti-patterns: hosted runners")."""


_PLAN_TITLE = re.compile(
    r"\b(?:one-pager|rfc|proposal|plan|planning|roadmap|outline|follow-ups?|actions|design|"
    r"prd|okrs?|sprint\s+review|speaker\s+notes|pitch)\b",
    re.IGNORECASE,
)
"""A page title of a plan: its "Timeline" section lists what is to come."""
_REFERENCE_HEADING = re.compile(
    r"^\W*(?:see\s+also|related(?:\s+(?:pages|recipes|docs|links|reading|articles|issues))?|"
    r"further\s+reading|more\s+reading|references|links)\W*$",
    re.IGNORECASE,
)
"""A section of pointers to other pages; its items are titles, not statements."""


_CURRENT_STATE_HEADING = re.compile(
    r"^\W*(?:background|context|current\s+state|status\s+quo|today|as-is|motivation|"
    r"problem(?:\s+statement)?)\b",
    re.IGNORECASE,
)
"""A section of a proposal that tells how things stand now, not what is asked."""
_REFUSED_STATUS = re.compile(
    r"^(?:declined|rejected|withdrawn|won'?t\s+do|not\s+planned|turned\s+down|vetoed)\b",
    re.IGNORECASE,
)
"""A status that turns a request down: what the request says of today still stands."""


def context_verdict(path: str, context: Context) -> Verdict:
    """Whether the surroundings alone mark text as not asserted (cacheable per block)."""
    if _HISTORY_FILE.search(path):
        return Verdict(False, "history/changelog file")
    for key, value in context.front_matter:
        if (
            key.lower() in ("status", "state")
            and _RETIRED_STATUS.match(value.strip())
            # a declined request's "Background" tells how things stand, whatever was asked;
            # a superseded page's is history like the rest of it
            and not (
                _REFUSED_STATUS.match(value.strip())
                and any(_CURRENT_STATE_HEADING.match(h) for h in context.headings[1:])
            )
        ):
            return Verdict(False, f"page status {value}")
    if context.label and _FACT_LABEL.search(context.label):
        return ASSERTED  # "**Fact:** ..." under "Myths": the page's own answer, stated
    for depth, heading in enumerate(context.headings):
        # A page title frames the page only when it starts with the label ("Non-goals",
        # "Myths about ARC"); "How we scaled CI (and what we got wrong)" is a blog title.
        found = _REPORTED_HEADING.search(heading)
        if (
            found
            and depth == 0
            and len(context.headings) > 1
            and _CATALOGUE_TITLE.match(heading)
            and _RECORD_HEADING.match(context.headings[-1])
        ):
            # "# Anti-patterns: ..." over "## AP-16: ...": a catalogue's entries frame
            # themselves ("What people do", "# ANTI-PATTERN"); the rest is the page's voice
            continue
        if found and depth == 0 and _PAIRED_TITLE.search(heading):
            # "# Myths vs. Facts: runner lanes": a page of both, whose sections say which
            found = None
        if found and depth == 0 and found.group().lower() == "timeline":
            # "# Timeline" over "## Week of 2026-04-13": a running log whose entries say
            # "now" and "next quarter"; an incident's "## Timeline" section is its past
            found = None
        if (
            found
            and found.group().lower() == "timeline"
            and depth > 0
            and _PLAN_TITLE.search(context.headings[0])
        ):
            # "# One-pager: template V2" / "## Timeline": a plan's dates are to come
            found = None
        if found and (
            depth > 0
            or not heading[: found.start()].strip(" #*_`\"'")
            or _COMMON_TITLE.match(heading[: found.start()])
        ):
            return Verdict(False, f"under heading {heading!r}")
        if depth > 0 and _BEFORE_HEADING.match(heading):
            return Verdict(False, f"under heading {heading!r}")  # "Before", "Old setup"
        if depth > 0 and _HOLD_HEADING.match(heading):
            return Verdict(False, f"under heading {heading!r}")  # a radar's "Hold" ring
        if (
            _POSED_HEADING.search(heading)
            and not _KEY_HEADING.search(heading)
            # "# Quiz: true or false?" over "## Answers": the key below it says
            and not any(_KEY_HEADING.search(h) for h in context.headings[depth + 1 :])
        ):
            # "## Part B: True / False": statements put to the reader to judge
            return Verdict(False, f"posed under heading {heading!r}")
    if len(context.headings) > 1 and _REFERENCE_HEADING.match(context.headings[-1]):
        # "## See also" / "- R1 [install Nix](...)": titles of pages to read, not claims
        return Verdict(False, f"under heading {context.headings[-1]!r}")
    short = len(context.label.split()) <= _SHORT_LABEL
    opening = _REPORTED_HEADING.search(context.label) if context.label else None
    if opening is not None and not context.label[: opening.start()].strip(" *_`\"'"):
        # "Non-goals (= don't promise these to anybody this sprint):": a lead-in that
        # opens with its frame frames its list, however long it goes on.
        return Verdict(False, f"labelled {context.label!r}")
    if context.label and (
        _WRONG_LABEL.search(context.label)
        # "You don't have to set these yourself; the pods export them:" is not a
        # "Don't" label: a word of the list only labels a short lead-in.
        or (
            short
            and _REPORTED_HEADING.search(context.label)
            and not _BOTH_SIDES.search(context.label)  # "What we will and won't do:"
        )
        or _QUOTED_LABEL.search(context.label)
        or _DISOWNED_LABEL.search(context.label)
        or _REPLACED_LABEL.search(context.label)
        or _PAST_SHAPE_LABEL.search(context.label)
    ):
        return Verdict(False, f"labelled {context.label!r}")
    if context.label and _EARLIER_SOURCE.search(context.label):
        return Verdict(False, f"labelled {context.label!r}")  # "As recorded in the March doc:"
    if short and _RISK_LABEL.match(context.label):
        return Verdict(False, f"labelled {context.label!r}")  # "Risks noted by the reviewer:"
    if "blockquote:quoted-mail" in context.container:
        return Verdict(False, "an earlier message quoted in a reply")
    if "blockquote:quoted-commit" in context.container:
        return Verdict(False, "a commit message quoted as it was written")
    if (
        "blockquote" in context.container
        and _SAYS_LABEL.search(context.label)
        and not _OUR_LABEL.search(context.label)
    ):
        return Verdict(False, f"quoted after {context.label!r}")
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
        if (
            tokens.words[i] in CLAUSE_WORDS and not _adverb_yet(tokens.words, i)
        ) or _asserted_reason(tokens.words, i):
            return i + 1
    if 0 < first < start_token and tokens.words[first] in _RESTATING:
        # "something off the table this quarter, e.g. a big FlakeHub push": the example
        # is what the clause before it says
        return _clause_start(text, tokens, first - 1)
    return first


def _adverb_yet(words: Sequence[str], at: int) -> bool:
    """Is "yet" at `at` the adverb ("What it hasn't done yet is ...", "not yet"), not the
    conjunction ("fast, yet it ...")? The conjunction opens its clause or follows "and"."""
    return words[at] == "yet" and at > 0 and words[at - 1] not in ("and", "but")


def _asserted_reason(words: Sequence[str], i: int) -> bool:
    """Does "because" at `i` open a reason the sentence asserts on its own ("I dropped it
    because the checkout runs with `clean: false`")? "Not because ..." denies it."""
    return words[i] == "because" and (i == 0 or words[i - 1] not in ("not", "just", "only"))


_YES_NO_QUESTION = re.compile(
    r"[|*_`\s]*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|must|"
    r"has|have|had|isn't|aren't|doesn't|don't|can't|won't)\b",
    re.I,
)
_YES_CELL = re.compile(r"[*_`\s]*(?:yes|y|true|correct)\b(?![^|]*\bbut\b)|[*_`\s]*[✅✓✔☑]", re.I)


_OPEN_TASK = re.compile(r"^\W{0,3}\[ \]\s")
_DONE_WORDS = re.compile(
    r"(?i)\b(?:done|complete|completed|finished|proven|validated|passed|green|met|closed|"
    r"succeeded|signed off)\b"
)


def _open_task_done(text: str, start: int, end: int) -> bool:
    """An unticked task ("- [ ] one real heavy run completed on the lane under load")
    names what is still to be done: its words of completion are not a claim that it is."""
    return bool(_OPEN_TASK.match(text)) and _DONE_WORDS.search(text, start, end) is not None


_TRAILING_OFF = re.compile(r"(?:\.\.\.|…)[*_\s]*$")
_UNFINISHED_AFTER = frozenset(
    """is are was were be would will could should can the a an to of and or on in with
    by for as that""".split()
)


def _dispreferred(text: str, tokens: Tokens, start: int) -> bool:
    """Does the match follow the "than" of a "rather ... than" in its own clause ("We'd
    rather see a red queue than have the proof quietly run on GitHub's machines")? It is
    what is turned down; "rather than the exception: run e2e on ubuntu-latest" is not."""
    words = tokens.words
    for at in range(start - 1, max(0, start - _RATHER_REACH), -1):
        if words[at] == "than":
            between = text[tokens.ends[at] : tokens.starts[start]]
            return "rather" in words[max(0, at - _RATHER_REACH) : at] and not any(
                mark in between for mark in ":;.!?"
            )
    return False


_RATHER_REACH = 8
"""How far before "than" its "rather" may stand."""


def _trails_off(text: str, tokens: Tokens) -> bool:
    """Does the sentence break off before its predicate is said ("And resizing pods
    vertically on the fly is...")? Another speaker finishes it, or no one does."""
    return (
        bool(tokens.words)
        and tokens.words[-1] in _UNFINISHED_AFTER
        and _TRAILING_OFF.search(text, tokens.ends[-1]) is not None
    )


def _later_question(text: str, start: int) -> bool:
    """A question mark after the match ("could X do Y? -> no") makes it a question; in a
    table row, one in the match's own cell (a questionnaire's question is not its answer)."""
    cell_end = text.find(" | ", start)
    if cell_end == -1:
        return "?" in text[start:]
    if "?" not in text[start:cell_end]:
        return False
    # "| Should we set `clean: false`? | Yes | ... |": a questionnaire's yes affirms a
    # yes/no question ("Which paths run hosted? | Yes |" is no such question)
    cell_start = text.rfind(" | ", 0, start) + 1
    asks_yes_no = _YES_NO_QUESTION.match(text, cell_start) is not None
    return not (asks_yes_no and _YES_CELL.match(text, cell_end + 3))


_ENDORSING_LEAD = re.compile(
    r"(?:^|[\s(*_])(?:say|write|prefer|also\s+strong|strong|good|better|best|correct|"
    r"recommended|preferred|use\s+this|tell\s+(?:them|people|users|teams|the\s+team)|"
    # a before/after pair's second half: 'After: "ARC starts more runners"'
    r"after(?=[\s*_]*[:—–])|fixed|revised|rewritten|rewrite|(?:allowed\s+)?replacement|"
    # a script's line: "Take B for scene 3.5: "...", "VO: "...""
    r"take\s+[\w.]+(?:\s+(?:for|of)\s+(?:scene|shot)\s+[\w.]+)?|narration|narrator|"
    r"voice-?over|vo|presenter|host|"
    # an award's or a commendation's citation is the page's own praise
    r"citation)"
    r"[\s*_:—–-]*$",
    re.IGNORECASE,
)
"""What puts a quotation forward as wording to use ('Say "..."', '**Strong:** "..."')."""
_DENYING_LEAD = re.compile(r"\b(?:don'?t|do not|never|not|avoid|stop)\s*$", re.IGNORECASE)


_ACCEPTED_LEAD = re.compile(
    r"\b(?:accepted|approved|adopted|merged|applied)\b[^\"“”.;]{0,60}$", re.IGNORECASE
)
"""A review's verdict on the wording it quotes ("**Accepted** edit (Wen):", "Suggested
replacement by Marek (accepted):"): the quotation is now the document's own text."""


def endorsed_quote(text: str, start: int) -> bool:
    """Is the quotation holding text[start] put forward as the wording to use, or judged
    true by a verdict cell of its table row ("| "ubuntu-latest is fine …" | ✅ True |")?"""
    if " | " in text:
        here = text.count(" | ", 0, start)
        cells = text.split(" | ")
        if any(
            _TRUE_VERDICT.match(cell.strip(" *_`|"))
            for number, cell in enumerate(cells)
            if number != here
        ):
            return True
    opening = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    if opening >= 0 and _PARTICIPANT_LEAD.match(text[:opening]):
        return True  # '- felix: "yes, GF main is already dogfood proven"': said in the room
    lead = _ENDORSING_LEAD.search(text, 0, opening) if opening >= 0 else None
    if lead is None and opening >= 0:
        accepted = _ACCEPTED_LEAD.search(text, 0, opening)
        # "(not accepted)": the verdict denied
        return accepted is not None and not _DENYING_LEAD.search(
            text, max(0, accepted.start() - 14), accepted.start()
        )
    # "Don't say "...", "never write "...": the wording to avoid
    return lead is not None and not _DENYING_LEAD.search(
        text, max(0, lead.start() - 14), lead.start() + 1
    )


_PARTICIPANT_LEAD = re.compile(
    r"^[^\w`]*@?(?!(?:old|new|current|previous|original|draft)\b)[a-z][\w.-]{1,20}"
    r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?!(?:docs?|readme|website|site|blog|vendor|marketing|says|said|writes|wrote)\b)"
    r"[a-z][^:\"“|`/]{0,50})?:\s*$"
)
"""A meeting note's or chat's participant, by handle, before what they said in quotes
('- felix (drive-by): "..."', 'jo.b later in chat, summarising: "..."'): the team's own
words, held unless someone takes them back."""
_TRUE_VERDICT = re.compile(
    r"^(?:[✅✓✔☑]\ufe0f?\s*)?(?:true|confirmed|correct|accurate|mostly\s+true|planned|"
    r"yes)\b(?!\s*(?:or|/)\s*false)",
    re.IGNORECASE,
)
"""A verdict cell that judges a quoted claim of its row true."""


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside quotation marks (a wording mentioned, not used)?"""
    for quoted in _SINGLE_QUOTED.finditer(text, 0, len(text)):
        if quoted.start() < start and end <= quoted.end():
            return True
    before = text[:start]
    straight = before.count('"')
    # A quotation that opens the sentence may close in a later one ("**\"I push release
    # closures to Attic ... Is that the blessed way?\"** — Jo").
    opens = text.lstrip(" *_")[:1] in ('"', "“")
    if straight % 2 == 1 and ('"' in text[end:] or (opens and text.count('"') % 2 == 1)):
        return True
    if not straight and text.count('"') % 2 == 1 and text[end:].count('"') % 2 == 1:
        return True  # "... It installs Nix on the runners." — the close of an earlier quote
    opened = before.count("“") - before.count("”")
    return opened > 0 and ("”" in text[end:] or (opens and text.count("”") < text.count("“")))


_WISHING = frozenset(("wants", "wanted"))
"""Hedges of a wish ("wants the platform to bake nix into images")."""


_MODIFIED_NOUNS = frozenset(
    """services projects users folks people teams shops repos repositories apps
    applications developers engineers community communities ecosystem""".split()
)
"""Nouns that make the word before them a modifier ("Nix services", "FlakeHub users"):
the match names a kind of thing or person, not the thing itself."""
_INCLUDING = frozenset("include includes included including contain contains cover covers".split())
_ACTS = frozenset(
    "installing bootstrapping downloading fetching setting adding building pulling configuring "
    "compiling provisioning".split()
)


def _includes_an_act(words: Sequence[str], start: int, end: int) -> bool:
    """ "The benchmark numbers include installing nix": what is included is an act (a
    gerund right after the verb), not a thing the subject carries."""
    return any(
        words[i] in _INCLUDING and words[i + 1] in _ACTS
        for i in range(start, min(end, len(words)) - 1)
    )


_OPTION_OPENING = re.compile(
    r"\b(?:arm|option|variant|alternative|plan|approach|proposal|candidate|scenario)\s+"
    r"(?:[A-Z]|\d{1,2})\s*\(\s*$",
    re.IGNORECASE,
)


def _defines_option(text: str, at: int) -> bool:
    """Is text[at] inside the parentheses that define a named option ("Arm A (keep them on
    `tinyland-nix` and raise the pod limit) still got OOM-killed")? The option is what was
    tried or weighed, not what is."""
    opening = text.rfind("(", 0, at)
    if opening == -1 or text.find(")", opening, at) != -1:
        return False
    return _OPTION_OPENING.search(text, max(0, opening - 40), opening + 1) is not None


_USED_PLACES = frozenset("on by in across for throughout".split())
_NOT_BEFORE_PARTICIPLE = frozenset(
    "we i you they he she people teams folks everyone it was were had been is are".split()
)
"""Words before "used" that make it a verb of its own ("we used", "was used")."""


def _participle_used(words: Sequence[str], at: int) -> bool:
    """ "the cache endpoint used on `tinyland-docker`": "used" after a noun and before
    where it is used describes the noun; "we used X" tells of the past."""
    return (
        0 < at < len(words) - 1
        and words[at + 1] in _USED_PLACES
        and words[at - 1] not in _NOT_BEFORE_PARTICIPLE
        and words[at - 1].isalpha()
    )


_TAGS_FIELD = re.compile(r"\b(?:tags?|topics|keywords|categories)\s*:", re.IGNORECASE)
_FIELD_STOP = re.compile(r"[.;·|]")


def _in_tag_field(text: str, at: int) -> bool:
    """Is text[at] in the value of a tags field ("· tags: `flakehub` `cache`
    `substituters` ·")? Tags name topics; they state nothing."""
    last = max((m.end() for m in _TAGS_FIELD.finditer(text, 0, at)), default=-1)
    return last != -1 and not _FIELD_STOP.search(text, last, at)


def sentence_verdict(
    text: str,
    tokens: Tokens,
    start: int,
    end: int,
    own_words: frozenset[str] = frozenset(),
    *,
    negation_parity: int = 0,
    whole_sentence: bool = False,
    value_hedges: bool = False,
) -> Verdict:
    """Whether tokens [start, end) of a sentence are asserted by it.

    `own_words` are words the rule itself asks for (not cues). `negation_parity`
    is 1 when the contradicting wording is itself negative (a paraphrase example
    such as "you do not need to install Nix"): the sentence then asserts it when it
    has an odd number of negations. `whole_sentence` applies the cues to the whole
    sentence (paraphrases and stated values), not only to the clause up to the match;
    `value_hedges` also reads "old", "legacy", "was" ... as marking history.
    Order-free matches (`a & b`) are judged by `conjunction_verdict` instead.
    """
    char_start, char_end = tokens.starts[start], tokens.ends[end - 1]
    if _later_question(text, char_start):
        return Verdict(False, "question")
    if _trails_off(text, tokens):
        return Verdict(False, "left unfinished")
    if _dispreferred(text, tokens, start):
        return Verdict(False, "what is preferred against")
    if _open_task_done(text, char_start, char_end):
        return Verdict(False, "an open task")
    if _REPORTED_TEXT.search(text):
        return Verdict(False, "reported as out of scope")
    if _called_wrong_after(text, tokens.ends[end - 1]):
        return Verdict(False, "called wrong after a break")
    if _REPORTED_FRAME.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what an earlier text said")
    if _VOTED_AGAINST.search(text, 0, tokens.starts[start]):
        return Verdict(False, "voted against")
    if _TEXT_DISCUSSED.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what a text under discussion says")
    if _told_in_past(text, tokens, start):
        return Verdict(False, "what was going on")
    if ";" not in text and _earlier_span(text, tokens, (0, len(tokens))):
        return Verdict(False, "told of an earlier time")
    trailing = _after_match_verdict(text, char_start, char_end)
    if trailing is not None:
        return trailing
    if _discussed(text, tokens.starts[start]):
        return Verdict(False, "a topic of discussion")
    if inside_quotes(text, char_start, char_end) and not endorsed_quote(text, char_start):
        return Verdict(False, "quoted")
    lead_verdict = _lead_in_verdict(text, tokens, start)
    if lead_verdict is not None:
        return lead_verdict
    words = tokens.words
    if not whole_sentence and _removed_participle(words, start, end, len(words)):
        return Verdict(False, "removed")
    if whole_sentence:
        for quoted in _QUOTED.finditer(text):
            if len(quoted.group().split()) >= 4:
                return Verdict(False, "quotes a statement")
    else:
        if STRONG_BREAK.search(text, char_start, char_end):
            return Verdict(False, "match spans two clauses")
        for i in range(start + 1, end - 1):
            if words[i] in CLAUSE_WORDS and words[i] not in own_words:
                return Verdict(False, "match spans two clauses")
    first = 0 if whole_sentence else _clause_start(text, tokens, start)
    last = len(words) if whole_sentence else end
    if first > 0 and text[: tokens.starts[first]].rstrip().endswith(":"):
        # "Myth: X" — a lead-in before a colon frames what follows it.
        lead = _clause_start(text, tokens, first - 1)
        if lead > 0 and opens_with_label(words[:first]):
            lead = 0  # "Rejected alternative, writing it down so we stop ...: X"
        for i in range(lead, first):
            if is_hedge(words, i) and words[i] not in own_words and not denied_hedge(words, i):
                return Verdict(False, f"hedged ({words[i]})")
    negations = 0
    for i in range(first, last):
        word = words[i]
        if word in own_words:
            continue
        if word in CONDITIONALS and (i < start or whole_sentence):
            return Verdict(False, f"conditional ({word})")
        if (is_hedge(words, i) and not _planned_dependency(words, i)) or (
            value_hedges and word in VALUE_HEDGES
        ):
            return Verdict(False, f"hedged ({word})")
        if i + 1 < len(words) and (word, words[i + 1]) in HEDGE_PHRASES:
            return Verdict(False, f"hedged ({word} {words[i + 1]})")
        if is_negation(word):
            negations += 1
    if negations % 2 != negation_parity % 2:
        return Verdict(False, "negated")
    return ASSERTED


_LABEL_LEAD_REACH = 15
"""How many words a lead-in that opens with its label ("Rejected alternative, ...:") may run."""


def opens_with_label(lead: Sequence[str]) -> bool:
    """Does a lead-in before a colon open with a word that frames what follows it
    ("Rejected alternative, writing it down so we stop re-proposing it: ...")? Words of
    asking are not labels: "Asked in standup, and answered: yes, ..." gives the answer."""
    return (
        0 < len(lead) <= _LABEL_LEAD_REACH
        and lead[0] in HEDGES
        and lead[0] not in ASKING
        and not denied_hedge(lead, 0)
        # "Assumption A4: ...": a numbered entry of the document's own register
        and not (lead[0] in REGISTER_ENTRIES and any(c.isdigit() for c in "".join(lead[1:])))
    )


REGISTER_ENTRIES = frozenset(["assumption", "assumptions"])
"""Hedge words that, numbered, head the document's own entries ("Assumption A4:")."""


CONTRAST_WORDS = frozenset(["but", "however", "although", "though", "whereas", "while", "yet"])


def strong_clauses(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges of the clauses a conjunction (`a & b`) must stay within.

    Only strong breaks separate them — `;`, dashes, contrast words such as "but" or
    "whereas", and a comma followed by "and"/"or"/"so" — so that an aside between
    commas keeps its subject ("heavy Rust workspaces, like yt-text, build fine on
    tinyland-nix").
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    words = tokens.words
    for i in range(len(words)):
        if i <= start:
            continue
        gap = text[tokens.ends[i - 1] : tokens.starts[i]]
        # ", and there is no plan ..." starts a statement of its own.
        coordinated = "," in gap and words[i] in ("and", "or")
        # "**Term** — what it is": a dash after a short lead defines the lead.
        # ("None on tinyland-nix — Nix is already on the image": an answer, then a clause)
        definition = (
            start == 0
            and i <= 4
            and bool(STRONG_BREAK.search(gap))
            and ";" not in gap
            and words[0] not in _ANSWER_WORDS
        )
        if definition or (words[i] in _RESTATING and ";" not in gap):
            continue  # "whether FlakeHub could be the step — i.e. have runners pull Nix"
        if words[i] in CONTRAST_WORDS or coordinated or STRONG_BREAK.search(gap):
            ranges.append((start, i))
            start = i
    if start < len(words):
        ranges.append((start, len(words)))
    return ranges


_CONDITION_ENDS = frozenset(
    """minutes minute mins seconds hours busy full saturated down offline idle unavailable
    slow backed stuck overloaded exhausted empty unset blank missing""".split()
)
"""Words a condition written without its comma often ends on, before the main clause's
subject ("when honey is saturated the jobs ...")."""
_ANSWER_WORDS = frozenset("yes no none nothing nope yep yeah never not".split())
_RESTATING = frozenset(["i.e", "ie", "e.g", "eg", "namely", "viz"])
"""Words that open a restatement of what comes before the dash or comma: it belongs to
that clause ("asked whether X — i.e. Y" asks about Y too)."""
_DETECTING = frozenset("detects detected catches flags flagged".split())
_ASKING_VERBS = frozenset(
    """ask asks asked know knows knew explain explains explained describe describes decide
    decides check checks wonder wonders see learn tell tells understand about""".split()
)
_MODALS = frozenset("will would can could should 'll".split())
_SUBJECT_PRONOUNS = frozenset("it they we you".split())
_LEADING_CONDITIONS = frozenset("if when whenever once unless".split())
_PRE_VERB_ADVERBS = frozenset(
    "never always just still then also quietly silently automatically simply".split()
)
_NOT_THIRD_PERSON_VERBS = frozenset("as us its this thus plus less across always perhaps".split())


_PLAN_TIMES = frozenset("""sprint quarter month week q1 q2 q3 q4 h1 h2 release milestone""".split())


def _dated(words: Sequence[str], begin: int, end: int) -> bool:
    """Does the phrase date its event in the future ("next sprint", "this quarter")?"""
    return any(
        words[i] in ("next", "this", "later") and words[i + 1] in _PLAN_TIMES
        for i in range(begin, end - 1)
    )


def _main_clause_before(words: Sequence[str], lead: int, start: int, end: int) -> bool:
    """ "once it's on tinyland-nix ARC will hand the pod more RAM": a condition written
    without its comma ends where the main clause's subject and modal (or pronoun) begin;
    is the statement in that main clause?"""
    for at in range(lead + 3, min(end, len(words))):
        if words[at] in _MODALS:
            return at - 1 <= start
        if words[at] in _NOUN_LEADS and words[at - 1] in _CONDITION_ENDS:
            return at <= start  # "when the queue is longer than five minutes the jobs ..."
        if words[at] in _SUBJECT_PRONOUNS and tuple(words[at + 1 : at + 2]) != ("to",):
            return at <= start  # ("a post telling you to add X": "you" is the object)
    return False


SCARE_QUOTE_WORDS = 5
"""A quoted phrase this short inside a sentence is mentioned ("the release from Attic"),
not said."""
_RESULT_WORDS = frozenset("so because since therefore hence thus otherwise why".split())
_PHRASE_HEADS = frozenset("outside except unlike".split())


def _before_adverbs(words: Sequence[str], i: int) -> str:
    """The word before token `i`, past adverbs ("is deliberately outside": "is")."""
    j = i - 1
    while j > 0 and words[j].endswith("ly"):
        j -= 1
    return words[j]


_PLACING_VERBS = frozenset(
    "is are was were be been being stays stay remains remain sits sit lives live runs run "
    "kept keep keeps falls fall lies lie".split()
)
"""Verbs after which "outside" is the statement's own place ("sting is outside the default
surface"), not a phrase about a noun ("consumers outside the cluster")."""


def _placed(words: Sequence[str], i: int, start: int) -> bool:
    """Does "outside" at `i` follow a placing verb, directly or, inside the match, across
    a coordinated predicate ("sting is tainted and outside the default surface")?"""
    before = _before_adverbs(words, i)
    if before in _PLACING_VERBS:
        return True
    return (
        i > start
        and before in ("and", "but")
        and not _PLACING_VERBS.isdisjoint(words[max(start, i - 5) : i - 1])
    )


_LEAVING = frozenset("leave leaves left leaving keep keeps kept keeping".split())
_KEPT_OBJECT = 3
"""How many words a name kept out ("leave FlakeHub Cache out of ...") may run."""
_KEPT_OUT = frozenset(
    "is are was were be been being stays stay stayed remains remain remained kept keep keeps "
    "sits sit left leave leaves".split()
)
"""Verbs after which "out of" places the subject outside what follows ("stays out of the
default pool"); "runs out of memory" is not one."""
_OBJECT_PRONOUNS = frozenset("it them this that these those".split())
_REQUIRING = frozenset("expects expect expecting assumes assume".split())
"""Belief words that, after what they follow, say what the subject requires."""
_NOUN_NEGATING = frozenset("with for of under at".split())
_FRONTED_SUBJECTS = frozenset("we you they i".split())
"""Subjects that open the main clause after a fronted "instead of ..." phrase."""
_FETCHING = frozenset(
    """pull pulls pulled pulling get gets got getting grab grabs grabbed grabbing fetch
    fetches fetched fetching download downloads downloaded downloading""".split()
)
_DETERMINERS_AFTER_OFF = frozenset("the a an our their its your his her all every".split())


def _fetched_off(words: Sequence[str], at: int) -> bool:
    """Is "off" at `at` the source a fetching verb takes from ("pull Nix off FlakeHub"),
    not a list something is taken off ("pull FlakeHub off the substituter list")?"""
    return (
        at + 1 < len(words)
        and words[at + 1] not in _DETERMINERS_AFTER_OFF
        and any(words[at - back] in _FETCHING for back in (1, 2, 3) if at >= back)
    )


_STARTS_OFF = frozenset(
    """kick kicks kicked kicking start starts started starting sign signs signed signing
    tick ticks ticked ticking check checks checked checking cross crosses crossed
    crossing""".split()
)
RELATIVE_WORDS = frozenset(["that", "which", "who", "whom", "whose", "where"])
_ADVERBIAL_LEADS = frozenset("if unless when whenever until once while".split())
"""Words that open a clause of time or condition: a negation after one is that clause's."""
PREPOSITIONAL_NEGATIONS = frozenset(
    "instead rather without unlike except outside excluded avoid avoids avoiding off".split()
)
INDIRECT_WORDS = frozenset(["when", "whenever", "how", "whether", "why"])
_MEANS_LEADS = frozenset(["that's", "this's", "is", "was", "are", "were"])
"""Before "how", a copula states the means ("FlakeHub is how the runners get Nix")."""
_EXPLAINING = frozenset(
    "explain explains explaining explained understand learn see describe".split()
)
"""Verbs whose "why" clause is a given fact, not a question ("explain why X")."""
_SUPPOSING = frozenset("would might could".split())
_DISPLAYING = frozenset(
    """shows show showing shown tracks track tracking plots plot plotting graphs graph
    charts chart displays display displaying records record logs log counts count
    measures measure""".split()
)
"""Verbs whose "how much" clause is a measured fact ("Shows how much memory ARC has
granted each pod"), not a question."""
_AMOUNTS = frozenset("much many often long".split())
_LONG_AS = frozenset([("as", "long", "as"), ("so", "long", "as")])
SUBORDINATORS = frozenset(
    "if unless whether when whenever because since once after before as until".split()
)
COORDINATORS = frozenset(["and", "or", "so", "then"])


_INITIAL = re.compile(r"\W*[A-Z]\.\s*[A-Z]")
_NEGATIVE_QUANTIFIERS = frozenset("nothing no none neither nobody".split())


_REPORTING_VERBS = frozenset(
    "says said states stated notes noted explains explained confirms confirmed writes wrote "
    "argues argued".split()
)


def _weak_clauses(text: str, tokens: Tokens, begin: int, end: int) -> list[tuple[int, int]]:
    """Token ranges between commas, colons, parentheses and clause words within [begin, end),
    and before an "and"/"or" that starts a new subject ("... and it does not replace
    Attic": that negation is the second verb's, not the first's)."""
    ranges: list[tuple[int, int]] = []
    start = begin
    words = tokens.words
    for i in range(begin + 1, end):
        gap = text[tokens.ends[i - 1] : tokens.starts[i]]
        new_subject = (
            words[i] in ("and", "or")
            and i + 1 < end
            # "Nothing on tinyland-nix or tinyland-nix-heavy has Nix": one negated subject
            # of two names, not a second clause.
            and not (words[start] in _NEGATIVE_QUANTIFIERS and _FINITE.isdisjoint(words[start:i]))
            and (
                words[i + 1] in _SUBJECT_PRONOUNS
                # "... and the scorecard will not push it": a noun subject and its verb
                or (
                    words[i + 1] in _NOUN_LEADS
                    and i + 3 < end
                    and (words[i + 3] in _FINITE or words[i + 3].endswith("n't"))
                )
                # "... and the sprint explicitly says it is not ...": a report of its own
                or (
                    words[i + 1] in _NOUN_LEADS
                    and any(w in _REPORTING_VERBS for w in words[i + 2 : min(end, i + 5)])
                )
                # "... and org repositories should not target them": a bare noun subject
                or (
                    words[i + 1] not in _FINITE
                    and words[i + 1] not in _NOT_SUBJECTS
                    and any(
                        j < end
                        and (words[j] in _FINITE or words[j].endswith("n't"))
                        and _FINITE.isdisjoint(words[i + 1 : j])
                        and _NOT_SUBJECTS.isdisjoint(words[i + 1 : j])
                        for j in (i + 2, i + 3)
                    )
                )
            )
        )
        # "If that lane has no idle runner it switches to ...": a leading condition that
        # no comma closes ends where a pronoun subject and its verb begin.
        main_clause = (
            start == begin
            and words[start] in _LEADING_CONDITIONS
            and i >= start + 3
            # "If no runner is free within five minutes the job goes to ...": a noun
            # subject after a word a condition ends on
            and (words[i] in _NOUN_LEADS and words[i - 1] in _CONDITION_ENDS)
        ) or (
            start == begin
            and words[start] in _LEADING_CONDITIONS
            and i >= start + 3
            and words[i] in _SUBJECT_PRONOUNS
            and i + 1 < end
            and (
                words[i + 1] in _FINITE
                or words[i + 1] in _MODALS
                or words[i + 1].endswith("n't")
                or words[i + 1] in _PRE_VERB_ADVERBS
                or (
                    words[i] == "it"
                    and words[i + 1].endswith("s")
                    and words[i + 1] not in _NOT_THIRD_PERSON_VERBS
                )
            )
        )
        # A colon or comma right against the next word ("svc:8080", "10:30") is not a break.
        if (
            CLAUSE_CHARS.search(gap + "\0")
            or words[i] in CLAUSE_WORDS
            or new_subject
            or main_clause
        ):
            ranges.append((start, i))
            start = i
    ranges.append((start, end))
    return ranges


def straddles_subordinate(
    text: str, tokens: Tokens, start: int, end: int, clause: tuple[int, int]
) -> bool:
    """Does a contiguous match run from a subordinate clause into the main one ("When the
    queue grows, ARC adds pods": the queue grows, not the pods), from a denied cause
    into its result ("tinyland-nix won't grow, so use the heavy lane"), or from a noun
    into a relative clause with a subject of its own ("jobs where an authority requires
    it")?"""
    words = tokens.words
    for i in range(start + 1, end - 2):
        if (
            words[i] in _OWN_SUBJECT_RELATIVES
            and words[i + 1] in _NOUN_LEADS
            # ("the cache is also where our layers are published": what the cache is)
            and not _PREDICATIVE_BEFORE.intersection(words[max(start, i - 2) : i])
        ):
            # "jobs where an external authority requires it": the verb is the relative
            # clause's own subject's, not the noun's before it
            return True
    for i in range(start + 1, end):
        if (
            words[i] == "so"
            and "," in text[tokens.ends[i - 1] : tokens.starts[i]]
            and any(is_negation(w) for w in words[clause[0] : i])
        ):
            return True
    for phrase_start, phrase_end in _weak_clauses(text, tokens, *clause):
        if phrase_start <= start < phrase_end:
            # A match that opens with the condition's own word ("if X is down, the
            # runners cannot ...") is the whole construction, not a part of each clause.
            return (
                end > phrase_end
                and tokens.words[phrase_start] in _CONDITION_LEADS
                and start != phrase_start
            )
    return False


_OWN_SUBJECT_RELATIVES = frozenset("where whereby which that who whom".split())
_PREDICATIVE_BEFORE = frozenset("is are was were be been 's".split())
_CONDITION_LEADS = frozenset("if unless when whenever once as until after before".split())
"""Clauses that set a condition or a time; a cause ("because the lane is pinned, its pods
land on honey") leads into its main clause's statement."""


_NOUN_LEADS = frozenset("the a an our this that their its".split())
_NOT_SUBJECTS = frozenset(
    "also then still now therefore thus so just never not only even yet too always".split()
)
"""Words after "and" that continue the same subject's verbs ("and also is ...")."""
_FINITE = frozenset("will would can could should is are was were does do did has have".split())


_INLINE_WRONG_LEAD = re.compile(
    r"^\W*(?:wrong|incorrect|bad|don'?t|do not|avoid|never|anti[- ]?pattern|outdated|"
    # a style guide's "Banned: any wording where a runner pod grows"
    r"(?:still\s+)?(?:banned|forbidden|prohibited|disallowed)"
    r"(?:\s+(?:strings?|phrasings?|phrases?|wordings?|terms?|words?))?|"
    r"deprecated|myth|not (?:allowed|ok|okay|supported|permitted|recommended|acceptable|this)|"
    # "Hypothesis: the runner image has nix baked in": to be tested, not stated
    r"(?:(?:my|our|first|second|working|initial|wrong)\s+)?"
    r"(?:hypothesis|hypotheses|hunch|guess|theory|speculation)|"
    # "**You said:** the runner should stretch to fit": what someone else said
    r"(?:you|they|people|respondents|someone|somebody|folks|users|many\s+of\s+you)\s+"
    r"(?:said|say|says|wrote|asked|think|thought|believe|believed|claimed|claim)|"
    r"(?:(?:an?|blocking|my|one|main|another|the|common|commonest|frequent|typical|classic|"
    r"recurring|known|big|biggest|usual)\s+){0,2}(?:objection|concern|risk|deduction|problem|"
    r"flaw|defect|mistake|red flag|weakness|root\s+cause|symptom|failure mode|pitfall|"
    r"trap)s?"
    # "One deduction that doesn't show in the score: `clean: false` on the template"
    r"(?:\s+(?:that|which|we|i|in|of)\b[^:]{0,60})?)"
    r"\W*$",
    re.IGNORECASE,
)
"""A lead-in written inline before a colon ("Not allowed: hosted as a silent fallback", "One
deduction that doesn't show in the score: ...") that marks what follows it as what not to
do or say."""


def _lead_in_verdict(text: str, tokens: Tokens, start: int) -> Verdict | None:
    """Not asserted when what precedes the match labels it wrong or orders it flagged."""
    wrong_lead = _inline_wrong_lead(text, tokens, start)
    if wrong_lead:
        return Verdict(False, f"labelled {wrong_lead!r}")
    if _FLAGGING_ORDER.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what a rule is told to flag")  # "GF017: flag `clean: false` ..."
    if _held_belief(text, tokens, start):
        return Verdict(False, "what a group believes")
    if _as_if(tokens.words, start):
        return Verdict(False, "counterfactual")  # "talking about FlakeHub as if it were ..."
    if _VENDOR_DOCS.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what another's docs say")
    if _IF_TOLD.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what someone might claim")
    if _INTENT_GIVEN_UP.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what someone was about to do")
    return None


_INTENT_GIVEN_UP = re.compile(
    r"\b(?:i|we|they|he|she)\s+(?:was|were)\s+(?:all\s+)?(?:ready|about|set|tempted|"
    r"going|planning|itching)\s+to\b",
    re.IGNORECASE,
)
"""What someone was about to do ("I was ready to bump the memory request. Marco stopped
me"): told as an intent, not as what was done or holds."""


_IF_TOLD = re.compile(
    r"\b(?:if|when|whenever)\s+(?:someone|somebody|anyone|anybody|people|a\s+\w+)\s+"
    r"(?:tells?|says?|claims?|insists?|suggests?)\b",
    re.IGNORECASE,
)
"""A claim put in someone else's mouth ("If someone tells you the runner image will start
shipping Nix soon: ..."): what they might say, not what holds."""


_VENDOR_DOCS = re.compile(
    r"\b(?:their|vendor['’]?s?|upstream['’]?s?|(?!(?:gf|our|gloriousflywheel)['’]s\b)[a-z][\w-]*['’]s"
    r"|[a-z][\w-]*s['’])"
    r"\s+(?:own\s+)?(?:[\w-]+\s+)?(?:docs|documentation|readme|marketing|blog|site|website|"
    r"guides?)\s+"
    r"(?:describe|describes|described|say|says|said|show|shows|showed|claim|claims|recommend|"
    r"recommends|suggest|suggests|present|presents|pitch|pitches|"
    # "their getting-started guide tells customers to add FlakeHub Cache"
    r"tells?|told|instructs?|walks?)\b",
    re.IGNORECASE,
)
"""A report of what another party's docs say ("Determinate's own docs describe FlakeHub
Cache as something you can enable from any CI"): theirs, not the platform's."""
_TEXT_DISCUSSED = re.compile(
    r"\b(?:the|that|its|his|her|their)\s+(?:book|sidebar|author|authors|paper|article|essay|"
    r"thesis|textbook|whitepaper)(?:['’]s?)?\s+(?:(?:also|then|mostly|basically|really|just)\s+)?"
    r"(?:walks?\s+through|describes?|covers?|presents?|explains?|argues?|recommends?|"
    r"suggests?|claims?|uses?|assumes?|proposes?|advocates?|pitches)\b"
    # a talk recap's "Speaker's story: a team served release tarballs out of their cache",
    # "- Demo: VPA took a running JVM pod from 2Gi to 6Gi"
    r"|\b(?:speaker|presenter|panelist|panellist)(?:['’]s)?\s+(?:story|example|anecdote|demo|setup)\s*:"
    r"|^\W*(?:live\s+)?demo\s*:",
    re.IGNORECASE,
)
"""What a book or paper under discussion says ("The sidebar walks through vendor caches,
using FlakeHub Cache as the running example"): its author's, not the platform's."""


_AS_IF_REACH = 20
"""How far before a match an "as if" may stand and still govern it."""


def _as_if(words: Sequence[str], start: int) -> bool:
    """Does "as if" or "as though" come shortly before the match? What follows is how
    something is talked about or treated, not how it is."""
    return any(
        words[i] == "as" and words[i + 1] in ("if", "though")
        for i in range(max(0, start - _AS_IF_REACH), start - 1)
    )


def _held_belief(text: str, tokens: Tokens, start: int) -> bool:
    """Is the match what a counted or collective group believes ("57% believe ARC can
    ...", "Almost half of respondents think FlakeHub is ...")? A survey reports the
    belief; it does not state it."""
    words = tokens.words
    for i in range(start):
        if words[i] not in _BELIEVING:
            continue
        lead = max(0, i - _HOLDER_REACH)
        counted = "%" in text[tokens.starts[lead] : tokens.starts[i]]
        if counted or not _HOLDERS.isdisjoint(words[lead:i]):
            return True
        # "a list of things i assumed in week 1: ...": a belief the writer held, and
        # tells of because it was wrong
        if words[i] in _BELIEVED and not _SELF.isdisjoint(words[max(0, i - 2) : i]):
            return True
        # "a reader could come away thinking ...", "people end up believing ..."
        if i > 0 and words[i].endswith("ing") and words[i - 1] in ("away", "up"):
            return True
    return False


_BELIEVING = frozenset(
    """believe believed think thought assume assumed guess guessed wrote write claimed claim
    answered argued thinking believing assuming""".split()
)
_BELIEVED = frozenset("thought assumed believed guessed".split())
_SELF = frozenset("i we".split())
_HOLDERS = frozenset(
    """respondents participants people teams users developers engineers candidates readers
    folks half third quarter most many several others majority minority students
    groups reader newcomer newcomers""".split()
)
_HOLDER_REACH = 5
""""Almost half of our respondents think": how far before the belief its holders stand."""


def _inline_wrong_lead(text: str, tokens: Tokens, start: int) -> str:
    """The sentence's lead-in before its first colon when it marks the match as wrong."""
    colon = text.find(":", 0, tokens.starts[start])
    if colon == -1:
        return ""
    lead = text[:colon]
    # "Explicitly not promised this sprint: X, Y" declines what it lists; "See also:
    # Vertical resizing" names pages to read, not what is true.
    return (
        lead.strip()
        if _INLINE_WRONG_LEAD.match(lead)
        or _DECLINED_LEAD.search(lead)
        or _REFERENCE_LEAD.match(lead)
        # ("Q: Does ARC grow the pod?" is a question an answer may affirm, read as one)
        or (_POSED_LEAD.match(lead) and not _asks(text[colon + 1 :]))
        else ""
    )


def _asks(text: str) -> bool:
    """Does the text open as a question ("Does ARC ...", "Why is ...")?"""
    first = text.split(None, 1)[0].strip("*_`\"'").casefold() if text.strip() else ""
    return text.rstrip(" *_").endswith("?") or first in _AUXILIARIES or first in _WH_WORDS


_WH_WORDS = frozenset("what why how when where which who whom whose".split())
_POSED_LEAD = re.compile(
    r"^\W*(?:true\s+or\s+false|t\s*/\s*f|fact\s+or\s+(?:myth|fiction)|myth\s+or\s+fact|"
    r"quiz(?:\s+question)?(?:\s+\d+)?|question\s*\d*|q|discuss|debate|agree\s+or\s+disagree)"
    r"\W*$",
    re.IGNORECASE,
)
"""A lead-in that poses what follows for the reader to judge ("True or false: ...")."""
_REFERENCE_LEAD = re.compile(
    r"^\W*(?:see(?:\s+also)?|related\s+(?:pages?|terms?|topics?|entries|reading|links)|"
    r"further\s+reading|read\s+next|tags?|links?|references?|"
    r"not\s+to\s+be\s+confused\s+with)\W*$",
    re.IGNORECASE,
)
"""A lead-in before a colon that introduces names of pages or terms ("See also:")."""


def conjunction_verdict(
    text: str,
    tokens: Tokens,
    start: int,
    end: int,
    own_words: frozenset[str],
    clause: tuple[int, int],
) -> Verdict:
    """Polarity of an order-free match (`a & b`) whose parts may sit in different phrases.

    The statement is the run of phrases the match covers, extended to its coordinated
    neighbours only up to ", and"/", or" (those are separate statements). Hedges count
    anywhere in it; negations count except in subordinate phrases ("if a build does not
    fit, ARC grows the pod"), unless the match ends in one; a match that ends in a
    conditional phrase is hypothetical.
    """
    if _later_question(text, tokens.starts[start]):
        return Verdict(False, "question")
    if _trails_off(text, tokens):
        return Verdict(False, "left unfinished")
    if _dispreferred(text, tokens, start):
        return Verdict(False, "what is preferred against")
    if _open_task_done(text, tokens.starts[start], tokens.ends[end - 1]):
        return Verdict(False, "an open task")
    if end - start > 1 and _VENDOR_DOCS.search(text, tokens.starts[start], tokens.starts[end - 1]):
        # "FlakeHub Cache is Determinate's product and their docs show it as a substituter":
        # the match's last part is what another's docs show
        return Verdict(False, "what another's docs say")
    if _includes_an_act(tokens.words, start, end):
        return Verdict(False, "an act it includes")
    if any(w in ("vs", "versus") for w in tokens.words[max(0, start - 3) : end]):
        return Verdict(False, "a side of a comparison")  # "ARC vs. Kubernetes VPA (blog)"
    if end < len(tokens.words) and tokens.words[end] in _MODIFIED_NOUNS:
        return Verdict(False, "a modifier of the noun after it")  # "Rust + Nix services"
    if _defines_option(text, tokens.starts[start]):
        return Verdict(False, "an option's definition")
    if _REPORTED_TEXT.search(text):
        return Verdict(False, "reported as out of scope")
    if _called_wrong_after(text, tokens.ends[end - 1]):
        return Verdict(False, "called wrong after a break")
    # The frame may hold the statement's subject ("Earlier drafts of the heavy-lane
    # proposal floated 12 CPU"): it ends before the statement does.
    if _REPORTED_FRAME.search(text, 0, tokens.ends[end - 1]):
        return Verdict(False, "what an earlier text said")
    if _VOTED_AGAINST.search(text, 0, tokens.starts[start]):
        return Verdict(False, "voted against")
    if _TEXT_DISCUSSED.search(text, 0, tokens.starts[start]):
        return Verdict(False, "what a text under discussion says")
    if ";" not in text[: tokens.starts[start]] and _earlier_time(text, tokens, 0, end):
        return Verdict(False, "told of an earlier time")
    if _earlier_span(text, tokens, clause):
        return Verdict(False, "told of an earlier time")
    if _remembered(text, tokens, start, end):
        return Verdict(False, "a remembered past")
    if _IMPERATIVE_CONDITION.search(text[: tokens.starts[start]]):
        return Verdict(False, "what would follow a step left out")
    if _told_in_past(text, tokens, start):
        return Verdict(False, "what was going on")  # "we were calling X with clean: false"
    trailing = _after_match_verdict(text, tokens.starts[start], tokens.ends[end - 1])
    if trailing is not None:
        return trailing
    if _discussed(text, tokens.starts[start]):
        return Verdict(False, "a topic of discussion")
    if inside_quotes(text, tokens.starts[start], tokens.ends[end - 1]) and not endorsed_quote(
        text, tokens.starts[start]
    ):
        return Verdict(False, "quoted")
    lead_verdict = _lead_in_verdict(text, tokens, start)
    if lead_verdict is not None:
        return lead_verdict
    if _topic_list(text[tokens.starts[start] : tokens.ends[end - 1]]):
        return Verdict(False, "a list of topics")  # "What to look for: Nix, caches and FlakeHub"
    if _in_tag_field(text, tokens.starts[start]):
        return Verdict(False, "a list of tags")  # "tags: `flakehub` `cache` `substituters`"
    for quoted in _QUOTED.finditer(text, tokens.starts[start], tokens.ends[end - 1]):
        if " | " in text[quoted.end() : tokens.ends[end - 1]]:
            continue  # '| FlakeHub cache | "FlakeHub mirror" | The binary cache ... |': a cell
        if len(quoted.group().split()) <= SCARE_QUOTE_WORDS:
            return Verdict(False, "a word in scare quotes")  # "publication" as a mention
    phrases = _weak_clauses(text, tokens, *clause)
    words = tokens.words
    for i in range(max(0, start - 8), start):
        if STRONG_BREAK.search(text, tokens.ends[i], tokens.starts[start]):
            continue  # "no longer uploaded to Releases — consumers pull ...": another clause
        if " | " in text[tokens.ends[i] : tokens.starts[start]]:
            continue  # "| what happens to queued jobs? | Yes | They are rerouted ...": a cell
        if i + 1 < len(words) and (words[i], words[i + 1]) in HEDGE_PHRASES:
            return Verdict(False, f"hedged ({words[i]} {words[i + 1]})")  # "as though X"
    if words and words[0] in ("should", "were", "had") and not text.rstrip().endswith("?"):
        return Verdict(False, f"conditional ({words[0]} ...)")  # "Should X prove too small, ..."
    # The question starts after the last dash, colon or semicolon before the match.
    cut = max(text.rfind(mark, 0, tokens.starts[start]) for mark in ("—", " - ", ":", ";"))
    opener = next((i for i in range(clause[0], start) if tokens.starts[i] > cut), clause[0])
    if (
        not text.rstrip().endswith((".", "!"))
        and opener + 1 < len(words)
        and words[opener] in _AUXILIARIES
        and (words[opener + 1] in _QUESTION_SUBJECTS or words[opener] in ("do", "does", "did"))
        and opener < start
    ):
        return Verdict(False, "question")  # "do the nix lanes come with nix or ..." unpunctuated
    for i in range(start + 1, end - 1):
        if words[i] in CONDITIONALS and words[i] not in own_words:
            return Verdict(False, f"conditional ({words[i]}) inside the match")
    if (
        words
        and words[0] in ("a", "an", "any")
        and not _INITIAL.match(text)  # "A. Brandt noted that ...": a name
        and any(w in ("that", "which", "who") for w in words[1:4])
        and start <= 5
    ):
        # "A runner that resizes mid-job is a runner whose ...": a kind, supposed
        return Verdict(False, "an indefinite subject's relative clause")
    opening = next((p for p in phrases if p[0] <= start < p[1]), None)
    if opening is not None and words[opening[0]] in _RESTATING and phrases.index(opening) > 0:
        opening = (phrases[phrases.index(opening) - 1][0], opening[1])
    if opening is not None:
        # A wh-word leading the phrase opens a subordinate clause (handled below); one
        # inside it, before the match, makes the match an indirect question or a topic.
        for i in range(opening[0] + 1, start + 1):
            if words[i] in ("when", "whenever") and not (
                words[i - 1] in _ASKING_VERBS
                or any(w in ("how", "whether", "why") for w in words[opening[0] : i])
            ):
                continue  # "scales up when it detects pressure": a time, not a question
            if (
                words[i] in INDIRECT_WORDS
                and words[i] not in own_words
                # "that's how the runners get Nix": a statement of the means
                and not (words[i] == "how" and i > 0 and words[i - 1] in _MEANS_LEADS)
                # "a panel that shows how much memory ARC grants each pod": measured
                and not (
                    words[i] == "how"
                    and i > 0
                    and words[i - 1] in _DISPLAYING
                    and i + 1 < len(words)
                    and words[i + 1] in _AMOUNTS
                )
                # "explain why ARC grows pods vertically": a reason takes its fact as given
                and not (
                    words[i] == "why"
                    and i > 0
                    and words[i - 1] in _EXPLAINING
                    and not text.rstrip().endswith("?")
                    and _SUPPOSING.isdisjoint(words[i:end])
                )
            ):
                # "how Nix gets onto a runner and when a job may use X": a topic, not a claim.
                return Verdict(False, f"indirect question ({words[i]})")
    covered = [p for p in phrases if p[0] < end and start < p[1]]
    first_index = phrases.index(covered[0])
    last_index = phrases.index(covered[-1])
    while first_index > 0 and words[phrases[first_index][0]] in _RESTATING:
        first_index -= 1  # "off the table this quarter, e.g. a big FlakeHub push": its example
    # Extend to the statement's end: phrases after the match until a coordinated one or
    # one after a colon (which starts a statement of its own).
    while last_index + 1 < len(phrases):
        following = phrases[last_index + 1][0]
        gap = text[tokens.ends[following - 1] : tokens.starts[following]]
        if words[following] in COORDINATORS or _CLAUSE_COLON.search(gap):
            break
        last_index += 1
    statement = phrases[first_index : last_index + 1]
    # "Don't put the build on `tinyland-nix`, it won't stretch to fit": a pronoun that
    # restarts the clause after a comma leaves the negations before it to their own verb
    restart = max(
        (
            p[0]
            for p in statement
            if 0 < p[0] < end
            and words[p[0]] in _RESTARTING_PRONOUNS
            # after a comma or an opening parenthesis: "(it never was a substituter)"
            and any(c in text[tokens.ends[p[0] - 1] : tokens.starts[p[0]]] for c in ",(")
        ),
        default=0,
    )
    series: set[str] = set()
    negations = (
        1
        if _negated_before_aside(words, phrases, first_index, start)
        or _negated_subject_before_aside(words, phrases, first_index)
        or (
            words[phrases[first_index][0]] in _PARALLEL_OPENERS
            and _negated_parallel(text, tokens, start)
        )
        # "We took `clean: false` out of our fork": the object between the verb and "out"
        or (start > 0 and words[start - 1] in _TAKING and end < len(words) and words[end] == "out")
        or _negated_series(text, tokens, start)
        else 0
    )
    ending = next((p for p in statement if p[0] < end <= p[1]), None)
    if ending is not None and ending[0] > start and _denies_item(words, ending[0]):
        # "FlakeHub is not how runners get Nix, not a substituter for builders": an item
        # of a list of denials is denied by its own "not", whatever the items before it say
        # ("FlakeHub is not part of the runtime, is not a cache for our runners").
        return Verdict(False, "a denied item")
    condition_match = (
        bool(words) and words[start] in _LEADING_CONDITIONS and words[start] in own_words
    )
    for phrase_start, phrase_end in statement:
        lead = words[phrase_start]
        holds_end = phrase_start < end <= phrase_end
        if holds_end and tuple(words[phrase_start : phrase_start + 3]) in _LONG_AS:
            # "As long as beta validation runs on hosted runners, billing can ...": a
            # condition whose consequence is the sentence's point
            return Verdict(False, "conditional (as long as)")
        if (
            (lead in CONDITIONALS or lead in ("when", "whenever", "once"))
            and holds_end
            # "If every lane is busy, jobs run on ubuntu-latest": the predicate's own
            # condition ("(if|when) ... busy"), not one the statement sits in
            and not (phrase_start == start and lead in own_words)
            and not _main_clause_before(words, phrase_start, start, end)
            and not _event_condition_before(words, phrase_start, start)
            # "Once the runners fetch Nix through FlakeHub next sprint, ...": a dated
            # "once" takes the event as planned, not as a hypothesis.
            and not (lead in ("when", "once") and _dated(words, phrase_start, phrase_end))
        ):
            # The statement's end sits in its own condition: "when a job runs on X, ...".
            return Verdict(False, f"conditional ({lead})")
        subordinate = lead in SUBORDINATORS and not holds_end
        # Phrases after the match's own ("..., no installer needed") have their own
        # predicates: they can hedge the statement but not negate it.
        # "If no lane is free(,) it does not fall back to ...": a match that is the
        # leading condition itself is stated, or denied, by the clause after it.
        after = phrase_start >= end and not condition_match
        # "preinstalled on `tinyland-nix`, nothing to set up, just call `nix build`": an
        # aside between the match's parts, holding none of them, denies its own words
        aside = (
            start < phrase_start
            and phrase_end < end
            and "," in text[tokens.ends[phrase_start - 1] : tokens.starts[phrase_start]]
            and own_words.isdisjoint(words[phrase_start:phrase_end])
        )
        for i in range(phrase_start, phrase_end):
            word = words[i]
            if word in own_words and start <= i < end:
                continue
            if word in _DETECTING and (i >= start or "and" in words[i + 1 : start]):
                # "scales up when it detects pressure": a frame only before its report;
                # "detects a long queue and reruns the job": its object ends at "and".
                continue
            if (
                is_hedge(words, i)
                and not (
                    word in ASKING and (i >= end or (i + 1 < len(words) and words[i + 1] == "for"))
                )
                # "one of the lanes kept for any repo that wants a Nix lane": the noun's wish
                and not (word in _WISHING and i >= end and i > 0 and words[i - 1] in RELATIVE_WORDS)
                and not (word in _REQUIRING and i >= end)
                and not _planned_dependency(words, i)
                and not _scheduled(words, i)
                and not (after and _own_subject(words, phrase_start, i))
                # "... so the determinate step can be dropped": the result's own
                and not (i >= end and not _RESULT_WORDS.isdisjoint(words[end:i]))
            ):
                # "is built around X and expects it": the subject's need, not a belief
                # "someone asked whether X" reports X; "X when cargo asks for it" does not.
                return Verdict(False, f"hedged ({word})")
            if (
                i + 1 < len(words)
                and (word, words[i + 1]) in HEDGE_PHRASES
                and not (i >= end and not _RESULT_WORDS.isdisjoint(words[end:i]))
            ):
                # "... so jobs no longer need a bootstrap": the result's own, not a hedge
                return Verdict(False, f"hedged ({word} {words[i + 1]})")
            if i < restart:
                continue
            if word in REMOVALS and not subordinate:
                # "V2 removes the silent fallback", "the fallback we're trying to remove":
                # what is removed is not stated as the way things are.
                governs = SUBORDINATORS.isdisjoint(words[i + 1 : end])  # "Retire X once Y"
                if word in _SWAPS and not _SWAP_OBJECT_ENDS.isdisjoint(words[i + 1 : end]):
                    governs = False  # "replace the bootstrap with FlakeHub": what comes in
                if (
                    (i < start and start - i <= _REMOVAL_REACH and governs)
                    or (i >= end and _objectless(words, start, end, i, phrase_end))
                    # a match that spans its subject: "Template V2 drops `clean: false`"
                    or (start < i < end and end - i <= _REMOVAL_REACH and governs)
                ):
                    negations += 1
                continue
            if not subordinate and _rules_out(words, i, phrase_end):
                negations += 1  # "making it the answer ... is off the table", "ruled out"
                continue
            if (
                not subordinate
                and word in _DISOWNING_VERBS
                and tuple(words[i + 1 : i + 3]) in (("no", "part"), ("no", "role"), ("no", "place"))
                # "X is our substituter and has no role in publication": the next verb's
                and i >= end
                and COORDINATORS.isdisjoint(words[end:i])
            ):
                # "pod resizing plays no part in it": after the match, where a bare "no"
                # would be its own noun's ("has no role in installing Nix" is negated so)
                negations += 1
                continue
            if (
                word == "go"
                and not subordinate
                and i >= end
                and i > 0
                and words[i - 1] in ("to", "must", "should")
                and set(words[end:i]) <= _MUST_WORDS
                and (i + 1 >= phrase_end or words[i + 1] in _AFTER_OBJECT)
            ):
                negations += 1  # "the silent fallback to a hosted runner has to go"
                continue
            if (
                word == "out"
                and not subordinate
                and not after
                and 0 < i < len(words) - 1
                and words[i + 1] == "of"
                and (
                    words[i - 1] in _KEPT_OUT
                    # "that keeps it out of the default surface"
                    or (i > 1 and words[i - 1] in _OBJECT_PRONOUNS and words[i - 2] in _KEPT_OUT)
                    # "leave FlakeHub out of the substituter list": the named object between
                    or (0 < start < i <= start + _KEPT_OBJECT and words[start - 1] in _LEAVING)
                )
            ):
                negations += 1  # "sting stays out of default scheduling": outside it
                continue
            if subordinate or after or aside or not is_negation(word):
                continue
            if negations and word == "not" and i + 1 < len(words) and words[i + 1] == "even":
                continue  # "No lane, not even the heavy one, ...": the denial again
            if _relative_negation(words, i, end):
                continue  # "apps that can't wait for a release can pull it from X": the noun's
            if word == "no" and not start <= i < end and words[i - 1] in _NOUN_NEGATING:
                continue  # "after 10 minutes with no runner, X retries": the noun's, not X's
            if word == "off" and any(
                words[i - back] in _STARTS_OFF for back in (1, 2, 3, 4) if i >= back
            ):
                # "kick off publication", "kick the quarter off": a start, not a switch
                # turned off
                continue
            if word == "off" and _fetched_off(words, i):
                continue  # "runner pods will pull Nix off FlakeHub": a source, not a removal
            if word == "rather" and _preferring(words, i):
                continue  # "I would rather we publish everything": a preference, not "rather than"
            if (
                word == "instead"
                and i + 1 < start
                and words[i + 1] == "of"
                and not _FRONTED_SUBJECTS.isdisjoint(words[i + 2 : start])
            ):
                continue  # "instead of building it on the heavy lane we fetch ...": its own
            if i >= end and i > 0 and words[i - 1] in RELATIVE_WORDS:
                continue  # "takes jobs that no lane picks up": the relative clause's own
            if i >= end and not _RESULT_WORDS.isdisjoint(words[end:i]):
                continue  # "drops back to X so PRs don't wait": the result clause's own
            if i >= end and not _ADVERBIAL_LEADS.isdisjoint(words[end:i]):
                continue  # "the cache lanes use when a path is not in the store": the time's
            if i >= end and words[i] not in ("not", "n't") and not word.endswith("n't"):
                continue  # "a repo that never uses a lane gets no warning": the next verb's
            # "not offered and not planned", "does not grow it and does not add memory":
            # a coordinated negation repeats the first one rather than undoing it.
            window = words[max(phrase_start, i - 2 if i < end else i - 3) : i]
            if negations and any(w in ("and", "or", "nor") for w in window):
                continue
            if negations and i >= end and not {"and", "nor"}.isdisjoint(words[end:i]):
                continue  # "does not do X and has said it won't soon": the same denial again
            if word == "nor" and "neither" in words[phrase_start:i]:
                continue  # "neither X nor Y is ...": one negation
            # "instead of", "rather than", "without" negate what follows them only; before
            # the statement they head a phrase of their own ("consumers outside the cluster").
            if (
                word in PREPOSITIONAL_NEGATIONS
                and (
                    i >= end
                    or (
                        word in _PHRASE_HEADS
                        and i > 0
                        and not _placed(words, i, start)
                        # "capacity, outside the default surface" places its noun: a predicate
                        and not text[tokens.ends[i - 1] : tokens.starts[i]].strip()
                    )
                )
            ):
                continue
            if (
                word in _SERIES_NEGATIONS
                and word in series
                and "," in text[tokens.ends[i - 1] : tokens.starts[i]]
            ):
                continue  # "Nothing about runtime, nothing about installing Nix": one each
            series.add(word)
            negations += 1
    if negations % 2:
        return Verdict(False, "negated")
    return ASSERTED


_SERIES_NEGATIONS = frozenset("no nothing never not none".split())
"""Negations that open each item of a list ("no X, no Y"): they deny the items one by one."""
_RESTARTING_PRONOUNS = frozenset("it they he she".split())
"""Subjects that restart a clause after a comma ("..., it won't stretch to fit")."""


def _negated_series(text: str, tokens: Tokens, start: int) -> bool:
    """Is the statement at `start` the last of a series of bare verbs that one negated
    auxiliary governs ("It does not look at your pod, decide it looks peaky, and hand it
    more RAM")? Each item opens with a bare verb, the last after "and"/"or"."""
    words = tokens.words
    if start < 1 or words[start - 1] not in ("and", "or"):
        return False  # the usual case, settled before the sentence is split into phrases
    phrases = _weak_clauses(text, tokens, 0, len(words))
    first_index = next((i for i, p in enumerate(phrases) if p[0] <= start < p[1]), None)
    if first_index is None:
        return False
    begin, stop = phrases[first_index]
    if words[begin] not in ("and", "or") or start != begin + 1:
        return False  # the match opens the item with its verb ("..., and hand it ...")
    if not _bare_verb(words[begin + 1]):
        return False  # "..., and hands it more RAM": a verb of its own
    if any(w in _FINITE or is_negation(w) for w in words[begin + 1 : stop]):
        return False  # "..., and FlakeHub is not how ...": a clause of its own
    for index in range(first_index - 1, -1, -1):
        item_start, item_stop = phrases[index]
        for at in range(item_start, item_stop - 1):
            if words[at] in _NEGATED_AUXILIARIES or (
                words[at] == "not" and at > item_start and words[at - 1] in _AUXILIARIES
            ):
                return _bare_verb(words[at + 1])
        if not _bare_verb(words[item_start]):
            return False  # an item of the series opens with its bare verb
    return False


_NEGATED_AUXILIARIES = frozenset(
    "doesn't don't didn't won't can't cannot couldn't wouldn't shouldn't never".split()
)
"""Negated auxiliaries that one word can hold ("doesn't"); "does not" is found by "not"."""


def _bare_verb(word: str) -> bool:
    """Could `word` be a verb's bare form ("hand", "decide"), not a finite or a participle
    form ("hands", "decided", "handing")?"""
    return (
        word.isalpha()
        and not word.endswith(("s", "ed", "ing"))
        and word not in _FINITE
        and word not in _NOT_BARE_VERBS
    )


_NOT_BARE_VERBS = frozenset(
    """it they we you i he she the a an this that these those our your their its my his her
    then also so still now just only""".split()
)
"""Words that open an item of a series but are no bare verb ("..., and it hands ...")."""


def _relative_negation(words: Sequence[str], at: int, end: int) -> bool:
    """Does the negation at `at` open a relative clause on a noun, closed by the main
    verb's modal before `end` ("apps that can't wait for a release can pull ...")?"""
    opener = at - 1
    if at > 1 and words[at] == "not" and words[at - 1] in _AUXILIARIES:
        opener = at - 2  # "apps that do not wait ..."
    return (
        opener > 0
        and words[opener] in RELATIVE_WORDS
        and at < end
        and not _MAIN_MODALS.isdisjoint(words[at + 2 : end])
    )


_MAIN_MODALS = frozenset("can could will would should may might must".split())
"""The modal that opens the main predicate after a subject's relative clause."""


_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b)\s*", re.IGNORECASE)
_TOPIC_WORDS = 2


def _denies_item(words: Sequence[str], at: int) -> bool:
    """Does the phrase at `at` open with its own denial ("not ...", "is not ...",
    "isn't ...")?"""
    if words[at] in ("not", "never") or (is_negation(words[at]) and words[at].endswith("n't")):
        return True  # "not a cache", "isn't a cache"
    return (
        words[at] in _COPULAS_AND_AUXILIARIES
        and at + 1 < len(words)
        and words[at + 1] in ("not", "never")
    )


_COPULAS_AND_AUXILIARIES = _AUXILIARIES | frozenset("was were am".split())


def _topic_list(span: str) -> bool:
    """Is the matched text a list of three or more bare names ("Nix, caches and FlakeHub"),
    with no room for a verb between them and no values?"""
    if "," not in span and "&" not in span:
        return False
    items = [item for item in _LIST_SEPARATOR.split(span) if item.strip()]
    # "tinyland-nix-heavy, 8 CPU / 16Gi" lists a lane's values: a statement.
    return (
        len(items) >= 3
        and all(len(item.split()) <= _TOPIC_WORDS for item in items)
        and not any(char.isdigit() for char in span)
    )


_RULING_OUT = (
    ("off", "the", "table"),
    ("ruled", "out"),
    ("out", "of", "the", "question"),
    ("a", "mistake"),
    ("an", "anti-pattern"),
    ("an", "antipattern"),
    ("the", "anti-pattern"),
    ("the", "antipattern"),
    ("unacceptable",),
    ("discouraged",),
)
"""Idioms that take what they are said of off the agenda, or call it wrong ("reading its
headroom as spare general capacity would be a mistake")."""


def _rules_out(words: Sequence[str], at: int, phrase_end: int) -> bool:
    return any(
        tuple(words[at : at + len(idiom)]) == idiom and at + len(idiom) <= phrase_end
        for idiom in _RULING_OUT
        if words[at] == idiom[0]
    )


_DISOWNING_VERBS = frozenset("plays play played has have had".split())
"""Verbs that deny their subject any share in the matter ("plays no part", "has no role")."""


_BACK_NOUNS = frozenset("idea plan proposal suggestion approach option change rfc draft".split())


def _own_subject(words: Sequence[str], phrase_start: int, at: int) -> bool:
    """Does the later phrase holding the hedge at `at` open with a subject of its own
    ("..., the nix-job step can be dropped"), not one that points back ("the idea was
    dropped")?"""
    return (
        words[phrase_start] in ("the", "a", "an", "our", "their", "your")
        and phrase_start + 1 < at
        and words[phrase_start + 1] not in _BACK_NOUNS
    )


_PLANNING_SUBJECTS = frozenset(
    """we plan plans proposal design rfc budget roadmap schedule estimate timeline
    milestone package workstream""".split()
)
_PLAN_LABEL = re.compile(r"(?:wp|ws|m|p|phase|step|stage)\d+")


def _planned_dependency(words: Sequence[str], at: int) -> bool:
    """Is the hedge at `at` the document's own plan resting on something ("WP1 assumes GF
    ships pod resizing", "our design expects Nix on the image"), which states it, not
    someone's belief ("many teams assume ...")?"""
    if words[at] not in _REQUIRING or at == 0:
        return False
    before = at - 1
    while before > 0 and words[before] in ("also", "still", "currently", "further"):
        before -= 1
    subject = words[before]
    return subject in _PLANNING_SUBJECTS or bool(_PLAN_LABEL.fullmatch(subject))


def denied_hedge(words: Sequence[str], at: int) -> bool:
    """Is the hedge at `at` denied ("isn't really a mistake:", "only half wrong:"), which
    vouches for what follows instead of framing it?"""
    before = at - 1
    while before >= 0 and words[before] in _DENIAL_FILLERS:
        before -= 1
    if before < 0:
        return False
    word = words[before]
    if word == "half" or (word.endswith("n't") and word[:-3] in _COPULAS):
        return True
    return word == "not" and before > 0 and words[before - 1] in _COPULAS


_DENIAL_FILLERS = frozenset("really actually entirely quite a an so that even".split())
_COPULAS = frozenset("is are was were".split())


def _scheduled(words: Sequence[str], at: int) -> bool:
    """Is the hedge at `at` a schedule ("FlakeHub Cache is expected to take over"), not a
    belief ("we expected FlakeHub to ...")?"""
    return (
        words[at] == "expected"
        and 0 < at < len(words) - 1
        and words[at - 1] in ("is", "are", "be")
        and words[at + 1] == "to"
    )


REMOVALS = frozenset(
    """remove removes removed removing eliminate eliminates eliminated eliminating
    ban bans banned banning forbid forbids forbidden forbidding
    prohibit prohibits prohibited prohibiting abolish abolishes abolished abolishing
    rid retire retires retired retiring disable disables disabled disabling
    drop drops dropped dropping park parks parked shelve shelves shelved shelving
    scrap scraps scrapped scrapping ditch ditches ditched ditching abandon abandons
    abandoned abandoning replace replaces replaced replacing supersede supersedes
    superseded superseding delete deletes deleted deleting""".split()
)
"""Verbs whose object is taken away: they negate the statement they govern."""
_TAKING = frozenset(
    "take takes took taken taking pull pulls pulled pulling rip rips ripped".split()
)
"""Verbs that, with "out" after their object, take it away ("took `clean: false` out")."""
_BE = frozenset("be been being is are was were".split())
_RELATIVE_LEADS = frozenset("what we we're they they're you you're v2".split())
_AFTER_OBJECT = frozenset("from in by as for soon now entirely completely".split())
_REMOVAL_REACH = 4
"""Words between a removal verb and the statement it takes as its object."""


def _objectless(words: Sequence[str], start: int, end: int, at: int, phrase_end: int) -> bool:
    """Does the removal verb at `at` take the statement [start, end) as its object ("... is
    exactly what V2 is removing", "the fallback we're trying to remove", "adopted with
    `clean: false` removed"): a relative clause right after the statement, the verb active
    and with no object of its own, or a participle after "with X"? ("a stopgap we can
    retire", "the lane can be retired" remove something else.)"""
    verb = at
    if verb == end and _removed_participle(words, start, end, phrase_end):
        return True
    if words[at] == "rid" and at + 1 < phrase_end and words[at + 1] == "of":
        at += 1  # "get rid of": its object follows "of"
    if at + 1 < phrase_end and words[at + 1] not in _AFTER_OBJECT:
        return False
    if words[verb - 1] in _BE and words[verb].endswith(("ed", "en")):
        return False  # passive: its subject is what is removed
    if end < verb and words[end] in _RELATIVE_LEADS:
        return True  # "the fallback we're trying to remove"
    return "what" in words[end : min(verb, end + 3)]  # "... is exactly what V2 is removing"


def _removed_participle(words: Sequence[str], start: int, end: int, phrase_end: int) -> bool:
    """Is the statement [start, end) what "with X removed" takes away ("adopted with
    `clean: false` removed", "runs without the fallback dropped")?"""
    return (
        end < phrase_end
        and words[end] in REMOVALS
        and words[end].endswith("ed")
        and "with" in words[max(0, start - 1) : start + 1]
        and (end + 1 >= phrase_end or words[end + 1] in _AFTER_OBJECT)
    )


_MUST_WORDS = frozenset("has have needs need must should to really just all simply".split())
"""What may stand between a statement and the "go" that removes it ("... has to go")."""
_ASIDE_VERBS = frozenset("be become been remain serve act".split())
_PREDICATE_LEADS = frozenset("a an the our their any".split())


def _negated_before_aside(
    words: Sequence[str], phrases: Sequence[tuple[int, int]], first: int, start: int
) -> bool:
    """ "FlakeHub is not, and will not become, a substituter": the negated verb stands
    before an aside and its predicate after it, in a phrase of its own."""
    if first == 0:
        return False
    lead = phrases[first][0]
    if not (lead == start or words[lead] in _PREDICATE_LEADS or 0 < start - lead <= 2):
        return False
    begin, stop = phrases[first - 1]
    tail = words[begin:stop][-2:]
    if not tail:
        return False
    # ("No, ..." answers; it negates no verb.)
    negated = tail[-1] in ("not", "never") or tail[-1].endswith("n't")
    denied = len(tail) == 2 and (tail[0] in ("not", "never") or tail[0].endswith("n't"))
    # "We do not offer, and are not planning, in-place vertical resizing": the verb
    # before the aside takes the match as its object.
    return negated or (denied and (tail[1] in _ASIDE_VERBS or tail[1] in _OFFERING_VERBS))


_OFFERING_VERBS = frozenset(
    """offer offering provide providing support supporting plan planning promise promising
    build building ship shipping do doing pursue pursuing allow allowing use using
    want need""".split()
)
"""Verbs whose object may follow an aside ("we do not offer, and are not planning, X")."""


_PARALLEL_LEADS = frozenset("as a an for to via through with".split())
"""Words that open each item of a list sharing one verb ("not used as a way to get Nix,
as a substituter, or as a cache")."""
_PARALLEL_OPENERS = _PARALLEL_LEADS | {"or", "and", "nor"}


def _negated_parallel(text: str, tokens: Tokens, start: int) -> bool:
    """Is the match at `start` in a later item of a list whose first item a negation
    governs ("FlakeHub is not mentioned as a way to get Nix, as a substituter, or as a
    cache")? Each item opens with the same word, after an optional "or"/"and"."""
    words = tokens.words

    def item_word(phrase: tuple[int, int]) -> str:
        at = phrase[0]
        if words[at] in ("or", "and", "nor") and at + 1 < phrase[1]:
            at += 1
        return words[at]

    phrases = _weak_clauses(text, tokens, 0, len(words))
    first = next((i for i, p in enumerate(phrases) if p[0] <= start < p[1]), None)
    if not first:
        return False
    lead = item_word(phrases[first])
    if lead not in _PARALLEL_LEADS:
        return False
    index = first - 1
    while index >= 0 and item_word(phrases[index]) == lead:
        index -= 1
    if index < 0:
        return False
    begin, stop = phrases[index]
    opener = next((i for i in range(stop - 1, begin - 1, -1) if words[i] == lead), None)
    if opener is None:
        return False
    return any(is_negation(w) for w in words[begin:opener])


_ASIDE_LEADS = frozenset("including incl such like especially even except".split())


def _negated_subject_before_aside(
    words: Sequence[str], phrases: Sequence[tuple[int, int]], first: int
) -> bool:
    """ "No lane, including `tinyland-nix-heavy`, guarantees Nix": the subject is negated
    before an aside that names examples of it."""
    at = first if _opens_aside(words, phrases[first][0]) else first - 1
    if at < 1 or not _opens_aside(words, phrases[at][0]):
        return False
    subject = phrases[at - 1]
    return words[subject[0]] in ("no", "none", "neither") and (
        subject[1] - subject[0] <= _SHORT_SUBJECT
    )


def _opens_aside(words: Sequence[str], at: int) -> bool:
    """ "including ...", "such as ...", "not even ...": an aside naming examples."""
    return words[at] in _ASIDE_LEADS or (
        words[at] == "not" and at + 1 < len(words) and words[at + 1] == "even"
    )


_SHORT_SUBJECT = 4
"""Words of a negated subject before an aside ("No repo-owned lane")."""


def value_verdict(text: str, tokens: Tokens, start: int, end: int) -> Verdict:
    """A stated value: asserted unless its statement is negated, hypothetical or quoted, or
    the sentence marks it as history or as an error message ("old", "changed", "error")."""
    clause = next(
        (c for c in strong_clauses(text, tokens) if c[0] <= start < c[1]), (0, len(tokens))
    )
    colon = text.rfind(": ", tokens.ends[clause[0]], tokens.starts[start])
    segment = clause[0]
    if colon != -1:
        segment = next((i for i in range(clause[0], start + 1) if tokens.starts[i] > colon), start)
    endorsed = (
        any(
            word in VALUE_ENDORSEMENTS
            # "it is not valid", "no longer recommended": an endorsement denied
            and not any(is_negation(w) or w == "longer" for w in tokens.words[max(0, at - 3) : at])
            for at, word in enumerate(tokens.words)
        )
        or (tokens.words[segment] in VALUE_INSTRUCTIONS)
    )
    # History words mark the value's own clause: "if the push fails, export X" instructs.
    for at in range(clause[0], clause[1]):
        word = tokens.words[at]
        if word in VALUE_HEDGES and not endorsed:
            if word == "used" and _participle_used(tokens.words, at):
                continue  # "the endpoint used on `tinyland-docker`": the one in use
            if not _VALUE_CONDITIONS.isdisjoint(tokens.words[max(clause[0], at - 4) : at]):
                continue  # "(fallback) ... if the primary is unreachable": when it applies
            if at < start and not _RESULT_LEADS.isdisjoint(tokens.words[at + 1 : start]):
                continue  # "the env still had the old address, so we will set X": decided
            return Verdict(False, f"hedged ({word})")
    if not endorsed and not _STALE_WORDS.isdisjoint(tokens.words):
        # "... on `attic-api...:8080` all predate April; that address is stale"
        return Verdict(False, "called stale in its sentence")
    before = start - 1
    while before >= clause[0] and tokens.words[before] in _VALUE_QUANTIFIERS:
        before -= 1
    if before >= clause[0] and tokens.words[before] in _VALUE_REMOVALS:
        return Verdict(False, f"to be taken out ({tokens.words[before]})")  # "Replace any X"
    return conjunction_verdict(text, tokens, start, end, frozenset(), clause)


_VALUE_CONDITIONS = frozenset("if when whenever unless".split())
_RESULT_LEADS = frozenset("so therefore hence thus".split())
_SWAPS = frozenset(
    "replace replaces replaced replacing supersede supersedes superseded superseding".split()
)
_SWAP_OBJECT_ENDS = frozenset(["with", "by", "for"])
"""A swap takes out what comes before "with": "replace X with Y" brings Y in."""
_VALUE_QUANTIFIERS = frozenset(
    "any all every each the a an old stale remaining http https grpc grpcs".split()
)
"""Words between a removal verb and the value it takes out (a URL's scheme among them)."""
_VALUE_REMOVALS = REMOVALS | frozenset(
    "replace replaces replaced replacing delete deletes deleted deleting drop drops dropped "
    "dropping".split()
)


def negations_in(words: Sequence[str]) -> int:
    """How many negation cues a piece of text has (for paraphrase examples)."""
    count = 0
    for i, word in enumerate(words):
        if is_negation(word):
            if word == "no" and i + 1 < len(words) and words[i + 1] == "longer":
                continue
            count += 1
    return count
