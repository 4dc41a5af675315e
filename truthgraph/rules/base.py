"""What every rule kind shares: the hit it yields and the compiled rule it is bound to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from truthgraph.claims.model import Claim, NonGoal, RuleSpec
from truthgraph.findings import Related, Severity
from truthgraph.markdown.document import Sentence, SourceText
from truthgraph.match.patterns import Pattern, compile_pattern
from truthgraph.match.scope import CompiledScope


@dataclass(frozen=True)
class Hit:
    """A place a rule matched; the engine turns it into a Finding (id, level, message)."""

    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    detail: str = ""
    related: tuple[Related, ...] = ()
    code: str = ""
    """Sub-code when one kind has several (value: TG301/TG302; workflow: TG401-TG404)."""


def sentence_hit(
    source: SourceText, sentence: Sentence, start: int, end: int, detail: str = "", code: str = ""
) -> Hit:
    """A hit on characters [start, end) of a sentence, positioned in the file."""
    first, last = sentence.span(start, end)
    line, column = source.position(first)
    end_line, end_column = source.position(last - 1)
    return Hit(line, column, end_line, end_column + 1, sentence.text, detail, (), code)


class CompiledRule:
    """A rule spec bound to its claim or non-goal, with patterns compiled once."""

    kind = ""
    code = ""
    name = ""

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        self.owner = owner
        self.spec = spec
        self.terms = terms
        self.scope = CompiledScope(spec.scope or owner.scope, terms)
        self.severity = Severity.parse(spec.severity or owner.severity)

    @property
    def qualified_id(self) -> str:
        return f"{self.owner.id}/{self.spec.id}"

    def compile_all(self, sources: Iterable[str]) -> list[Pattern]:
        return [compile_pattern(p, self.terms) for p in sources]

    def message(self, hit: Hit) -> str:
        return f'contradicts "{self.owner.id}": {self.owner.statement}'

    def anchors(self) -> list[str]:
        """Lower-case literals of which a file must contain one for this rule to fire."""
        raise NotImplementedError


def pattern_anchors(patterns: Iterable[Pattern]) -> list[str]:
    """Literal pieces one of which every match of any pattern must contain."""
    found: list[str] = []
    for pattern in patterns:
        if not pattern.musts:
            return [""]  # the pattern could match anything: no file may be skipped
        rarest = max(pattern.musts, key=lambda s: min(len(t.literal) for t in s))
        found.extend(t.literal for t in rarest)
    return found
