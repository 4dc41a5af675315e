"""Terminal views of the pack for `status` and `explain` (rich renderables, no I/O here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import networkx as nx
from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from truthgraph.claims.model import Claim, Entity, Evidence, NonGoal, Priority
from truthgraph.claims.pack import ClaimsPack
from truthgraph.examples import ClaimExamples
from truthgraph.graph import neighbours
from truthgraph.rules import CompiledRule
from truthgraph.rules.fact import FactCheck

STATUS_STYLE = {"met": "green", "partial": "yellow", "pending": "red"}
STATUS_MARK = {"met": "✔", "partial": "◐", "pending": "✘"}


def progress(priority: Priority) -> tuple[int, int, int]:
    """(met, partial, pending) exit signals of a priority."""
    statuses = [s.status for s in priority.exit_signals]
    return statuses.count("met"), statuses.count("partial"), statuses.count("pending")


def status_data(pack: ClaimsPack, today: dt.date) -> dict[str, object]:
    """The sprint state as plain data (for `status --format json` and the site)."""
    limit = pack.meta.stale_after_days
    return {
        "pack": pack.meta.name,
        "snapshot": pack.meta.snapshot.isoformat(),
        "today": today.isoformat(),
        "priorities": [
            {
                "id": p.id,
                "level": p.level,
                "title": p.title,
                "owners": p.owners,
                "exit_signals": [
                    {"id": s.id, "status": s.status, "text": s.text} for s in p.exit_signals
                ],
                "met": progress(p)[0],
                "partial": progress(p)[1],
                "pending": progress(p)[2],
            }
            for p in pack.priorities.values()
        ],
        "sequence": [
            {"step": s.step, "priority": s.priority, "text": s.text} for s in pack.sequence
        ],
        "stale_evidence": [
            {"id": e.id, "ref": e.ref, "age_days": (today - e.observed).days}
            for e in pack.evidence.values()
            if (today - e.observed).days > limit
        ],
        "inactive_claims": [
            {"id": c.id, "status": c.status, "superseded_by": c.superseded_by}
            for c in pack.claims.values()
            if c.status != "active"
        ],
    }


def status_view(pack: ClaimsPack, today: dt.date) -> RenderableType:
    parts: list[RenderableType] = []
    age = (today - pack.meta.snapshot).days
    parts.append(
        Text.assemble(
            (pack.meta.name, "bold"), f" — snapshot {pack.meta.snapshot} ({age} days ago)"
        )
    )
    table = Table(title="Priorities", show_lines=False, expand=False)
    table.add_column("Level")
    table.add_column("Priority")
    table.add_column("Owners")
    table.add_column("Exit signals")
    table.add_column("Progress", justify="right")
    for priority in pack.priorities.values():
        met, partial, pending = progress(priority)
        total = met + partial + pending
        marks = Text()
        for signal in priority.exit_signals:
            marks.append(STATUS_MARK[signal.status], style=STATUS_STYLE[signal.status])
        share = (met + 0.5 * partial) / total if total else 0.0
        table.add_row(
            priority.level,
            escape(priority.title),
            escape(" ".join(priority.owners)),
            marks,
            f"{met}/{total} met, {partial} partial ({share:.0%})",
        )
    parts.append(table)
    parts.append(Text("Sequence", style="bold"))
    for step in pack.sequence:
        parts.append(Text(f"  {step.step}. {step.text}  [{step.priority}]"))
    stale = [
        e for e in pack.evidence.values() if (today - e.observed).days > pack.meta.stale_after_days
    ]
    if stale:
        parts.append(
            Text(
                f"Stale evidence (older than {pack.meta.stale_after_days} days)",
                style="bold yellow",
            )
        )
        for evidence in stale:
            parts.append(
                Text(f"  {evidence.id} ({evidence.ref}): {(today - evidence.observed).days} days")
            )
    inactive = [c for c in pack.claims.values() if c.status != "active"]
    parts.append(Text("Retired or superseded claims", style="bold"))
    if not inactive:
        parts.append(Text("  none"))
    for claim in inactive:
        successor = f" → {claim.superseded_by}" if claim.superseded_by else ""
        parts.append(Text(f"  {claim.id}: {claim.status}{successor}"))
    return Group(*parts)


def _evidence_lines(pack: ClaimsPack, ids: list[str], today: dt.date) -> Iterator[Text]:
    for evidence_id in ids:
        evidence: Evidence = pack.evidence[evidence_id]
        days = (today - evidence.observed).days
        stale = " (stale)" if days > pack.meta.stale_after_days else ""
        yield Text(
            f"  {evidence.ref} — {evidence.summary} "
            f"[{evidence.kind}, {evidence.observed}, {days} days old{stale}]"
        )


def explain_view(
    pack: ClaimsPack,
    graph: nx.MultiDiGraph,
    rules: list[CompiledRule],
    record_id: str,
    today: dt.date,
    examples: ClaimExamples | None = None,
    show_patterns: bool = False,
) -> RenderableType:
    """`examples`: the record's executed examples (`truthgraph.examples.claim_examples`);
    `show_patterns`: list the rules' raw patterns too (for maintainers of the pack)."""
    record = pack.record(record_id)
    lines: list[RenderableType] = []
    if isinstance(record, Claim | NonGoal):
        kind = "claim" if isinstance(record, Claim) else "non-goal"
        lines.append(
            Text.assemble((f"{kind} {record.id}", "bold"), f"  ({pack.location(record.id)})")
        )
        lines.append(Text(record.statement))
        if record.quote:
            lines.append(Text(f"source wording: “{record.quote}”", style="italic"))
        if isinstance(record, Claim):
            superseded = f" by {record.superseded_by}" if record.superseded_by else ""
            lines.append(
                Text(
                    f"status: {record.status}{superseded}; since {record.since}; "
                    f"severity {record.severity}"
                )
            )
        if record.fix:
            lines.append(Text(f"how to say it: {record.fix}"))
        lines.append(Text("evidence:", style="bold"))
        lines.extend(
            _evidence_lines(pack, record.evidence, today) if record.evidence else [Text("  none")]
        )
        own = [r for r in rules if r.owner.id == record.id]
        fact_rule = next((r for r in own if isinstance(r, FactCheck)), None)
        if fact_rule is not None:
            lines.append(Text("facts:", style="bold"))
            lines.extend(Text(f"  {fact_rule.model.describe(f)}") for f in record.facts)
        if examples is not None:
            what = "contradicts it" if isinstance(record, Claim) else "promises it"
            lines.append(Text(f"{what}, for example (each is flagged):", style="bold"))
            lines.extend(Text(f"  ✗ {example}") for example in examples.contradicting)
            if not examples.contradicting:
                lines.append(Text("  no examples yet: `--patterns` shows what the rules match"))
            if examples.fine:
                lines.append(Text("consistent with it (none is flagged):", style="bold"))
                lines.extend(Text(f"  ✓ {example}") for example in examples.fine)
        lines.append(Text("rules:", style="bold"))
        for rule in own:
            lines.append(
                Text(
                    f"  {rule.code} {rule.name} {rule.qualified_id} "
                    f"({rule.kind}, {rule.severity.label})"
                )
            )
            if show_patterns:
                spec = getattr(rule, "spec", None)
                for source in getattr(spec, "patterns", []):
                    lines.append(Text(f"      {source}"))
        priorities = [p for p in pack.priorities.values() if record.id in p.claims]
        if priorities:
            lines.append(Text("priorities:", style="bold"))
            lines.extend(Text(f"  {p.level} {p.title} ({p.id})") for p in priorities)
        related_goals = [g for g in pack.non_goals.values() if record.id in g.claims]
        if related_goals:
            lines.append(Text("non-goals:", style="bold"))
            lines.extend(Text(f"  {g.statement} ({g.id})") for g in related_goals)
    elif isinstance(record, Priority):
        met, partial, pending = progress(record)
        lines.append(Text(f"{record.level}: {record.title} ({record.id})", style="bold"))
        lines.append(
            Text(
                f"owners: {' '.join(record.owners)}; exit signals "
                f"{met} met, {partial} partial, {pending} pending"
            )
        )
        for signal in record.exit_signals:
            lines.append(
                Text(
                    f"  {STATUS_MARK[signal.status]} {signal.text} [{signal.status}]",
                    style=STATUS_STYLE[signal.status],
                )
            )
    elif isinstance(record, Evidence):
        lines.append(Text(f"evidence {record.id}: {record.ref}", style="bold"))
        lines.extend(_evidence_lines(pack, [record.id], today))
    elif isinstance(record, Entity):
        lines.append(Text(f"{record.kind} {record.name} ({record.id})", style="bold"))
        for fact in record.facts:
            lines.append(Text(f"  {fact.key} = {fact.value}"))
    else:
        lines.append(Text(f"{record_id}", style="bold"))
    if record_id in graph:
        lines.append(Text("neighbours in the graph:", style="bold"))
        for n in neighbours(graph, record_id):
            arrow = "→" if n.direction == "out" else "←"
            lines.append(Text(f"  {arrow} {n.relation} {n.kind} {n.id}: {n.label[:80]}"))
    return Panel(Group(*lines), expand=False)
