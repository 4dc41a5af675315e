"""The rule registry: stable codes and names, and compiling a pack's rule specs."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from truthgraph.claims.model import Claim, NonGoal, Truth
from truthgraph.claims.pack import ClaimsPack
from truthgraph.errors import GroupedError, PatternError, TruthgraphError
from truthgraph.match.patterns import PatternSyntaxError
from truthgraph.rules.base import CompiledRule, Hit
from truthgraph.rules.fact import FactCheck, FactModel, build_fact_model
from truthgraph.rules.inventory import InventoryCheck
from truthgraph.rules.nongoal import PromisedParaphrase, PromisedWording
from truthgraph.rules.paraphrase import ParaphraseCheck
from truthgraph.rules.signal import signal_checks
from truthgraph.rules.value import ValueCheck
from truthgraph.rules.wording import WordingCheck
from truthgraph.rules.workflow import WorkflowCheck

__all__ = [
    "RULE_CODES",
    "CompiledRule",
    "Hit",
    "RuleCode",
    "compile_rules",
    "known_targets",
    "lookup",
    "unknown_target",
]


@dataclass(frozen=True)
class RuleCode:
    code: str
    name: str
    kind: str
    summary: str


RULE_CODES: tuple[RuleCode, ...] = (
    RuleCode("TG101", "contradicted-wording", "wording", "Wording that contradicts a claim."),
    RuleCode(
        "TG102",
        "contradicted-fact",
        "fact",
        "A statement whose value the graph's facts say is false.",
    ),
    RuleCode(
        "TG201",
        "resembles-contradiction",
        "paraphrase",
        "A sentence close to a known contradicting example.",
    ),
    RuleCode(
        "TG103",
        "pending-signal-met",
        "signal",
        "Text that marks a pending exit signal as met.",
    ),
    RuleCode("TG301", "stale-value", "value", "A value the claims know to be stale."),
    RuleCode("TG302", "conflicting-value", "value", "Another value stated for a known key."),
    RuleCode("TG303", "wrong-quantity", "fact", "A number stated for a quantity the facts know."),
    RuleCode(
        "TG304",
        "wrong-inventory",
        "inventory",
        "A list or count of one kind of entity that the graph does not hold.",
    ),
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
    RuleCode(
        "TG404",
        "checkout-clean-false",
        "workflow",
        "A persistent workspace: checkout or an input with clean: false.",
    ),
    RuleCode(
        "TG405",
        "heavy-job-on-standard-lane",
        "workflow",
        "A memory-heavy job on a lane that does not grow.",
    ),
    RuleCode(
        "TG406",
        "browser-tests-without-install",
        "workflow",
        "A job runs browser tests without installing its browser.",
    ),
    RuleCode("TG501", "promises-non-goal", "non-goal", "Wording that promises a non-goal."),
    RuleCode(
        "TG502",
        "resembles-non-goal-promise",
        "non-goal",
        "A sentence close to a promise of a non-goal.",
    ),
    RuleCode(
        "TG503",
        "promises-non-goal-fact",
        "non-goal",
        "A plan or proposal that states what a non-goal rules out.",
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


def known_targets(rules: list[CompiledRule], owners: list[str]) -> frozenset[str]:
    """Everything a directive or a per-path setting may name: codes, names, rule and
    claim ids."""
    names = {r.code for r in RULE_CODES} | {r.name for r in RULE_CODES}
    names |= {rule.qualified_id for rule in rules}
    return frozenset(names | set(owners))


def unknown_target(target: str, known: frozenset[str]) -> str | None:
    """None when `target` names a rule or claim, else the error with a did-you-mean."""
    if target in known or target.upper() in known:
        return None
    close = difflib.get_close_matches(target, sorted(known), n=1, cutoff=0.6)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return f'no such rule or claim: "{target}"{hint}'


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
    "inventory": InventoryCheck,
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
            compiled.append(kinds[spec.kind].compile(owner, spec, pack))
        except (PatternSyntaxError, PatternError) as exc:
            message = exc.message if isinstance(exc, PatternError) else str(exc)
            where = pack.rule_locations.get(f"{owner.id}/{spec.id}", pack.location(owner.id))
            errors.append(PatternError(f"{owner.id}/{spec.id}: {message}", where))
    try:
        model = build_fact_model(pack)
    except PatternSyntaxError as exc:
        errors.append(PatternError(str(exc), pack.location(next(iter(pack.claims), "pack"))))
        model = None
    if model is not None:
        for owner, facts in _owners_with_facts(pack):
            errors.extend(_check_facts(owner, facts, model, pack))
            compiled.append(FactCheck(owner, model))
    compiled.extend(signal_checks(pack))
    if errors:
        raise GroupedError(errors)
    return compiled


def _owners_with_facts(pack: ClaimsPack) -> list[tuple[Claim | NonGoal, list[Truth]]]:
    owners: list[Claim | NonGoal] = [c for c in pack.claims.values() if c.status == "active"]
    owners.extend(pack.non_goals.values())
    return [(o, list(o.facts)) for o in owners if o.facts]


def _check_facts(
    owner: Claim | NonGoal, facts: list[Truth], model: FactModel, pack: ClaimsPack
) -> list[TruthgraphError]:
    """Each fact names a lexicon property and values it knows (did-you-mean otherwise)."""
    errors: list[TruthgraphError] = []
    lexicon = model.lexicon.lexicon
    where = pack.location(owner.id)
    known = sorted([*lexicon.properties, *lexicon.quantities])
    for fact in facts:
        prop = lexicon.properties.get(fact.property)
        if prop is None and fact.property not in lexicon.quantities:
            errors.append(
                PatternError(
                    f"{owner.id}: unknown property {fact.property!r}"
                    + _did_you_mean(fact.property, known),
                    where,
                )
            )
            continue
        if prop is None:
            continue  # a quantity: any value
        for value in [*fact.true, *fact.false]:
            if value not in prop.values:
                hint = _did_you_mean(value, sorted(prop.values))
                errors.append(
                    PatternError(
                        f"{owner.id}: property {fact.property!r} has no value {value!r}{hint}",
                        where,
                    )
                )
    return errors


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f' (did you mean "{close[0]}"?)'
    return f" (known: {', '.join(choices)})"


def owner_kind(owner: Claim | NonGoal) -> str:
    return "non-goal" if isinstance(owner, NonGoal) else "claim"
