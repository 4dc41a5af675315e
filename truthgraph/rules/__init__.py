"""The rule registry: stable codes and names, and compiling a pack's rule specs."""

from __future__ import annotations

from dataclasses import dataclass

from truthgraph.claims.model import Claim, NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.errors import GroupedError, PatternError, TruthgraphError
from truthgraph.match.patterns import PatternSyntaxError
from truthgraph.rules.base import CompiledRule, Hit
from truthgraph.rules.nongoal import PromisedParaphrase, PromisedWording
from truthgraph.rules.paraphrase import ParaphraseCheck
from truthgraph.rules.value import ValueCheck
from truthgraph.rules.wording import WordingCheck
from truthgraph.rules.workflow import WorkflowCheck

__all__ = ["RULE_CODES", "CompiledRule", "Hit", "RuleCode", "compile_rules", "lookup"]


@dataclass(frozen=True)
class RuleCode:
    code: str
    name: str
    kind: str
    summary: str


RULE_CODES: tuple[RuleCode, ...] = (
    RuleCode("TG101", "contradicted-wording", "wording", "Wording that contradicts a claim."),
    RuleCode(
        "TG201",
        "resembles-contradiction",
        "paraphrase",
        "A sentence close to a known contradicting example.",
    ),
    RuleCode("TG301", "stale-value", "value", "A value the claims know to be stale."),
    RuleCode("TG302", "conflicting-value", "value", "Another value stated for a known key."),
    RuleCode(
        "TG401",
        "nix-before-bootstrap",
        "workflow",
        "A Nix lane job runs Nix before any bootstrap step.",
    ),
    RuleCode("TG402", "unknown-runner-label", "workflow", "A runs-on label outside the lanes."),
    RuleCode(
        "TG403",
        "hosted-runner-without-exception",
        "workflow",
        "A GitHub-hosted runner in a job not marked as an exception.",
    ),
    RuleCode("TG404", "checkout-clean-false", "workflow", "actions/checkout with clean: false."),
    RuleCode("TG501", "promises-non-goal", "non-goal", "Wording that promises a non-goal."),
    RuleCode(
        "TG502",
        "resembles-non-goal-promise",
        "non-goal",
        "A sentence close to a promise of a non-goal.",
    ),
    RuleCode("TG901", "unused-suppression", "directive", "A suppression that suppressed nothing."),
    RuleCode("TG902", "expired-suppression", "directive", "A suppression past its expiry date."),
    RuleCode(
        "TG903", "invalid-directive", "directive", "A truthgraph comment that cannot be read."
    ),
    RuleCode(
        "TG904",
        "example-not-flagged",
        "directive",
        "A block marked as a wrong example that no rule flags.",
    ),
)

_BY_KEY = {r.code.casefold(): r for r in RULE_CODES} | {r.name: r for r in RULE_CODES}


def lookup(code_or_name: str) -> RuleCode:
    """The rule with this code or name; raises TruthgraphError `no such rule: "TG999"`."""
    found = _BY_KEY.get(code_or_name.strip().casefold())
    if found is None:
        raise TruthgraphError(f'no such rule: "{code_or_name}"')
    return found


_CLAIM_KINDS: dict[str, type[CompiledRule]] = {
    "wording": WordingCheck,
    "paraphrase": ParaphraseCheck,
    "value": ValueCheck,
    "workflow": WorkflowCheck,
}
_NON_GOAL_KINDS: dict[str, type[CompiledRule]] = {
    **_CLAIM_KINDS,
    "wording": PromisedWording,
    "paraphrase": PromisedParaphrase,
}


def compile_rules(pack: ClaimsPack) -> list[CompiledRule]:
    """Compile every active rule of the pack; every bad pattern is reported with its place."""
    compiled: list[CompiledRule] = []
    errors: list[TruthgraphError] = []
    for owner, spec in pack.guarded():
        kinds = _NON_GOAL_KINDS if isinstance(owner, NonGoal) else _CLAIM_KINDS
        try:
            compiled.append(kinds[spec.kind](owner, spec, pack.terms))
        except (PatternSyntaxError, PatternError) as exc:
            message = exc.message if isinstance(exc, PatternError) else str(exc)
            where = pack.rule_locations.get(f"{owner.id}/{spec.id}", pack.location(owner.id))
            errors.append(PatternError(f"{owner.id}/{spec.id}: {message}", where))
    if errors:
        raise GroupedError(errors)
    return compiled


def owner_kind(owner: Claim | NonGoal) -> str:
    return "non-goal" if isinstance(owner, NonGoal) else "claim"
