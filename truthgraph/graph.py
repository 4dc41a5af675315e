"""The claim graph: typed nodes and edges built from a claims pack, its queries and exports."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass

import networkx as nx

from truthgraph.claims.model import Claim, NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.textsafe import xml_safe

NODE_KINDS = (
    "claim",
    "non-goal",
    "priority",
    "exit-signal",
    "evidence",
    "entity",
    "topic",
    "owner",
    "step",
)
EDGE_KINDS = (
    "supports",  # evidence -> claim / exit signal / priority / entity fact
    "owned-by",  # priority -> owner surface
    "precedes",  # step -> following step
    "schedules",  # step -> priority
    "has-exit-signal",  # priority -> exit signal
    "advances",  # priority -> claim
    "constrains",  # claim / non-goal -> entity it is about
    "follows-from",  # non-goal -> claim
    "supersedes",  # newer claim -> older claim
    "mentions",  # claim / non-goal -> topic
)
EXPORT_FORMATS = ("json", "graphml", "dot", "mermaid")


def build_graph(pack: ClaimsPack) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name=pack.meta.name, snapshot=pack.meta.snapshot.isoformat())

    def node(node_id: str, kind: str, label: str, **data: object) -> None:
        graph.add_node(
            node_id, kind=kind, label=label, **{k: v for k, v in data.items() if v is not None}
        )

    def edge(source: str, target: str, kind: str) -> None:
        graph.add_edge(source, target, key=kind, kind=kind)

    for evidence in pack.evidence.values():
        node(
            evidence.id,
            "evidence",
            evidence.ref,
            observed=evidence.observed.isoformat(),
            summary=evidence.summary,
            evidence_kind=evidence.kind,
        )
    for entity in pack.entities.values():
        node(entity.id, "entity", entity.name, entity_kind=entity.kind)
        for fact in entity.facts:
            for ref in fact.evidence:
                edge(ref, entity.id, "supports")
    for claim in pack.claims.values():
        node(
            claim.id,
            "claim",
            claim.statement,
            status=claim.status,
            severity=claim.severity,
            baseline=claim.baseline,
        )
    for non_goal in pack.non_goals.values():
        node(non_goal.id, "non-goal", non_goal.statement, severity=non_goal.severity)
    records: list[Claim | NonGoal] = [*pack.claims.values(), *pack.non_goals.values()]
    for record in records:
        for ref in record.evidence:
            edge(ref, record.id, "supports")
        for subject in record.subjects:
            edge(record.id, subject, "constrains")
        for topic in record.topics:
            topic_id = f"topic:{topic}"
            if topic_id not in graph:
                node(topic_id, "topic", topic)
            edge(record.id, topic_id, "mentions")
    for claim in pack.claims.values():
        if claim.superseded_by:
            edge(claim.superseded_by, claim.id, "supersedes")
    for non_goal in pack.non_goals.values():
        for ref in non_goal.claims:
            edge(non_goal.id, ref, "follows-from")
    for priority in pack.priorities.values():
        node(priority.id, "priority", f"{priority.level}: {priority.title}", level=priority.level)
        for owner in priority.owners:
            owner_id = f"owner:{owner}"
            if owner_id not in graph:
                node(owner_id, "owner", owner)
            edge(priority.id, owner_id, "owned-by")
        for signal in priority.exit_signals:
            node(signal.id, "exit-signal", signal.text, status=signal.status)
            edge(priority.id, signal.id, "has-exit-signal")
            for ref in signal.evidence:
                edge(ref, signal.id, "supports")
        for ref in priority.claims:
            edge(priority.id, ref, "advances")
        for ref in priority.evidence:
            edge(ref, priority.id, "supports")
    for step in pack.sequence:
        node(step.id, "step", f"{step.step}. {step.text}", step=step.step)
        edge(step.id, step.priority, "schedules")
        for before in step.after:
            edge(before, step.id, "precedes")
    return graph


@dataclass(frozen=True)
class Neighbour:
    id: str
    kind: str
    label: str
    relation: str
    direction: str  # "out" (this -> neighbour) or "in" (neighbour -> this)


def neighbours(graph: nx.MultiDiGraph, node_id: str) -> list[Neighbour]:
    found: list[Neighbour] = []
    for _, target, kind in graph.out_edges(node_id, keys=True):
        data = graph.nodes[target]
        found.append(Neighbour(target, data["kind"], data["label"], kind, "out"))
    for source, _, kind in graph.in_edges(node_id, keys=True):
        data = graph.nodes[source]
        found.append(Neighbour(source, data["kind"], data["label"], kind, "in"))
    return sorted(found, key=lambda n: (n.relation, n.direction, n.kind, n.id))


def subgraph_around(graph: nx.MultiDiGraph, node_id: str, radius: int = 1) -> nx.MultiDiGraph:
    nearby = nx.ego_graph(graph.to_undirected(as_view=True), node_id, radius=radius)
    return graph.subgraph(nearby.nodes).copy()


def counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    result = dict.fromkeys(NODE_KINDS, 0)
    for _, kind in graph.nodes(data="kind"):
        result[kind] = result.get(kind, 0) + 1
    return result


# -- exports ---------------------------------------------------------------------------------


def export(graph: nx.MultiDiGraph, fmt: str) -> str:
    if fmt == "json":
        return to_json(graph)
    if fmt == "graphml":
        return to_graphml(graph)
    if fmt == "dot":
        return to_dot(graph)
    if fmt == "mermaid":
        return to_mermaid(graph)
    raise ValueError(f'unknown graph format "{fmt}" (choose from: {", ".join(EXPORT_FORMATS)})')


def to_json(graph: nx.MultiDiGraph) -> str:
    nodes = [{"id": n, **graph.nodes[n]} for n in sorted(graph.nodes)]
    edges = sorted(
        ({"source": s, "target": t, "kind": k} for s, t, k in graph.edges(keys=True)),
        key=lambda e: (e["source"], e["target"], e["kind"]),
    )
    document = {"graph": dict(graph.graph), "counts": counts(graph), "nodes": nodes, "edges": edges}
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


def to_graphml(graph: nx.MultiDiGraph) -> str:
    clean = nx.MultiDiGraph()
    for node_id, data in sorted(graph.nodes(data=True)):
        # xml_safe: networkx writes characters XML 1.0 forbids (a control character in a
        # claim's text) as they are, and the file would not parse.
        clean.add_node(
            node_id,
            **{k: v if isinstance(v, int | float) else xml_safe(str(v)) for k, v in data.items()},
        )
    for source, target, kind in sorted(graph.edges(keys=True)):
        clean.add_edge(source, target, key=kind, kind=kind)
    buffer = io.BytesIO()
    nx.write_graphml(clean, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


_DOT_SHAPES = {
    "claim": "box",
    "non-goal": "octagon",
    "priority": "component",
    "exit-signal": "note",
    "evidence": "folder",
    "entity": "ellipse",
    "topic": "plaintext",
    "owner": "tab",
    "step": "cds",
}


def to_dot(graph: nx.MultiDiGraph) -> str:
    lines = ["digraph truthgraph {", "  rankdir=LR;", "  node [fontname=Helvetica];"]
    for node_id, data in sorted(graph.nodes(data=True)):
        label = _shorten(str(data["label"]), 60)
        shape = _DOT_SHAPES.get(str(data["kind"]), "box")
        lines.append(f"  {_dot_quote(node_id)} [label={_dot_quote(label)}, shape={shape}];")
    for source, target, kind in sorted(graph.edges(keys=True)):
        lines.append(f"  {_dot_quote(source)} -> {_dot_quote(target)} [label={_dot_quote(kind)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


_MERMAID_UNSAFE = re.compile(r'["<>#&;`|{}\[\]()]')


def mermaid_label(text: str, limit: int = 48) -> str:
    """A label Mermaid renders as text: markup characters become entities, never syntax."""
    short = _shorten(text, limit)
    return _MERMAID_UNSAFE.sub(lambda m: f"#{ord(m.group())};", short)


def mermaid_id(node_id: str) -> str:
    return "n_" + re.sub(r"[^A-Za-z0-9_]", "_", node_id)


_MERMAID_SHAPES = {
    "claim": ('["', '"]'),
    "non-goal": ('{{"', '"}}'),
    "priority": ('[["', '"]]'),
    "exit-signal": ('(["', '"])'),
    "evidence": ('[/"', '"/]'),
    "entity": ('(("', '"))'),
    "topic": ('>"', '"]'),
    "owner": ('[("', '")]'),
    "step": ('["', '"]'),
}


def to_mermaid(graph: nx.MultiDiGraph, highlight: str | None = None) -> str:
    lines = ["flowchart LR"]
    for node_id, data in sorted(graph.nodes(data=True)):
        left, right = _MERMAID_SHAPES.get(str(data["kind"]), ('["', '"]'))
        lines.append(f"  {mermaid_id(node_id)}{left}{mermaid_label(str(data['label']))}{right}")
    for source, target, kind in sorted(graph.edges(keys=True)):
        lines.append(f"  {mermaid_id(source)} -- {kind} --> {mermaid_id(target)}")
    for kind in NODE_KINDS:
        members = [mermaid_id(n) for n, k in sorted(graph.nodes(data="kind")) if k == kind]
        if members:
            lines.append(f"  class {','.join(members)} {kind.replace('-', '_')}")
    if highlight and highlight in graph:
        lines.append(f"  style {mermaid_id(highlight)} stroke-width:4px")
    return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
