"""The shared predicate lexicon: how documents say that a subject has a value of a property.

truthgraph ships one lexicon (`default.yaml` beside this module); a pack may extend
it with a `lexicon:` section (more terms, nouns, values or properties). Claims then
state typed facts (`subject`, `property`, `true`, `false`) and need no phrases of
their own: the checker recognises every statement of a property's value with the
lexicon, resolves its subject, and compares the value with the graph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import yaml

from truthgraph.claims.model import Lexicon, LexiconProperty, LexiconQuantity, LexiconValue
from truthgraph.lexicon.inflect import inflect_terms
from truthgraph.match.patterns import Pattern, PatternSyntaxError, WordTest, compile_pattern
from truthgraph.match.tokens import split_words

_TERM_REFERENCE = re.compile(r"\{[\w.-]+\}")


@functools.cache
def shared_lexicon() -> Lexicon:
    """The lexicon truthgraph ships (parsed once per process)."""
    text = resources.files(__package__).joinpath("default.yaml").read_text(encoding="utf-8")
    return Lexicon.model_validate(yaml.safe_load(text))


def merge(base: Lexicon, extensions: Iterable[Lexicon]) -> Lexicon:
    """`base` extended by each pack lexicon: new terms, nouns, values and properties are
    added; a value a pack redefines gets the pack's patterns added to the shared ones."""
    terms = {k: list(v) for k, v in base.terms.items()}
    nouns = {k: list(v) for k, v in base.nouns.items()}
    others = list(base.others)
    topics = list(base.topics)
    properties = dict(base.properties)
    quantities = dict(base.quantities)
    for extra in extensions:
        for name, phrases in extra.terms.items():
            terms[name] = [*terms.get(name, []), *phrases]
        for kind, words in extra.nouns.items():
            nouns[kind] = [*nouns.get(kind, []), *words]
        others.extend(extra.others)
        topics.extend(extra.topics)
        for name, prop in extra.properties.items():
            known = properties.get(name)
            if known is None:
                properties[name] = prop
                continue
            values = dict(known.values)
            for value_name, value in prop.values.items():
                old = values.get(value_name)
                values[value_name] = value if old is None else _merged_value(old, value)
            properties[name] = LexiconProperty(
                about=prop.about or known.about,
                advice=prop.advice or known.advice,
                several=prop.several or known.several,
                announces=prop.announces or known.announces,
                kinds=[*known.kinds, *(k for k in prop.kinds if k not in known.kinds)],
                values=values,
            )
        quantities.update(extra.quantities)
    return Lexicon(
        terms=terms,
        nouns=nouns,
        others=others,
        topics=topics,
        properties=properties,
        quantities=quantities,
    )


def _merged_value(shared: LexiconValue, pack: LexiconValue) -> LexiconValue:
    """A value a pack redefines: its wording lists are added to the shared ones, its flags
    to theirs, and its plain-language form replaces theirs. Field by field, so a field
    added to `LexiconValue` is merged without a change here."""
    merged: dict[str, object] = {}
    for name in LexiconValue.model_fields:
        old, new = getattr(shared, name), getattr(pack, name)
        if isinstance(old, list):
            merged[name] = [*old, *new]
        elif isinstance(old, bool):
            merged[name] = old or new
        else:
            merged[name] = new or old
    return LexiconValue.model_validate(merged)


@dataclass(frozen=True)
class Predicate:
    """One compiled pattern of one value of one property."""

    property: str
    value: str
    pattern: Pattern
    own_words: frozenset[str]
    """Words written in the pattern itself: a negation it spells out is not a cue."""
    when: tuple[Pattern, ...] = ()
    """For a situational pattern: the situation, found near the statement."""
    subject_after: bool = False
    """The subject may be the name right after the match ("falls back to X")."""
    unless: tuple[Pattern, ...] = ()
    """Conditions that, asserted in the clause, make the statement consistent."""
    named_only: bool = False
    """The subject must be named in the sentence, not carried from context."""


@dataclass(frozen=True)
class ColumnReading:
    """A value stated by a table cell that names the subject under a matching header."""

    property: str
    value: str
    headers: tuple[Pattern, ...]
    when: tuple[Pattern, ...] = ()
    unless: tuple[Pattern, ...] = ()
    """A row any of these match does not state the value ("| api unit | tinyland-nix |")."""


@dataclass
class CompiledLexicon:
    """The lexicon's predicates, compiled once per pack."""

    lexicon: Lexicon
    predicates: list[Predicate] = field(default_factory=list)
    columns: list[ColumnReading] = field(default_factory=list)

    def property(self, name: str) -> LexiconProperty | None:
        return self.lexicon.properties.get(name)

    def quantity(self, name: str) -> LexiconQuantity | None:
        return self.lexicon.quantities.get(name)

    def say(self, prop: str, value: str, subject: str) -> str:
        """The plain-language form of `subject` having `value` of `prop`."""
        found = self.property(prop)
        if found is not None and value in found.values:
            return found.values[value].say.replace("{subject}", subject)
        quantity = self.quantity(prop)
        if quantity is not None:
            return quantity.say.replace("{subject}", subject).replace("{value}", value)
        return f"{subject}: {prop} is {value}"

    def kinds_of(self, prop: str) -> list[str]:
        found = self.property(prop)
        if found is not None:
            return found.kinds
        quantity = self.quantity(prop)
        return quantity.kinds if quantity is not None else []

    def patterns_for(self, properties: Iterable[str]) -> list[Pattern]:
        """Every pattern that can state these properties, column headers included."""
        wanted = set(properties)
        found = [p.pattern for p in self.predicates if p.property in wanted]
        found.extend(h for c in self.columns if c.property in wanted for h in c.headers)
        return found

    def unit_tests(self, properties: Iterable[str]) -> list[frozenset[WordTest]]:
        """Word tests a text needs for a quantity of these properties (unit words)."""
        tests: list[frozenset[WordTest]] = []
        for name in properties:
            quantity = self.quantity(name)
            if quantity is None:
                continue
            words = {WordTest(0, u) for u in quantity.units}
            if quantity.attached:
                words |= {WordTest(2, u) for u in quantity.units}
            tests.append(frozenset(words))
        return tests


def compile_lexicon(lexicon: Lexicon, terms: Mapping[str, Sequence[str]]) -> CompiledLexicon:
    """Compile every value pattern against the lexicon's and the pack's term sets.

    Raises `PatternSyntaxError` naming the property and value of a bad pattern.
    """
    all_terms: dict[str, Sequence[str]] = {**inflect_terms(lexicon.terms), **terms}
    compiled = CompiledLexicon(lexicon)
    for prop_name, prop in lexicon.properties.items():
        for value_name, value in prop.values.items():
            try:
                unless = tuple(compile_pattern(u, all_terms) for u in value.unless)
            except ValueError as exc:
                raise type(exc)(f"lexicon {prop_name}/{value_name}: {exc}") from None
            sources = [(s, False) for s in value.patterns] + [(s, True) for s in value.named]
            for source, named_only in sources:
                try:
                    pattern = compile_pattern(source, all_terms)
                except ValueError as exc:
                    raise type(exc)(f"lexicon {prop_name}/{value_name}: {exc}") from None
                own = frozenset(split_words(_TERM_REFERENCE.sub(" ", source)))
                compiled.predicates.append(
                    Predicate(
                        prop_name,
                        value_name,
                        pattern,
                        own,
                        (),
                        value.subject_after,
                        unless,
                        named_only,
                    )
                )
            where = f"lexicon {prop_name}/{value_name}"
            if value.column:
                try:
                    headers = tuple(compile_pattern(c, all_terms) for c in value.column)
                    when = tuple(compile_pattern(w, all_terms) for w in value.when)
                    unless_row = tuple(compile_pattern(u, all_terms) for u in value.unless)
                except ValueError as exc:
                    raise type(exc)(f"{where}: {exc}") from None
                compiled.columns.append(
                    ColumnReading(prop_name, value_name, headers, when, unless_row)
                )
            if not value.situational:
                continue
            if not value.when:
                raise PatternSyntaxError(f"{where}: `situational` patterns need `when`")
            try:
                when = tuple(compile_pattern(s, all_terms) for s in value.when)
                for source in value.situational:
                    pattern = compile_pattern(source, all_terms)
                    own = frozenset(split_words(_TERM_REFERENCE.sub(" ", source)))
                    compiled.predicates.append(
                        Predicate(
                            prop_name, value_name, pattern, own, when, value.subject_after, unless
                        )
                    )
            except ValueError as exc:
                raise type(exc)(f"{where}: {exc}") from None
    return compiled


__all__ = [
    "ColumnReading",
    "CompiledLexicon",
    "Predicate",
    "compile_lexicon",
    "merge",
    "shared_lexicon",
]
