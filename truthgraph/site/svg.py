"""Diagrams as inline SVG, laid out in layers at build time: no JavaScript, no CDN."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from truthgraph.graph import NODE_KINDS
from truthgraph.site.history import TrendPoint
from truthgraph.site.markup import attr, clean, esc

BOX_WIDTH = 220
LINE_HEIGHT = 15
PAD = 8
CAPTION = 13  # the small kind caption above the label
GAP_X = 110  # between layers: room for the curves and their labels
GAP_Y = 14
MARGIN = 12
WRAP = 30  # characters per label line at 12px in a 220px box
MAX_LINES = 3

# Presentation attributes are the fallback when the site stylesheet is missing (an SVG
# opened on its own); the stylesheet's classes override them and follow the colour scheme.
_FILL = {
    "claim": "#e3f2fd",
    "non-goal": "#fde7e9",
    "priority": "#ede7f6",
    "exit-signal": "#e8f5e9",
    "evidence": "#fff8e1",
    "entity": "#eceff1",
    "topic": "#f3e5f5",
    "owner": "#e0f2f1",
    "step": "#fbe9e7",
}


@dataclass(frozen=True)
class Box:
    """A node to draw: its label is untrusted text, escaped when drawn."""

    id: str
    label: str
    kind: str = ""
    href: str = ""
    tooltip: str = ""
    highlight: bool = False
    status: str = ""
    """met / partial / pending for exit signals: drawn as a CSS class."""


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    label: str = ""


@dataclass(frozen=True)
class _Placed:
    box: Box
    layer: int
    x: float
    y: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return 2 * PAD + CAPTION + LINE_HEIGHT * len(self.lines)


def wrap(text: str, width: int = WRAP, max_lines: int = MAX_LINES) -> tuple[str, ...]:
    """Words into lines of at most `width` characters; overlong words are cut, excess ends in …."""
    words: list[str] = []
    for word in clean(text).split(" "):
        while len(word) > width:
            words.append(word[:width])
            word = word[width:]
        if word:
            words.append(word)
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[: max_lines - 1], (last[: width - 1] + "…") if last else "…"]
    return tuple(lines) or ("",)


def layers(
    ids: Sequence[str], arrows: Iterable[Arrow], fixed: Mapping[str, int] | None = None
) -> dict[str, int]:
    """Layer of each node: `fixed` if given, else its generation in the DAG of strong components.

    Cycles cannot be layered as they are, so each strongly connected component is one
    unit; a node's layer is the longest path to it from a source of that condensed DAG.
    """
    if fixed is not None:
        return {n: fixed.get(n, 0) for n in ids}
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((a.source, a.target) for a in arrows if a.source != a.target)
    condensed = nx.condensation(graph)
    result: dict[str, int] = {}
    for number, generation in enumerate(nx.topological_generations(condensed)):
        for component in generation:
            for member in condensed.nodes[component]["members"]:
                result[member] = number
    return result


def _order(
    by_layer: dict[int, list[str]], arrows: Sequence[Arrow], sweeps: int = 4
) -> dict[int, list[str]]:
    """Barycentre ordering within layers (a few down/up sweeps) to cut edge crossings."""
    neighbours: dict[str, set[str]] = {}
    for arrow in arrows:
        neighbours.setdefault(arrow.source, set()).add(arrow.target)
        neighbours.setdefault(arrow.target, set()).add(arrow.source)
    order = {k: list(v) for k, v in by_layer.items()}
    keys = sorted(order)
    for sweep in range(sweeps):
        sequence = keys[1:] if sweep % 2 == 0 else list(reversed(keys[:-1]))
        for layer in sequence:
            ref = layer - 1 if sweep % 2 == 0 else layer + 1
            if ref not in order:
                continue
            index = {n: i for i, n in enumerate(order[ref])}
            current = {n: i for i, n in enumerate(order[layer])}

            order[layer] = sorted(
                order[layer], key=lambda n: (_centre(n, neighbours, index, current), current[n])
            )
    return order


def _centre(
    node: str, neighbours: Mapping[str, set[str]], index: Mapping[str, int], here: Mapping[str, int]
) -> float:
    """Mean position of a node's neighbours in the reference layer (its own if it has none)."""
    seen = [index[m] for m in neighbours.get(node, ()) if m in index]
    return sum(seen) / len(seen) if seen else float(here[node])


def render(
    boxes: Sequence[Box],
    arrows: Sequence[Arrow],
    *,
    caption: str,
    fixed_layers: Mapping[str, int] | None = None,
    edge_labels: bool = True,
    diagram_id: str = "",
    direction: str = "LR",
    gap: float = GAP_X,
) -> str:
    """An `<svg>` of the boxes in layers (columns for LR, rows for TB) joined by arrows."""
    if direction not in ("LR", "TB"):
        raise ValueError(f"direction must be LR or TB, not {direction!r}")
    by_id = {b.id: b for b in boxes}
    arrows = [a for a in arrows if a.source in by_id and a.target in by_id]
    kind_rank = {k: i for i, k in enumerate(NODE_KINDS)}
    layer_of = layers(list(by_id), arrows, fixed_layers)
    by_layer: dict[int, list[str]] = {}
    for node_id in sorted(by_id, key=lambda n: (kind_rank.get(by_id[n].kind, 99), n)):
        by_layer.setdefault(layer_of[node_id], []).append(node_id)
    # Empty layers (from fixed layers) would leave gaps: renumber the used ones.
    renumber = {old: new for new, old in enumerate(sorted(by_layer))}
    order = _order({renumber[k]: v for k, v in by_layer.items()}, arrows)
    placed = _place(order, by_id, direction, gap)
    width = max((p.x + BOX_WIDTH for p in placed.values()), default=0) + MARGIN
    height = max((p.y + p.height for p in placed.values()), default=0) + MARGIN
    if direction == "LR" and any(placed[a.target].layer <= placed[a.source].layer for a in arrows):
        width += 70  # back edges loop out to the right of the last column
    ident = diagram_id or _digest(boxes, arrows)
    marker = f"{ident}-arrow"

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="tg-svg" role="img"'
        f' width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}"'
        f' aria-labelledby="{ident}-title">',
        f'<title id="{ident}-title">{esc(caption)}</title>',
        "<defs>"
        f'<marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7"'
        ' markerHeight="7" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" class="tg-arrowhead" fill="#78909c"/></marker>'
        "</defs>",
    ]
    for arrow in sorted(arrows, key=lambda a: (a.source, a.target, a.label)):
        source, target = placed[arrow.source], placed[arrow.target]
        out.append(_arrow(source, target, arrow, marker, edge_labels, direction))
    for node_id in sorted(placed):
        out.append(_box(placed[node_id]))
    out.append("</svg>")
    return "".join(out)


def _place(
    order: dict[int, list[str]], by_id: Mapping[str, Box], direction: str, gap: float
) -> dict[str, _Placed]:
    """Positions: layers side by side (LR) or stacked (TB), each layer centred on the widest."""

    def height(node_id: str) -> float:
        return 2 * PAD + CAPTION + LINE_HEIGHT * len(wrap(by_id[node_id].label))

    placed: dict[str, _Placed] = {}
    if direction == "LR":
        extent = {k: sum(height(n) for n in v) + GAP_Y * (len(v) - 1) for k, v in order.items()}
        longest = max(extent.values(), default=0)
        for layer, ids in order.items():
            x = MARGIN + layer * (BOX_WIDTH + gap)
            y = MARGIN + (longest - extent[layer]) / 2
            for node_id in ids:
                item = _Placed(by_id[node_id], layer, x, y, wrap(by_id[node_id].label))
                placed[node_id] = item
                y += item.height + GAP_Y
        return placed
    across = BOX_WIDTH + 2 * GAP_Y
    widest = max((len(v) for v in order.values()), default=0) * across - 2 * GAP_Y
    y = float(MARGIN)
    for layer in sorted(order):
        ids = order[layer]
        x = MARGIN + (widest - (len(ids) * across - 2 * GAP_Y)) / 2
        row = 0.0
        for node_id in ids:
            item = _Placed(by_id[node_id], layer, x, y, wrap(by_id[node_id].label))
            placed[node_id] = item
            row = max(row, item.height)
            x += across
        y += row + gap
    return placed


def _digest(boxes: Sequence[Box], arrows: Sequence[Arrow]) -> str:
    material = "\x1f".join([*(b.id for b in boxes), *(f"{a.source}>{a.target}" for a in arrows)])
    return "tg" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:10]


def _arrow(
    source: _Placed, target: _Placed, arrow: Arrow, marker: str, labels: bool, direction: str
) -> str:
    forward = target.layer > source.layer
    if direction == "TB" and forward:
        sx, sy = source.x + BOX_WIDTH / 2, source.y + source.height
        tx, ty = target.x + BOX_WIDTH / 2, target.y
        bend = (ty - sy) / 2
        controls = (sx, sy + bend, tx, ty - bend)
        mid = ((sx + tx) / 2 + 6, (sy + ty) / 2 + 4)
        anchor = "start"
    elif forward:
        sx, sy = source.x + BOX_WIDTH, source.y + source.height / 2
        tx, ty = target.x, target.y + target.height / 2
        bend = (tx - sx) / 2
        controls = (sx + bend, sy, tx - bend, ty)
        mid = ((sx + tx) / 2, (sy + ty) / 2 - 3)
        anchor = "middle"
    else:
        # Same or earlier layer (cycles, chains inside a layer): loop out to the right and back.
        sx, sy = source.x + BOX_WIDTH, source.y + source.height / 2
        tx, ty = target.x + BOX_WIDTH, target.y + target.height / 2
        reach = 45 + 10 * abs(source.layer - target.layer)
        controls = (sx + reach, sy, tx + reach, ty)
        mid = (max(sx, tx) + reach * 0.75 + 4, (sy + ty) / 2)
        anchor = "start"
    c1x, c1y, c2x, c2y = controls
    path = f"M {sx:.1f} {sy:.1f} C {c1x:.1f} {c1y:.1f}, {c2x:.1f} {c2y:.1f}, {tx:.1f} {ty:.1f}"
    parts = [
        f'<g class="tg-edge"><path d="{path}" fill="none" stroke="#90a4ae" stroke-width="1.3"'
        f' marker-end="url(#{marker})"/>'
    ]
    if labels and arrow.label:
        parts.append(
            f'<text x="{mid[0]:.1f}" y="{mid[1]:.1f}" text-anchor="{anchor}"'
            f' class="tg-edge-label" font-size="10" fill="#546e7a">{esc(arrow.label)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _box(item: _Placed) -> str:
    box = item.box
    classes = ["tg-node", f"tg-kind-{box.kind}" if box.kind else ""]
    if box.highlight:
        classes.append("tg-highlight")
    if box.status:
        classes.append(f"tg-status-{box.status}")
    css = " ".join(c for c in classes if c)
    fill = _FILL.get(box.kind, "#ffffff")
    stroke_width = "3" if box.highlight else "1"
    inner = [
        f"<title>{esc(box.tooltip or box.label)}</title>",
        f'<rect x="{item.x:.1f}" y="{item.y:.1f}" width="{BOX_WIDTH}" height="{item.height:.1f}"'
        f' rx="6" fill="{fill}" stroke="#546e7a" stroke-width="{stroke_width}"/>',
        f'<text x="{item.x + PAD:.1f}" y="{item.y + PAD + 9:.1f}" class="tg-node-kind"'
        f' font-size="9" fill="#607d8b">{esc(_caption(box))}</text>',
    ]
    for number, line in enumerate(item.lines):
        baseline = item.y + PAD + CAPTION + LINE_HEIGHT * number + 11
        inner.append(
            f'<text x="{item.x + PAD:.1f}" y="{baseline:.1f}" class="tg-node-label"'
            f' font-size="12" fill="#263238">{esc(line)}</text>'
        )
    body = "".join(inner)
    if box.href:
        return f"<a{attr('href', box.href)}{attr('class', css)}>{body}</a>"
    return f"<g{attr('class', css)}>{body}</g>"


def _caption(box: Box) -> str:
    return f"{box.kind} · {box.status}" if box.status else box.kind


def graph_boxes(
    graph: nx.MultiDiGraph,
    href: Callable[[str, str], str] | None = None,
    highlight: str | None = None,
) -> tuple[list[Box], list[Arrow]]:
    """Boxes and arrows of a claim graph (parallel edges of different kinds share one arrow)."""
    boxes = [
        Box(
            id=str(node_id),
            # Backticks mark code in claim prose; in a box they are noise.
            label=str(data.get("label", node_id)).replace("`", ""),
            kind=str(data.get("kind", "")),
            href=href(str(node_id), str(data.get("kind", ""))) if href else "",
            tooltip=f"{node_id}: {data.get('label', '')}",
            highlight=node_id == highlight,
            status=str(data.get("status", "")) if data.get("kind") == "exit-signal" else "",
        )
        for node_id, data in sorted(graph.nodes(data=True))
    ]
    kinds: dict[tuple[str, str], list[str]] = {}
    for source, target, kind in sorted(graph.edges(keys=True)):
        kinds.setdefault((str(source), str(target)), []).append(str(kind))
    arrows = [Arrow(s, t, ", ".join(k)) for (s, t), k in sorted(kinds.items())]
    return boxes, arrows


def trend_chart(points: Sequence[TrendPoint], width: int = 640, height: int = 120) -> str:
    """Exit signals per commit as stacked areas (met, partial, pending), oldest on the left."""
    left, right, top, bottom = 34, 10, 8, 22
    inner_w, inner_h = width - left - right, height - top - bottom
    most = max((p.met + p.partial + p.pending for p in points), default=1) or 1
    step = inner_w / max(1, len(points) - 1)

    def xy(index: int, value: float) -> str:
        return f"{left + index * step:.1f},{top + inner_h - inner_h * value / most:.1f}"

    layers: list[str] = []
    stacks = [
        ("met", [p.met for p in points]),
        ("partial", [p.met + p.partial for p in points]),
        ("pending", [p.met + p.partial + p.pending for p in points]),
    ]
    below = [0] * len(points)
    for name, tops in stacks:
        upper = " ".join(xy(i, v) for i, v in enumerate(tops))
        lower = " ".join(xy(i, v) for i, v in reversed(list(enumerate(below))))
        if len(points) == 1:  # one commit: a bar, not a line
            upper = f"{xy(0, tops[0])} {left + inner_w:.1f},{xy(0, tops[0]).split(',')[1]}"
            lower = f"{left + inner_w:.1f},{xy(0, below[0]).split(',')[1]} {xy(0, below[0])}"
        layers.append(f'<polygon class="tg-trend-{name}" points="{upper} {lower}"/>')
        below = tops
    last = points[-1] if points else None
    labels = [
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" class="tg-axis">{most}</text>',
        f'<text x="{left - 4}" y="{top + inner_h}" text-anchor="end" class="tg-axis">0</text>',
    ]
    if points:
        labels.append(
            f'<text x="{left}" y="{height - 6}" class="tg-axis">{esc(points[0].date)}</text>'
        )
    if last is not None and len(points) > 1:
        labels.append(
            f'<text x="{left + inner_w}" y="{height - 6}" text-anchor="end" class="tg-axis">'
            f"{esc(last.date)}</text>"
        )
    title = (
        f"{len(points)} commits; now {last.met} met, {last.partial} partial, {last.pending} pending"
        if last
        else "no history"
    )
    return (
        f'<svg class="tg-svg tg-trend-svg" xmlns="http://www.w3.org/2000/svg" role="img"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' aria-label="{esc(title)}"><title>{esc(title)}</title>'
        + "".join(layers)
        + "".join(labels)
        + "</svg>"
    )
