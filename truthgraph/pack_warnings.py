"""Warnings about a pack: missing or stale evidence, finished priorities, contested non-goals.

Above the claims layer: contested non-goals are found by reading the sprint targets
with the pack's own rules and facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from truthgraph.claims.model import NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.engine import Checker
from truthgraph.errors import Location
from truthgraph.examples import unflagged_examples
from truthgraph.match.scope import DocumentIndex
from truthgraph.parse.markdown import parse_markdown
from truthgraph.rules import CompiledRule
from truthgraph.rules.fact import FactCheck
from truthgraph.rules.nongoal import PromisedParaphrase, PromisedWording


@dataclass(frozen=True)
class PackWarning:
    code: str
    message: str
    location: Location

    def __str__(self) -> str:
        return f"{self.location}: warning: {self.message} [{self.code}]"


def pack_warnings(
    pack: ClaimsPack, rules: list[CompiledRule], today: dt.date, stale_after_days: int | None = None
) -> list[PackWarning]:
    limit = stale_after_days or pack.meta.stale_after_days
    found: list[PackWarning] = []
    for claim in pack.claims.values():
        if claim.status == "active" and not claim.evidence:
            found.append(
                PackWarning(
                    "no-evidence",
                    f'claim "{claim.id}" has no evidence; cite at least one',
                    pack.location(claim.id),
                )
            )
    for evidence in pack.evidence.values():
        age = (today - evidence.observed).days
        if age > limit:
            found.append(
                PackWarning(
                    "stale-evidence",
                    f'evidence "{evidence.id}" ({evidence.ref}) is {age} days old (limit {limit}); '
                    "re-check it and update `observed`",
                    pack.location(evidence.id),
                )
            )
    for priority in pack.priorities.values():
        if all(s.status == "met" for s in priority.exit_signals):
            found.append(
                PackWarning(
                    "priority-done",
                    f'priority "{priority.id}" has every exit signal met; close or retire it',
                    pack.location(priority.id),
                )
            )
    found.extend(_contested_non_goals(pack, rules))
    return found


def example_warnings(checker: Checker) -> list[PackWarning]:
    """Rule examples the checker does not flag for their claim (readers are shown them)."""
    pack = checker.pack
    return [
        PackWarning(
            "example-not-flagged",
            f'rule "{u.record_id}/{u.rule_id}": example "{u.sentence}" is not flagged for '
            f'"{u.record_id}"; reword the example or widen the rule',
            pack.rule_locations.get(f"{u.record_id}/{u.rule_id}", pack.location(u.record_id)),
        )
        for u in unflagged_examples(checker)
    ]


def _contested_non_goals(pack: ClaimsPack, rules: list[CompiledRule]) -> list[PackWarning]:
    """Sprint targets that promise a non-goal, found by the non-goal's own rules and facts.

    A target is a plan by nature, so a statement of a non-goal's false value in it is
    a promise whatever its wording."""
    promise_rules = [r for r in rules if isinstance(r, PromisedWording | PromisedParaphrase)]
    fact_rule = next((r for r in rules if isinstance(r, FactCheck)), None)
    found: list[PackWarning] = []
    for priority in pack.priorities.values():
        for number, target in enumerate(priority.targets, start=1):
            document = parse_markdown(f"{priority.id}#target-{number}", target)
            index = DocumentIndex.build(document)
            promised: set[str] = set()
            for position in range(len(document.sentences)):
                words = frozenset(index.tokens[position].words)
                for rule in promise_rules:
                    if any(rule.check(index, position, words, document.source)):
                        promised.add(rule.owner.id)
            if fact_rule is not None:
                model = fact_rule.model
                index.derived["platform"] = True  # the pack's own targets are about it
                for statement in model.reader.statements(index, lambda _position: True):
                    for owner, fact in model.facts:
                        if isinstance(owner, NonGoal) and model.contradicts(fact, statement):
                            promised.add(owner.id)
            found.extend(
                PackWarning(
                    "non-goal-targeted",
                    f'priority "{priority.id}" target {number} promises non-goal '
                    f'"{owner_id}": {target}',
                    pack.location(priority.id),
                )
                for owner_id in sorted(promised)
            )
    return found
