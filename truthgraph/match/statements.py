"""Statements a document makes: a subject, a property, a value, a modality and a place.

For every asserted sentence (see `truthgraph.match.polarity`) and each of its
clauses, the lexicon's predicates say which property values the clause states.
The subject of each is then resolved:

1. an entity named in the clause that the graph has a fact about for that property
   (the nearest); another named entity or another product's subject (GitLab, a
   laptop) makes the statement about that, not about the graph;
2. otherwise (a pronoun, a generic noun such as "the lane", or no subject at all)
   the nearest earlier mention: earlier in the sentence, the table column's header,
   the previous sentences of the section, then the headings, innermost first;
3. otherwise, a generic noun of a kind the graph has facts about ("our runners")
   stands for that kind.

An FAQ answer that opens with "Yes" states what its question asked. Quantities
(a number with a unit of the property: "6 CPUs", "24Gi") are statements too.
The modality is `plan` when the clause speaks of the future or a proposal, else
`stated`; history, hedges, negation, questions and quotes are left out by the
polarity rules. Only pages about the platform (`pack.about`) are read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from truthgraph.lexicon import CompiledLexicon, Predicate
from truthgraph.match.mentions import Mention, PhraseIndex
from truthgraph.match.patterns import Match, Pattern, gate_of
from truthgraph.match.polarity import (
    ASKING,
    HEDGES,
    NEGATIONS,
    PREPOSITIONAL_NEGATIONS,
    REGISTER_ENTRIES,
    REMOVALS,
    VALUE_HEDGES,
    answered_no,
    cell_header,
    column_verdict,
    conjunction_verdict,
    denied_hedge,
    describes_present,
    endorsed_quote,
    inside_quotes,
    is_negation,
    names_symptom,
    opens_with_label,
    row_status,
    said_to_go,
    straddles_subordinate,
    strong_clauses,
    withdraws,
)
from truthgraph.match.scope import DocumentIndex, PlatformScope
from truthgraph.match.tokens import NUMBER_WORDS, Tokens, tokenize
from truthgraph.parse.document import (
    Sentence,
    enclosing_item_column,
    inside_code_span,
    item_marker_column,
    ordered_item_number,
)

_WH_QUESTION = re.compile(
    r"^\W*(?:(?:q|question)\s*\d*\s*[:.)]\s*)?(?:"
    r"(?:which|what)(?:\s+[\w-]+){0,2}?\s+(?:does|do|did|will|would|should|can)"
    r"|where\s+(?:does|do|did|will|would|should|can)"
    r"|(?:which|what)(?:\s+[\w-]+){0,2}?\s*(?P<copula>'s|\s+is|\s+are))\s+",
    re.IGNORECASE,
)
"""A wh-question ("Q: Which node does ...", "Where do our runners fetch ... from?",
"What's the default runner?") whose answer can be a bare name put in its gap."""
_ANSWER_LABEL = re.compile(r"^\W*(?:a|answer)\s*\d*\s*[:.)]\s*", re.IGNORECASE)
_FRAGMENT_END = re.compile(r"[;.(]|\s[—–-]\s|—")
_FRAGMENT_WORDS = 8
"""The most words of an answer that is only the name the question asks for."""
_NOT_FILLERS = frozenset(
    "yes no nope yep yeah not never nothing none it they we you i this that".split()
)

MAX_SENTENCE_CHARS = 5000
"""Longer runs without a sentence break are not prose (minified or generated text)."""
PREVIOUS_SENTENCES = 3
QUESTION_DISTANCE = 6
_UNQUOTE = str.maketrans({'"': " ", "“": " ", "”": " "})
_WHOLLY_QUOTED = re.compile(r'^\W{0,3}["“][^"“”]*["”]\W{0,3}$')
_POSED_TRUE_FALSE = re.compile(
    r"^\W*(?:(?:q(?:uestion)?\s*)?[\w.-]{0,6}\d[.:)]?\s*)?"
    r"(?:true\s+or\s+false|t\s*/\s*f|rumou?r|myth|claim|hearsay|heard)\s*(?:#?\d+\s*)?[:?—–-]",
    re.IGNORECASE,
)
"""A statement posed to be judged ("**Q4.** True or false: ...", "### Rumour: ..."): a key
or verdict of "True" affirms it."""
"""How far back (sentences) an answer's question may be: other replies come between."""
"""How many sentences back a pronoun or an elided subject may refer."""
YES_WORDS = frozenset(
    "yes yep yeah yup correct right sure absolutely exactly indeed definitely".split()
)
AFFIRMING_LEADS = frozenset(
    [
        ("it", "will"),
        ("it", "does"),
        ("they", "will"),
        ("it's", "slated"),
        ("it's", "planned"),
        ("it's", "coming"),
        ("keep", "it"),
        ("of", "course"),
        ("it", "should"),
        ("they", "should"),
        ("go", "ahead"),
    ]
)
AFFIRMING_PHRASES = frozenset(
    (opener, "the", aim)
    for opener in ("that's", "is")
    for aim in ("plan", "idea", "goal", "intent", "intention", "hope", "expectation")
)
"""An answer that takes its question as what is planned ("That's the plan — ...")."""
PLAN_WORDS = frozenset(
    """will going plan plans planned planning roadmap upcoming soon slated scheduled
    targeted proposal propose proposes proposed intend intends later rfc sprint
    quarter phase wants""".split()
)
_NEXT = frozenset("sprint quarter month week release phase step year milestone".split())
"""What "next" must be followed by to speak of the future ("next to the listeners" is not)."""
DEMONSTRATIVES = frozenset(["that", "this", "these", "those", "which", "what"])
COPULAS = frozenset(["is", "was", "are", "were", "means", "meant", "makes", "'s", "covers"])
_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "its", "their", "each", "every"])
_LIMIT_WORDS = frozenset(
    """limit limits limited capped cap caps envelope max maximum ceiling allocated box sized
    size bigger smaller
    allocates gets has have""".split()
)
_RUN_ON = re.compile(r"^(?:[`*_\"'’”)\]]*[.!?:]|\s*:)\s")
"""A sentence mark right after a word (closing marks between), not one set apart (" :: ")."""
_LEAD_SUBORDINATORS = frozenset(["because", "since", "so", "as", "although", "though"])
REPORTED_VALUE_WORDS = VALUE_HEDGES | {"listed", "showed", "said", "claimed", "copied", "told"}
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(?:-?([a-z]+))?$")
_NONE_WORDS = frozenset(["no", "without", "zero"])
OCCURRENCES = 3
"""Matches of one predicate tried in a clause: the first that states something counts."""
_THRESHOLDS = frozenset("than over above beyond under below exceeds exceeding past".split())
"""Words before a number that make it a threshold ("more than ~8Gi"), not a limit."""
_RUN_NOUNS = frozenset("attempt attempts retry retries rerun reruns run runs job jobs".split())
_QUANTIFIERS = frozenset("every each all any most some both".split())
_LANE_NOUNS = frozenset("lane lanes sets scale-sets".split())
_POD_NOUNS = frozenset("pod pods".split())
_QUANTITY_GLUE = frozenset("limit limits of is are at to set =".split())
USAGE_WORDS = frozenset(
    """peak peaks peaking rss usage uses used using needs need needed consumes consumed
    requires required reaches reached hits hit peaked topped maxed spiked oomkilled
    oom-killed killed oomed touched""".split()
)
"""Words next to a number that make it a job's use or need, not the subject's limit."""
_COPULA_GLUE = frozenset("is was are were".split())
_RANGE_START = re.compile(r"\d+(?:\.\d+)?")
_APPROXIMATE_GLUE = frozenset("of about around roughly approximately nearly almost near ~".split())
"""Words between a usage word and its number ("peak RSS of about 11Gi")."""
_MEASURE_HEADER_WORDS = frozenset(
    """hours hour hrs hr seconds minutes mins h s cost costs usd eur spend spent avg average
    mean median p50 p90 p95 p99 utilization utilisation util total totals sum
    observed actual measured""".split()
)
"""Words of a column header that make its numbers a measurement, not a configured size."""


@dataclass(frozen=True)
class Subject:
    ids: frozenset[str]
    """Entity ids, or `kind:<kind>` for a generic noun that stands for any of a kind."""
    origin: str
    """`named`, `sentence`, `table`, `previous`, `heading`, `question` or `generic`."""
    name: str
    """How to call it in a message (the entity's name, or the noun)."""


Lookup = Subject | Literal[False] | None
"""A subject; None when the text names something else; False when it names nothing."""


@dataclass(frozen=True)
class Statement:
    position: int
    """The sentence (index in the document) the statement is reported on."""
    start: int
    end: int
    """Character offsets in that sentence's text of what states it."""
    property: str
    value: str
    subject: Subject
    modality: str
    """`stated` or `plan`."""
    quantity: bool = False
    clause: tuple[int, int] = (0, 0)
    """The token range of the clause it was read in (of the sentence it was read in)."""


class FactSubjects:
    """Which entities (and kinds) the graph has facts about, per property."""

    def __init__(
        self,
        by_property: dict[str, set[str]],
        kinds: Mapping[str, str],
        names: Mapping[str, str],
    ) -> None:
        self.by_property = by_property
        self.kinds = kinds
        self.names = names

    def has_fact(self, entity: str, prop: str) -> bool:
        subjects = self.by_property.get(prop, set())
        return entity in subjects or f"kind:{self.kinds.get(entity, '')}" in subjects

    def kind_has_fact(self, kind: str, prop: str) -> bool:
        """Is there a fact about every subject of this kind (`kind:<kind>`)? A fact about
        named entities says nothing about "repo-owned scale sets" in general."""
        return f"kind:{kind}" in self.by_property.get(prop, set())


class StatementReader:
    """Reads the statements of documents against one pack's lexicon and fact subjects."""

    def __init__(
        self,
        lexicon: CompiledLexicon,
        phrases: PhraseIndex,
        facts: FactSubjects,
        platform: PlatformScope,
    ) -> None:
        self.lexicon = lexicon
        self.phrases = phrases
        self.facts = facts
        self.platform = platform
        self.about = list(platform.about)
        wanted = set(facts.by_property)
        self.predicates = [p for p in lexicon.predicates if p.property in wanted]
        self.columns = [c for c in lexicon.columns if c.property in wanted]
        # Predicates by the words one of which a sentence needs for them to match: a
        # sentence tests only those its words can reach, in lexicon order.
        self._by_word: dict[str, list[int]] = {}
        self._ungated: list[int] = []
        for number, predicate in enumerate(self.predicates):
            needed = predicate.pattern.gate
            if needed is None:
                self._ungated.append(number)
                continue
            for word in needed:
                self._by_word.setdefault(word, []).append(number)
        gate = gate_of([p.pattern for p in self.predicates])
        self.quantities = {
            name: q for name, q in lexicon.lexicon.quantities.items() if name in wanted
        }
        self.units: dict[str, str] = {}
        for name, quantity in self.quantities.items():
            for unit in quantity.units:
                self.units[unit] = name
        self.gate = gate | frozenset(self.units) if gate is not None else None
        self.header_gate = gate_of([h for column in self.columns for h in column.headers])
        self.topics = frozenset(w.lower() for w in lexicon.lexicon.topics)
        self._subject_columns: dict[tuple[str, ...], tuple[bool, ...]] = {}

    # -- documents ---------------------------------------------------------------------

    def statements(self, index: DocumentIndex, asserted: Callable[[int], bool]) -> list[Statement]:
        """Every statement of the indexed document (computed once, shared by every claim)."""
        cached = index.derived.get("statements")
        if cached is not None:
            return cached  # type: ignore[return-value]
        found: list[Statement] = []
        if self.about_platform(index):
            sentences = index.document.sentences
            found = [
                statement
                for statement in self._read(index, asserted)
                # "## Current state" over "| smoke-beta | ubuntu-latest |": how things are,
                # read from a table's cells as from prose, is no advice
                if not (
                    statement.subject.origin == "cell"
                    and self._advice(statement.property)
                    and describes_present(sentences[statement.position].context)
                )
            ]
        index.derived["statements"] = found
        return found

    def _advice(self, prop: str) -> bool:
        found = self.lexicon.property(prop)
        return found is not None and found.advice

    def about_platform(self, index: DocumentIndex) -> bool:
        """Is the page about the platform? A workflow of a repo that uses the platform's
        lanes is (the engine marks it), else the page must name it."""
        if index.derived.get("platform"):
            return True
        return not self.about or any(index.page_mentions(p) for p in self.about)

    def _read(self, index: DocumentIndex, asserted: Callable[[int], bool]) -> Iterator[Statement]:
        sentences = index.document.sentences
        for position, sentence in enumerate(sentences):
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                continue
            if not asserted(position):
                continue
            own = list(self._own_statements(index, position, sentence))
            answered = self._answered_question(index, position)
            if answered is not None:
                yield from self._answer(index, position, answered, own)
            else:
                yield from self._fragment_answer(index, position, own)
            yield from own

    def _own_statements(
        self, index: DocumentIndex, position: int, sentence: Sentence
    ) -> Iterator[Statement]:
        if not self._gated(index, position):
            return
        if sentence.kind == "heading" and len(index.tokens[position]) <= 3:
            return  # "### Overflow" names a topic; it states nothing
        if (
            len(index.tokens[position]) <= 3
            and sentence.context.label
            and sentence.text.strip(" .:*_") == sentence.context.label.strip(" .:*_")
        ):
            return  # "**Vertical resizing.** Brief discussion of ...": a bold title, so a topic
        if sentence.kind == "table_header":
            return  # "| Nix ready at job start |" names a column; it states nothing
        if sentence.kind == "table_row" and row_status(sentence.text) == "rejected":
            return  # a decision log's Rejected or Superseded row
        yield from self._sentence(index, position, _passed_on(sentence))

    def _gated(self, index: DocumentIndex, position: int) -> bool:
        if self.gate is None:
            return True
        sentence = index.document.sentences[position]
        if self.columns and sentence.kind == "table_row" and sentence.table_header:
            header = frozenset(index.heading(" ".join(sentence.table_header)).words)
            if self.header_gate is None or not header.isdisjoint(self.header_gate):
                return True  # a cell under a runner column can state a value by itself
        words = index.words(position)
        if not words.isdisjoint(self.gate):
            return True
        # Attached units ("16Gi") are one token with their number.
        return bool(self.units) and any(_NUMBER.match(w) for w in words)

    def _answered_question(self, index: DocumentIndex, position: int) -> int | None:
        """The question sentence a "Yes, ..." answer at `position` affirms, if any: the
        nearest question of the section, past other answers ("@dlee: Yes, ...")."""
        tokens = index.tokens[position]
        words = tokens.words
        first = 0
        text = index.document.sentences[position].text
        lead = text.find(":")
        if 0 < lead <= 40 and len(words) > 1 and tokens.ends[0] <= lead:
            # "@dlee: Yes, ..." / "Answer: yes": skip the speaker's name.
            first = next((i for i, end in enumerate(tokens.ends) if end > lead), len(words))
        # "**Answer:** True." keys a statement posed "True or false: ..."
        keyed_true = (
            bool(words)
            and (words[0] == "true" or (0 < first < len(words) and words[first] == "true"))
            and not text.rstrip(" *_").endswith("?")  # "... True?" asks
            and not any(is_negation(w) for w in words[first : first + 5])  # "True, but not"
            and not _POSED_TRUE_FALSE.match(text)  # "True or false: ..." poses the next one
        )
        if (
            position == 0
            # "Q: What's the right toleration ...?" asks; it answers no question before it
            or (text.rstrip(' *_"”').endswith("?") and not keyed_true)
            or not (
                keyed_true
                # "@ops: yep that's a no": past a speaker's name, only their words answer
                or ((first == 0 or first > _SPEAKER_WORDS) and _affirms(words[:4]))
                or (0 < first < len(words) and _affirms(words[first : first + 4]))
            )
        ):
            return None  # "That's the plan for May: ..." affirms before its colon
        sentences = index.document.sentences
        here = sentences[position].context.headings
        for back in range(position - 1, max(-1, position - 1 - QUESTION_DISTANCE), -1):
            previous = sentences[back]
            if previous.text.rstrip().rstrip('"”*_ ').endswith("?"):
                # a question sentence, or the section's heading ("### Will ...?"), or a
                # question quoted as it was asked ('> "Will GF add ...?"')
                return back
            if keyed_true and _POSED_TRUE_FALSE.match(previous.text):
                return back  # "**Q4.** True or false: ARC grows a runner pod's memory ..."
            if previous.kind == "heading" or previous.context.headings != here:
                break
        if keyed_true:
            return _keyed_item(index, position)
        return None

    def _answer(
        self, index: DocumentIndex, position: int, question: int, own: Sequence[Statement]
    ) -> Iterator[Statement]:
        """What a "Yes" at `position` affirms of its `question`; `own`: the answer's own
        statements."""
        text = index.document.sentences[question].text.replace("?", ".")
        posed = _POSED_TRUE_FALSE.match(text)
        skip = 0
        if _WHOLLY_QUOTED.match(text):
            text = text.translate(_UNQUOTE)  # the asker's words, affirmed as asked
        if posed is not None:
            # the statement the key affirms, past its lead and out of its quotation marks
            text = " " * posed.end() + text[posed.end() :].translate(_UNQUOTE)
            asked = index.tokens[question]
            skip = next((i for i, at in enumerate(asked.starts) if at >= posed.end()), 0)
        tokens = index.tokens[position]
        start, end = tokens.starts[0], tokens.ends[0]
        # "Yes, as an explicit exception": an answer that says its own value of the
        # property qualifies the yes; the question's value is not what it affirms.
        qualified = {(s.property, s.value) for s in own}
        for statement in self._sentence(index, question, text, skip):
            if any(p == statement.property and v != statement.value for p, v in qualified):
                continue
            subject = dataclasses.replace(statement.subject, origin="question")
            yield dataclasses.replace(
                statement, position=position, start=start, end=end, subject=subject
            )

    def _fragment_answer(
        self, index: DocumentIndex, position: int, own: Sequence[Statement]
    ) -> Iterator[Statement]:
        """What a short answer at `position` ("A: `honey`, next to its listener") says
        when it fills the gap of the wh-question just before it ("Which node does the
        heavy lane run on?"): the question is read with the answer put in its gap."""
        if position == 0:
            return
        sentences = index.document.sentences
        here, asked = sentences[position], sentences[position - 1]
        if here.kind not in ("paragraph", "list_item"):
            return
        same_section = asked.context.headings == here.context.headings
        asked_by_heading = asked.kind == "heading" and asked.text in here.context.headings
        if not (same_section or asked_by_heading):
            return
        if not asked.text.rstrip(' *_"”').endswith("?"):
            return
        question = _WH_QUESTION.match(asked.text)
        if question is None:
            return
        label = _ANSWER_LABEL.match(here.text)
        begin = label.end() if label else 0
        stop = _FRAGMENT_END.search(here.text, begin)
        fragment = here.text[begin : stop.start() if stop else len(here.text)].strip()
        if not fragment or len(fragment.split()) > _FRAGMENT_WORDS:
            return
        fragment_tokens = tokenize(fragment)
        if not fragment_tokens.words or fragment_tokens.words[0] in _NOT_FILLERS:
            return
        if not any(m.entity for m in self.phrases.scan(fragment_tokens)):
            return
        rest = asked.text[question.end() :].rstrip(' *_"”').rstrip("?")
        joiner = " is " if question.group("copula") else " "
        text = f"{rest}{joiner}{fragment}."
        filled = Sentence(
            text,
            (here.offsets[begin],) * len(text),
            here.kind,
            here.context,
            (),
            position,
        )
        document = dataclasses.replace(
            index.document,
            sentences=[*sentences[:position], filled, *sentences[position + 1 :]],
        )
        said = {s.property for s in own}
        start = here.text.find(fragment, begin)
        end = start + len(fragment)
        for statement in self._own_statements(DocumentIndex.build(document), position, filled):
            if statement.property in said:
                continue  # the answer says its own value of the property
            subject = dataclasses.replace(statement.subject, origin="question")
            yield dataclasses.replace(statement, start=start, end=end, subject=subject)

    def _sentence(
        self, index: DocumentIndex, position: int, text: str, skip: int = 0
    ) -> Iterator[Statement]:
        """The statements of sentence `position` read as `text`, from its token `skip` on."""
        sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        words = index.words(position)
        source = index.document.source
        clauses = _split_run_ons(
            text,
            tokens,
            strong_clauses(text, tokens),
            lambda at: inside_code_span(source, sentence, at),
        )
        if skip:
            clauses = [(max(begin, skip), end) for begin, end in clauses if end > skip]
        if sentence.kind == "config":
            clauses = [(0, len(tokens))]  # `cpu: 8`: the colon joins a key to its value
        candidates = self._candidates(words)
        # A table row is read cell by cell first ("clean: false | clean: false (kept)":
        # the After cell says it too), then whole, for predicates that span cells.
        passes = [clauses]
        if sentence.kind == "table_row":
            cells = _cell_clauses(text, tokens, [(0, len(tokens))])
            # Within a cell only a semicolon or a sentence's end parts statements:
            # "`clean: false` (kept)" stays one, "queue grows; pod size fixed" and "No. ARC
            # adds runners, it does not resize pods." are two.
            passes.insert(
                0,
                _cut(
                    text,
                    tokens,
                    cells,
                    lambda gap, i: ";" in gap or _sentence_gap(gap, text[tokens.starts[i]]),
                ),
            )
        in_cells: set[tuple[str, str]] = set()  # found reading cell by cell
        for number, pass_clauses in enumerate(passes):
            last = number == len(passes) - 1
            for clause in pass_clauses:
                mentions: list[Mention] | None = None
                seen: set[tuple[str, str]] = set()
                matches = _ClauseMatches(tokens, clause)
                for predicate in candidates:
                    key = (predicate.property, predicate.value)
                    if key in seen or (last and key in in_cells):
                        continue
                    match = matches.of(predicate)
                    if match is None:
                        continue
                    if (
                        last
                        and sentence.kind == "table_row"
                        # an order-free match may pair a row's key with another cell
                        # ("| Nix at job start | already on the image |")
                        and not predicate.pattern.is_conjunction
                        and " | " in text[tokens.starts[match.start] : tokens.ends[match.end - 1]]
                    ):
                        # "| all | Node the runner pod is scheduled on |": one wording is said in
                        # one cell; cell by cell it was read already
                        continue
                    if (
                        last
                        and sentence.kind == "table_row"
                        and " | " in text[tokens.starts[match.start] : tokens.ends[match.end - 1]]
                        and " | " in text[: tokens.starts[match.start]]
                    ):
                        # "| 419 | `nix: command not found` | bug | Nix lanes don't preinstall
                        # Nix |": only the row's key pairs with another cell
                        continue
                    if predicate.when and (
                        not self._in_situation(index, position, predicate.when)
                        # "Everything else stays on tinyland-nix": the earlier situation
                        # (heavy builds) is what "else" sets apart
                        or (
                            _everything_else(tokens.words, clause[0], match.start)
                            and not any(p.search(tokens, *clause) for p in predicate.when)
                        )
                    ):
                        continue
                    if predicate.unless and (
                        _excused(tokens, clause, predicate.unless)
                        or (predicate.when and self._asked_excused(index, position, predicate))
                        or (predicate.when and self._situation_excused(index, position, predicate))
                        or excused_next(index, position, predicate.unless)
                    ):
                        continue
                    if mentions is None:
                        mentions = self.phrases.scan(tokens, *clause)
                    # A later wording may state what an earlier one does not ("it runs the
                    # same baseline image and counts as a repo-owned lane").
                    for _ in range(OCCURRENCES):
                        statement = self._statement(
                            index,
                            position,
                            text,
                            tokens,
                            clause,
                            mentions,
                            predicate,
                            match.start,
                            match.end,
                        )
                        if (
                            statement is not None
                            and not _denied_elsewhere(
                                text, matches, candidates, predicate, statement
                            )
                            and not _contrasted(text, matches, candidates, predicate, match)
                        ):
                            seen.add(key)
                            if not last:
                                in_cells.add(key)
                            yield statement
                            break
                        if (
                            predicate.pattern.is_conjunction
                            or match.end >= clause[1]
                            # A wording quoted first ("falls back to X") is what the rest
                            # of the clause speaks of.
                            or inside_quotes(
                                text, tokens.starts[match.start], tokens.ends[match.end - 1]
                            )
                        ):
                            break
                        match = predicate.pattern.search(tokens, match.end, clause[1])
                        if match is None:
                            break
                if self.quantities and last:
                    if mentions is None:
                        mentions = self.phrases.scan(tokens, *clause)
                    yield from self._quantities(
                        index, position, sentence, text, tokens, clause, mentions
                    )
        if self.columns and sentence.kind == "table_row" and sentence.table_header:
            yield from self._columns(index, position, text, tokens, candidates, in_cells)
        if sentence.kind == "table_row" and sentence.table_header:
            yield from self._answer_cells(index, position, text, tokens, in_cells)

    def _answer_cells(
        self,
        index: DocumentIndex,
        position: int,
        text: str,
        tokens: Tokens,
        found: set[tuple[str, str]],
    ) -> Iterator[Statement]:
        """Cells that answer the property their header or row names: "| `tinyland-nix` |
        yes, in image |" under "Ships Nix?", "| Nix at job start | ✅ on `tinyland-nix` |",
        "| `tinyland-nix` | preinstalled |" under "Nix". The row's key and the cell's header
        (or the header and a short cell) are read as one phrase; its subject is the entity
        the key names, or for a "yes", the header or the cell."""
        sentence = index.document.sentences[position]
        header_row = sentence.table_header
        spans = _cell_spans(text)
        if len(spans) < 2:
            return
        key_range = _token_range(tokens, spans[0])
        key = text[spans[0][0] : spans[0][1]]
        for column, (begin, end) in enumerate(spans[1:], start=1):
            cell = text[begin:end]
            header = header_row[column] if column < len(header_row) else ""
            if not cell or not header or not column_verdict(header, header_row, text).asserted:
                continue
            if _DENYING_CELL.match(cell) or self._foreign_column(index, sentence, begin):
                continue  # "| ❌ (personal scale set) |"
            affirmed = _AFFIRMING_CELL.match(cell) is not None
            cell_range = _token_range(tokens, (begin, end))
            if affirmed:
                phrase = f"{key} {header.rstrip('?')}"
            elif 0 < cell_range[1] - cell_range[0] <= _SHORT_CELL and not _FREE_TEXT_HEADER.match(
                header
            ):
                phrase = f"{header.rstrip('?')} {cell}"
            else:
                continue
            words = tokenize(phrase)
            if any(is_negation(w) for w in words.words):
                continue  # "| Nix missing? | yes |", "| Nix | not in the image |"
            # A value cell ("| preinstalled |") is said of the row's key only; a "yes" may
            # answer for a subject its header or the cell itself names.
            places: list[tuple[int, int] | str] = [key_range]
            if affirmed:
                places += [header, cell_range]
            for prop, value in self._phrase_values(words):
                if (prop, value) in found:
                    continue
                subject = self._answer_subject(tokens, places, prop)
                if subject is None:
                    continue
                found.add((prop, value))
                yield Statement(
                    position,
                    begin,
                    end,
                    prop,
                    value,
                    self._named(subject, "cell"),
                    self._modality(tokens, cell_range, sentence.context.headings, row_status(text)),
                    False,
                    cell_range,
                )

    def _candidates(self, words: frozenset[str]) -> list[Predicate]:
        """The predicates that could match a text of these words, in lexicon order."""
        reachable = set(self._ungated)
        for word in words:
            reachable.update(self._by_word.get(word, ()))
        return [
            self.predicates[n]
            for n in sorted(reachable)
            if self.predicates[n].pattern.could_match(words)
        ]

    def _phrase_values(self, words: Tokens) -> list[tuple[str, str]]:
        """The (property, value) pairs a cell phrase states, by the lexicon's plain patterns
        (situational ones need a situation a phrase does not have)."""
        return [
            (p.property, p.value)
            for p in self._candidates(frozenset(words.words))
            if not p.when and p.pattern.search(words) is not None
        ]

    def _answer_subject(
        self, tokens: Tokens, places: Sequence[tuple[int, int] | str], prop: str
    ) -> str | None:
        """The first entity the places name (a header's text, or a token range of the row)
        when it has a fact on `prop`; None when the first place naming one names another."""
        for place in places:
            if isinstance(place, str):
                mentions = self.phrases.scan(tokenize(place))
            else:
                mentions = self.phrases.scan(tokens, *place)
            named = [m for m in mentions if m.entity]
            if named:
                held = [m for m in named if self.facts.has_fact(m.entity, prop)]
                return held[0].entity if held else None
            if isinstance(place, str) and mentions and not any(m.other for m in mentions):
                # "| | Laptop | GF lane |": a column of the kind answers for the kind
                kinds = [m.kind for m in mentions if m.kind and not m.pronoun]
                if kinds and self.facts.kind_has_fact(kinds[0], prop):
                    return f"kind:{kinds[0]}"
        return None

    def _statement(
        self,
        index: DocumentIndex,
        position: int,
        text: str,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
        predicate: Predicate,
        start: int,
        end: int,
    ) -> Statement | None:
        """The statement one match [start, end) of a predicate makes, if any."""
        if _at_another_place(text, tokens, mentions, start, self.platform):
            return None  # "At Brightmoor every CI job had FlakeHub Cache": another org's CI
        if end < clause[1] and tokens.words[end] in self.topics:
            return None  # "a publication question": a topic, not the value
        if end < clause[1] and tokens.words[end] in _MEASURE_NOUNS:
            return None  # "grows its runner count": the noun was a modifier
        if end - start == 1 and end < clause[1] and tokens.words[end] in _ERROR_NOUNS:
            return None  # "a flakehub.com substituter error": an error's name
        if tokens.words[start] in ("provided", "providing") and (
            start == clause[0] or text[: tokens.starts[start]].rstrip().endswith(",")
        ):
            return None  # "fits on tinyland-nix, provided the job bootstraps Nix": a proviso
        if _spliced_subject(text, tokens, start, end):
            return None  # "Attic is an accelerator, publication is a separate thing"
        if _removal_object(tokens.words, start, mentions):
            return None  # "revert the FlakeHub substituter change": what is being undone
        if (
            not predicate.pattern.is_conjunction
            and _reduced_relative(tokens, start, end)
            # "... jobs we pull store paths from FlakeHub Cache": its object follows
            and not any(m.entity and end <= m.start <= end + 1 for m in mentions)
        ):
            return None  # "The `build` job it depends on runs on ...": what "it" depends on
        if not predicate.pattern.is_conjunction and any(
            m.entity and m.start < end - 1 and end < m.end for m in mentions
        ):
            return None  # "expand once: Actions Runner Controller": the noun is in a name
        if _describes_named_other(
            tokens, clause, mentions, start, end, index.document.sentences[position].kind
        ):
            return None  # "ARC is horizontal, VPA is vertical": what VPA is, not ours
        if _CLEFT_REMOVAL.search(text, tokens.starts[clause[0]], tokens.starts[start]):
            return None  # "What goes away is hosted as the quiet default": it is removed
        if _TAKEN_OUT.search(text, tokens.starts[clause[0]], tokens.ends[end - 1]):
            return None  # "FlakeHub Cache was taken out of the runner substituters"
        if said_to_go(text, tokens.ends[end - 1]):
            return None  # "The FlakeHub Cache substituter ... was supposed to go at the same time"
        prop = predicate.property
        found = self.lexicon.property(prop)
        sentence_context = index.document.sentences[position].context
        if found is not None and found.advice and describes_present(sentence_context):
            return None  # "Context: today product CI runs on ubuntu-latest" is not advice
        for named in mentions:
            if (
                named.start <= start < named.end < end
                and (named.entity or named.other)
                and not predicate.own_words.issuperset(tokens.words[named.start : named.end])
            ):
                start = named.end  # "FlakeHub Cache will serve ...": the name is not the verb
                # "tinyland-nix and tinyland-nix-heavy resolve ...": so is a list of names
                while start + 1 < end and tokens.words[start] in ("and", "or", "&"):
                    joined = next(
                        (
                            m
                            for m in mentions
                            if m.start == start + 1
                            and m.end < end
                            and (m.entity or m.other)
                            and not predicate.own_words.issuperset(tokens.words[m.start : m.end])
                        ),
                        None,
                    )
                    if joined is None:
                        break
                    start = joined.end
        cast = self._cast_subject(tokens, mentions, start, prop)
        subject, mention = (
            self._object_subject(index, position, text, tokens, clause, mentions, prop, end)
            if predicate.subject_after and cast is None
            else (None, None)
        )
        if subject is None and mention is not None:
            return None  # the predicate's object is another subject ("... through the job")
        verb_object = (
            self._verb_object(text, tokens, clause, mentions, end)
            if not predicate.subject_after and cast is None
            else []
        )
        if verb_object:
            # "Runners use attic + bazel-cache for speed, FlakeHub only ...", "the runners
            # only talk to Attic": the statement is about what the verb names
            held = next((m for m in verb_object if self.facts.has_fact(m.entity, prop)), None)
            if held is None:
                return None
            cast = held
        if (
            predicate.subject_after
            and cast is None
            and subject is None
            and _unknown_object(text, tokens, end, clause, mentions)
        ):
            return None  # "Release tarballs go to npm": the place is named, and is no entity
        words = tokens.words
        opens = start == clause[0] or (
            start > clause[0] and _gap(text, tokens, start - 1, start).strip() == ","
        )  # "If you need more memory, use a lane ...": the instruction opens its clause
        if opens and _instructs_unknown(words, start, end, mentions, predicate.own_words):
            return None  # "use `vars.PRIMARY_RUNNER_LABEL` like primary CI": about its object
        if (
            0 < start < len(words)
            and words[start] in ("the", "a", "an")
            and (words[start - 1] in ("through", "via", "to", "into", "onto", "from"))
        ):
            return None  # "releases go out through the publication path": where, not what
        if subject is None:
            subject, mention = self._subject(
                index,
                position,
                tokens,
                clause,
                mentions,
                prop,
                start,
                end,
                cast,
                None if predicate.pattern.is_conjunction else predicate.own_words,
                predicate.own_words,
            )
        if subject is None:
            return None
        if (
            mention is not None
            and mention.start >= end
            and "," in _gap(text, tokens, end - 1, mention.start)
            and _followed_by_verb(tokens, mention, clause)
            # the clause names its own subject before the match ("Attic speeds up ..."), or
            # the verb's own object comes first ("runners use Attic, FlakeHub is ...")
            and any(
                m.entity
                and (
                    (clause[0] <= m.start and m.end <= start)
                    or (end <= m.start and m.end <= mention.start)
                )
                for m in mentions
            )
        ):
            return None  # "Attic speeds up our builds, FlakeHub publishes finished ones"
        if (
            predicate.named_only
            and mention is None
            and (
                subject.origin not in ("named", "sentence")
                # "**DRI:** @a · **Backup:** @b": a field's name, not a predicate
                or text.startswith(":", tokens.ends[end - 1])
            )
            # "Its checkout keeps `clean: false`": a pronoun names the earlier subject
            and not any(w in _REFERRING_PRONOUNS for w in words[clause[0] : start])
            # a row of a table under a heading that names it: the heading is the subject,
            # unless the row says where something applies ("| Applies to | nix.conf ... |")
            and (
                index.document.sentences[position].kind != "table_row"
                or _TARGET_KEY.match(text) is not None
            )
        ):
            return None  # "Declining the substituter part." under a FlakeHub heading
        if mention is None and _relative_antecedent(words, clause, start, end) is not None:
            return None  # "the label that primary CI already uses": the label, not an earlier name
        if (
            mention is None
            and end < len(words)
            and words[end] in ("ones", "one")
            and not any(m.pronoun and m.end <= start for m in mentions)
        ):
            return None  # "We benchmarked the repo-owned ones": some of those named, not each
        if (
            mention is not None
            and mention.start > 0
            and words[mention.start - 1] in _NONE_WORDS
            # "CI can't build without FlakeHub": the predicate ends in its own "without"
            and not (words[mention.start - 1] == "without" and mention.start == end)
            and not _gap(text, tokens, mention.start - 1, mention.start).strip(" `*_")
        ):
            return None  # "finishes with no hosted runner involved": the subject is denied
        if (
            predicate.when
            and predicate.subject_after
            and found is not None
            and found.advice
            and subject.origin != "named"
        ):
            return None  # "point them at the label variable": the object must be the subject
        if index.document.sentences[position].kind == "label" and subject.origin != "named":
            return None  # a step's name ("Bootstrap Nix") says nothing of earlier subjects
        if index.document.sentences[position].kind == "heading" and "?" in text:
            return None  # "Playwright blocked — move to GF? Also: ... `clean: false`": asked
        if index.document.sentences[position].kind == "heading" and subject.origin == "heading":
            return None  # "## Snippet: substituters we configure" under "# Caches and FlakeHub"
        if not self._section_about(index, sentence_context.headings, position):
            # A vendor page with one note about the platform: its other sections are
            # about the vendor's product and for the vendor's own users.
            return None
        first, last = start, end
        if mention is not None:
            first = min(first, mention.start)
            lead = tokens.words[max(end, mention.start - 2) : mention.start]
            if mention.start - end <= OBJECT_REACH or any(w in NEGATIONS for w in lead):
                last = max(last, mention.end)  # "..., not on GitHub's machines": its own
            # else a subject further on ("not part of the runtime, runners never pull
            # from FlakeHub") is not part of the statement's polarity: what lies between
            # has predicates of its own.
        if not predicate.pattern.is_conjunction and straddles_subordinate(
            text, tokens, start, end, clause
        ):
            return None
        first = _subordinate_start(text, tokens, first, last)
        if (
            predicate.pattern.is_conjunction
            and first > start
            and any(
                is_negation(w) and w not in predicate.own_words
                for w in tokens.words[clause[0] : first]
            )
        ):
            # "nothing browser-shaped is preinstalled, so chromium gets installed": a part
            # left in a denied cause, before its result
            return None
        first = min(first, _negative_subject(text, tokens, clause))
        if _hedged_lead(text, tokens, clause) or _names_denied_act(tokens, clause):
            return None
        if predicate.pattern.is_conjunction and any(
            inside_quotes(text, tokens.starts[at], tokens.ends[at])
            and not endorsed_quote(text, tokens.starts[at])
            for at in (start, end - 1)
        ):
            return None  # "Nix is present | "images ship Nix preinstalled" — found wrong"
        verdict = conjunction_verdict(text, tokens, first, last, predicate.own_words, clause)
        if not verdict.asserted:
            return None
        if index.document.sentences[position].kind == "table_row" and answered_no(
            text, tokens.starts[first]
        ):
            return None  # "| Nix on the image | not installed |": the key, answered no
        if self._removed_by_lead(index, position, predicate):
            return None
        sentence = index.document.sentences[position]
        defined = _defines_term(text, tokens, start, sentence.context.label) and not (
            # "**default scheduling surface**: the nodes ..., i.e. `honey` and `sting`": the
            # definition names what the term is said of
            mention is not None and mention.entity and mention.start > end
        )
        if defined or _older_version(index, text):
            return None
        if sentence.kind == "table_row" and _counts_none(text):
            return None  # "| Lanes with preinstalled Nix | 0 | 0 |": there are none
        if sentence.kind == "table_row" and sentence.table_header:
            # A predicate across cells ("Nix | baked into ...") is in each cell it touches.
            for place in (tokens.starts[start], tokens.starts[end - 1]):
                header = cell_header(sentence.text, sentence.table_header, place)
                if not column_verdict(header, sentence.table_header, sentence.text).asserted:
                    return None
                if self._foreign_column(index, sentence, place):
                    return None
        # The place covers the subject too when the clause names it: "tinyland-nix ... ships".
        return Statement(
            position,
            tokens.starts[first],
            tokens.ends[last - 1],
            prop,
            predicate.value,
            subject,
            self._modality(tokens, clause, sentence.context.headings, row_status(text)),
            False,
            clause,
        )

    def _situation_excused(self, index: DocumentIndex, position: int, predicate: Predicate) -> bool:
        """Does the earlier sentence of the block that gives the situation also excuse it
        ("# light: flake check + eval only, peaks ~1.2Gi." / "stays on the regular nix
        lane")? In the statement's own sentence, outside its clause too."""
        block = index.blocks[position]
        at = position
        while at >= max(0, position - PREVIOUS_SENTENCES) and index.blocks[at] == block:
            said = index.tokens[at]
            if any(p.search(said) for p in predicate.when):
                return _excused(said, (0, len(said.words)), predicate.unless)
            at -= 1
        return False

    def _asked_excused(self, index: DocumentIndex, position: int, predicate: Predicate) -> bool:
        """Does the question this sentence answers set the condition that excuses it ("Fits
        comfortably today? Stay on tinyland-nix.")?"""
        if position == 0 or index.blocks[position - 1] != index.blocks[position]:
            return False
        if not index.document.sentences[position - 1].text.rstrip().endswith("?"):
            return False
        asked = index.tokens[position - 1]
        return _excused(asked, (0, len(asked.words)), predicate.unless)

    def _removed_by_lead(self, index: DocumentIndex, position: int, predicate: Predicate) -> bool:
        """Does the block open with an order to remove what this statement says ("**Remove
        hosted fallbacks.** Expressions like ... silently send jobs to GitHub")? The rest
        of the block describes what is to go."""
        block = index.blocks[position]
        lead = position
        while lead > 0 and index.blocks[lead - 1] == block:
            lead -= 1
        if lead == position:
            return False
        words = index.tokens[lead].words
        if not words or words[0] not in REMOVALS | _STOPPING:
            return False
        return any(
            p.property == predicate.property
            and p.value == predicate.value
            and p.pattern.search(index.tokens[lead]) is not None
            for p in self.predicates
        )

    def _in_situation(
        self, index: DocumentIndex, position: int, situation: Sequence[Pattern]
    ) -> bool:
        """Does the sentence, one of the few before it in its section, or a heading above
        it describe the situation ("a 12 GB Rust build ... Keep it on tinyland-nix")?"""
        sentences = index.document.sentences
        here = sentences[position].context.headings
        texts = [index.tokens[position]]
        for back in range(position - 1, max(-1, position - 1 - PREVIOUS_SENTENCES), -1):
            if sentences[back].kind == "heading" or sentences[back].context.headings != here:
                break
            texts.append(index.tokens[back])
        texts.extend(index.heading(h) for h in here)
        return any(p.search(t) is not None for t in texts for p in situation)

    def _foreign_column(self, index: DocumentIndex, sentence: Sentence, place: int) -> bool:
        """Is character `place` of a table row in a comparison table's column for someone
        else? "| | GF lanes | Vendor runners |": a cell under "Vendor runners" describes
        the vendor's runners, not the platform's."""
        header = sentence.table_header
        if len(header) < 3 or not _ASPECT_HEADER.match(header[0]):
            return False
        named = self._header_names(index, header)
        column = sentence.text.count(" | ", 0, place)
        return 0 < column < len(header) and any(named[1:]) and not named[column]

    def _header_names(self, index: DocumentIndex, header: tuple[str, ...]) -> tuple[bool, ...]:
        """For each header cell: does it name an entity or the platform (a subject column)?"""
        named = self._subject_columns.get(header)
        if named is None:
            named = tuple(self._names_subject(index, cell) for cell in header)
            if len(self._subject_columns) >= _HEADER_CACHE:
                self._subject_columns.clear()  # memory stays flat over any corpus
            self._subject_columns[header] = named
        return named

    def _names_subject(self, index: DocumentIndex, cell: str) -> bool:
        """Does a header cell name one of the pack's entities or the platform itself?"""
        tokens = index.heading(cell)
        if any(m.entity for m in self.phrases.scan(tokens)):
            return True
        return any(p.search(tokens) is not None for p in self.platform.about)

    def _section_about(
        self, index: DocumentIndex, headings: tuple[str, ...], position: int | None = None
    ) -> bool:
        return self.platform.section_about(index, headings, position)

    def _modality(
        self,
        tokens: Tokens,
        clause: tuple[int, int],
        headings: tuple[str, ...] = (),
        status: str = "",
    ) -> str:
        """`plan` when the sentence speaks of the future or a proposal ("Next quarter: ..."),
        or sits under a heading of plans ("Unreleased", "Planned", "Roadmap")."""
        words = tokens.words
        # "... our release channel until the publication RFC lands": the bound's plan; a
        # leading "Until the RFC lands, ARC will ..." bounds a plan of its own
        bound = next(
            (i for i in range(clause[0] + 1, len(words)) if words[i] == "until"), len(words)
        )
        if any(w in PLAN_WORDS for w in words[:bound]):
            return "plan"
        if any(
            w == "next" and i + 1 < len(words) and words[i + 1] in _NEXT
            for i, w in enumerate(words)
        ):
            return "plan"
        if any(_PLAN_HEADING.search(h) for h in headings):
            return "plan"
        if status == "planned":
            return "plan"
        return "stated"

    # -- subjects ----------------------------------------------------------------------

    def _cast_subject(
        self, tokens: Tokens, mentions: Sequence[Mention], start: int, prop: str
    ) -> Mention | None:
        """The entity "as" casts into the predicate at `start`, if the graph holds `prop`
        for it ("configure FlakeHub as a substituter")."""
        cast = _cast_as(tokens, mentions, start)
        if cast is None or not cast.entity or not self.facts.has_fact(cast.entity, prop):
            return None
        return cast

    def _subject(
        self,
        index: DocumentIndex,
        position: int,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
        prop: str,
        start: int,
        end: int,
        cast: Mention | None,
        own: frozenset[str] | None = None,
        wording: frozenset[str] = frozenset(),
    ) -> tuple[Subject | None, Mention | None]:
        """`cast`: what `_cast_subject` found before the predicate. `own`: the predicate's
        own words, for a contiguous predicate (None for an order-free one, whose parts may
        hold anything between them). `wording`: the predicate's words either way."""
        listed = self._listed_after_colon(index, position, tokens, clause, mentions, prop, end)
        if listed is not None:
            return self._named(listed.entity, "named"), listed
        if cast is not None and cast.entity:
            # "falls through to FlakeHub as the runtime cache": what "as" casts, whatever
            # a preposition before it or a name after the predicate
            return self._named(cast.entity, "named"), cast
        said = index.document.sentences[position].text
        member = _partitive_member(said, tokens, mentions, start, self.platform.names)
        if member is not None and member.entity and self.facts.has_fact(member.entity, prop):
            # "we used `personal-nix`, one of the repo-owned baseline lanes": the name the
            # apposition counts among them
            return self._named(member.entity, "named"), member
        inside = [
            m
            for m in mentions
            if own is not None
            and start <= m.start
            and m.end <= end
            and m.entity
            and not own.issuperset(tokens.words[m.start : m.end])
        ]
        if inside:
            # "use GitHub-hosted runners for docs": the predicate is about the name it holds.
            # A possessor ("picks up the heavy lane's envelope") owns the thing taken; it
            # does not take it.
            held = [
                m
                for m in inside
                if self.facts.has_fact(m.entity, prop)
                and not tokens.words[m.end - 1].endswith(("'s", "’s"))
            ]
            if held:
                return self._named(held[0].entity, "named"), held[0]
            # "It is a member of the default ARC pool": a pronoun stands for an earlier one
            subject_before = any(
                m.end <= start and ((m.entity and self.facts.has_fact(m.entity, prop)) or m.pronoun)
                for m in mentions
            )
            modifiers = all(m.end < end for m in inside)  # "the general ARC pool"
            # "it now uses `determinate-nix-action@v3` like every other job": the verb's
            # own object, right after it, is what is used
            objects = tokens.words[start] in _TAKING_VERBS and any(
                m.start == start + 1
                or (m.start == start + 2 and tokens.words[start + 1] in _OBJECT_DETERMINERS)
                for m in inside
            )
            if objects or not (_modifies(tokens, inside, end) or (subject_before and modifiers)):
                # "configured for GitHub-hosted runners": the predicate's object is its own
                # subject; "sting has joined the general ARC pool": sting is.
                return None, None
        # An order-free predicate's parts can sit around a name: every name of the clause
        # is a candidate then; a contiguous predicate's span holds no subject.
        outside = [m for m in mentions if own is None or m.end <= start or m.start >= end]
        row = index.document.sentences[position]
        if row.kind == "table_row" and row.table_header and start < len(tokens):
            # "| Node | default pool | `sting` |" under "| | tinyland-nix | heavy |": a name
            # in another lane's column is that column's value, not this cell's subject.
            columns = self._header_names(index, row.table_header)
            here = row.text.count(" | ", 0, tokens.starts[start])
            outside = [
                m
                for m in outside
                if (column := row.text.count(" | ", 0, tokens.starts[m.start])) == here
                or not (column < len(columns) and columns[column])
            ]
        # The mention nearest before the predicate is where English puts its subject; in a
        # table row, within the predicate's cell (the row's key is found further down).
        before = [m for m in outside if m.end <= start]
        if row.kind == "table_row" and start < len(tokens):
            cell_start = row.text.rfind(" | ", 0, tokens.starts[start])
            before = [m for m in before if tokens.starts[m.start] > cell_start]
        # "The GitLab runner beside tinyland-nix uses ...": a name after a preposition is
        # not the subject, the noun before it is.
        subjects = [m for m in before if not _after_preposition(tokens, m)]
        governing: Mention | None = None
        if subjects or before:
            governing = (subjects or before)[-1]
        else:
            destination = next((m for m in outside if end <= m.start <= end + 2), None)
            if (
                destination is not None
                and destination.entity
                and tokens.words[end - 1] in ("to", "onto", "into")
            ):
                if self.facts.has_fact(destination.entity, prop):
                    # "get all 14 repos onto FlakeHub": where they go is what is described
                    return self._named(destination.entity, "named"), destination
                # "move the heavy jobs to `tinyland-nix-heavy` (..., runs on sting)": the
                # predicate is about where they go, which has no such value
                return None, destination
            # A name after the predicate governs it unless a preposition takes it
            # ("12 CPU / 24Gi, pinned to sting": sting is where, not what).
            after = [
                m
                for m in outside
                if not _after_preposition(tokens, m)
                and not (m.other and _in_dependent_phrase(tokens, m))
                # "switch it on for every repo now and sort out the heavy lane": the
                # object of a coordinated predicate
                and not (m.start >= end and _coordinated_verb(tokens, outside, end, m.start))
                # "adding vertical resizing for runner pods, after which `tinyland-nix`
                # jobs can grow": a relative clause's name tells what follows from it
                and not (m.start >= end and _in_relative_clause(tokens, m))
            ]
            governing = after[0] if after else None
            if (
                governing is not None
                and governing.entity
                and 0 < governing.start - end <= 2
                and tokens.words[end] in ("is", "are", "remains", "stays")
                and not self.facts.has_fact(governing.entity, prop)
            ):
                joined = _listed_with(tokens, after, governing)
                members = [m for m in joined if m.entity and self.facts.has_fact(m.entity, prop)]
                if members:
                    # "the default pool is honey and sting": each member is described
                    return self._named(members[0].entity, "named"), members[0]
                return None, None  # "the substituter is Attic": Attic is what is described
        headed = [
            m
            for m in outside
            if end <= m.start <= end + 1
            and m.kind
            and not m.entity
            and not m.other
            # "it does not install Nix on runners": the place the verb names, not its head
            and not (m.start > end and _after_preposition(tokens, m))
        ]
        context = index.document.sentences[position].context.headings
        fragment = (
            bool(headed)
            and bool(context)
            and context[-1].startswith("job ")
            and clause[1] - headed[0].end <= FRAGMENT_TAIL
        )
        if (
            headed
            and not headed[0].pronoun
            and not _predicative(tokens, start, self.platform.names)
            and not fragment
            # "`personal-nix` and `personal-docker` join the baseline lane set": the named
            # subjects before the verb are what joins; the noun is its object
            and not any(
                o.entity
                and self.facts.has_fact(o.entity, prop)
                and clause[0] <= o.start
                and o.end < start - 1
                and (
                    tokens.words[start - 1] in ("the", "a", "an")
                    # "personal-nix and personal-docker are shared baseline lanes"
                    or (start - o.end <= _PREDICATE_NOUN_REACH and tokens.words[o.end] in _COPULAS)
                )
                # "(the repo-owned lanes were corrected)": the noun's own verb follows
                and not (headed[0].end < clause[1] and tokens.words[headed[0].end] in _CLAUSE_VERBS)
                for o in outside
            )
        ):
            # "the repo-owned lanes are ...": the predicate is an attribute of this noun;
            # but a job's comment "# spare repo-owned baseline lane" describes its lane.
            governing = headed[0]
            subjects = [*subjects, governing]
        if (
            governing is not None
            and governing.entity
            and governing in subjects
            and governing.end < start
            and tokens.words[governing.end] in _ACTIVITY_HEADS
            and not _announced(self.lexicon, prop)
        ):
            # "FlakeHub publication uses GitHub OIDC": the publication's, unless the property
            # is how that activity is rolled out ("FlakeHub publication rolls out to ...")
            return None, None
        if governing is not None and governing in subjects:
            # "It is a baseline lane, same as tinyland-docker": not what is described
            outside = [m for m in outside if not (m.start >= end and _compared(tokens, m))]
        # "tinyland-docker uses the same base as the hosted image, so Chromium is there":
        # what a named subject is compared with is not the subject
        likened = [m for m in outside if m.end <= start and _compared(tokens, m)]
        others = [o for o in outside if o.end <= start and all(o is not m for m in likened)]
        if likened and any(o.entity for o in others):
            outside = [m for m in outside if all(m is not x for x in likened)]
        elif likened and governing is not None and any(governing is x for x in likened):
            # "Our docker lanes are built off the same base as GitHub's ubuntu image, so
            # the browsers are already there": the lanes, not what they are likened to
            unlikened = [m for m in subjects if all(m is not x for x in likened)]
            if unlikened and _platform_qualified(tokens, unlikened[-1], self.platform.names):
                outside = [m for m in outside if all(m is not x for x in likened)]
                subjects, governing = unlikened, unlikened[-1]
        with_fact = [
            m
            for m in outside
            if m.entity
            and self.facts.has_fact(m.entity, prop)
            and not (m.start >= end and _opens_clause(index, position, tokens, m))
            and not (m.start >= end and _in_relative_clause(tokens, m))
            # "Install Nix with `nix-job@main` and keep FlakeHub for publication": the
            # object of a coordinated predicate
            and not (m.start >= end and _coordinated_verb(tokens, outside, end, m.start))
        ]
        if (
            governing is not None
            and governing.other
            and governing in subjects
            and not governing.agent
        ):
            named = self._subject_before_object(index, position, tokens, subjects, governing, prop)
            if named is not None:
                return self._named(named.entity, "named"), named
            return None, None  # another product's subject says it ("the GitLab runner ...")
        if governing is not None and governing.pronoun and governing in subjects:
            # "untainting sting so the lanes can use it as overflow": "it" is sting.
            antecedents = [m for m in with_fact if m.end <= governing.start]
            if antecedents:
                named = antecedents[-1]
                between = tokens.words[named.end : governing.start]
                if any(is_negation(w) for w in between):
                    # "FlakeHub does not install Nix, it is not a substituter": the
                    # statement starts at the pronoun, with one negation of its own.
                    return self._named(named.entity, "named"), governing
                return self._named(named.entity, "named"), named
        if (
            governing is not None
            and governing in subjects
            and governing.kind
            and not governing.entity
            and not governing.other
            and _pointed_at(tokens, governing)
        ):
            # "If you're on `tinyland-nix-heavy` you can skip the install step, that image
            # has Nix baked in": a pointing word takes the name said before it
            antecedents = [m for m in with_fact if m.end <= governing.start]
            if antecedents:
                return self._named(antecedents[-1].entity, "named"), antecedents[-1]
        if (
            governing is not None
            and governing in subjects
            and governing in with_fact
            and not any(m.other for m in outside if m.start > governing.start)
            and all(
                m.end <= start
                or _after_preposition(tokens, m)
                or tokens.words[m.start - 1] in ("after", "before")
                for m in with_fact
            )
        ):
            # "FlakeHub is the second-tier cache for the lanes, right after Attic": the
            # subject before the predicate, not the name a preposition takes after it.
            return self._named(governing.entity, "named"), governing
        preferred = _antecedent(tokens, with_fact, start) or self._row_key(
            index, position, tokens, with_fact, start
        )
        if preferred is not None:
            return self._named(preferred.entity, "named"), preferred
        if with_fact:
            nearest = min(with_fact, key=lambda m: _distance(m, start, end))
            closer = [
                m for m in outside if _distance(m, start, end) < _distance(nearest, start, end)
            ]
            if any(
                m.other
                and not (m.start >= end and _in_dependent_phrase(tokens, m))
                # "... and skip the step": a word of the predicate's own, not a subject
                and not (own is None and m.start > start and _worded(tokens, m, wording))
                and self._subject_before_object(index, position, tokens, subjects, m, prop)
                is not nearest
                for m in closer
            ):
                return None, None  # "a workflow that bootstrapped Nix itself"
            if (
                governing is not None
                and governing.pronoun
                and end < len(tokens.words)
                and tokens.words[end] in _SOURCE_PREPOSITIONS
                and end < nearest.start <= end + 2
            ):
                # "They pull Nix from FlakeHub": the pronoun pulls, the source is described
                return self._named(nearest.entity, "named"), nearest
            if not (
                governing is not None
                and governing in closer
                and not governing.entity
                and not governing.other
                and (governing.pronoun or governing.kind in self.lexicon.kinds_of(prop))
                and not _distributive(tokens, governing)
                # "`sting` is just another node in the default pool": what sting is
                and not (
                    not governing.pronoun
                    and _predicative(tokens, governing.start, self.platform.names)
                )
                # "The heavy lane uses a nodeSelector to pin its pods, so no toleration is
                # required": the pods are the named lane's own
                and not (
                    nearest.end <= governing.start
                    and governing.start > 0
                    and tokens.words[governing.start - 1] in ("its", "their")
                )
            ):
                return self._named(nearest.entity, "named"), nearest
            outside = [m for m in outside if m is not nearest]  # "that lane" is the subject
        elif governing is not None and (governing.entity or governing.other):
            return None, None  # about something the graph has no such fact on
        elif any(
            m.entity
            and self.facts.kinds.get(m.entity) in self.lexicon.kinds_of(prop)
            and not (
                m.start >= end
                and (_in_subordinate_clause(tokens, m) or _in_relative_clause(tokens, m))
            )
            for m in outside
        ):
            return None, None  # "... are tinyland-docker and tinyland-nix": about those lanes
        # "X installs Nix, and that is the supported bootstrap step": past the coordinator
        opener = clause[0] + (
            clause[0] + 1 < clause[1] and tokens.words[clause[0]] in ("and", "but", "so")
        )
        if tokens.words[opener] in ("that's", "this's") or (
            tokens.words[opener] in DEMONSTRATIVES
            and opener + 1 < clause[1]
            and (
                tokens.words[opener + 1] in COPULAS
                # "push the closure to FlakeHub; that should take care of the memory
                # problem": what the clause before does would do it
                or (
                    tokens.words[opener] in ("that", "this", "which")
                    and tokens.words[opener + 1] in _MODALS
                )
            )
        ):
            # "add our Attic cache; that's how we hand out closures": the clause before
            # names what "that" is when it names one subject with the fact; at the start of
            # a sentence, the sentence before does ("Use FlakeHub. That's how ...").
            before = self.phrases.scan(tokens, 0, opener)
            said_before, said_tokens = index.document.sentences[position].text, tokens
            if (
                clause[0] == 0
                and position > 0
                and index.blocks[position - 1] == index.blocks[position]
            ):
                said_before = index.document.sentences[position - 1].text
                said_tokens = index.tokens[position - 1]
                before = self.phrases.scan(said_tokens)
            earlier = {
                m.entity
                for m in before
                if m.entity
                and self.facts.has_fact(m.entity, prop)
                # '"Fall back to `ubuntu-latest` when busy." That's a silent fallback': what
                # the quotation says is classed, not the runner it names
                and not inside_quotes(
                    said_before, said_tokens.starts[m.start], said_tokens.ends[m.end - 1]
                )
            }
            if len(earlier) == 1:
                return self._named(earlier.pop(), "sentence"), None
            if not (earlier and opener > clause[0]):
                return None, None  # "That is publication": refers to a statement
        kinds = self.lexicon.kinds_of(prop)
        # A generic noun in the clause ("the controller", "the lane") says what kind of
        # subject an earlier mention must be to be the one meant.
        # After a pronoun subject, only a noun in the subject's place counts: "It gives the
        # pod more memory" is not said of a pod.
        pronoun_subject = governing is not None and governing.pronoun and governing in subjects
        nouns = {
            m.kind
            for m in outside
            if m.kind
            and not m.entity
            and not m.other
            and not m.pronoun
            and not (pronoun_subject and m.end > start)
            and not _after_where(tokens, m)
        }
        generic_class = [
            m
            for m in [governing]
            if m is not None
            and m in subjects
            and m.kind
            and not m.entity
            and not m.other
            and not m.pronoun
            and not _anaphoric(tokens, m)
            # "| FlakeHub | where our runners get their Nix from |": the place is meant
            and not _after_where(tokens, m)
            # "`sting` is just another node in the default pool": what sting is
            and not _predicative(tokens, m.start, self.platform.names)
        ]
        if generic_class:
            # "Repo-owned scale sets authenticate ...": a class, not an earlier subject;
            # but a number for a class the facts give none ("Pod limits read 8 CPU") is
            # the number of the lane the section is about, found below.
            classed = self._generic(generic_class, tokens, prop)
            noun = generic_class[0]
            owner = _object_of_named(tokens, mentions, noun)
            if classed[0] is None and owner is not None and owner.entity:
                # "The heavy lane uses a larger image that ships with Nix": its image
                return self._named(owner.entity, "named"), owner
            quantified = noun.start > 0 and tokens.words[noun.start - 1] in _QUANTIFIERS
            if classed[0] is not None or prop not in self.quantities or quantified:
                return classed
        if _everything_else(tokens.words, clause[0], start):
            return None, None  # "Everything else stays on the default surface": not sting
        if (
            start > clause[0] + 1
            and tokens.words[start - 1] in _PEOPLE
            and tokens.words[start - 2].isalpha()
            and tokens.words[start - 2] not in _CLAUSE_OPENERS
        ):
            return None, None  # "the registry you publish to": the reader's act, not a subject's
        if (
            (
                start == clause[0] + 1
                and tokens.words[clause[0]] in ("the", "a", "an")
                and not any(m.start == start for m in mentions)  # "the pod grows": a kind's noun
                # "the second attempt gets more memory": a job's run, on the lane meant earlier
                and _RUN_NOUNS.isdisjoint(tokens.words[start : start + 3])
                # "The browsers are already on the runner image": the object names the kind
                and not any(
                    m.kind and not m.entity and not m.other and not m.pronoun and end <= m.start
                    for m in outside
                )
                # "The browsers ship with the runner image": a place of the subject's kind
                # inside the predicate names where
                and not any(
                    m.kind in kinds and not m.entity and not m.other and start < m.start < end
                    for m in mentions
                )
            )
            or _own_noun_subject(tokens.words, clause[0], start, mentions)
            or _counted_antecedent(
                tokens.words, clause[0], start, self.phrases.scan(tokens, 0, clause[0])
            )
            or (
                start == clause[0] + 1
                and _bare_plural(tokens.words[clause[0]], clause[0], mentions)
                # "| When the queue is full | jobs fall back here |": the column names it
                and index.document.sentences[position].kind != "table_row"
            )
        ):
            # "The bootstrap action installs Nix", "Workflows install Nix themselves": the
            # predicate follows a noun phrase of its own that names no entity; no earlier
            # sentence's subject is meant.
            return None, None
        if _unknown_object_phrase(tokens, end, clause[1], mentions):
            # "It's not where packages come from; packages are published to npm by the
            # publish step": the channel or source is named, and the pack does not know it
            return None, None
        if (
            start == clause[0] + 1
            and tokens.words[start] in COPULAS
            and tokens.words[clause[0]].isalpha()
            and tokens.words[clause[0]] not in _NOT_OWN_SUBJECTS
            # "hosted is our default": a word of the platform's, not a name
            and not tokens.words[clause[0]].endswith(("ed", "ing"))
            and not any(m.start <= clause[0] < m.end for m in mentions)
        ):
            # "Remote cache speeds up builds only; npm is where packages are distributed":
            # the clause's own subject, a name the pack does not know
            return None, None
        sentence = index.document.sentences[position]
        lead = self._colon_lead(sentence.text, tokens, clause[0], start, prop)
        if lead is not None:
            return self._named(lead.entity, "named"), lead
        lookups: list[tuple[list[Mention], str]] = []
        if sentence.kind == "table_row" and sentence.table_header:
            # A cell's column header names its subject before any other cell of the row.
            header = cell_header(sentence.text, sentence.table_header, tokens.starts[start])
            lookups.append((self.phrases.scan(index.heading(header)), "table"))
        in_sentence = self.phrases.scan(tokens, 0, clause[0])
        if (
            sentence.kind == "table_row"
            and start < len(tokens)
            and not any(m.pronoun and m.end <= start for m in mentions)
        ):
            # "| FU-2 | Answer 2.5 said ... FlakeHub. Is that right? | No. Jobs install Nix
            # themselves |": a row's key or the cell itself names the subject, not a cell
            # between them ("They are ..." may answer for the question's subject)
            key_end = sentence.text.find(" | ")
            cell_start = sentence.text.rfind(" | ", 0, tokens.starts[start])
            in_sentence = [
                m
                for m in in_sentence
                if tokens.ends[m.end - 1] <= key_end or tokens.starts[m.start] > cell_start
            ]
        lookups.append((in_sentence, "sentence"))
        if sentence.kind == "table_row" and len(sentence.table_header) == 2:
            # "| Runner label | `tinyland-nix-heavy` |" above "| Memory limit | 32Gi |": a
            # settings table names its subject in a row of its own
            lookups.append((self._settings_subject(index, position), "settings"))
        for mentions_found, origin in lookups:
            decided = self._decide(mentions_found, prop, origin, nouns)
            if decided is not False:
                return decided, None
        if sentence.kind == "table_row":
            # "| Nix build cache | Attic | acceleration |": the next cell, a name alone,
            # names the subject of a short label cell that ends in the predicate
            tool_cell = _next_cell_name(sentence.text, tokens, start, end, self.phrases)
            decided = self._decide(tool_cell, prop, "sentence", nouns)
            if decided is not False:
                return decided, None
        anaphoric = bool(nouns) or any(m.pronoun for m in outside)
        pointing = tokens.words[clause[0]] in ("this", "that") and (
            clause[0] + 1 < clause[1] and tokens.words[clause[0] + 1] in ("one", "tool", "action")
        )
        if (
            tokens.words[clause[0]] in _SELECTING
            and start > clause[0] + 1
            and not any(m.pronoun and m.start < start for m in mentions)
        ):
            # "Only the `tinyland-*` ones are repo-owned": a selection from what was named
            # before, not any one of them.
            return None, None
        if (
            _imperative(tokens, clause[0], start, mentions)
            or _commanded(sentence.text, tokens, start, mentions)
        ) and not _announced(self.lexicon, prop):
            # "Install Nix in the workflow.": the reader is told what to do; the subject
            # of the sentence before is not what installs it. A rollout is told to the
            # reader of what the section is about ("switch publishing on for every repo").
            return None, None
        if start == clause[0] and tokens.words[start].endswith("ing") and start + 1 < end:
            # "Installing Nix stays in your workflow": the act is the sentence's subject
            return None, None
        if start == clause[0] and end < clause[1] and tokens.words[end] in _STATE_VERBS:
            # "Nix bootstrap on self-hosted lanes stays workflow-owned" under "Can FlakeHub
            # install Nix?": the act named first is what the sentence is about
            return None, None
        if withdraws(sentence.text):
            # "... sets up Nix from FlakeHub." / "Declined: Nix install on runners is
            # workflow-owned": the verdict's reason does not speak of what it turned down;
            # it may speak of a kind it names itself ("Nope, the Nix lanes already have it").
            return self._generic(
                [
                    m
                    for m in mentions
                    if m.kind in kinds
                    and not m.pronoun
                    and not m.entity
                    and not m.other
                    # "Nope — the browsers ship with the runner image": the place named in
                    # a clause of its own after the verdict's dash or colon
                    and (
                        m.end <= start
                        or (
                            start < m.start < end
                            and _VERDICT_BREAK.search(sentence.text, 0, tokens.starts[start])
                            is not None
                        )
                    )
                ],
                tokens,
                prop,
            )
        if _LIST_LEAD.match(sentence.text):
            # "What actually speeds up jobs on the lanes:": the list below says what does
            return None, None
        advice = self.lexicon.property(prop)
        if (
            advice is not None
            and advice.advice
            and _placed_on_own_lanes(tokens, end, clause[1], self.platform.names)
        ):
            # "Since then the smoke tests run on the same self-hosted label": where jobs
            # run is named, and it is not what an earlier sentence was about
            return None, None
        pronoun = next((m for m in reversed(mentions) if m.pronoun and m.end <= start), None)
        named_before = (
            [m for m in mentions if m.entity and not m.pronoun and m.end <= pronoun.start]
            if pronoun is not None
            else []
        )
        if named_before:
            # "We'll switch to `nix-job@main`, it installs Nix for us": the pronoun takes
            # the name before it in its own sentence, which has no such value; "fine on
            # tinyland-nix, it is sized elastically": which has.
            if self.facts.has_fact(named_before[-1].entity, prop):
                return self._named(named_before[-1].entity, "sentence"), None
            return None, None
        if _people_act(tokens.words, clause[0], start) and not _points_back_before_break(
            sentence.text, tokens, mentions, end, clause[1]
        ):
            # "But it's a cache. / We still publish the package to the registry": the
            # speakers act, on something the clause names or no one; not the cache before,
            # nor the heading's ("### ... through FlakeHub?" / "You install Nix in the
            # workflow")
            return None, None
        decided = self._previous(index, position, prop, nouns, anaphoric, pointing)
        if decided is not False:
            return decided, None
        for container in reversed(sentence.context.container):
            # '=== "tinyland-nix"' over "Nix comes preinstalled": a content tab, or a
            # titled admonition, heads what it holds as a heading does
            parts = container.split(":", 2)
            if parts[0] not in ("tab", "admonition", "details") or len(parts) < 2:
                continue
            found = self.phrases.scan(tokenize(parts[-1]))
            decided = self._decide(found, prop, "heading", nouns)
            if decided is not False:
                return decided, None
        headings = sentence.context.headings
        for depth, heading in enumerate(reversed(headings)):
            if (
                depth > 0
                and depth == len(headings) - 1
                and _opens_with_noun_phrase(tokens.words, mentions, clause[0], start)
            ):
                # "# Nix and FlakeHub" / "## Who brings Nix?" / "The first thing a Nix job
                # does is install Nix": the page's title is not what a sentence with a
                # subject of its own under another heading speaks of
                break
            heading_tokens = index.heading(heading)
            found = self.phrases.scan(heading_tokens)
            decided = self._decide(found, prop, "heading", nouns)
            if decided is not False:
                return decided, None
            if (
                depth == 0
                and heading.rstrip().endswith("?")
                and any(m.pronoun and m.start < start for m in mentions)
            ):
                # "### How do the Nix runners get Nix?" / "They pull it from FlakeHub":
                # the pronoun answers for the kind the question asks about.
                asked = self._generic([m for m in found if not m.pronoun], heading_tokens, prop)
                if asked[0] is not None:
                    return asked[0], None
        # "Runner pods just grow when a build needs more": with no subject anywhere else,
        # the kind of thing the predicate's own noun names is what it is said of.
        # A possessive ("the shared template's checkout") names an owner, not a subject; a
        # heading's noun phrase ("Shared template and workspace hygiene") says no more.
        own_nouns = [
            m
            for m in mentions
            if sentence.kind != "heading"
            and start <= m.start
            and m.end <= end
            and not m.entity
            and not m.other
            and not m.pronoun
            and not tokens.words[m.end - 1].endswith("'s")
        ]
        return self._generic(
            [m for m in [*outside, *own_nouns] if m.kind in kinds and not m.pronoun], tokens, prop
        )

    def _subject_before_object(
        self,
        index: DocumentIndex,
        position: int,
        tokens: Tokens,
        subjects: list[Mention],
        other: Mention,
        prop: str,
    ) -> Mention | None:
        """ "ARC will notice the job is close to its limit and bump ...": another thing
        after a name with the fact, in the same phrase, is the verb's object; the name is
        the subject."""
        text = index.document.sentences[position].text
        named = [
            m
            for m in subjects
            if m.end < other.start  # "the tinyland-nix-heavy listener": one noun
            and m.entity
            and self.facts.has_fact(m.entity, prop)
            and not any(
                mark in text[tokens.ends[m.end - 1] : tokens.starts[other.start]]
                for mark in (",", ":", ";", "—", "(")
            )
        ]
        return named[-1] if named else None

    def _listed_after_colon(
        self,
        index: DocumentIndex,
        position: int,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
        prop: str,
        end: int,
    ) -> Mention | None:
        """ "Repo-owned lanes org repos can target: `tinyland-docker`, ..., `personal-nix`":
        a label before a colon says its value of each name listed after it."""
        text = index.document.sentences[position].text
        if end >= len(tokens) or any(m.entity for m in mentions if m.end <= end):
            return None
        # The list may be a clause of its own: the colon ends the label's.
        stop = min(len(tokens), clause[1] + 1)
        found = _LIST_COLON.search(text, tokens.ends[end - 1], tokens.starts[stop - 1])
        if found is None or _LIST_COLON.search(text, found.end()):
            return None
        colon = found.start()
        after = self.phrases.scan(tokens, end, len(tokens))
        listed = [m for m in after if m.entity and tokens.starts[m.start] > colon]
        if len(listed) < 2:
            return None  # one name after a colon is an example, not a list
        return next((m for m in listed if self.facts.has_fact(m.entity, prop)), None)

    def _columns(
        self,
        index: DocumentIndex,
        position: int,
        text: str,
        tokens: Tokens,
        candidates: list[Predicate],
        found: set[tuple[str, str]],
    ) -> Iterator[Statement]:
        """Cells that name a subject under a header that says what they are ("| e2e |
        `ubuntu-latest` |" under "After"): the row places its key on that subject."""
        sentence = index.document.sentences[position]
        header_row = sentence.table_header
        cells = _cell_clauses(text, tokens, [(0, len(tokens))])
        parts = text.split(" | ")
        if len(cells) > 1 and _ROW_NUMBER.match(parts[0].strip(" `*_")):
            cells, parts = cells[1:], parts[1:]  # "| 2 | OOM kill ... |": the # column
        key = parts[0].strip(" `")
        if _SETTING.match(key) or _TRANSITIONAL.search(text):
            return  # a row about a setting (`ATTIC_SERVER`), or a move still under way
        if names_symptom(key):
            return  # "| OOM kill in Rust builds | `tinyland-nix` |": where it failed
        if any(_RUN_RECORD_HEADER.match(cell) for cell in header_row):
            return  # "| e2e | ubuntu-latest | ❌ not started |" under "Result": a run's record
        keyed = {m.entity for m in self.phrases.scan(tokens, *cells[0]) if m.entity}
        # The row, or the heading over its table ("Approved exceptions register"), may say
        # something else of a column's property ("named docs exception").
        headings = sentence.context.headings
        heading = index.heading(headings[-1]) if headings else None
        said = [(p, tokens) for p in candidates]
        if heading is not None:
            said += [(p, heading) for p in self._candidates(frozenset(heading.words))]
        for column in self.columns:
            if (column.property, column.value) in found:
                continue
            if column.when and not any(p.search(tokens) for p in column.when):
                continue
            if any(p.search(tokens, *cells[0]) for p in column.unless):
                continue  # the row's key says the work is not the kind the value is about
            if any(
                p.property == column.property
                and p.value != column.value
                and p.pattern.search(where) is not None
                for p, where in said
            ):
                continue
            for first, stop in cells[1:]:
                header = cell_header(text, header_row, tokens.starts[first])
                if not any(h.search(index.heading(header)) for h in column.headers):
                    continue
                if not column_verdict(header, header_row, text).asserted:
                    continue
                named = [m for m in self.phrases.scan(tokens, first, stop) if m.entity]
                if not named or named[0].start > first + 1:
                    continue  # the cell must be about the subject, not mention it in passing
                if (
                    len({m.entity for m in named if m.kind == named[0].kind}) > 1
                    and "or" not in tokens.words[first:stop]
                ):
                    # "| `tinyland-nix`, `tinyland-nix-heavy` |": the row's jobs use both,
                    # which goes where it does not say ("X or Y" offers each).
                    continue
                mention = named[0]
                if mention.entity in keyed or not self.facts.has_fact(
                    mention.entity, column.property
                ):
                    continue  # "| `ubuntu-latest` | `ubuntu-latest` |": a label mapped to itself
                if not conjunction_verdict(
                    text, tokens, mention.start, mention.end, frozenset(), (first, stop)
                ).asserted:
                    continue
                yield Statement(
                    position,
                    tokens.starts[mention.start],
                    tokens.ends[mention.end - 1],
                    column.property,
                    column.value,
                    self._named(mention.entity, "cell"),
                    self._modality(
                        tokens, (first, stop), sentence.context.headings, row_status(text)
                    ),
                    False,
                    (first, stop),
                )
                found.add((column.property, column.value))
                break

    def _object_subject(
        self,
        index: DocumentIndex,
        position: int,
        text: str,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
        prop: str,
        end: int,
    ) -> tuple[Subject | None, Mention | None]:
        """The name right after the predicate, when the predicate's object is what has the
        value ("falls back to GitHub-hosted `ubuntu-latest`")."""
        actor = 0
        # "consume releases from there instead of the npm registry": "there" is the object
        back_reference = end < clause[1] and tokens.words[end] in _BACK_REFERENCES
        for mention in [] if back_reference else mentions:
            # "..., jobs quietly run on ubuntu-latest": adverbs do not count to the reach
            adverbs = sum(w.endswith("ly") for w in tokens.words[end : mention.start])
            if (
                mention.start < end
                or mention.start > end + 3 + min(adverbs, 2) + actor
                or mention.start >= clause[1]
            ):
                continue
            gap = text[tokens.ends[end - 1] : tokens.starts[mention.start]] if end else ""
            if (
                _OBJECT_BREAK.search(gap)
                # "Attic speeds up our builds, FlakeHub publishes ...": a new clause's subject
                or ("," in gap and _followed_by_verb(tokens, mention, clause))
                # (a cell's separator, not an expression's "||")
                or gap.count(" | ") > 1
                # "our release channel until the FlakeHub RFC lands": a bound's own
                or not _SUBORDINATING.isdisjoint(tokens.words[end : mention.start])
            ):
                # '| "... our package registry." | Ruth | Attic is ...': a sentence or a
                # cell beyond the next is not the predicate's object ("| handed to
                # downstream projects | Attic |" maps a row to its equivalent).
                break
            if mention.start == end + 1 and tokens.words[end] == "for":
                continue  # "sting is basically overflow for honey": what it serves, not it
            if mention.entity and self.facts.has_fact(mention.entity, prop):
                return self._named(mention.entity, "named"), mention
            if mention.entity and mention.start <= end + 1:
                # "Runners use attic + bazel-cache for speed, FlakeHub only sees ...": the
                # object has no such value; one joined to it in a list may have it.
                joined = _joined_list(text, tokens, mentions, mention)
                held = next(
                    (m for m in joined if m.entity and self.facts.has_fact(m.entity, prop)),
                    None,
                )
                if held is not None:
                    return self._named(held.entity, "named"), held
                return None, mention
            if (
                (mention.other or mention.entity)
                and end > 0
                and tokens.words[end - 1] in _PREPOSITIONS
            ):
                # "releases go through the release job", "routed to the heavy lane (...
                # on sting)": its object's, and the object has no such value
                return None, mention
            if mention.agent and mention.start < end + 3:
                # "..., your job runs on ubuntu-latest": the actor and its verb, not the
                # object, follow the condition
                actor += mention.end - mention.start + 1
                continue
            if mention.entity or mention.other:
                break
        words = tokens.words
        gap = text[tokens.ends[end - 1] : tokens.starts[end]] if 0 < end < clause[1] else ","
        if words[end - 1] in _SOURCE_PREPOSITIONS and not gap.strip(" `*_"):
            at = end
            while at < clause[1] and words[at] in _OBJECT_DETERMINERS:
                at += 1
            named = any(m.start <= at < m.end for m in mentions)
            if at < clause[1] and not named and words[at - 1] in _POINTING:
                # "Push it into the Attic cache. ... install our tools from that cache":
                # a pointing noun means the one named before.
                earlier = self._previous(index, position, prop, set(), True)
                return (earlier or None), None
            if at < clause[1] and not named and words[at] not in _BACK_REFERENCES:
                # "Grab releases from npm": the object names the channel, even one the
                # pack does not know; the statement is not about an earlier subject.
                return None, Mention(at, at + 1, other=True)
        return None, None

    def _verb_object(
        self,
        text: str,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
        end: int,
    ) -> list[Mention]:
        """The names a match that ends on a verb takes as its object, right after it ("use
        attic + bazel-cache", "talk to Attic"): [] when it names none."""
        if not 0 < end < clause[1] or tokens.words[end - 1] not in _OBJECT_VERBS:
            return []
        at = end + (tokens.words[end] in _OBJECT_DETERMINERS)
        named = next((m for m in mentions if m.start == at and m.entity), None)
        if named is None or "," in _gap(text, tokens, end - 1, named.start):
            return []
        return [named, *(m for m in _joined_list(text, tokens, mentions, named) if m.entity)]

    def _row_key(
        self,
        index: DocumentIndex,
        position: int,
        tokens: Tokens,
        candidates: list[Mention],
        start: int,
    ) -> Mention | None:
        """In a table row, the entity its first cell names is what the row is about."""
        sentence = index.document.sentences[position]
        if sentence.kind != "table_row":
            return None
        first_cell_end = sentence.text.find(" | ")
        if first_cell_end == -1 or tokens.starts[start] < first_cell_end:
            return None
        in_key = [m for m in candidates if tokens.ends[m.end - 1] <= first_cell_end]
        return in_key[0] if in_key else None

    def _generic(
        self, mentions: list[Mention], tokens: Tokens, prop: str
    ) -> tuple[Subject | None, Mention | None]:
        for mention in mentions:
            if tokens.words[mention.end - 1] in _UNOWNED_NOUNS and not _platform_qualified(
                tokens, mention, self.platform.names
            ):
                continue  # "most CI images" are anyone's; "our runner images" are the lanes'
            if self.facts.kind_has_fact(mention.kind, prop):
                name = " ".join(tokens.words[mention.start : mention.end])
                return Subject(frozenset([f"kind:{mention.kind}"]), "generic", name), mention
        return None, None

    def _previous(
        self,
        index: DocumentIndex,
        position: int,
        prop: str,
        nouns: set[str],
        anaphoric: bool,
        pointing: bool = False,
    ) -> Lookup:
        """The subject an earlier sentence of the section gives. `anaphoric`: the clause
        points back ("it", "the lane"), so a sibling list item may be what it means."""
        sentences = index.document.sentences
        here = sentences[position].context.headings
        if sentences[position].kind in ("table_row", "heading"):
            # Rows are records of their own; a heading opens a section of its own: only
            # the header and the headings above count.
            return False
        source = index.document.source
        item = None if anaphoric else item_marker_column(source, sentences[position])
        for back in range(position - 1, max(-1, position - 1 - PREVIOUS_SENTENCES), -1):
            previous = sentences[back]
            if previous.kind == "heading" or previous.context.headings != here:
                break
            if previous.kind in ("table_row", "table_header"):
                break  # a table's rows are records; prose after it takes the section's subject
            if item is not None and previous.kind == "list_item":
                # A bullet that opens with its own words and points back to nothing is a
                # record of its own: a sibling before it ("- ... (8 CPU / 16Gi, sting)")
                # names none of its subjects; the item it is nested in may.
                marker = item_marker_column(source, previous)
                if marker is None:
                    marker = enclosing_item_column(source, previous)
                if marker is None or marker >= item:
                    break
            asks = previous.text.rstrip(" \"'”’*_").endswith("?")  # '"Why does ...?"'
            origin = "question" if asks else "previous"
            earlier = index.tokens[back]
            found = self.phrases.scan(earlier)
            if not asks:
                # 'using it does not mean we pull Nix "from FlakeHub". It installs Nix.': a
                # name in a quoted phrase is a word mentioned, not a thing to point back to
                # (a quoted rule or statement still says something of what it names)
                found = [
                    m
                    for m in found
                    if not _in_short_quote(
                        previous.text, earlier.starts[m.start], earlier.ends[m.end - 1]
                    )
                ]
            decided = self._decide(found, prop, origin, nouns)
            if decided is not False:
                return decided
            if origin == "question" and any(
                m.entity
                and not m.pronoun
                and (not nouns or self.facts.kinds.get(m.entity) in nouns)
                for m in found
            ):
                # "Does `nix-job` configure the cache?" / "Yes. It points the substituter
                # at Attic": the answer is about what the question asks of, nothing earlier.
                return None
            if origin == "question" and not any(m.pronoun for m in found):
                # "Why does `nix-check` spend a minute?" / "That's the Nix install. It's a
                # normal part of the job": a question that names nothing the pack knows
                # opens a topic of its own; what came before it is another answer's.
                break
            if pointing and any(m.entity and not m.pronoun for m in found):
                # "> Use `determinate-nix-action` ..." / "This one we do use, as ...": a
                # pointing word means the nearest thing named, whatever its facts.
                return None
        return False

    def _colon_lead(
        self, text: str, tokens: Tokens, begin: int, start: int, prop: str
    ) -> Mention | None:
        """ "FlakeHub: installs Nix + serves the binary cache": a name that opens a clause
        before a colon is the subject of what follows it (a diagram node, a label)."""
        for mention in self.phrases.scan(tokens, 0, start):
            if not mention.entity or not self.facts.has_fact(mention.entity, prop):
                continue
            name_end = tokens.ends[mention.end - 1]
            after = text[name_end:].lstrip(" `*_")
            before = text[: tokens.starts[mention.start]].rstrip(" `*_\"'[(")
            opens = mention.start in (0, begin) or before.endswith(("—", "–", ";", "|", "."))
            if opens and after.startswith(":") and text.find(":", name_end) < tokens.starts[start]:
                return mention
        return None

    def _settings_subject(self, index: DocumentIndex, position: int) -> list[Mention]:
        """The names in the value of the row of a two-column settings table whose key says
        what the table configures ("| Runner label | `tinyland-nix-heavy` |"): a row of
        the same table as row `position`, the nearest first."""
        sentences = index.document.sentences
        here = sentences[position]

        def same_table(other: int) -> bool:
            return (
                0 <= other < len(sentences)
                and sentences[other].kind == "table_row"
                and sentences[other].table_header == here.table_header
            )

        for step in (-1, 1):
            other = position + step
            while same_table(other) and abs(other - position) <= _SETTINGS_REACH:
                key = sentences[other].text.partition(" | ")[0]
                if _SUBJECT_KEY.match(key):
                    tokens = index.tokens[other]
                    return [
                        m
                        for m in self.phrases.scan(tokens)
                        if m.entity and tokens.starts[m.start] > len(key)
                    ]
                other += step
        return []

    def _decide(self, mentions: list[Mention], prop: str, origin: str, nouns: set[str]) -> Lookup:
        """The subject these mentions give: an entity with a fact (the last one), None when
        they name something else, False when they name nothing (look further). With
        `nouns`, only an entity of one of those kinds can be meant."""
        with_fact = [
            m
            for m in mentions
            if m.entity
            and self.facts.has_fact(m.entity, prop)
            and (not nouns or self.facts.kinds.get(m.entity) in nouns)
        ]
        if with_fact:
            return self._named(with_fact[-1].entity, origin)
        kinds = self.lexicon.kinds_of(prop)
        # Only a subject that could have the property stops the search: a node named
        # before "Its memory limit is 12Gi" is not what "its" means for a lane's limit.
        if any(
            (m.other and not m.agent)
            or (
                m.entity
                and (not kinds or self.facts.kinds.get(m.entity) in kinds)
                # "Will ARC bump my limit?" / "Yes, the runner set raises ...": a noun of
                # another kind than the one named is not a pointer to it
                and (not nouns or self.facts.kinds.get(m.entity) in nouns)
            )
            for m in mentions
        ):
            return None
        return False

    def _named(self, entity: str, origin: str) -> Subject:
        return Subject(frozenset([entity]), origin, self.facts.names.get(entity, entity))

    # -- quantities --------------------------------------------------------------------

    def _quantities(
        self,
        index: DocumentIndex,
        position: int,
        sentence: Sentence,
        text: str,
        tokens: Tokens,
        clause: tuple[int, int],
        mentions: list[Mention],
    ) -> Iterator[Statement]:
        words = tokens.words
        for i in range(*clause):
            found = self._quantity_at(sentence, tokens, i, clause)
            if found is None:
                continue
            prop, value, last = found
            start, end = i, last
            if any(
                m.kind
                and not m.entity
                and m.start > 0
                and words[m.start - 1] in _QUANTIFIERS
                and words[m.end - 1] in _LANE_NOUNS
                for m in mentions
            ):
                continue  # "every lane at its maximum adds up to 24 CPU": a sum, not a limit
            lead = i
            while lead > clause[0] and (
                words[lead - 1] in _APPROXIMATE_GLUE
                or words[lead - 1] in _COPULA_GLUE
                or _RANGE_START.fullmatch(words[lead - 1])
            ):
                # "peak RSS of about 11Gi", "peak RSS is ~11–13Gi": the usage word before
                # the hedge, the verb and the range's first number
                lead -= 1
            near = words[max(clause[0], lead - 2) : min(clause[1], last + 1)]
            if any(w in USAGE_WORDS or w.rpartition(".")[2] in USAGE_WORDS for w in near):
                continue  # "~13Gi peak", "needs 12 GB": a job's use, not the subject's limit
            if sentence.kind == "table_row" and _measured_row(
                sentence.text, sentence.table_header, tokens.starts[i]
            ):
                continue  # "| cgroup `memory.peak` | 9.81 GiB |", "| peak | 6.1Gi |": measured
            if not _REQUESTING.isdisjoint(words[max(clause[0], i - _REQUEST_REACH) : i]):
                continue  # "We asked for 32Gi on the heavy lane": what someone wanted
            if _compared_amount(words, last, clause[1]):
                continue  # "3Gi of headroom", "13Gi is well past what ...": not a limit
            if i > clause[0] and words[i - 1] in _THRESHOLDS:
                continue  # "more than ~8Gi → tinyland-nix-heavy": a threshold, not a limit
            if _requests_named(words, clause[0], i):
                continue  # "Requests are set high (4 / 12Gi)": what the pod asks, not its limit
            if last < clause[1] and words[last] in _SIZE_CLASSES:
                continue  # "Anything in the ~10Gi+ range should run on ...": a class of work
            if last < clause[1] and words[last] in _WORK_NOUNS:
                continue  # "same 14G job on tinyland-nix-heavy: completed": the job's size
            if _what_work_needs(words, clause[0], i):
                continue  # "the lane for builds that blow through the 8Gi ceiling": the builds'
            if _generic_example(words, clause[0], i):
                continue  # "A pod that starts with 8Gi ends with 8Gi": any pod, none named
            subject, mention = self._subject(
                index,
                position,
                tokens,
                clause,
                mentions,
                prop,
                start,
                end,
                self._cast_subject(tokens, mentions, start, prop),
            )
            if subject is None:
                continue
            pods = any(
                m.kind and not m.entity and not m.pronoun and words[m.end - 1] in _POD_NOUNS
                for m in mentions
            )
            if (
                mention is None
                and subject.origin not in ("sentence", "question")
                # "### How big is the heavy lane?" / "12 CPU and 32Gi.": the answer's
                and not (
                    subject.origin == "heading"
                    and sentence.context.headings
                    and sentence.context.headings[-1].rstrip().endswith("?")
                )
                and sentence.kind not in ("table_row", "config")
                and not pods  # "Runner pods here get 6 CPU": the lane's pods, not a job
                and not any(w in _LIMIT_WORDS for w in words[clause[0] : clause[1]])
                and not _limit_label(sentence.text)
            ):
                continue  # "my job needs 12 GiB": a job's need, not the lane's limit
            first, stop = start, end
            if mention is not None:
                first, stop = min(first, mention.start), max(stop, mention.end)
            own = frozenset(words[start:end])
            if any(w in REPORTED_VALUE_WORDS for w in words[clause[0] : clause[1]]):
                continue  # "the overlay still listed 12Gi", "the old value was 6 CPUs"
            judged = clause
            if sentence.kind == "table_row":
                # "| **no**, workflow installs it | 8 CPU / 32Gi limit |": another cell's
                # answer does not deny this cell's number
                cell = next(
                    (c for c in _cell_spans(text) if c[0] <= tokens.starts[start] < c[1]), None
                )
                if cell is not None:
                    inner = _token_range(tokens, cell)
                    if inner[0] <= start and end <= inner[1]:
                        judged = inner
                        first, stop = max(first, inner[0]), min(stop, inner[1])
            verdict = conjunction_verdict(text, tokens, first, stop, own, judged)
            if not verdict.asserted:
                continue
            char_start = tokens.starts[start]
            if sentence.kind == "table_row" and sentence.table_header:
                header = cell_header(sentence.text, sentence.table_header, char_start)
                if not column_verdict(header, sentence.table_header, sentence.text).asserted:
                    continue
                if self._foreign_column(index, sentence, char_start):
                    continue
            yield Statement(
                position,
                char_start,
                tokens.ends[end - 1],
                prop,
                value,
                subject,
                self._modality(tokens, clause, sentence.context.headings, row_status(text)),
                True,
                clause,
            )

    def _quantity_at(
        self, sentence: Sentence, tokens: Tokens, i: int, clause: tuple[int, int]
    ) -> tuple[str, str, int] | None:
        """(property, number, end token) when token `i` is a number with a unit."""
        words = tokens.words
        spelled = NUMBER_WORDS.get(words[i])
        number = _NUMBER.match(spelled or words[i])
        if number is None:
            return None
        value, attached = number.group(1), number.group(2)
        if attached:
            prop = self.units.get(attached)
            return (prop, value, i + 1) if prop is not None else None
        if i + 1 < clause[1] and words[i + 1] in self.units:
            gap = sentence.text[tokens.ends[i] : tokens.starts[i + 1]]
            if "," in gap or gap.endswith("-"):
                return None  # "JOBS=4, --cores": the next item's word, or a flag
            return self.units[words[i + 1]], value, i + 2
        # "CPU limit of 6", "memory: 24 GiB" — the unit a few glue words before.
        back = i - 1
        while back >= clause[0] and words[back] in _QUANTITY_GLUE and i - back <= 3:
            back -= 1
        # A config line's key is its unit (`cpu: "8"`); in prose "8 CPU 16 ..." the unit
        # right before a number is the previous number's.
        glued = back < i - 1 or sentence.kind == "config"
        if back >= clause[0] and glued and words[back] in self.units:
            if sentence.text[: tokens.starts[back]].endswith("-"):
                return None  # "--cores 4": a command's flag, not the subject's size
            return self.units[words[back]], value, i + 1
        if sentence.kind == "table_row" and sentence.table_header:
            header = cell_header(sentence.text, sentence.table_header, tokens.starts[i])
            cell_words = [w.casefold() for w in re.findall(r"[\w]+", header)]
            if not _MEASURE_HEADER_WORDS.isdisjoint(cell_words) or not USAGE_WORDS.isdisjoint(
                cell_words
            ):
                return None  # "CPU-hours", "GiB used", "Memory (avg)": what was used
            units = [self.units[w] for w in cell_words if w in self.units]
            if len(set(units)) == 1:
                return units[0], value, i + 1
        return None


_RUN_RECORD_HEADER = re.compile(
    r"^\W*(?:result|results|conclusion|outcome|duration|took|exit code|run time|runtime|time|"
    r"elapsed|wall(?:[- ]clock)?(?:\s+time)?|started|finished|attempts?)\W*$"
    # "| runs-on (resolved) |": where each job of a run was resolved to
    r"|\(resolved\)\W*$",
    re.IGNORECASE,
)
"""A column of a run's record: its rows say where jobs ran, not where they should."""
_LIMIT_LABEL = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:limits?|envelope|size)\W*:", re.IGNORECASE)


def _limit_label(text: str) -> bool:
    """Does the sentence open with a label naming limits ("Limits: 8 CPU, 32Gi memory")?
    The numbers after it are limits, whichever of its clauses they sit in."""
    return _LIMIT_LABEL.match(text) is not None


_AFFIRMING_CELL = re.compile(r"^\W*?(?:(?:yes|y|true)\b|[✅✓✔☑])", re.IGNORECASE)


def _cell_spans(row: str) -> list[tuple[int, int]]:
    """Character spans of a row's cells (joined by ` | `), without their outer spaces."""
    spans: list[tuple[int, int]] = []
    begin = 0
    while True:
        stop = row.find(" | ", begin)
        end = len(row) if stop == -1 else stop
        piece = row[begin:end]
        lead = len(piece) - len(piece.lstrip())
        spans.append((begin + lead, begin + len(piece.rstrip())))
        if stop == -1:
            return spans
        begin = stop + 3


def _token_range(tokens: Tokens, span: tuple[int, int]) -> tuple[int, int]:
    inside = [i for i, start in enumerate(tokens.starts) if span[0] <= start < span[1]]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


_FREE_TEXT_HEADER = re.compile(
    r"^\W*(?:use|uses|used for|use for|use it for|purpose|notes?|description|comments?|why|"
    r"what|details|remarks|examples?|good for|best for)\W*$",
    re.IGNORECASE,
)
"""Columns of free text about the row ("Use", "Notes"), not values of a property."""
_DENYING_CELL = re.compile(r"^\W*?(?:(?:no|n|false|none|n/a)\b|[❌✗✘✖—-])", re.IGNORECASE)
_SHORT_CELL = 4
"""Words of a cell read together with its header ("| preinstalled, ready to use |")."""
_PLAN_HEADING = re.compile(
    r"\b(unreleased|planned|upcoming|roadmap|coming soon|next|proposal|proposed|todo|"
    r"future work|in progress|okrs?|key results|goals|action items?|follow-ups?|next steps|"
    r"rollout|rollout plan|phases?)\b",
    re.IGNORECASE,
)
_HEADER_CACHE = 1024
_ASPECT_HEADER = re.compile(
    r"^\W*(?:aspect|aspects|feature|features|dimension|topic|question|criterion|criteria|"
    r"category|area|property|capability|capabilities|comparison|compare|concern|item)?\W*$",
    re.IGNORECASE,
)
"""The first header cell of a table whose other columns are subjects side by side."""
_SETTING = re.compile(r"^[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")
_TRANSITIONAL = re.compile(
    r"(?i)\b(moving|migrating|drift|pending|todo|tracked in|to be moved|being moved)\b"
)
_TERM = re.compile(r"^([^:|]{1,40}?) : (\w+)")
_BOLD_TERM = re.compile(
    r"^([^:|]{1,40}?): (\w+)\b(?!\s+(?:is|are|was|were|has|have|will|can|does|do|gets|runs)\b)"
)
"""A glossary entry written "**vertical pod resizing**: growing a running pod's ...": the
term is the paragraph's bold lead."""
_CAPITAL_VERSION = re.compile(r"\bV(\d+)\b")
_NONE_CELL = re.compile(r"^\s*(?:0|none|zero|no|n/a|-|—)\b", re.IGNORECASE)


_CLAUSE_VERBS = frozenset(
    "is are was were has have does do will can stays stay remains remain".split()
)


_STOPPING = frozenset("drop stop avoid kill delete eliminate ditch".split())
"""Orders that, like the removals, take away what they name."""


def _opens_clause(index: DocumentIndex, position: int, tokens: Tokens, mention: Mention) -> bool:
    """ "Attic is the acceleration layer, FlakeHub is for publication": a name after a
    comma or a coordinator with a verb of its own opens the next clause; it is not the
    subject here."""
    if mention.start == 0 or mention.end >= len(tokens):
        return False
    text = index.document.sentences[position].text
    gap = text[tokens.ends[mention.start - 1] : tokens.starts[mention.start]]
    # "... substitute from Attic and FlakeHub is publication only": so does one after "and".
    if tokens.words[mention.start - 1] in _QUESTION_WORDS:
        return True  # "(how Nix gets onto a runner, where FlakeHub fits)": its own question
    opened = "," in gap or tokens.words[mention.start - 1] in _CLAUSE_COORDINATORS
    return opened and tokens.words[mention.end] in _CLAUSE_VERBS


_MENTIONED_WORDS = 4
"""The most words of a quotation that mentions a wording rather than quoting a statement."""


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a quoted phrase of a few words ('"from FlakeHub"')?"""
    opening = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    closing = min((at for at in (text.find('"', end), text.find("”", end)) if at >= 0), default=-1)
    return (
        opening >= 0
        and closing >= 0
        and len(text[opening + 1 : closing].split()) <= _MENTIONED_WORDS
        and inside_quotes(text, start, end)
    )


_ANSWER_KEY_HEADING = re.compile(r"\b(?:answers?|answer\s+key|key|solutions?)\b", re.IGNORECASE)
_KEY_REACH = 200
"""Sentences back from an answer key's item to the question it answers."""


def _keyed_item(index: DocumentIndex, position: int) -> int | None:
    """The numbered question an answer key's item answers ("## Answers" / "3. **True.**"
    keys "3. Repo-owned Nix lanes should point ..." in the questions above)."""
    sentences = index.document.sentences
    here = sentences[position]
    if here.kind != "list_item" or not any(
        _ANSWER_KEY_HEADING.search(h) for h in here.context.headings[1:]
    ):
        return None
    source = index.document.source
    number = ordered_item_number(source, here)
    if number is None:
        return None
    for back in range(position - 1, max(-1, position - 1 - _KEY_REACH), -1):
        asked = sentences[back]
        if asked.kind != "list_item" or asked.context.headings == here.context.headings:
            continue
        if ordered_item_number(source, asked) == number:
            return back
    return None


def _generic_example(words: Sequence[str], begin: int, at: int) -> bool:
    """Does the clause open on an indefinite noun its relative clause describes ("A pod
    that starts with 8Gi ..."), before the amount at `at`: an example of a kind?"""
    return (
        begin + 2 < at
        and words[begin] in ("a", "an", "any")
        and words[begin + 2] in ("that", "which", "who", "whose")
    )


_NOT_OWN_SUBJECTS = frozenset(
    """it this that these those which what who where here there everything something nothing
    all both each one they he she we you i""".split()
)
"""Words before a copula that point elsewhere for the subject, unlike a name ("npm is
where packages are distributed")."""
_CLAUSE_COORDINATORS = frozenset("and but while whereas".split())


def excused_next(index: DocumentIndex, position: int, conditions: Sequence[Pattern]) -> bool:
    """Does the next sentence of the block, pointing back ("That's on purpose: ...",
    "That's written down as an exception"), give the condition that excuses this one?"""
    after = position + 1
    if after >= len(index.tokens) or index.blocks[after] != index.blocks[position]:
        return False
    said = index.tokens[after]
    if not said.words:
        return False
    if said.words[0] not in _POINTING_BACK:
        # "Opt-in only, for when you're debugging ...": a fragment that is the excuse
        return said.words[0] in _LIMITING_FRAGMENT or _excused(
            said, (0, min(len(said.words), 2)), conditions
        )
    reach = (0, min(len(said.words), _EXCUSE_REACH))
    return (
        _excused(said, reach, conditions)
        or _ON_PURPOSE.search(index.document.sentences[after].text) is not None
    )


_POINTING_BACK = frozenset("that that's this this's it's which".split())
_LIMITING_FRAGMENT = frozenset("opt-in optional manual-only debug-only".split())
_EXCUSE_REACH = 16
"""How far into the next sentence its excuse may stand."""
_ON_PURPOSE = re.compile(
    r"^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?"
    r"(?:on\s+purpose|deliberate|intentional|by\s+design|intended)\b",
    re.IGNORECASE,
)
"""A sentence that calls the one before it deliberate ("That's on purpose: ...")."""


def _excused(tokens: Tokens, clause: tuple[int, int], conditions: Sequence[Pattern]) -> bool:
    """Does the clause assert a condition that makes the statement consistent ("once the
    heavy lane is stable"), not deny it ("without waiting for the heavy lane")?"""
    for condition in conditions:
        found = condition.search(tokens, *clause)
        if found is None:
            continue
        lead = tokens.words[max(clause[0], found.start - 6) : found.start]
        if not any(is_negation(w) or w in PREPOSITIONAL_NEGATIONS for w in lead):
            return True
    return False


def _defines_term(text: str, tokens: Tokens, start: int, label: str = "") -> bool:
    """A glossary entry ("Vertical resizing : Changing a pod's memory in place ..."), or a
    sentence that opens with a term and says what it means ("*Vertical* scaling means
    making one thing bigger"): the term is described, not the platform."""
    term = _TERM.match(text) or (_BOLD_TERM.match(text) if label else None)
    if term is not None and label and not term.group(1).strip().startswith(label.strip(" :*_")):
        term = None  # "tinyland-nix: ..." with no bold term: a lane's line, not a glossary
    if term is None:
        opening = _DEFINED_OPENING.match(text)
        return opening is not None and tokens.starts[start] < opening.end(1)
    opening_word = term.group(2).casefold()
    # "growing a running pod's ...": what the term does; "sting ..." is a name
    return tokens.starts[start] < term.end(1) or (
        opening_word.endswith("ing") and len(opening_word) > len("sting")
    )


_DEFINED_OPENING = re.compile(
    r"^\W{0,3}((?:(?:an?|the)\s+)?[\w*_`-]+(?:\s+[\w*_`-]+){0,2})\W{0,3}\s+"
    r"(?:means|refers\s+to|stands\s+for|is\s+short\s+for|is\s+defined\s+as)\b",
    re.IGNORECASE,
)
"""A term of at most three words that opens a sentence defining it ("Vertical scaling means
...", "In-place resize refers to ...")."""


def _describes_named_other(
    tokens: Tokens,
    clause: tuple[int, int],
    mentions: Sequence[Mention],
    start: int,
    end: int,
    kind: str,
) -> bool:
    """Is the match the name of another product that its own clause goes on to describe
    ("VPA is vertical") or deny ("VPA has nothing useful to learn from a one-job pod"), or
    that a heading with no entity of the platform names as its topic ("## VPA (Vertical Pod
    Autoscaler)")? Naming it is then no statement that the platform uses it."""
    named = next((m for m in mentions if m.other and m.start <= start and end <= m.end), None)
    if named is None:
        return False
    if kind == "heading" and not any(m.entity for m in mentions):
        return True
    if named.end + 1 >= clause[1]:
        return False
    words = tokens.words
    verb = words[named.end]
    if any(is_negation(w) for w in words[named.end : min(named.end + 3, clause[1])]):
        return verb in _CLAUSE_VERBS or verb in _MODALS or verb in ("can't", "won't")
    return verb in ("is", "are", "'s") and not any(
        m.entity and named.end <= m.start < clause[1] for m in mentions
    )


def _older_version(index: DocumentIndex, text: str) -> bool:
    """ "V1 checks out with clean: false" on a page that is about V2: history."""
    mine = [int(v) for v in _CAPITAL_VERSION.findall(text)]
    if not mine:
        return False
    cached = index.derived.get("latest_version")
    if not isinstance(cached, int):
        cached = max(
            (
                int(v)
                for sentence in index.document.sentences
                for v in _CAPITAL_VERSION.findall(sentence.text)
            ),
            default=0,
        )
        index.derived["latest_version"] = cached
    return max(mine) < cached


def _counts_none(row: str) -> bool:
    """A table row whose value cells all say there are none."""
    cells = row.split(" | ")[1:]
    return bool(cells) and all(_NONE_CELL.match(cell) for cell in cells)


def _cell_clauses(
    text: str, tokens: Tokens, clauses: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The clauses of a table row cut at its cells (cells are joined by ` | `)."""
    return _cut(text, tokens, clauses, lambda gap, _: " | " in gap)


_SENTENCE_GAP = re.compile(r"[.!?][\"”’)]?\s+([`*_\"“]*)")


def _sentence_gap(gap: str, following: str) -> bool:
    """Does the gap between two tokens end one sentence and begin another ("no. ARC")?"""
    found = _SENTENCE_GAP.fullmatch(gap)
    return found is not None and (bool(found.group(1)) or following.isupper())


def _cut(
    text: str,
    tokens: Tokens,
    clauses: list[tuple[int, int]],
    boundary: Callable[[str, int], bool],
) -> list[tuple[int, int]]:
    """The clauses cut wherever the text between two tokens (the gap before token `i`) is a
    `boundary`."""
    result: list[tuple[int, int]] = []
    for begin, end in clauses:
        start = begin
        for i in range(begin + 1, end):
            if boundary(text[tokens.ends[i - 1] : tokens.starts[i]], i):
                result.append((start, i))
                start = i
        result.append((start, end))
    return result


_VERDICT_BREAK = re.compile(r"\s[—–]\s|[:;]\s")
"""A dash, colon or semicolon after a verdict ("Nope — ..."): what follows is said anew."""


def _affirms(lead: Sequence[str]) -> bool:
    """Does an answer open by affirming its question ("Yes", "Usually, yes", "It will",
    "Keep it", "It's slated for ...")?"""
    if any(is_negation(word) for word in lead):
        return False  # "It should not.", "Sure, but not ..."
    if any(word in YES_WORDS for word in lead[:3]):
        return True
    if tuple(lead[:3]) in AFFIRMING_PHRASES or tuple(lead[1:4]) in AFFIRMING_PHRASES:
        return True  # "That's the plan", "That is the plan"
    if len(lead) > 2 and lead[1] in _AFFIRMING_ADVERBS:
        return (lead[0], lead[2]) in AFFIRMING_LEADS  # "It already does", "It certainly will"
    return tuple(lead[:2]) in AFFIRMING_LEADS


_SPEAKER_WORDS = 3
"""At most this many words before a colon name a speaker ("@ops@example.social:"); a
longer lead is the answer's own ("That's the plan for the next sprint: ...")."""
_AFFIRMING_ADVERBS = frozenset("already certainly definitely usually still now".split())


def _split_run_ons(
    text: str,
    tokens: Tokens,
    clauses: list[tuple[int, int]],
    in_code: Callable[[int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Split clauses where a sentence mark was missed ("... moves it. not one of ..."), but
    not after an abbreviation ("isolated vs. reused")."""

    def missed_mark(gap: str, i: int) -> bool:
        return (
            _RUN_ON.match(gap) is not None
            and tokens.words[i - 1] not in _ABBREVIATIONS
            # "`clean: false`": a mark inside a code span is the code's
            and not (in_code is not None and in_code(tokens.ends[i - 1]))
        )

    return _cut(text, tokens, clauses, missed_mark)


_ABBREVIATIONS = frozenset("vs e.g i.e etc cf approx incl esp".split())


def _subordinate_start(text: str, tokens: Tokens, first: int, last: int) -> int:
    """Where the statement's own phrase begins when the match reaches back over a comma into
    another predicate's phrase ("Nothing is lost for consumers, because nobody installs ...")."""
    for i in range(last - 1, first, -1):
        if (
            tokens.words[i] in _LEAD_SUBORDINATORS
            and "," in text[tokens.ends[i - 1] : tokens.starts[i]]
        ):
            return i
    return first


def _hedged_lead(text: str, tokens: Tokens, clause: tuple[int, int]) -> bool:
    """A lead-in before a colon that reports the clause ("rejected: ...", "Myth: ...")."""
    colon = text.rfind(":", 0, tokens.starts[clause[0]] if clause[0] < len(tokens) else len(text))
    if colon == -1:
        colon = text.find(
            ":", tokens.starts[clause[0]], tokens.starts[min(clause[0] + 4, clause[1] - 1)]
        )
    if colon == -1:
        return False
    before = [w for w, e in zip(tokens.words, tokens.ends, strict=True) if e <= colon]
    if opens_with_label(before):
        return True  # "Rejected alternative, writing it down so we stop re-proposing it: ..."
    lead = before[-4:]
    # "One exception people keep asking about: ...": the colon gives the answer;
    # "Assumption A4: ...": a numbered entry of the document's own assumptions register.
    return any(
        w in HEDGES
        and not denied_hedge(lead, i)
        and not (w in ASKING and lead[i + 1 :] == ["about"])
        # "Good news for those who asked: ...": the colon answers them
        and not (w in ASKING and i > 0 and lead[i - 1] in ("who", "whoever"))
        and not (w in REGISTER_ENTRIES and any(c.isdigit() for c in "".join(lead[i + 1 :])))
        # "ARC is smarter than I expected: ...": a comparison, not a belief reported
        and not (i >= 2 and lead[i - 2] == "than")
        for i, w in enumerate(lead)
    )


_PARTITIVE_DETERMINERS = frozenset(["the", "our", "its", "their", "your"])


def _partitive_member(
    text: str, tokens: Tokens, mentions: Sequence[Mention], start: int, names: frozenset[str]
) -> Mention | None:
    """The name an apposition counts among the predicate's noun ("`personal-nix`, one of
    the repo-owned lanes"), if the predicate at `start` follows "one of the"."""
    words = tokens.words
    if start < 4 or tuple(words[start - 3 : start - 1]) != ("one", "of"):
        return None
    if words[start - 1] not in _PARTITIVE_DETERMINERS and words[start - 1] not in names:
        return None  # "one of the lanes", "one of GF's lanes"
    named = next((m for m in mentions if m.end == start - 3), None)
    if named is None or "," not in text[tokens.ends[named.end - 1] : tokens.starts[start - 3]]:
        return None
    return named


def _cast_as(tokens: Tokens, mentions: Sequence[Mention], start: int) -> Mention | None:
    """The name right before "as (the|a|our)" that opens the predicate at `start`
    ("configure FlakeHub as a substituter"), or before the predicate's own "as", if any."""
    words = tokens.words
    at = start - 1
    if at >= 0 and words[at] in ("the", "a", "an", "our", "their", "its"):
        at -= 1
    if start < len(words) and words[start] == "as":
        at = start  # the predicate's own "as" ("FlakeHub as a publication channel")
    elif at < 1 or words[at] != "as":
        return None
    return next((m for m in mentions if m.end == at), None)


_DEMONSTRATIVES = frozenset(["that", "this", "which", "that's", "this's"])
_NAMING_VERBS = frozenset("is was would means counts amounts becomes".split())
_FORBIDDING_LEADS = frozenset(["do", "don't", "never", "avoid", "please"])


def _names_denied_act(tokens: Tokens, clause: tuple[int, int]) -> bool:
    """Does the clause open with a pronoun for an act the sentence forbids before it ("Do not
    move the jobs to `ubuntu-latest`; that is a silent fallback")? It names what is not
    done, it does not say it happens; "it" after a denial is the thing denied ("FlakeHub
    is not ...; it is ...")."""
    words = tokens.words
    begin = clause[0]
    if not 0 < begin < len(words) - 1 or words[begin] not in _DEMONSTRATIVES:
        return False
    if "'" not in words[begin] and words[begin + 1] not in _NAMING_VERBS:
        return False
    return words[0] in _FORBIDDING_LEADS and any(is_negation(w) for w in words[:begin])


def _antecedent(tokens: Tokens, candidates: list[Mention], start: int) -> Mention | None:
    """ "FlakeHub Cache, which the lanes consult ...": the noun a relative clause is about."""
    for mention in candidates:
        follow = mention.end
        if (
            follow < start
            and tokens.words[follow] in ("which", "that", "who")
            and follow + 1 <= start
        ):
            return mention
    return None


_SUBJECT_KEY = re.compile(
    r"^\W*(?:runner\s+label|runs-on|label|lane|runner\s+lane|scale\s+set|runner\s+set|"
    r"runner\s+scale\s+set|name)\W*$",
    re.IGNORECASE,
)
"""The key of a settings table's row that names what the table configures."""
_SETTINGS_REACH = 8
"""How many rows away a settings table's naming row may be."""
_TAKING_VERBS = frozenset(
    "use uses used using add adds added adding enable enables enabled enabling configure "
    "configures configured configuring call calls called calling run runs ran running".split()
)
"""Verbs whose object, right after them, is what the predicate speaks of."""
_OBJECT_DETERMINERS = frozenset("the a an our your their its my this that these those".split())
_SOURCE_PREPOSITIONS = frozenset("from through via off".split())
_BACK_REFERENCES = frozenset(
    "it them there here which where itself themselves one ones whichever".split()
)
_PREPOSITIONS = frozenset(
    """beside besides on in at to from with than like unlike for of near into onto via
    by about across behind alongside""".split()
)
_UNOWNED_NOUNS = frozenset(["image", "images", "platform"])
_PLATFORM_WORDS = frozenset(
    [
        "our",
        "self-hosted",
        "platform",
        "platform's",
        "nix",
        "runner",
        "runner's",
        "lane",
        "lane's",
    ]
)


_PREDICATE_DETERMINERS = frozenset(["a", "an", "the", "one", "our", "their", "another"])
_PARTITIVES = frozenset(["one", "part", "among", "some", "any", "each", "all"])


_HAVING_VERBS = frozenset(
    "uses use used has have had runs run ships ship boots boot gets get starts start".split()
)
_OBJECT_REACH = 3
"""Words between a verb and the noun of its object ("uses a larger image")."""


def _object_of_named(tokens: Tokens, mentions: Sequence[Mention], noun: Mention) -> Mention | None:
    """The named subject whose object a generic noun is ("The heavy lane uses a larger
    image that ...": the image is the heavy lane's), or None."""
    words = tokens.words
    for verb in range(noun.start - 1, max(-1, noun.start - 2 - _OBJECT_REACH), -1):
        if words[verb] in _HAVING_VERBS:
            return next((m for m in mentions if m.entity and not m.other and m.end == verb), None)
        if words[verb] in COPULAS or words[verb] in ("and", "or", "but"):
            return None
    return None


def _predicative(tokens: Tokens, start: int, names: frozenset[str]) -> bool:
    """ "X is a repo-owned lane": the noun phrase is what X is, not a subject of its own."""
    words = tokens.words
    back = start - 1
    if back >= 0 and (words[back] in _PLATFORM_MODIFIERS or words[back] in names):
        back -= 1  # "X is one of the GF baseline lanes"
    if back >= 0 and words[back] in _ATTRIBUTES:
        back -= 1  # "X is a supported baseline lane"
    elif back >= 1 and words[back] not in _PREDICATE_DETERMINERS:
        # "X is our lightweight repo-owned Nix lane": adjectives after a determiner
        adjectives = back
        while adjectives >= back - 1 and words[adjectives] not in _PREDICATE_DETERMINERS:
            if words[adjectives] in COPULAS or not words[adjectives].replace("-", "").isalpha():
                break
            adjectives -= 1
        if adjectives >= 0 and words[adjectives] in _PREDICATE_DETERMINERS:
            back = adjectives
    if back >= 0 and words[back] in _PREDICATE_DETERMINERS:
        back -= 1
    # "it's one of our repo-owned lanes", "counted as part of the baseline"
    if back >= 1 and words[back] == "of" and words[back - 1] in _PARTITIVES:
        back -= 2
        if back >= 0 and words[back] in _PREDICATE_DETERMINERS:
            back -= 1
    elif back >= 1 and words[back] == "of" and _superlative(words, back - 1):
        # "it's the most complete of our baseline lanes", "the biggest of the lanes"
        back -= 2
        if back >= 0 and words[back] in ("most", "least"):
            back -= 1
        if back >= 0 and words[back] in _PREDICATE_DETERMINERS:
            back -= 1
    while back >= 0 and words[back] in _COPULA_ADVERBS:
        back -= 1  # "are effectively the baseline lanes"
    if back < 0:
        return False
    word = words[back]
    return word in COPULAS or word in ("as", "be", "being", "become") or word.endswith("'s")


_ATTRIBUTES = frozenset(
    """supported standard official regular normal proper real full fully stable ordinary
    general production""".split()
)
"""Adjectives between a determiner and a predicate's noun ("a supported baseline lane")."""
_PLATFORM_MODIFIERS = _PLATFORM_WORDS - {"our", "nix", "runner", "runner's", "lane", "lane's"}
"""The platform's name before a noun ("the GF baseline lanes"): a modifier, not a subject."""
_COPULA_ADVERBS = frozenset(
    """effectively basically essentially practically really actually officially now still
    also just already""".split()
)


def _superlative(words: Sequence[str], at: int) -> bool:
    """Is the word at `at` a superlative ("most complete", "biggest", "best")?"""
    word = words[at]
    return (
        (at > 0 and words[at - 1] in ("most", "least"))
        or word in _SUPERLATIVES
        or (len(word) > 5 and word.endswith("est") and word.isalpha())
    )


_SUPERLATIVES = frozenset("best worst first last only".split())


def _after_preposition(tokens: Tokens, mention: Mention) -> bool:
    before = mention.start - 1
    while before >= 0 and tokens.words[before] in (
        "the",
        "a",
        "an",
        "our",
        "its",
        "their",
        "every",
        "each",
        "this",
        "that",
        "all",
    ):
        before -= 1
    # "from the Nix-enabled image": a compound modifier sits between them
    while before >= 0 and "-" in tokens.words[before] and mention.start - before <= 3:
        before -= 1
        while before >= 0 and tokens.words[before] in ("the", "a", "an", "our", "its", "their"):
            before -= 1
    return before >= 0 and tokens.words[before] in _PREPOSITIONS


_PEOPLE = frozenset(["i", "we", "you"])
_ACT_ADVERBS = frozenset("still just also always now already only then simply usually".split())


def _points_back_before_break(
    text: str, tokens: Tokens, mentions: list[Mention], end: int, last: int
) -> bool:
    """Does a pronoun or a kind's noun ("it", "the cache") follow the match before the next
    comma or semicolon ("we install from it"), so that it may mean an earlier subject?"""
    stop = last
    for at in range(end, last):
        if at > 0 and any(mark in _gap(text, tokens, at - 1, at) for mark in ",;"):
            stop = at
            break
    return any(
        (m.pronoun or (m.kind and not m.entity and not m.other)) and end <= m.start < stop
        for m in mentions
    )


_AT_PLACE = re.compile(
    r"(?:^|[:.;!?]\s+)[*_\s]*(?:[Oo]ver\s+)?[Aa]t\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?)"
    r"(?:,|\s+(?:we|they|every|all|each|our|their|the|most|jobs?|builds?|ci|CI)\b)"
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday first least most one""".split()
)


def _at_another_place(
    text: str, tokens: Tokens, mentions: list[Mention], start: int, platform: PlatformScope
) -> bool:
    """Does the sentence open at a place the pack does not know ("At Brightmoor every CI
    job had ...", "**Rafael:** At my last company, ...")? Its CI is that place's."""
    if "at" not in tokens.words[:start]:
        return False  # most statements: no regex over the text before them
    found = _AT_PLACE.search(text, 0, tokens.starts[start])
    if found is None:
        return False
    place = found.group(1).lower().rstrip(".").removesuffix("'s").removesuffix("’s").split()
    if not place or place[0] in _CALENDAR or platform.names.intersection(place):
        return False
    begin, stop = found.span(1)
    return not any(m.entity and begin <= tokens.starts[m.start] < stop for m in mentions)


def _people_act(words: Sequence[str], first: int, start: int) -> bool:
    """Is the clause's own subject a person ("We still publish ...", "I just push it")?"""
    return (
        first < start
        and words[first] in _PEOPLE
        and all(word in _ACT_ADVERBS for word in words[first + 1 : start])
    )


_REFERRING_PRONOUNS = frozenset(["it", "its", "it's", "they", "their", "them"])
_OBJECT_LEADS = frozenset(
    """it its it's they their them there here this that these those the a an our your
    my his her one some any each every all which what whatever wherever us we you me him
    i""".split()
)
_PLACE_PREPOSITIONS = frozenset("to from into onto through via".split())


def _unknown_object(
    text: str, tokens: Tokens, end: int, clause: tuple[int, int], mentions: Sequence[Mention]
) -> bool:
    """Is the word right after a predicate that ends in a preposition and wants its subject
    after it a bare name that is no mention ("go to npm", "served from PyPI")? Then that
    name is the subject, not an earlier one."""
    if end >= clause[1] or tokens.words[end - 1] not in _PLACE_PREPOSITIONS:
        return False
    word = tokens.words[end]
    if word in _OBJECT_LEADS or not word[:1].isalpha() or any(m.start == end for m in mentions):
        return False
    return not _gap(text, tokens, end - 1, end).strip(" `*_'\"")


_OBJECT_PREPOSITIONS = _PLACE_PREPOSITIONS | {"by"}


def _unknown_object_phrase(
    tokens: Tokens, end: int, clause_end: int, mentions: Sequence[Mention]
) -> bool:
    """Does the predicate end in a preposition whose object, a determiner's noun phrase
    too, names nothing the pack knows ("published to the registry by the publish step")?
    Then that phrase, not an earlier sentence's subject, is what the predicate speaks of."""
    words = tokens.words
    if end >= clause_end or words[end - 1] not in _OBJECT_PREPOSITIONS:
        return False
    at = end + 1 if words[end] in _OBJECT_DETERMINERS else end
    if at >= clause_end or words[at] in _OBJECT_LEADS or not words[at][:1].isalpha():
        return False
    # "Nix gets installed by the job": an agent named after "by" is who does it
    return not any(m.start <= at + 2 and m.end > end and not m.agent for m in mentions)


_SELECTING = frozenset(["only", "except"])
_IMPERATIVES = frozenset(
    "install add use run call set pin put point move send route keep enable configure pull "
    "fetch switch drop remove bootstrap give publish push cache invoke wire register".split()
)
"""Verbs that, first in a sentence with no subject before them, tell the reader what to do."""


def _imperative(tokens: Tokens, begin: int, start: int, mentions: list[Mention]) -> bool:
    """Does the clause open with a command to the reader ("Install Nix first"), with the
    predicate's verb as its first word?"""
    return (
        start == begin == 0
        and tokens.words[0] in _IMPERATIVES
        and not any(m.start == 0 for m in mentions)
    )


_FRONTED_REACH = 7
"""How far into a sentence a fronted "For ..." phrase may run before its command."""


def _commanded(text: str, tokens: Tokens, start: int, mentions: list[Mention]) -> bool:
    """Does the sentence open, past a leading condition ("Until that ships, ..."), with a
    command whose object holds the predicate ("keep the explicit bootstrap step in every
    Nix job")?"""
    words = tokens.words
    opener = 0
    if words and words[0] in _SUBORDINATING:
        opener = next(
            (i for i in range(1, start) if "," in text[tokens.ends[i - 1] : tokens.starts[i]]),
            start,
        )
    fronted = opener in (0, start) and bool(words) and words[0] == "for"
    if fronted:
        # "For regular CI/test jobs use the repo's runner-label variable": a fronted scope,
        # then the command; the match may hold both ("jobs use")
        opener = next(
            (i for i in range(2, min(len(words), _FRONTED_REACH)) if words[i] in _IMPERATIVES),
            len(words),
        )
    return (
        (opener < start or (fronted and opener < len(words)))
        and words[opener] in _IMPERATIVES
        # "Drop the install step; the browsers are already on the image": another clause
        and not any(mark in text[tokens.ends[opener] : tokens.starts[start]] for mark in ";:—")
        and not any(m.start <= opener < m.end for m in mentions)
        and not any(m.pronoun and opener < m.start < start for m in mentions)
    )


_CLAUSE_OPENERS = frozenset(
    """and but so then now also if when once because since while where here there today
    please first next finally instead still just or nor yet otherwise thus hence""".split()
)
"""Words that may open the clause of a person's act ("... and you pull the closure");
after any other word, "you publish to" is a relative clause ("the registry you publish
to")."""
_QUESTION_WORDS = frozenset("where what which who whom whose why how whether".split())
OBJECT_REACH = 2
"""Words between a predicate and a subject named after it that still make one statement
("falls back to GitHub-hosted `ubuntu-latest`")."""
FRAGMENT_TAIL = 3
"""Words after the noun of a job comment's noun phrase ("spare baseline lane, usually
idle") for it to be a description of the job's lane rather than a statement of its own."""
_ROW_NUMBER = re.compile(r"^#?\d+[.)]?$")
_MODALS = frozenset("should would will could might".split())
_RELATIVE_PRONOUNS = frozenset(["that", "which"])
_COPULAS = frozenset("is was are were remains becomes it's that's".split())
_NOT_ANTECEDENTS = frozenset(
    "so such now says said means meant shows showed is was are were know knew think "
    "thought mean assume assumed sure".split()
)


def _relative_antecedent(
    words: Sequence[str], clause: tuple[int, int], start: int, end: int
) -> int | None:
    """The word a relative clause refers back to, when the predicate at `start`..`end`
    closes the clause with its object left out ("move to the same label that primary
    CI already uses": what CI uses is the label, not a subject named earlier)."""
    if end < clause[1]:
        return None
    for at in range(start - 1, max(clause[0], start - 3) - 1, -1):
        if words[at] in _RELATIVE_PRONOUNS:
            if at == clause[0] or words[at - 1] in _NOT_ANTECEDENTS:
                return None
            if _COPULAS.intersection(words[max(clause[0], at - 4) : at - 1]):
                return None  # "It is the cache that our CI uses": "it" is the one used
            return at - 1
    return None


_SUBORDINATING = frozenset("when whenever if once because since while unless until".split())
_RELATIVE_HEADS = frozenset(["which", "whereupon", "who", "whom", "whose"])
_DEPENDENT_HEADS = _PREPOSITIONS | _SUBORDINATING | frozenset(["so"])
"""... and a result clause: in "Nix is on the PATH there, so the job can start", the job is
the result's subject, not the predicate's."""


def _held_by(tokens: Tokens, mention: Mention, heads: frozenset[str], reach: int = 3) -> bool:
    """Is one of `heads` a few words before the mention, so that the phrase it opens holds
    the mention ("... baseline for the proof workflow", "... when honey is busy")?"""
    first = max(0, mention.start - reach - 1)
    return not heads.isdisjoint(tokens.words[first : mention.start])


def _in_dependent_phrase(tokens: Tokens, mention: Mention) -> bool:
    """A noun that a preposition or a subordinate clause holds ("fatter pods when a job is
    hungry")."""
    return _held_by(tokens, mention, _DEPENDENT_HEADS)


def _in_subordinate_clause(tokens: Tokens, mention: Mention) -> bool:
    """A name in a condition ("... that every lane can use when honey is busy")."""
    return _held_by(tokens, mention, _SUBORDINATING)


def _negative_subject(text: str, tokens: Tokens, clause: tuple[int, int]) -> int:
    """Where the clause opens with a negative subject ("No job uses a matrix of
    `[tinyland-docker, ubuntu-latest]` as a quiet fallback"): the negation is the whole
    statement's, wherever its subject is named; else the clause's end. A "No" that answers
    ("| No | The images do not ship Nix |", "No. ...") has a statement of its own after it."""
    words = tokens.words
    at = clause[0]
    if at < clause[1] and words[at] == "x":
        at += 1  # a ticked checklist item, "- [x] No job ..."
    if (
        at + 1 < clause[1]
        and words[at] in _NEGATIVE_SUBJECTS
        and words[at + 1] not in _NEGATIVE_IDIOMS
        and not text[tokens.ends[at] : tokens.starts[at + 1]].strip(" `*_")
        and not _verbless_note(text, tokens, at, clause[1])
    ):
        return at
    return clause[1]


def _next_cell_name(
    text: str, tokens: Tokens, start: int, end: int, phrases: PhraseIndex
) -> list[Mention]:
    """The entity named alone in the second cell of a row whose first, a short label,
    ends in tokens [start, end) ("| Nix build cache | Attic |")."""
    opened = text.rfind("|", 0, tokens.starts[start])
    if " | " in text[: tokens.starts[start]]:
        return []  # "| Node | default pool | `sting` |": another column's cell
    closed = text.find("|", tokens.ends[end - 1])
    if closed == -1 or text[tokens.ends[end - 1] : closed].strip(" `*_"):
        return []
    if len(text[opened + 1 : tokens.starts[start]].split()) > _LABEL_LEAD_WORDS:
        return []
    following = text.find("|", closed + 1)
    cell = text[closed + 1 : following if following != -1 else len(text)]
    cell_tokens = tokenize(cell)
    found = phrases.scan(cell_tokens)
    if len(found) != 1 or not found[0].entity or found[0].other:
        return []
    if len(cell_tokens) != found[0].end - found[0].start:
        return []
    return found


_LABEL_LEAD_WORDS = 2
"""Words a label cell may hold before its predicate ("Nix build cache")."""
_LIST_COLON = re.compile(r":(?=\s|$)")
"""A colon that introduces what follows, not one inside `http://...` or `a:b`."""


def _verbless_note(text: str, tokens: Tokens, at: int, stop: int) -> bool:
    """Is the negative phrase at `at` a short note of its own, followed by a clause with
    its own subject ("no installer, the runner image already has nix")?"""
    words = tokens.words
    for i in range(at + 2, min(stop, at + _SHORT_NOTE + 1)):
        if "," in text[tokens.ends[i - 1] : tokens.starts[i]]:
            return words[i] in _SUBJECT_OPENERS
    return False


_SHORT_NOTE = 4
_SUBJECT_OPENERS = frozenset("the our its their it we they this each every".split())
"""Words that open a clause's own subject ("..., the runner image already has nix")."""


_NEGATIVE_SUBJECTS = frozenset("no none nobody nothing neither".split())
_NEGATIVE_IDIOMS = frozenset("matter doubt problem worries wonder longer more need".split())


def _in_relative_clause(tokens: Tokens, mention: Mention) -> bool:
    """A name in a relative clause after the predicate ("... for runner pods, after which
    `tinyland-nix` jobs can grow"): what follows from the statement, not its subject."""
    return _held_by(tokens, mention, _RELATIVE_HEADS)


_COMPARISONS = frozenset(["like", "unlike", "than", "beside", "besides", "alongside"])


def _compared(tokens: Tokens, mention: Mention) -> bool:
    """ "same as tinyland-docker", "the same tier as tinyland-docker", "like tinyland-nix",
    "next to the heavy lane"."""
    words = tokens.words
    before = mention.start - 1
    while before >= 0 and words[before] in ("the", "a", "an", "our"):
        before -= 1
    if before < 0:
        return False
    if words[before] in _COMPARISONS:
        return True
    for at in (before, before - 1):
        # "same tier as tinyland-docker", "the same base as GitHub's ubuntu image"
        if at >= 0 and words[at] == "as" and "same" in words[max(0, at - 3) : at]:
            return True
    pair = " ".join(words[max(0, before - 1) : before + 1])
    return pair in ("next to", "just as", "as with")


def _platform_qualified(tokens: Tokens, mention: Mention, names: frozenset[str]) -> bool:
    """A generic noun that says it is the platform's: "our runners", "self-hosted lanes"."""
    words = set(tokens.words[max(0, mention.start - 2) : mention.end])
    return not (words.isdisjoint(_PLATFORM_WORDS) and words.isdisjoint(names))


def _distributive(tokens: Tokens, mention: Mention) -> bool:
    """ "each runner pod", "every runner": instances of the named subject, not another."""
    return mention.start > 0 and tokens.words[mention.start - 1] in ("each", "every", "per")


_PREDICATE_NOUN_REACH = 4
"""The most words from a named subject to the noun phrase its copula predicates of it
("`personal-nix` and `personal-docker` are shared baseline lanes")."""


def _pointed_at(tokens: Tokens, mention: Mention) -> bool:
    """ "that image", "this lane": a noun a demonstrative points with."""
    return tokens.words[mention.start] in _POINTING or (
        mention.start > 0 and tokens.words[mention.start - 1] in _POINTING
    )


def _anaphoric(tokens: Tokens, mention: Mention) -> bool:
    """ "the lane", "its image", "this lane": a noun that points back to a subject."""
    first = tokens.words[mention.start]
    if first in _DETERMINERS:
        return True
    before = tokens.words[max(0, mention.start - 2) : mention.start]
    if len(before) == 2 and before[0] in _DETERMINERS and before[1] in _ORDINALS:
        return True  # "the second node", "the same lane"
    return mention.start > 0 and tokens.words[mention.start - 1] in _DETERMINERS


_ORDINALS = frozenset("first second third other same former latter new".split())


def _distance(mention: Mention, start: int, end: int) -> int:
    if mention.end <= start:
        return start - mention.end
    return mention.start - end


__all__ = ["FactSubjects", "Statement", "StatementReader", "Subject"]


_ACTIVITY_HEADS = frozenset(
    """publication publishing token tokens login account badge listing listings upload
    uploads oidc""".split()
)
"""Nouns a name modifies to make the subject an activity of it ("FlakeHub publication")."""
_OTHERS = frozenset("everything anything everyone anyone all nothing".split())
_SOME = frozenset("some several most many few".split())
_PARTITIVE_LEADS = frozenset("that and but so because while since where".split())


_OBJECT_BREAK = re.compile(r"[.!?](?=\s|$)")
"""A sentence's end inside a table cell: no object of the predicate lies beyond it."""

_NOT_PLURAL_NOUNS = frozenset(
    """always perhaps sometimes thus this its yes unless besides towards afterwards
    nevertheless regardless whereas was has is does goes""".split()
)


_OWN_SUBJECT_WORDS = 2
_POINTING = frozenset("that this these those".split())
_SPARE_WORDS = frozenset("headroom spare slack margin".split())
_BEYOND_WORDS = frozenset("past beyond above over under below".split())


def _compared_amount(words: Sequence[str], after: int, end: int) -> bool:
    """Is the amount ending before `after` a margin ("3Gi of headroom") or one measured
    against a limit ("13Gi is well past what the lane is meant for")?"""
    following = list(words[after : min(end, after + 4)])
    if following[:1] == ["of"]:
        return following[1:2] != [] and following[1] in _SPARE_WORDS
    if following[:1] not in (["is"], ["are"], ["was"]):
        return False
    rest = [w for w in following[1:] if w not in ("well", "way", "far", "already")]
    return rest[:1] != [] and rest[0] in _BEYOND_WORDS


_NOT_SUBJECT_NOUNS = frozenset(
    "it they this that these those there here which who also only then still now just "
    "will would can could should may might must does do did has have had not never "
    # The platform's own machinery: "the autoscaler raises the pod's limit" is said of it.
    "autoscaler autoscalers controller scheduler operator cluster platform".split()
)


def _own_noun_subject(
    words: Sequence[str], begin: int, start: int, mentions: Sequence[Mention]
) -> bool:
    """Does the clause open with a noun phrase of its own that names nothing the pack
    knows ("The bootstrap adds 30 s per job", "The realistic risk is cache poisoning")?
    Then the predicate after it is said of that phrase, not of an earlier subject."""
    if words[begin] in _SUBORDINATING or words[begin] in ("after", "before"):
        begin += 1  # "after a build has bootstrapped its own Nix"
    if begin >= start or words[begin] not in ("the", "a", "an"):
        return False
    phrase = list(words[begin + 1 : start])
    if len(phrase) >= 3 and phrase[-1] == "to":
        del phrase[-2:]  # "The board exists to catch", "The step is meant to": its own act
    if phrase and phrase[-1] in ("is", "are", "was", "were"):
        phrase.pop()  # "the risk is <predicate>": the phrase is what the predicate names
    return (
        0 < len(phrase) <= _OWN_SUBJECT_WORDS
        # "the RFC's scope is ...": a possessive is still the phrase's own
        and all(w.removesuffix("'s").removesuffix("’s").isalpha() for w in phrase)
        and _RUN_NOUNS.isdisjoint(phrase)
        and _NOT_SUBJECT_NOUNS.isdisjoint(phrase)
        and not any(m.start < start and m.end > begin for m in mentions)
    )


_LIST_LEAD = re.compile(
    r"^\W*(?:what|which|whatever|here(?:['’]s|\s+is|\s+are)|these|the\s+following)\b[^:]{0,120}:\W*$",
    re.IGNORECASE,
)
"""A lead-in that the list after it completes ("What actually speeds up jobs on the
lanes:"): it names no subject of an earlier sentence."""
_PLACING_WORDS = frozenset("on onto to at".split())
_OWN_LANE_WORDS = frozenset("self-hosted repo-owned".split())
_OWNER_WORDS = frozenset("our platform".split())
_OWN_LANE_NOUNS = frozenset("lane lanes runner runners labels label scale".split())


def _placed_on_own_lanes(tokens: Tokens, end: int, clause_end: int, names: frozenset[str]) -> bool:
    """Does the predicate end in a place ("run on") whose object names the platform's own
    lanes ("the same self-hosted label", "a repo-owned lane", "GloriousFlywheel lanes")?
    Named lanes (`tinyland-docker`) are mentions the subject search already weighs."""
    words = tokens.words
    if not (0 < end < clause_end and words[end - 1] in _PLACING_WORDS):
        return False
    reach = min(clause_end, end + 4)
    if not _OWN_LANE_WORDS.isdisjoint(words[end:reach]):
        return True
    if words[end] in names:
        return True  # "Product tests run on GF."
    # "stay on GloriousFlywheel lanes", "on our runners"
    return any(
        (words[at] in _OWNER_WORDS or words[at] in names) and words[at + 1] in _OWN_LANE_NOUNS
        for at in range(end, min(reach, len(words) - 1))
    )


_BOTH_WORDS = frozenset("both each either neither all".split())
_COUNT_WORDS = frozenset("two three four several 2 3 4".split())


def _counted_antecedent(
    words: Sequence[str], begin: int, start: int, earlier: Sequence[Mention]
) -> bool:
    """Does the clause open with "both"/"each" for a counted noun earlier in the sentence
    (`earlier`: the mentions before the clause) that names nothing the pack knows ("GF
    offers two caches, and both exist to make builds faster")? Then that noun is the
    subject, not a heading's or an earlier sentence's."""
    if begin < len(words) and words[begin] in ("and", "but", "so"):
        begin += 1
    if not begin < start or words[begin] not in _BOTH_WORDS:
        return False
    return any(
        words[i] in _COUNT_WORDS
        and words[i + 1].isalpha()
        and not any(m.start <= i + 1 < m.end for m in earlier)
        for i in range(begin - 1)
    )


_LIST_JOINS = frozenset(["and", "plus", "or", "&", "+"])


def _listed_with(tokens: Tokens, mentions: Sequence[Mention], first: Mention) -> list[Mention]:
    """The mentions that follow `first` in one list ("honey and sting", "honey + sting")."""
    listed: list[Mention] = []
    last = first
    for mention in mentions:
        if mention.start < first.end:
            continue
        gap = tokens.words[last.end : mention.start]
        if len(gap) > 1 or not set(gap) <= _LIST_JOINS:
            break
        listed.append(mention)
        last = mention
    return listed


_INSTRUCTING = frozenset("use configure enable try".split())
"""Instructions whose object is what they speak of ("point X at Y", "set X to Y" speak of Y)."""


def _instructs_unknown(
    words: Sequence[str],
    start: int,
    end: int,
    mentions: Sequence[Mention],
    own: frozenset[str],
) -> bool:
    """Does an instruction that opens a clause have an object that names something the pack does
    not know ("use `vars.PRIMARY_RUNNER_LABEL` like primary CI")? The predicate is then
    said of that object, not of an earlier sentence's subject."""
    if words[start] not in _INSTRUCTING:
        return False
    at = start + 1
    while at < end and words[at] in _OBJECT_DETERMINERS:
        at += 1
    if words[start + 1] in ("a", "an", "another") and any(
        m.start <= at < m.end and m.kind and not m.entity and not m.other for m in mentions
    ):
        return True  # "use a lane that was built with more memory": a new one, not FlakeHub
    return (
        at < end
        and words[at] not in own
        and words[at] not in _BACK_REFERENCES
        and not any(m.start <= at < m.end for m in mentions)
    )


def _gap(text: str, tokens: Tokens, before: int, after: int) -> str:
    """The text between token `before` and token `after`."""
    return text[tokens.ends[before] : tokens.starts[after]]


_COMPLEMENT_VERBS = frozenset("is are includes include spans covers".split())


def _modifies(tokens: Tokens, inside: Sequence[Mention], end: int) -> bool:
    """Do the names inside a predicate only modify its noun ("the default ARC scheduling
    pool is ...": ARC's pool, said of what the sentence names after it)?"""
    return (
        all(m.end < end for m in inside)
        and end < len(tokens)
        and tokens.words[end] in _COMPLEMENT_VERBS
    )


def _bare_plural(word: str, at: int, mentions: Sequence[Mention]) -> bool:
    """Is `word` a plural common noun without a determiner ("Workflows") that names no
    entity or kind the pack knows?"""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_PLURAL_NOUNS
        and not any(m.start <= at < m.end for m in mentions)
    )


def _coordinated_verb(tokens: Tokens, mentions: Sequence[Mention], begin: int, end: int) -> bool:
    """Does an "and" between `begin` and `end` open a predicate of its own ("... and sort
    out the heavy lane"), rather than join names ("honey and sting")?"""
    starts = {m.start for m in mentions}
    return any(tokens.words[at] == "and" and at + 1 not in starts for at in range(begin, end))


def _announced(lexicon: CompiledLexicon, prop: str) -> bool:
    """Is the property about how something is announced or rolled out?"""
    found = lexicon.property(prop)
    return found is not None and found.announces


def _worded(tokens: Tokens, mention: Mention, wording: frozenset[str]) -> bool:
    """Are the mention's words, but for a determiner, the predicate's own?"""
    words = [w for w in tokens.words[mention.start : mention.end] if w not in _OBJECT_DETERMINERS]
    return bool(words) and wording.issuperset(words)


def _after_where(tokens: Tokens, mention: Mention) -> bool:
    """Does the noun phrase follow a relative "where" ("where our runners get Nix")?"""
    before = mention.start - 1
    if before >= 0 and tokens.words[before] in _OBJECT_DETERMINERS:
        before -= 1
    return before >= 0 and tokens.words[before] == "where"


def _everything_else(words: Sequence[str], begin: int, start: int) -> bool:
    """Does the clause's subject set the earlier subjects apart ("everything else", "the
    rest")? Then no earlier name is what it speaks of."""
    for i in range(begin, min(start + 1, len(words) - 1)):
        if (
            # "two of them make builds faster": some of those named, not the last one
            (words[i] in NUMBER_WORDS or words[i] in _SOME)
            and (i == begin or words[i - 1] in _PARTITIVE_LEADS)
            and words[i + 1] == "of"
            and i + 2 < len(words)
            and words[i + 2] in ("them", "these", "those")
        ):
            return True
        if (words[i] in _OTHERS and words[i + 1] == "else") or (
            # "the rest of the quarter" is a time
            words[i] == "the" and words[i + 1] == "rest" and tuple(words[i + 2 : i + 3]) != ("of",)
        ):
            return True
        if i == begin and words[i] in ("every", "all", "each", "any") and words[i + 1] == "other":
            return True  # "Every other lane stays in the default pool": not the one named
    return False


_ERROR_NOUNS = frozenset("error errors warning warnings".split())
"""Nouns that turn the noun before them into an error's name ("a substituter error")."""


def _measured_row(row: str, header: tuple[str, ...], at: int) -> bool:
    """Does a table row's key cell, or the number's column, name a measurement ("cgroup
    `memory.peak`", "| peak RSS |")?"""
    named = [row.split(" | ", 1)[0]]
    if header:
        named.append(cell_header(row, header, at))
    words = {w.casefold() for cell in named for w in re.findall(r"[A-Za-z-]+", cell)}
    return not USAGE_WORDS.isdisjoint(words) or not _MEASURE_HEADER_WORDS.isdisjoint(words)


def _requests_named(words: Sequence[str], begin: int, at: int) -> bool:
    """Is the nearest word before the number that says what kind of size it is a resource
    request ("Requests are set high (4 / 12Gi)"), not a limit ("limits 8 / 16Gi")?"""
    for word in reversed(words[begin:at]):
        if word in _REQUEST_NOUNS:
            return True
        if word in _LIMIT_WORDS:
            return False
    return False


_PHRASE_DETERMINERS = frozenset("a an the our your each every their this that".split())
_TIME_NOUNS = frozenset(
    "sprint week weeks quarter month year release morning afternoon time day days".split()
)


def _opens_with_noun_phrase(
    words: Sequence[str], mentions: Sequence[Mention], begin: int, start: int
) -> bool:
    """Does the clause open with a noun phrase before the predicate ("The first thing a Nix
    job does", "our shared step that ..."), one that names no entity or kind?"""
    if begin >= start or words[begin] not in _PHRASE_DETERMINERS:
        return False
    if begin + 1 < start and words[begin + 1] in _TIME_NOUNS:
        return False  # "This sprint we switch ... on": a time, then the subject
    return not any(m.start < start and m.end > begin for m in mentions if m.entity or m.kind)


def _what_work_needs(words: Sequence[str], begin: int, at: int) -> bool:
    """Is the number in a relative clause about builds or jobs ("for builds that blow through
    the default 8Gi ceiling")? It is what they need, not the subject's limit."""
    for back in range(at - 1, begin, -1):
        if words[back] in ("that", "which"):
            return words[back - 1] in _WORK_NOUNS
    return False


_REQUEST_NOUNS = frozenset("request requests requested".split())
_SIZE_CLASSES = frozenset("range ranges class bracket tier territory".split())
_WORK_NOUNS = frozenset(
    """build builds job jobs workload workloads closure closures crate crates evals test
    tests""".split()
)
_REQUESTING = frozenset("asked requested wanted proposed suggested".split())
_REQUEST_REACH = 4
"""How far before a size a request verb frames it ("We asked for 32Gi")."""


def _followed_by_verb(tokens: Tokens, mention: Mention, clause: tuple[int, int]) -> bool:
    """Is the name followed by a verb of its own ("FlakeHub publishes finished ones")?"""
    if mention.end >= clause[1]:
        return False
    word = tokens.words[mention.end]
    return word in _SPLICE_VERBS or (
        len(word) > 4 and word.endswith("es") and not word.endswith(("ses", "ches"))
    )


def _joined_list(
    text: str, tokens: Tokens, mentions: Sequence[Mention], first: Mention
) -> list[Mention]:
    """The names joined to `first` in a list ("attic + bazel-cache", "Attic and FlakeHub
    Cache"), in order, after it."""
    joined: list[Mention] = []
    last = first
    for mention in mentions:
        if mention.start < last.end:
            continue
        if not _LIST_JOIN.fullmatch(text[tokens.ends[last.end - 1] : tokens.starts[mention.start]]):
            break
        joined.append(mention)
        last = mention
    return joined


_LIST_JOIN = re.compile(r"[\s`*_]*(?:,|\+|&|/|and|or)?[\s`*_]*(?:(?:and|or|the)\s+)*[\s`*_]*", re.I)


_TARGET_KEY = re.compile(
    r"^[*_`\s]*(?:applies\s+to|scope|in\s+scope|targets?|covers|affects|checks|files|paths|"
    r"inputs?)[*_`\s]*(?:\||$)",
    re.IGNORECASE,
)
"""A row key that lists where something applies: its cells name targets, not facts."""
_CLEFT_REMOVAL = re.compile(
    r"\bwhat(?:['’]s|\s+is)?\s+(?:going|goes|go|went|gets?|got)\s+(?:away|removed|dropped|"
    r"retired|deleted)\s+(?:is|are)\b"
    r"|\bwhat\s+(?:we|you|they|i)\s+(?:['’]re\s+|are\s+)?(?:drop|dropping|dropped|remove|"
    r"removing|removed|retire|retiring|retired|kill|killing|killed|delete|deleting|deleted)"
    r"\s+(?:is|are)\b",
    re.IGNORECASE,
)
"""A pseudo-cleft that names what is removed ("What goes away is hosted as the default")."""
_TAKEN_OUT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|got|gets|is\s+being)\s+(?:taken\s+out|removed|"
    r"dropped|ripped\s+out|pulled|deleted|disabled)\b",
    re.IGNORECASE,
)
"""A removal inside the match itself ("X was taken out of the runner substituters")."""


def _removal_object(words: Sequence[str], start: int, mentions: Sequence[Mention]) -> bool:
    """Is the match the object of a verb that undoes it ("revert the FlakeHub substituter
    change", "remove our FlakeHub substituter")?"""
    at = start - 1
    while at >= 0 and (
        words[at] in _OBJECT_DETERMINERS or any(m.start <= at < m.end for m in mentions)
    ):
        at -= 1
    return at >= 0 and words[at] in _REMOVAL_VERBS


_REMOVAL_VERBS = frozenset(
    """revert reverts reverting undo undoes undoing remove removes removing delete deletes
    deleting disable disables disabling retire retires retiring unwire unwires""".split()
)


def _spliced_subject(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Does the match end on the subject of a clause spliced on with a comma ("Attic is an
    accelerator, publication is a separate thing")? Its last words have their own verb."""
    if end >= len(tokens) or tokens.words[end] not in _SPLICE_VERBS:
        return False
    return any(
        "," in _gap(text, tokens, i - 1, i) for i in range(max(start + 1, end - _SPLICE_REACH), end)
    )


_OBJECT_VERBS = frozenset(
    """use uses used using consult consults query queries hit hits to""".split()
)
"""Verbs whose object, named right after them, is what the statement is about."""
_SPLICE_REACH = 3
"""How many words the spliced clause's subject may run ("the publication path is")."""
_SPLICE_VERBS = frozenset("is are was were has have sits lives goes".split())


_MEASURE_NOUNS = frozenset("count counts number numbers total totals replicas".split())
"""Nouns that turn the noun before them into a modifier ("runner count")."""


class _ClauseMatches:
    """Each predicate's match in one clause, searched once however often it is asked."""

    def __init__(self, tokens: Tokens, clause: tuple[int, int]) -> None:
        self.tokens = tokens
        self.clause = clause
        self._found: dict[int, Match | None] = {}

    def of(self, predicate: Predicate) -> Match | None:
        key = id(predicate)
        if key not in self._found:
            self._found[key] = predicate.pattern.search(self.tokens, *self.clause)
        return self._found[key]


def _denied_elsewhere(
    text: str,
    matches: _ClauseMatches,
    candidates: Sequence[Predicate],
    predicate: Predicate,
    statement: Statement,
) -> bool:
    """Does another wording of the same value, overlapping this statement, read as negated?
    "There is no automatic fallback to hosted runners when a lane is busy" is one
    statement, whichever of its wordings a pattern takes."""
    tokens = matches.tokens
    for other in candidates:
        if (
            other is predicate
            or other.pattern.is_conjunction  # parts far apart: its negations may be theirs
            or (other.property, other.value) != (predicate.property, predicate.value)
        ):
            continue
        found = matches.of(other)
        if found is None:
            continue
        # Overlapping, or with only the object between ("fallback to | hosted runners").
        reach = tokens.ends[min(found.end + OBJECT_REACH, len(tokens)) - 1]
        if not (tokens.starts[found.start] < statement.end and statement.start < reach):
            continue
        verdict = conjunction_verdict(
            text, tokens, found.start, found.end, other.own_words, matches.clause
        )
        if verdict.reason == "negated":
            return True
    return False


_CONTRAST = re.compile(r"^\W*(?:vs\.?|versus|or|and/or|/)\W*$", re.IGNORECASE)


def _contrasted(
    text: str,
    matches: _ClauseMatches,
    candidates: Sequence[Predicate],
    predicate: Predicate,
    match: Match,
) -> bool:
    """Is the value set against another value of its property ("isolated vs. reused
    workspace", "horizontal or vertical scaling")? A choice between them asserts neither."""
    tokens = matches.tokens
    for other in candidates:
        if other.property != predicate.property or other.value == predicate.value:
            continue
        found = matches.of(other)
        if found is None:
            continue
        # The words that open the two wordings ("isolated" and "reused" in "isolated or
        # reused workspaces") stand side by side with only the contrast between them.
        first, second = sorted((found.start, match.start))
        if first == second:
            continue
        if _CONTRAST.match(text[tokens.ends[first] : tokens.starts[second]]):
            return True
    return False


def _passed_on(sentence: Sentence) -> str:
    """The sentence's text, with the quotation marks around it blanked when it is a tip
    quoted in a list under a heading that offers tips ("## Tips from the thread" over
    '- "tinyland-nix has it in the base image, you're just paying twice."'): advice passed
    on is said again, not reported."""
    text = sentence.text
    headings = sentence.context.headings
    if sentence.kind != "list_item" or not headings or not _TIPS_HEADING.search(headings[-1]):
        return text
    opened = _OPENING_QUOTE.match(text)
    if opened is None:
        return text
    closing = text.rstrip()
    trail = len(closing) - 1 if closing and closing[-1] in '"”' else len(text)
    return "".join(
        " " if i == opened.end() - 1 or i == trail else char for i, char in enumerate(text)
    )


_TIPS_HEADING = re.compile(
    r"\b(?:tips?|advice|recommendations?|rules?\s+of\s+thumb|best\s+practices?|pro\s+tips?|"
    r"tricks|hints?|what\s+(?:people|folks|teams)\s+(?:are\s+)?(?:actually\s+)?(?:doing|do))\b",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"^\s*[\"“]")


def _reduced_relative(tokens: Tokens, start: int, end: int) -> bool:
    """Does a subject pronoun stand right after a noun inside the match ("the build job it
    depends on")? The verb after it is that pronoun's, in a clause that only describes
    the noun."""
    words = tokens.words
    return any(
        words[i] in _SUBJECT_PRONOUNS and words[i - 1] in _DESCRIBED_NOUNS
        for i in range(start + 1, end - 1)
    )


_STATE_VERBS = frozenset("stays remains belongs lives sits is".split())
_SUBJECT_PRONOUNS = frozenset("it they we".split())
_DESCRIBED_NOUNS = frozenset(
    """job jobs step steps action actions workflow workflows build builds lane lanes cache
    caches template templates image images check checks service services""".split()
)
"""Nouns a clause with its own pronoun subject may describe ("the job it depends on"); a
verb before the pronoun ("ARC hands it a bigger pod") has it as its object."""
