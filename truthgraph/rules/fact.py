"""TG102 contradicted-fact, TG303 wrong-quantity, TG503 promises-non-goal-fact.

A claim states its truth as typed facts about entities of the graph::

    facts:
      - subject: [tinyland-nix, tinyland-nix-heavy]
        property: provides-nix
        true: [workflow-bootstrap]
        false: [preinstalled]

The checker reads every statement a page makes with the shared lexicon
(`truthgraph.lexicon`), resolves its subject (named, carried from the
previous sentence, an FAQ question, a table header or a heading), and reports
those whose value the graph says is false: stated as fact or proposed as a
plan. A non-goal's facts name what promising it would say; the same statement
made as a plan is reported against the non-goal. A quantity property (a CPU or
memory limit) contradicts its fact when another number is stated. No claim
needs phrases of its own: a new truth about an existing property is one fact.

Contradicting: "The `tinyland-nix` lane image carries its own Nix store."
Consistent:    "`tinyland-nix` does not come with Nix; install it with `nix-job`."
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from truthgraph.claims.model import Claim, Entity, NonGoal, Scope, Truth
from truthgraph.claims.pack import ClaimsPack
from truthgraph.findings import Severity
from truthgraph.lexicon import CompiledLexicon, compile_lexicon, merge, shared_lexicon
from truthgraph.match.mentions import build_index
from truthgraph.match.patterns import WordTest
from truthgraph.match.scope import CompiledScope, DocumentIndex, PlatformScope
from truthgraph.match.statements import FactSubjects, Statement, StatementReader, Subject
from truthgraph.parse.document import SourceText
from truthgraph.rules.base import CompiledRule, Hit, one_line, pattern_groups, sentence_hit

CODE, NAME = "TG102", "contradicted-fact"
QUANTITY_CODE, QUANTITY_NAME = "TG303", "wrong-quantity"
PROMISE_CODE, PROMISE_NAME = "TG503", "promises-non-goal-fact"


@dataclass
class FactModel:
    """Everything fact rules share for one pack: the lexicon, the reader, all facts."""

    pack: ClaimsPack
    lexicon: CompiledLexicon
    reader: StatementReader
    facts: list[tuple[Claim | NonGoal, Truth]]

    def kinds(self, entity: str) -> str:
        return self.reader.facts.kinds.get(entity, "")

    def covers(self, fact: Truth, subject: Subject) -> bool:
        """Is the statement's subject one the fact is about?"""
        for wanted in subject.ids:
            if wanted.startswith("kind:"):
                kind = wanted[5:]
                if any(s == wanted or self.kinds(s) == kind for s in fact.subject):
                    return True
            elif wanted in fact.subject or f"kind:{self.kinds(wanted)}" in fact.subject:
                return True
        return False

    def promises(self, statement: Statement) -> bool:
        """A plan, or a statement of a property that announces an action (a rollout)."""
        if statement.modality == "plan":
            return True
        found = self.lexicon.property(statement.property)
        return found is not None and found.announces

    def promised_non_goal(self, statement: Statement) -> bool:
        """Is this promise a non-goal's (reported against the non-goal)?"""
        return self.promises(statement) and any(
            isinstance(owner, NonGoal) and self.contradicts(fact, statement)
            for owner, fact in self.facts
        )

    def contradicts(self, fact: Truth, statement: Statement) -> bool:
        if fact.property != statement.property or not self.covers(fact, statement.subject):
            return False
        if statement.quantity:
            return bool(fact.true) and not any(_same_number(v, statement.value) for v in fact.true)
        return statement.value in fact.false

    def affirms(self, fact: Truth, statement: Statement) -> bool:
        if fact.property != statement.property or not self.covers(fact, statement.subject):
            return False
        if statement.quantity:
            return any(_same_number(v, statement.value) for v in fact.true)
        return statement.value in fact.true

    def entity_name(self, entity: str) -> str:
        if entity.startswith("kind:"):
            return f"any {entity[5:]}"
        found = self.pack.entities.get(entity)
        return found.name.rsplit("/", 1)[-1] if found is not None else entity

    def describe(self, fact: Truth) -> str:
        """The fact in one plain line: subjects, property, what is true and what is not."""
        subjects = ", ".join(self.entity_name(s) for s in fact.subject)
        parts = [f"{subjects} — {fact.property}"]
        if fact.true:
            parts.append(f"true: {', '.join(fact.true)}")
        if fact.false:
            parts.append(f"false: {', '.join(fact.false)}")
        return "; ".join(parts)


def fact_sentences(pack: ClaimsPack, owner: Claim | NonGoal) -> tuple[list[str], list[str]]:
    """Plain sentences generated from a record's facts: (contradicting, fine).

    Each is a statement the checker reads exactly as it reads docs (a test holds every
    generated sentence to that); a non-goal's are said as plans.
    """
    lexicon = merge(shared_lexicon(), pack.lexicons)
    contradicting: list[str] = []
    fine: list[str] = []
    plan = isinstance(owner, NonGoal)
    for fact in owner.facts:
        named = [s for s in fact.subject if not s.startswith("kind:")]
        found = pack.entities.get(named[0]) if named else None
        subject = found.name.rsplit("/", 1)[-1] if found is not None else "the lane"
        quantity = lexicon.quantities.get(fact.property)
        if quantity is not None:
            for value in fact.true:
                wrong = _other_number(value)
                say = quantity.say.replace("{subject}", subject)
                contradicting.append(_sentence(say.replace("{value}", wrong)))
                fine.append(_sentence(say.replace("{value}", value)))
            continue
        prop = lexicon.properties.get(fact.property)
        if prop is None:
            continue
        for value in fact.false:
            said = (
                prop.values[value].say.replace("{subject}", subject) if value in prop.values else ""
            )
            if said:
                contradicting.append(_sentence(f"Next sprint {said}" if plan else said))
        for value in fact.true:
            if value in prop.values:
                fine.append(_sentence(prop.values[value].say.replace("{subject}", subject)))
    return contradicting, fine


def platform_scope(pack: ClaimsPack) -> PlatformScope:
    """What names the platform and what names other products, for per-section scope."""
    external = [n for e in pack.entities.values() if e.external for n in (e.name, *e.aliases)]
    return PlatformScope.of(pack.meta.about, external, pack.terms, pack.meta.platform_names)


_URL_HOST = re.compile(r"[a-z][a-z0-9+.-]*://([^/:\s]+)", re.IGNORECASE)


def _endpoint_hosts(entity: Entity) -> list[str]:
    """The hosts of a service's recorded endpoints, current or stale: a text that names
    `attic.nix-cache.svc.cluster.local` names Attic. (A lane's facts record the endpoints
    it uses, which are other services'.)"""
    if entity.kind != "service":
        return []
    hosts = (_URL_HOST.match(fact.value) for fact in entity.facts)
    return [host.group(1) for host in hosts if host is not None]


def build_fact_model(pack: ClaimsPack) -> FactModel | None:
    """The shared fact machinery of a pack, or None when no claim states facts."""
    owners: list[Claim | NonGoal] = [c for c in pack.claims.values() if c.status == "active"]
    owners.extend(pack.non_goals.values())
    facts = [(owner, fact) for owner in owners for fact in owner.facts]
    if not facts:
        return None
    lexicon_data = merge(shared_lexicon(), pack.lexicons)
    lexicon = compile_lexicon(lexicon_data, pack.terms)
    by_property: dict[str, set[str]] = {}
    for _, fact in facts:
        by_property.setdefault(fact.property, set()).update(fact.subject)
    kinds = {e.id: e.kind for e in pack.entities.values()}
    names = {e.id: e.name.rsplit("/", 1)[-1] for e in pack.entities.values()}
    phrases = build_index(
        ((e.id, e.kind, [e.name, *e.aliases, *_endpoint_hosts(e)]) for e in pack.entities.values()),
        lexicon_data.nouns,
        lexicon_data.others,
    )
    platform = platform_scope(pack)
    reader = StatementReader(lexicon, phrases, FactSubjects(by_property, kinds, names), platform)
    return FactModel(pack, lexicon, reader, facts)


class FactCheck(CompiledRule):
    """The facts of one claim or non-goal, compared with every statement of a document."""

    kind = "fact"
    reads = frozenset({"document"})

    def __init__(self, owner: Claim | NonGoal, model: FactModel) -> None:
        self.owner = owner
        self.model = model
        self.terms = model.pack.terms
        self.scope = CompiledScope(Scope(page=model.pack.meta.about), model.pack.terms)
        self.severity = Severity.parse(owner.severity)
        self.blocks = frozenset()
        self.unless = []
        self.promise = isinstance(owner, NonGoal)
        self.code, self.name = (PROMISE_CODE, PROMISE_NAME) if self.promise else (CODE, NAME)

    @property
    def qualified_id(self) -> str:
        return f"{self.owner.id}/facts"

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        properties = {f.property for f in self.owner.facts}
        groups = pattern_groups(self.model.lexicon.patterns_for(properties))
        groups.extend([tests] for tests in self.model.lexicon.unit_tests(properties))
        return groups

    def message(self, hit: Hit) -> str:
        return hit.message or f'contradicts "{one_line(self.owner.statement)}"'

    def check_document(
        self, index: DocumentIndex, source: SourceText, asserted: Callable[[int], bool]
    ) -> Iterator[Hit]:
        statements = self.model.reader.statements(index, asserted)
        # One finding per sentence, at its first contradicting wording: the place a reader
        # starts reading the statement from.
        first: dict[int, tuple[Statement, Truth]] = {}
        for statement in statements:
            fact = self._contradicted(statement)
            if fact is None or self._affirmed_nearby(statement, statements, index):
                continue
            held = first.get(statement.position)
            if held is None or statement.start < held[0].start:
                first[statement.position] = (statement, fact)
        for position in sorted(first):
            statement, fact = first[position]
            sentence = index.document.sentences[statement.position]
            hit = sentence_hit(source, sentence, statement.start, statement.end)
            code = QUANTITY_CODE if statement.quantity and not self.promise else self.code
            yield Hit(
                hit.line,
                hit.column,
                hit.end_line,
                hit.end_column,
                hit.excerpt,
                self._detail(statement, sentence.text),
                (),
                code,
                self._message(fact, statement),
            )

    def _contradicted(self, statement: Statement) -> Truth | None:
        model = self.model
        for fact in self.owner.facts:
            if not model.contradicts(fact, statement):
                continue
            if self.promise:
                return fact if model.promises(statement) else None
            return None if model.promised_non_goal(statement) else fact
        return None

    def _affirmed_nearby(
        self, statement: Statement, statements: list[Statement], index: DocumentIndex
    ) -> bool:
        """The same sentence also states a true value of the property for the subject
        ("Nix is not preinstalled; it is installed by the workflow" reads as consistent),
        in the same clause or in one after a colon that explains it ("... run on
        GitHub-hosted runners on purpose: this is docs work, one of the named
        exceptions"), unless the property's values hold together ("a binary cache; also
        our release channel" states both)."""
        found = self.model.lexicon.property(statement.property)
        if found is not None and found.several:
            return False
        explained = _explained_by(index, statement)
        if explained is not None and any(
            other.position == statement.position
            and other.clause[0] == explained
            and other.property == statement.property
            and other.value == statement.value
            for other in statements
        ):
            explained = None  # "a safety net: ... jobs drop back to ubuntu-latest": restated
        return any(
            other.position == statement.position
            and (other.clause == statement.clause or other.clause[0] == explained)
            # apart, or sharing only their subject ("image builds stay on `ubuntu-latest`
            # as the main path"), not one wording inside the other
            and not (other.start <= statement.start and statement.end <= other.end)
            and not (statement.start <= other.start and other.end <= statement.end)
            and other is not statement
            and other.property == statement.property
            and other.subject.ids & statement.subject.ids
            and any(self.model.affirms(f, other) for _, f in self.model.facts)
            for other in statements
        )

    def _message(self, fact: Truth, statement: Statement) -> str:
        lexicon = self.model.lexicon
        name = statement.subject.name
        said = lexicon.say(statement.property, statement.value, name)
        truths = [lexicon.say(statement.property, v, name) for v in fact.true]
        verb = "promises" if self.promise else ("plans" if statement.modality == "plan" else "says")
        where = (
            "" if statement.subject.origin == "named" else f" ({_ORIGIN[statement.subject.origin]})"
        )
        message = f"{verb} {said}{where}"
        if self.promise:
            return f'{message}: a non-goal ("{one_line(self.owner.statement)}")'
        if truths:
            return f"{message}; true: {'; '.join(truths)}"
        return f'{message}; contradicts "{one_line(self.owner.statement)}"'

    def _detail(self, statement: Statement, text: str) -> str:
        return f'{statement.property}={statement.value}: "{text[statement.start : statement.end]}"'


def _explained_by(index: DocumentIndex, statement: Statement) -> int | None:
    """The first token of the clause right after the statement's, when a colon opens it."""
    tokens = index.tokens[statement.position]
    after = statement.clause[1]
    if not 0 < after < len(tokens):
        return None
    text = index.document.sentences[statement.position].text
    gap = text[tokens.ends[after - 1] : tokens.starts[after]]
    return after if gap.strip() == ":" else None


_ORIGIN = {
    "sentence": "subject earlier in the sentence",
    "table": "subject from the table header",
    "settings": "subject from the table's naming row",
    "previous": "subject from the previous sentence",
    "question": "subject from the question",
    "heading": "subject from the heading",
    "generic": "said of the platform's lanes",
    "cell": "placed there by the table row",
}


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        text = text[:1].upper() + text[1:]  # names such as tinyland-nix keep their case
    return text + "."


def _other_number(value: str) -> str:
    """A plausible wrong value for a quantity: double the number, same unit."""
    digits = "".join(ch for ch in value if ch.isdigit())
    unit = value[len(digits) :] if value.startswith(digits) else ""
    return f"{int(digits) * 2 if digits else 2}{unit}"


def _same_number(expected: str, stated: str) -> bool:
    digits = "".join(ch for ch in expected if ch.isdigit() or ch == ".")
    try:
        return float(digits) == float(stated)
    except ValueError:
        return expected.strip() == stated.strip()


__all__ = ["FactCheck", "FactModel", "build_fact_model", "fact_sentences"]
