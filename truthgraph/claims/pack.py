"""A loaded, cross-checked claims pack: records by id, term sets, and where each record stands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.loader import LoadedRecord, RawPack, load_raw
from truthgraph.claims.model import (
    Claim,
    Entity,
    Evidence,
    ExitSignal,
    Lexicon,
    NonGoal,
    PackMeta,
    Priority,
    Record,
    RuleSpec,
    SequenceStep,
    TermSets,
)
from truthgraph.errors import ClaimsError, GroupedError, Location


@dataclass
class ClaimsPack:
    """All records of a pack, indexed by id, with their source locations."""

    meta: PackMeta
    claims: dict[str, Claim] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    priorities: dict[str, Priority] = field(default_factory=dict)
    non_goals: dict[str, NonGoal] = field(default_factory=dict)
    sequence: list[SequenceStep] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    exit_signals: dict[str, tuple[ExitSignal, str]] = field(default_factory=dict)
    """Exit signal id -> (signal, id of the priority that owns it)."""
    terms: TermSets = field(default_factory=dict)
    """Term sets from `terms:` plus one per entity (its id -> name and aliases)."""
    locations: dict[str, Location] = field(default_factory=dict)
    rule_locations: dict[str, Location] = field(default_factory=dict)
    """`owner/rule` -> where the rule starts in its YAML file."""
    term_locations: dict[str, Location] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    digest: str = ""
    lexicons: list[Lexicon] = field(default_factory=list)
    """The pack's own `lexicon:` sections (the shared lexicon is added by the checker)."""
    origin: str = ""
    """Where the pack came from, for people (set by `truthgraph.packs.load`): source,
    version, commit, digest."""

    def guarded(self) -> Iterator[tuple[Claim | NonGoal, RuleSpec]]:
        """Every (record, rule) pair whose rule should run: active claims and all non-goals."""
        for claim in self.claims.values():
            if claim.status == "active":
                for rule in claim.rules:
                    yield claim, rule
        for non_goal in self.non_goals.values():
            for rule in non_goal.rules:
                yield non_goal, rule

    def record(self, record_id: str) -> Record | None:
        for table in (self.claims, self.non_goals, self.priorities, self.evidence, self.entities):
            if record_id in table:
                found: Record = table[record_id]
                return found
        if record_id in self.exit_signals:
            return self.exit_signals[record_id][0]
        return next((s for s in self.sequence if s.id == record_id), None)

    def location(self, record_id: str) -> Location:
        return self.locations.get(record_id, Location(self.files[0] if self.files else "claims"))


def load_pack(root: Path) -> ClaimsPack:
    """Load and cross-check every claims file under `root` (raises GroupedError)."""
    raw = load_raw(root)
    return build_pack(raw)


def build_pack(raw: RawPack) -> ClaimsPack:
    errors: list[ClaimsError] = []
    if raw.meta is None:
        where = Location(raw.files[0] if raw.files else "claims")
        raise GroupedError([ClaimsError("no pack: section (name, snapshot); add one", where)])
    pack = ClaimsPack(meta=raw.meta, files=raw.files, digest=raw.digest, lexicons=raw.lexicons)
    pack.term_locations = dict(raw.term_locations)
    _index(raw.records, pack, errors)
    for entity in pack.entities.values():
        if entity.id not in raw.terms:
            names = [entity.name, *entity.aliases]
            # "The heavy lane's node selector is ...": a scope names its subject's owner too
            pack.terms[entity.id] = [*names, *(f"{name}'s" for name in names)]
    pack.terms.update(raw.terms)
    _check_references(pack, errors)
    _check_cycles(pack, errors)
    if errors:
        raise GroupedError(list(errors))
    return pack


def _index(records: list[LoadedRecord], pack: ClaimsPack, errors: list[ClaimsError]) -> None:
    tables: dict[str, dict[str, object]] = {
        "claims": pack.claims,  # type: ignore[dict-item]
        "evidence": pack.evidence,  # type: ignore[dict-item]
        "priorities": pack.priorities,  # type: ignore[dict-item]
        "non_goals": pack.non_goals,  # type: ignore[dict-item]
        "entities": pack.entities,  # type: ignore[dict-item]
    }

    def claim_id(record_id: str, where: Location) -> bool:
        if record_id in pack.locations:
            first = pack.locations[record_id]
            errors.append(
                ClaimsError(
                    f'duplicate id "{record_id}" (first defined at {first}); rename one', where
                )
            )
            return False
        pack.locations[record_id] = where
        return True

    for loaded in records:
        record = loaded.record
        record_id = str(getattr(record, "id", ""))
        if not claim_id(record_id, loaded.location):
            continue
        for rule_id, where in loaded.rule_locations.items():
            pack.rule_locations[f"{record_id}/{rule_id}"] = where
        if isinstance(record, SequenceStep):
            pack.sequence.append(record)
        else:
            tables[loaded.section][record_id] = record
        if isinstance(record, Priority):
            for signal in record.exit_signals:
                if claim_id(signal.id, loaded.location):
                    pack.exit_signals[signal.id] = (signal, record.id)
        if isinstance(record, Claim | NonGoal):
            seen: set[str] = set()
            for rule in record.rules:
                if rule.id in seen:
                    errors.append(
                        ClaimsError(
                            f'{record_id}: duplicate rule id "{rule.id}"; rule ids must be '
                            "unique within a claim",
                            loaded.location,
                        )
                    )
                seen.add(rule.id)
    pack.sequence.sort(key=lambda s: (s.step, s.id))


def _check_references(pack: ClaimsPack, errors: list[ClaimsError]) -> None:
    def expect(owner: str, kind: str, ids: list[str], table: dict[str, object] | set[str]) -> None:
        for ref in ids:
            if ref not in table:
                errors.append(
                    ClaimsError(
                        f'{owner} refers to unknown {kind} "{ref}"; define it or fix the id',
                        pack.location(owner),
                    )
                )

    evidence: dict[str, object] = dict(pack.evidence)
    entities: dict[str, object] = dict(pack.entities)
    claims: dict[str, object] = dict(pack.claims)

    def expect_subjects(owner: Claim | NonGoal) -> None:
        for fact in owner.facts:
            named = [s for s in fact.subject if not s.startswith("kind:")]
            expect(owner.id, "entity (fact subject)", named, entities)

    for claim in pack.claims.values():
        expect(claim.id, "evidence", claim.evidence, evidence)
        expect(claim.id, "entity", claim.subjects, entities)
        expect_subjects(claim)
        if claim.superseded_by is not None:
            target = pack.claims.get(claim.superseded_by)
            if target is None:
                expect(claim.id, "claim (superseded_by)", [claim.superseded_by], claims)
            elif target.status == "retired":
                errors.append(
                    ClaimsError(
                        f'{claim.id} is superseded_by "{target.id}", which is retired; '
                        "point it at an active claim",
                        pack.location(claim.id),
                    )
                )
            if claim.status != "superseded":
                errors.append(
                    ClaimsError(
                        f'{claim.id} has superseded_by but status "{claim.status}"; '
                        "set status: superseded",
                        pack.location(claim.id),
                    )
                )
        elif claim.status == "superseded":
            errors.append(
                ClaimsError(
                    f"{claim.id} has status superseded but no superseded_by; name its successor",
                    pack.location(claim.id),
                )
            )
    for non_goal in pack.non_goals.values():
        expect(non_goal.id, "evidence", non_goal.evidence, evidence)
        expect(non_goal.id, "entity", non_goal.subjects, entities)
        expect_subjects(non_goal)
        expect(non_goal.id, "claim", non_goal.claims, claims)
    for priority in pack.priorities.values():
        expect(priority.id, "claim", priority.claims, claims)
        expect(priority.id, "evidence", priority.evidence, evidence)
        for signal in priority.exit_signals:
            expect(signal.id, "evidence", signal.evidence, evidence)
            expect(signal.id, "claim", signal.claims, claims)
    step_ids = {s.id for s in pack.sequence}
    priorities: dict[str, object] = dict(pack.priorities)
    for step in pack.sequence:
        expect(step.id, "priority", [step.priority], priorities)
        expect(step.id, "sequence step", step.after, step_ids)
    for entity in pack.entities.values():
        for fact in entity.facts:
            expect(entity.id, "evidence", fact.evidence, evidence)


def _find_cycle(edges: dict[str, list[str]]) -> list[str] | None:
    """A cycle in a directed graph, as a list of ids (first id repeated at the end).

    Iterative depth-first search: a 10,000-long `superseded_by` chain is no deeper
    for the interpreter's stack than a short one."""
    state: dict[str, int] = {}
    for start in sorted(edges):
        if start in state:
            continue
        state[start] = 1
        path = [start]
        pending = [iter(edges.get(start, []))]
        while pending:
            nxt = next(pending[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                pending.pop()
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                pending.append(iter(edges.get(nxt, [])))
    return None


def _check_cycles(pack: ClaimsPack, errors: list[ClaimsError]) -> None:
    after = {s.id: list(s.after) for s in pack.sequence}
    cycle = _find_cycle(after)
    if cycle:
        errors.append(
            ClaimsError(
                f"sequence cycle: {' -> '.join(cycle)}; a step cannot come after itself",
                pack.location(cycle[0]),
            )
        )
    supersedes = {c.id: [c.superseded_by] for c in pack.claims.values() if c.superseded_by}
    cycle = _find_cycle(supersedes)
    if cycle:
        errors.append(
            ClaimsError(
                f"supersession cycle: {' -> '.join(cycle)}; one claim must be the current one",
                pack.location(cycle[0]),
            )
        )
