"""The status site as Markdown strings, built from (pack, graph, report, today); no mkdocs here.

Every page is a Markdown heading skeleton (so the table of contents and search see the
sections) around HTML blocks in which all text from claims and docs is escaped. Links are
computed here, relative to the page they sit on, because Markdown processors do not
rewrite links inside raw HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import posixpath
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from truthgraph.claims.model import Claim, Evidence, NonGoal, Priority, RuleSpec
from truthgraph.claims.pack import ClaimsPack
from truthgraph.findings import Finding, Report
from truthgraph.graph import NODE_KINDS, counts, subgraph_around
from truthgraph.present import progress
from truthgraph.rules import RULE_CODES
from truthgraph.rules.workflow import CODES as WORKFLOW_CODES
from truthgraph.site import svg
from truthgraph.site.history import TrendPoint
from truthgraph.boundary import build_boundary, plain_non_goal, render_markdown
from truthgraph.examples import claim_examples
from truthgraph.site.markup import attr, clean, code, esc, inline_code, link, md_text

STATUSES = ("met", "partial", "pending")
STATUS_MARK = {"met": "✔", "partial": "◐", "pending": "✘"}
_RULE_NAMES = {r.code: r.name for r in RULE_CODES}


@dataclass(frozen=True)
class SiteInput:
    """Everything the pages are made of; built once per site build, read by every page."""

    pack: ClaimsPack
    graph: nx.MultiDiGraph
    report: Report
    today: dt.date
    prefix: str = "truthgraph"
    """Folder of the generated pages inside the site."""
    directory_urls: bool = True
    """mkdocs `use_directory_urls`: `a/b.md` is served at `a/b/` (else `a/b.html`)."""
    doc_urls: Mapping[str, str] = field(default_factory=dict)
    """Finding path (as in the report) -> URL of its page relative to the site root."""
    boundary_topics: Sequence[str] = ("flakehub",)
    """Topics whose boundary pages come first (the rest follow alphabetically)."""
    trend: Sequence[TrendPoint] = ()
    """Exit signals at each commit that changed the claims, oldest first (may be empty)."""
    site_url: str = ""
    example_docs: Sequence[Path] = ()
    """Docs whose example admonitions are candidates for the claims' examples."""


# -- addresses -------------------------------------------------------------------------------


def url_of(src_uri: str, directory_urls: bool = True) -> str:
    """The URL mkdocs serves a Markdown source at, relative to the site root."""
    folder, name = posixpath.split(src_uri)
    stem = name.rsplit(".", 1)[0]
    if stem in ("index", "README"):
        return f"{folder}/" if folder else "./"
    if directory_urls:
        return posixpath.join(folder, stem) + "/"
    return posixpath.join(folder, stem + ".html")


def relative(from_url: str, to_url: str) -> str:
    """`to_url` as seen from the page at `from_url` (both relative to the site root)."""
    target, _, anchor = to_url.partition("#")
    base = (
        from_url if from_url.endswith("/") or from_url in ("", ".") else posixpath.dirname(from_url)
    )
    base = base.rstrip("/").removeprefix("./") or "."
    path = target.rstrip("/").removeprefix("./") or "."
    result = posixpath.relpath(path, base)
    if target.endswith("/") and result != ".":
        result += "/"
    elif result == ".":
        result = "./"
    return result + (f"#{anchor}" if anchor else "")


def page_name(record_id: str) -> str:
    """File stem of a record's page; `index` would clash with the folder's index page."""
    return "_index" if record_id == "index" else record_id


def topic_slugs(topics: Iterable[str]) -> dict[str, str]:
    """A distinct file stem per topic (topics are free text in the claims)."""
    slugs: dict[str, str] = {}
    taken: set[str] = {"index"}
    for topic in sorted(set(topics)):
        base = re.sub(r"[^a-z0-9]+", "-", topic.casefold()).strip("-") or "topic"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs[topic] = slug
    return slugs


class _Site:
    """Derived indexes shared by the page builders (computed once per SiteInput)."""

    def __init__(self, site: SiteInput) -> None:
        self.input = site
        self.pack = site.pack
        self.today = site.today
        self.prefix = site.prefix.strip("/")
        self.records: dict[str, Claim | NonGoal] = {**site.pack.claims, **site.pack.non_goals}
        self.findings_by_claim: dict[str, list[Finding]] = {}
        self.findings_by_path: dict[str, list[Finding]] = {}
        for finding in site.report.findings:
            if finding.claim:
                self.findings_by_claim.setdefault(finding.claim, []).append(finding)
            self.findings_by_path.setdefault(finding.path, []).append(finding)
        self.topics = topic_slugs(t for r in self.records.values() for t in r.topics)
        first = [t for t in site.boundary_topics if t in self.topics]
        self.topic_order = first + sorted(t for t in self.topics if t not in first)
        # A page per topic that has a boundary to state: the configured topics and every
        # topic with a non-goal. The other topics are rows of the index (each page costs a
        # full theme render; 21 pages for 18 records would mostly repeat the claim pages).
        guarded = {t for g in site.pack.non_goals.values() for t in g.topics}
        self.topic_pages = [t for t in self.topic_order if t in first or t in guarded]

    # Source paths of the generated pages (relative to the docs dir).
    def src(self, name: str) -> str:
        return f"{self.prefix}/{name}"

    def record_src(self, record_id: str) -> str:
        return self.src(f"claims/{page_name(record_id)}.md")

    def topic_src(self, topic: str) -> str:
        return self.src(f"boundaries/{self.topics[topic]}.md")

    def topic_href(self, from_src: str, topic: str) -> str:
        """The topic's boundary page, else its row on the boundaries index."""
        if topic in self.topic_pages:
            return self.href(from_src, self.topic_src(topic))
        return self.href(from_src, self.src("boundaries/index.md"), f"topic-{self.topics[topic]}")

    def url(self, src_uri: str) -> str:
        return url_of(src_uri, self.input.directory_urls)

    def href(self, from_src: str, to_src: str, anchor: str = "") -> str:
        target = self.url(to_src) + (f"#{anchor}" if anchor else "")
        return relative(self.url(from_src), target)

    def record_link(self, from_src: str, record_id: str) -> str:
        if record_id not in self.records:
            return code(record_id)
        return link(self.href(from_src, self.record_src(record_id)), record_id, "tg-id")

    def evidence_href(self, from_src: str, evidence_id: str) -> str:
        return self.href(from_src, self.src("evidence.md"), f"ev-{evidence_id}")

    def doc_href(self, from_url: str, path: str) -> str:
        page = self.input.doc_urls.get(path)
        return relative(from_url, page) if page is not None else ""

    def topic_name(self, topic: str) -> str:
        entity = self.pack.entities.get(topic)
        return entity.name if entity is not None else topic


# -- small pieces ----------------------------------------------------------------------------


def freshness(age_days: int, limit: int) -> str:
    """`fresh`, `stale` (older than the pack's limit) or `future` (observed after today)."""
    if age_days < 0:
        return "future"
    return "stale" if age_days > limit else "fresh"


def _age_text(days: int) -> str:
    if days < 0:
        return f"in {-days} days"
    return "today" if days == 0 else f"{days} day{'s' if days != 1 else ''} old"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _badge(text: str, css: str) -> str:
    return f'<span class="tg-badge {css}">{esc(text)}</span>'


def _freshness_badge(site: _Site, evidence: Evidence) -> str:
    age = (site.today - evidence.observed).days
    state = freshness(age, site.pack.meta.stale_after_days)
    title = f"stale after {site.pack.meta.stale_after_days} days"
    return (
        f'<span class="tg-badge tg-{state}" title="{esc(title)}"'
        f' data-age="{age}">{esc(state)}</span> {esc(_age_text(age))}'
    )


def _status_badge(status: str) -> str:
    return _badge(f"{STATUS_MARK.get(status, '')} {status}".strip(), f"tg-status-{status}")


def exit_signal_counts(pack: ClaimsPack) -> dict[str, int]:
    """Exit signals of all priorities by status (met, partial, pending)."""
    result = dict.fromkeys(STATUSES, 0)
    for priority in pack.priorities.values():
        for signal in priority.exit_signals:
            result[signal.status] += 1
    return result


def rule_codes(owner: Claim | NonGoal, spec: RuleSpec) -> list[str]:
    """The codes a rule spec can report under (value rules have two)."""
    if spec.kind == "workflow":
        return [WORKFLOW_CODES[spec.check][0]]
    if spec.kind == "value":
        return ["TG301", "TG302"]
    if spec.kind == "inventory":
        return ["TG304"]
    if isinstance(owner, NonGoal):
        return ["TG501" if spec.kind == "wording" else "TG502"]
    return ["TG101" if spec.kind == "wording" else "TG201"]


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], css: str = "") -> str:
    """A table as Material styles its own: no class attribute (its CSS styles
    `table:not([class])`, and its script wraps each such table in `.md-typeset__table` to
    scroll inside the column). Raw HTML rather than a Markdown table: the cells are HTML
    already, and Markdown's inline pass over them was most of the pages' build time.
    `css` goes on a hidden marker in the first cell (`table:has(.css)` selects the table).
    """
    marker = f'<span class="tg-table-mark {esc(css)}" hidden></span>' if css else ""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{marker if number == 0 and column == 0 else ''}{cell}</td>"
            for column, cell in enumerate(row)
        )
        + "</tr>"
        for number, row in enumerate(rows)
    )
    return _html(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _ul(items: Iterable[str], css: str = "") -> str:
    body = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul{attr('class', css)}>{body}</ul>" if body else ""


_UNSAFE_TITLE = re.compile(r"[^\w .,:;/()+#@-]")


def safe_title(text: str) -> str:
    """A page title with nothing a template could turn back into markup.

    mkdocs takes a page's title from its front matter, else from its `<h1>` with entities
    decoded, and Material prints it into `<title>` unescaped: `&lt;/title&gt;` in a heading
    would close the element. So titles keep a small set of characters.
    """
    return " ".join(_UNSAFE_TITLE.sub("", text).split()) or "untitled"


def _front_matter(title: str) -> str:
    return f"---\ntitle: {json.dumps(safe_title(title))}\n---\n\n"


def _head(title: str, heading: str = "") -> str:
    """Front matter with a safe title, then the `# heading` (Markdown, default: the title)."""
    return f"{_front_matter(title)}# {heading or md_text(title)}\n\n"


def without_front_matter(markdown: str) -> str:
    """The page without its leading `---` front matter (mkdocs strips it before plugins see it)."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 3)
        if end != -1:
            return markdown[end + 5 :].lstrip("\n")
    return markdown


def _html(*parts: str) -> str:
    """An HTML block: one line per part, blank lines around it so Markdown leaves it raw."""
    return "\n".join(p for p in parts if p) + "\n\n"


def _diagram(svg_text: str, caption: str) -> str:
    # Box labels repeat the page's text; in the search index they would only be noise.
    return _html(
        f'<figure class="tg-diagram" data-search-exclude>{svg_text}'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


_FRAGMENT_NOISE = re.compile(r"[`*_\[\]<>#|~]")


def text_fragment(excerpt: str, words: int = 8) -> str:
    """`#:~:text=...` for the start of an excerpt: browsers scroll to it and highlight it.

    The excerpt is Markdown source; the page shows rendered text, so markup characters
    are dropped. A fragment that does not match simply opens the page at the top.
    """
    text = " ".join(_FRAGMENT_NOISE.sub(" ", excerpt).split()[:words])
    return f"#:~:text={urllib.parse.quote(text, safe='')}" if text else ""


def _finding_item(site: _Site, from_url: str, finding: Finding, with_path: bool = True) -> str:
    href = site.doc_href(from_url, finding.path)
    if href:
        href += text_fragment(finding.excerpt)
    place = f"line {finding.line}, column {finding.column}"
    where = (link(href, finding.path) + f" — {esc(place)}") if with_path else esc(place)
    claim = ""
    if finding.claim:
        claim_src = site.record_src(finding.claim) if finding.claim in site.records else ""
        target = relative(from_url, site.url(claim_src)) if claim_src else ""
        claim = f" · {link(target, finding.claim, 'tg-id')}"
    parts = [
        f'<li class="tg-finding tg-sev-{esc(finding.severity.label)}"'
        f' data-line="{finding.line}" data-claim="{esc(finding.claim or "")}">',
        f"<p><strong>{where}</strong>{claim} {_badge(finding.severity.label, 'tg-sev')}"
        f" {code(finding.rule)} <small>{esc(finding.rule_name)}</small></p>",
        f"<p>{esc(finding.message)}</p>",
    ]
    if finding.excerpt:
        parts.append(f'<blockquote class="tg-excerpt">{esc(finding.excerpt)}</blockquote>')
    if finding.detail:
        parts.append(f"<p><small>{esc(finding.detail)}</small></p>")
    if finding.fix:
        parts.append(
            f'<p class="tg-fix"><strong>How to say it:</strong> {inline_code(finding.fix)}</p>'
        )
    if finding.claim:
        parts.append(f"<p><small>More: {code(f'truthgraph explain {finding.claim}')}</small></p>")
    parts.append("</li>")
    return "".join(parts)


def _findings_list(
    site: _Site, from_url: str, findings: Sequence[Finding], with_path: bool = True
) -> str:
    items = "".join(_finding_item(site, from_url, f, with_path) for f in findings)
    return f'<ul class="tg-findings">{items}</ul>'


def _plain(text: str) -> str:
    """Claim prose for diagram labels: backticks dropped (they mark code, not meaning)."""
    return clean(text).replace("`", "")


# -- dashboard -------------------------------------------------------------------------------


def dashboard(site_input: SiteInput) -> str:
    return _dashboard(_Site(site_input))


def _dashboard(site: _Site) -> str:
    here = site.src("index.md")
    pack = site.pack
    totals = exit_signal_counts(pack)
    out = [_head("Sprint dashboard")]
    snapshot_age = (site.today - pack.meta.snapshot).days
    out.append(
        _html(
            f'<p class="tg-meta">{esc(pack.meta.name)} — snapshot of <strong>'
            f'<time datetime="{pack.meta.snapshot.isoformat()}">{pack.meta.snapshot.isoformat()}'
            f"</time></strong>, {esc(_age_text(snapshot_age))} on {site.today.isoformat()}.</p>"
        )
    )
    out.append(_html(_summary_cards(site, here, totals)))
    out.append("## Priorities\n\n")
    rows = []
    for priority in pack.priorities.values():
        met, partial, pending = progress(priority)
        step = next((s for s in pack.sequence if s.priority == priority.id), None)
        next_step = f"{step.step}. {inline_code(step.text)}" if step else "—"
        rows.append(
            [
                f'<span class="tg-level tg-level-{esc(priority.level.lower())}">'
                f"{esc(priority.level)}</span> "
                f'<a href="#{esc(priority.id)}" data-priority-row="{esc(priority.id)}"'
                f' data-met="{met}" data-partial="{partial}" data-pending="{pending}">'
                f"{esc(priority.title)}</a>",
                esc(", ".join(priority.owners)),
                _bar(met, partial, pending),
                next_step,
            ]
        )
    out.append(_table(["Priority", "Owner", "Exit signals", "Next step"], rows, "tg-priorities"))
    if pack.origin:  # where the pack came from: source, version, commit, digest
        out.append(_html(f'<p class="tg-pack">Claims pack: <code>{esc(pack.origin)}</code></p>'))
    if site.input.trend:
        out.append("## Trend\n\n")
        figure = svg.trend_chart(site.input.trend)
        out.append(
            _html(
                f'<figure class="tg-trend" data-search-exclude>{figure}<figcaption>Exit signals'
                " in the claims at each commit that changed them (git history).</figcaption>"
                "</figure>"
            )
        )
    out.append("## Details\n\n")
    out.append(_html(*(_priority_details(site, here, p) for p in pack.priorities.values())))
    out.append("## Sequence\n\n")
    if pack.sequence:
        boxes = [
            svg.Box(
                id=s.id,
                label=f"{s.step}. {_plain(s.text)}",
                kind="step",
                href=f"#{s.priority}",
                tooltip=f"{s.id} → {s.priority}",
            )
            for s in pack.sequence
        ]
        arrows = [svg.Arrow(a, s.id) for s in pack.sequence for a in s.after]
        # Steps without `after` still read in order: chain them by step number.
        if not arrows:
            arrows = [svg.Arrow(a.id, b.id) for a, b in itertools.pairwise(pack.sequence)]
        figure = svg.render(
            boxes,
            arrows,
            caption="Recommended sequence",
            direction="TB",
            gap=28,
            diagram_id="tg-sequence",
        )
        out.append(_diagram(figure, "Recommended sequence (click a step for its priority)"))
        steps = [
            f'<li value="{s.step}">{inline_code(s.text)} — '
            f"{link('#' + s.priority, _priority_title(pack, s.priority))}"
            "</li>"
            for s in pack.sequence
        ]
        out.append(_html(f'<ol class="tg-sequence">{"".join(steps)}</ol>'))
    else:
        out.append(_html("<p><em>No sequence in the claims.</em></p>"))

    out.append("## Non-goals\n\n")
    goals = [
        f"{site.record_link(here, g.id)}: {inline_code(g.statement)}"
        for g in pack.non_goals.values()
    ]
    out.append(_html(_ul(goals, "tg-non-goals") or "<p><em>None.</em></p>"))
    return "".join(out)


def _summary_cards(site: _Site, here: str, totals: Mapping[str, int]) -> str:
    """Three Material cards, two lines each: exit signals, docs contradictions, evidence."""
    pack = site.pack
    findings = site.input.report.findings
    contradictions = site.href(here, site.src("contradictions.md"))
    by_page = sorted(site.findings_by_path.items(), key=lambda item: (-len(item[1]), item[0]))
    if findings:
        worst = ", ".join(
            link(site.doc_href(site.url(here), path) or contradictions, posixpath.basename(path))
            + f" ({len(items)})"
            for path, items in by_page[:3]
        )
        docs = (
            f'<p class="tg-big tg-bad">{link(contradictions, str(len(findings)))}'
            f" <small>{'contradiction' if len(findings) == 1 else 'contradictions'} in the docs"
            f"</small></p><p>worst: {worst}</p>"
        )
    else:
        docs = (
            '<p class="tg-big tg-good">0 <small>contradictions in the docs</small></p>'
            "<p>the checked docs agree with the claims</p>"
        )
    limit = pack.meta.stale_after_days
    stale = [e for e in pack.evidence.values() if (site.today - e.observed).days > limit]
    evidence_href = site.href(here, site.src("evidence.md"))
    if stale:
        fresh = (
            f'<p class="tg-big tg-warn">{len(stale)} of {len(pack.evidence)}'
            " <small>evidence stale</small></p>"
            f"<p>over {limit} days old — {link(evidence_href, 'refresh them')}</p>"
        )
    else:
        fresh = (
            f'<p class="tg-big tg-good">{len(pack.evidence)} fresh'
            " <small>evidence</small></p>"
            f"<p>all observed in the last {limit} days</p>"
        )
    signals = (
        f'<p class="tg-big">{totals["met"]} of {sum(totals.values())}'
        " <small>exit signals met</small></p>"
        f"<p>{_bar(totals['met'], totals['partial'], totals['pending'])}</p>"
    )
    items = "".join(
        f'<li class="{css}">{body}</li>'
        for body, css in (
            (signals, "tg-card-signals"),
            (docs, "tg-card-docs"),
            (fresh, "tg-card-evidence"),
        )
    )
    return (
        f'<div class="grid cards tg-summary" data-priorities="{len(pack.priorities)}"'
        f' data-met="{totals["met"]}" data-partial="{totals["partial"]}"'
        f' data-pending="{totals["pending"]}" data-findings="{len(findings)}"'
        f' data-stale="{len(stale)}"><ul>{items}</ul></div>'
    )


def _bar(met: int, partial: int, pending: int) -> str:
    """Exit signals as a stacked bar with its numbers beside it (HTML, follows the scheme)."""
    total = max(1, met + partial + pending)
    parts = "".join(
        f'<span class="tg-bar-{name}" style="width:{100 * count / total:.1f}%"></span>'
        for name, count in (("met", met), ("partial", partial), ("pending", pending))
        if count
    )
    label = f"{met} met, {partial} partial, {pending} pending"
    return (
        f'<span class="tg-bar" role="img" aria-label="{label}" title="{label}">{parts}</span>'
        f' <span class="tg-bar-text">{met}✔ {partial}◐ {pending}✘</span>'
    )


def _priority_title(pack: ClaimsPack, priority_id: str) -> str:
    priority = pack.priorities.get(priority_id)
    return f"{priority.level} {priority.title}" if priority else priority_id


def _priority_details(site: _Site, here: str, priority: Priority) -> str:
    """One priority in a collapsed Material details block: signals, why, targets, claims."""
    met, partial, pending = progress(priority)
    signals = []
    for signal in priority.exit_signals:
        note = (
            f'<br><small class="tg-note">{inline_code(signal.note)}</small>' if signal.note else ""
        )
        sources = ", ".join(
            link(site.evidence_href(here, e), site.pack.evidence[e].ref)
            if e in site.pack.evidence
            else code(e)
            for e in signal.evidence
        )
        signals.append(
            f'<li class="tg-signal tg-signal-{signal.status}" data-status="{signal.status}"'
            f' id="{esc(signal.id)}">{_status_badge(signal.status)} {inline_code(signal.text)}'
            f"{note}"
            + (f'<br><small class="tg-ev-list">evidence: {sources}</small>' if sources else "")
            + "</li>"
        )
    claims = ", ".join(site.record_link(here, c) for c in priority.claims)
    kind = "success" if pending == partial == 0 else "warning" if met or partial else "failure"
    return "".join(
        [
            f'<details class="{kind} tg-priority" id="{esc(priority.id)}"'
            f' data-priority="{esc(priority.id)}"'
            f' data-met="{met}" data-partial="{partial}" data-pending="{pending}">',
            f"<summary>{esc(priority.level)} {esc(priority.title)} — {met} met, {partial}"
            f" partial, {pending} pending</summary>",
            f"<p><strong>Owners:</strong> {esc(', '.join(priority.owners))}</p>",
            f'<ul class="tg-signals">{"".join(signals)}</ul>',
            "<p><strong>Why now</strong></p>",
            _ul(inline_code(w) for w in priority.why_now),
            "<p><strong>Targets</strong></p>",
            _ul(inline_code(t) for t in priority.targets),
            f"<p><strong>Advances:</strong> {claims}</p>" if claims else "",
            "</details>",
        ]
    )


# -- claims ----------------------------------------------------------------------------------


def claims_index(site_input: SiteInput) -> str:
    return _claims_index(_Site(site_input))


def _claims_index(site: _Site) -> str:
    here = site.src("claims/index.md")
    out = [_head("Claims")]
    out.append(
        _html(
            f"<p>{len(site.pack.claims)} claims and {len(site.pack.non_goals)} non-goals of "
            f"{esc(site.pack.meta.name)}; each page shows the evidence, the rules that "
            "recognise contradicting wording and where the docs contradict it today.</p>"
        )
    )
    out.append("## Current claims\n\n")
    rows = []
    for claim in site.pack.claims.values():
        found = len(site.findings_by_claim.get(claim.id, []))
        rows.append(
            [
                f'<span data-claim="{esc(claim.id)}"></span>{site.record_link(here, claim.id)}',
                inline_code(claim.statement),
                _badge(claim.status, f"tg-claim-{claim.status}"),
                esc(", ".join(claim.topics)),
                _count_badge(found),
            ]
        )
    out.append(_table(["Claim", "Truth", "Status", "Topics", "Findings"], rows, "tg-claims"))
    out.append("## Non-goals\n\n")
    goal_rows = [
        [
            f'<span data-claim="{esc(g.id)}"></span>{site.record_link(here, g.id)}',
            esc(plain_non_goal(g.statement)),
            esc(", ".join(g.topics)),
            _count_badge(len(site.findings_by_claim.get(g.id, []))),
        ]
        for g in site.pack.non_goals.values()
    ]
    out.append(
        _table(["Non-goal", "In plain words", "Topics", "Findings"], goal_rows, "tg-non-goals")
        if goal_rows
        else _html("<p><em>None.</em></p>")
    )
    return "".join(out)


def _count_badge(count: int) -> str:
    return _badge(str(count), "tg-count tg-count-some" if count else "tg-count tg-count-none")


def record_page(site_input: SiteInput, record_id: str) -> str:
    """The page of one claim or non-goal."""
    site = _Site(site_input)
    return _record_page(site, site.records[record_id])


def _record_page(site: _Site, record: Claim | NonGoal) -> str:
    here = site.record_src(record.id)
    here_url = site.url(here)
    pack = site.pack
    is_claim = isinstance(record, Claim)
    out = [_head(record.id)]
    said = inline_code(record.statement) if is_claim else esc(plain_non_goal(record.statement))
    head = [
        f'<div class="tg-record" data-record="{esc(record.id)}">',
        f'<p class="tg-statement">{"" if is_claim else "<strong>Non-goal.</strong> "}{said}</p>',
    ]
    if record.quote:
        head.append(f'<blockquote class="tg-quote"><p>{inline_code(record.quote)}</p></blockquote>')
    facts: list[str] = []
    if isinstance(record, Claim):
        facts.append(_badge(record.status, f"tg-claim-{record.status}"))
        if record.baseline:
            facts.append(_badge("baseline truth", "tg-baseline"))
        facts.append(f"since {record.since.isoformat()}")
    else:
        facts.append(_badge("non-goal", "tg-claim-non-goal"))
    facts.append(f"severity {esc(record.severity)}")
    if record.topics:
        topics = ", ".join(link(site.topic_href(here, t), t) for t in record.topics)
        facts.append(f"topics: {topics}")
    head.append(f'<p class="tg-facts">{" · ".join(facts)}</p>')
    if isinstance(record, Claim) and record.source:
        head.append(f"<p><small>Source: {inline_code(record.source)}</small></p>")
    if isinstance(record, Claim) and record.superseded_by:
        successor = pack.claims.get(record.superseded_by)
        said = f": {inline_code(successor.statement)}" if successor else ""
        head.append(
            f'<p class="tg-superseded">Superseded by '
            f"{site.record_link(here, record.superseded_by)}{said}</p>"
        )
    older = [c for c in pack.claims.values() if c.superseded_by == record.id]
    if older:
        head.append(
            "<p>Supersedes: " + ", ".join(site.record_link(here, c.id) for c in older) + "</p>"
        )
    if record.fix:
        head.append(
            f'<p class="tg-fix"><strong>How to say it:</strong> {inline_code(record.fix)}</p>'
        )
    head.append("</div>")
    out.append(_html(*head))

    out.append("## In plain words\n\n")
    out.append(_html(_examples(site, record)))

    out.append("## Evidence\n\n")
    out.append(_evidence_table(site, here, record.evidence))

    out.append("## Contradictions in the docs\n\n")
    found = site.findings_by_claim.get(record.id, [])
    if found:
        out.append(_html(_findings_list(site, here_url, found)))
    else:
        out.append(_html('<p class="tg-none">No page in the checked docs contradicts it.</p>'))

    out.append("## Related\n\n")
    related: list[str] = []
    priorities = [p for p in pack.priorities.values() if record.id in p.claims]
    if priorities:
        items = [
            link(site.href(here, site.src("index.md"), p.id), f"{p.level} {p.title}")
            for p in priorities
        ]
        related.append(f"<p><strong>Priorities advancing it:</strong> {', '.join(items)}</p>")
    if isinstance(record, Claim):
        goals = [g for g in pack.non_goals.values() if record.id in g.claims]
        if goals:
            related.append(
                "<p><strong>Non-goals that follow from it:</strong></p>"
                + _ul(f"{site.record_link(here, g.id)}: {inline_code(g.statement)}" for g in goals)
            )
    else:
        if record.claims:
            related.append(
                "<p><strong>Follows from:</strong></p>"
                + _ul(
                    f"{site.record_link(here, c)}: "
                    f"{inline_code(pack.claims[c].statement) if c in pack.claims else ''}"
                    for c in record.claims
                )
            )
    if record.subjects:
        names = [
            esc(pack.entities[s].name) if s in pack.entities else code(s) for s in record.subjects
        ]
        related.append(f"<p><strong>About:</strong> {', '.join(names)}</p>")
    out.append(_html(*related) if related else _html("<p><em>Nothing else refers to it.</em></p>"))

    out.append("## Neighbourhood\n\n")
    if record.id in site.input.graph:
        around = subgraph_around(site.input.graph, record.id, radius=1)
        boxes, arrows = svg.graph_boxes(around, _node_href(site, here), highlight=record.id)
        figure = svg.render(
            boxes, arrows, caption=f"Neighbourhood of {record.id}", diagram_id="tg-neighbourhood"
        )
        out.append(
            _diagram(figure, f"{record.id} and the records one edge away (click to zoom and pan)")
        )
    out.append("## Rules\n\n")
    out.append(
        _html(
            '<details class="note tg-rules-details"><summary>Rules (for maintainers): the'
            " patterns that recognise contradicting text</summary>",
            _rules(record),
            "</details>",
        )
    )
    return "".join(out)


def _examples(site: _Site, record: Claim | NonGoal) -> str:
    """Executed examples as Material admonitions: what contradicts the record, what is fine."""
    examples = claim_examples(site.pack, record.id, site.input.example_docs)
    what = "contradict it" if isinstance(record, Claim) else "promise it"
    parts = []
    if examples.contradicting:
        parts.append(
            f'<div class="admonition failure tg-contradicting"><p class="admonition-title">'
            f"Sentences like these {what} and are flagged</p>"
            + _ul(f"<q>{inline_code(e)}</q>" for e in examples.contradicting)
            + "</div>"
        )
    if examples.fine:
        parts.append(
            '<div class="admonition success tg-fine"><p class="admonition-title">'
            "Sentences like these are fine</p>"
            + _ul(f"<q>{inline_code(e)}</q>" for e in examples.fine)
            + "</div>"
        )
    if not parts:
        return "<p><em>No examples for it yet; the rules below say what is flagged.</em></p>"
    return "".join(parts)


def _node_href(site: _Site, here: str) -> Callable[[str, str], str]:
    def href(node_id: str, kind: str) -> str:
        if kind in ("claim", "non-goal"):
            return site.href(here, site.record_src(node_id))
        if kind in ("priority", "exit-signal"):
            return site.href(here, site.src("index.md"), node_id)
        if kind == "evidence":
            return site.evidence_href(here, node_id)
        if kind == "topic":
            topic = node_id.removeprefix("topic:")
            return site.topic_href(here, topic) if topic in site.topics else ""
        if kind == "step":
            step = next((s for s in site.pack.sequence if s.id == node_id), None)
            return site.href(here, site.src("index.md"), step.priority) if step else ""
        return ""

    return href


def _evidence_table(site: _Site, here: str, evidence_ids: Sequence[str]) -> str:
    if not evidence_ids:
        return '<p class="tg-none"><em>No evidence cited.</em></p>'
    rows = []
    for evidence_id in evidence_ids:
        evidence = site.pack.evidence.get(evidence_id)
        if evidence is None:
            rows.append([code(evidence_id), "unknown", "", ""])
            continue
        outside = link(_web_url(evidence.url), "source") if _web_url(evidence.url) else ""
        rows.append(
            [
                f'<span class="tg-evidence-row" data-evidence="{esc(evidence.id)}"></span>'
                f"{link(site.evidence_href(here, evidence.id), evidence.ref)}"
                f"{' · ' + outside if outside else ''}",
                esc(evidence.kind),
                f"{evidence.observed.isoformat()}<br>{_freshness_badge(site, evidence)}",
                inline_code(evidence.summary),
            ]
        )
    return _table(["Evidence", "Kind", "Observed", "What it shows"], rows, "tg-evidence")


def _rules(record: Claim | NonGoal) -> str:
    if not record.rules:
        return (
            '<p class="tg-none"><em>No rules: nothing in the docs is checked against it.</em></p>'
        )
    parts = []
    if isinstance(record, Claim) and record.status != "active":
        parts.append(
            f'<p class="tg-note">This claim is {esc(record.status)}: its rules no longer run.</p>'
        )
    for spec in record.rules:
        parts.append(_rule(record, spec))
    return f'<div class="tg-rules">{"".join(parts)}</div>'


def _rule(record: Claim | NonGoal, spec: RuleSpec) -> str:
    codes = rule_codes(record, spec)
    labels = " ".join(_badge(f"{c} {_RULE_NAMES.get(c, '')}".strip(), "tg-code") for c in codes)
    severity = spec.severity or record.severity
    lines = [
        f'<div class="tg-rule" data-rule="{esc(record.id)}/{esc(spec.id)}">',
        f"<p>{code(f'{record.id}/{spec.id}')} {labels} <small>{esc(spec.kind)}, "
        f"{esc(severity)}</small></p>",
    ]
    if spec.note:
        lines.append(f"<p>{inline_code(spec.note)}</p>")

    def listing(title: str, values: Sequence[str]) -> None:
        if values:
            lines.append(f"<p><strong>{esc(title)}</strong></p>")
            lines.append(_ul((code(v) for v in values), "tg-patterns"))

    if spec.kind == "wording":
        listing("Patterns (wording that contradicts it)", spec.patterns)
        listing("Unless the sentence also says", spec.unless)
    elif spec.kind == "paraphrase":
        listing("Sentences like these are flagged", spec.examples)
        listing("Only sentences naming", spec.anchors)
        lines.append(f"<p><small>similarity threshold {spec.threshold:g}%</small></p>")
        listing("Unless the sentence also says", spec.unless)
    elif spec.kind == "value":
        lines.append(f"<p>{code(spec.key)} must be {code(spec.current)}</p>")
        listing("Known stale values (regular expressions)", spec.stale)
        listing("Named in prose as", spec.key_terms)
    elif spec.kind == "inventory":
        lines.append(
            f"<p>Every {code(spec.of)} entity of the graph, and no other, is one of the "
            "whole set</p>"
        )
        listing("Counted as", spec.nouns)
        listing("Names of the kind start with", spec.prefixes)
    else:
        lines.append(f"<p>Workflow check {code(spec.check)}</p>")
        listing("Lanes", spec.lanes)
        listing("Bootstrap actions", spec.bootstrap_uses)
        listing("Hosted labels", spec.hosted_labels)
    lines.append("</div>")
    return "".join(lines)


# -- evidence, contradictions ----------------------------------------------------------------


def evidence_page(site_input: SiteInput) -> str:
    return _evidence_page(_Site(site_input))


def _evidence_page(site: _Site) -> str:
    here = site.src("evidence.md")
    graph = site.input.graph
    out = [_head("Evidence")]
    limit = site.pack.meta.stale_after_days
    stale = [e for e in site.pack.evidence.values() if (site.today - e.observed).days > limit]
    out.append(
        _html(
            f"<p>Everything the claims cite, newest first. Evidence is stale when it was observed"
            f" more than {limit} days before {site.today.isoformat()}.</p>"
        )
    )
    if stale:
        out.append(
            _html(
                f'<div class="admonition warning tg-refresh" data-stale="{len(stale)}">'
                f'<p class="admonition-title">{len(stale)} of {len(site.pack.evidence)} pieces of'
                " evidence are stale: refresh them</p>"
                "<p>For each row marked <em>Refresh</em> below: look at the source again (the"
                " hint says how for its kind); if it still shows the same, set its"
                " <code>observed:</code> date to today in the claims' evidence file; if it"
                " shows something else, update the claims that cite it. Then run"
                " <code>truthgraph validate</code> and rebuild the site.</p></div>"
            )
        )
    rows = []
    ordered = sorted(site.pack.evidence.values(), key=lambda e: (-e.observed.toordinal(), e.id))
    for evidence in ordered:
        supported = (
            sorted(t for _, t, k in graph.out_edges(evidence.id, keys=True) if k == "supports")
            if evidence.id in graph
            else []
        )
        targets = ", ".join(_supported_link(site, here, t) for t in supported)
        outside = link(_web_url(evidence.url), evidence.url) if _web_url(evidence.url) else ""
        age = (site.today - evidence.observed).days
        refresh = (
            f"<br><small>Refresh: {esc(REFRESH.get(evidence.kind, REFRESH['document']))}</small>"
            if age > limit
            else ""
        )
        rows.append(
            [
                f'<span id="ev-{esc(evidence.id)}" data-evidence="{esc(evidence.id)}"></span>'
                f"{esc(evidence.ref)}<br>{code(evidence.id)}",
                f"{evidence.observed.isoformat()}<br><small>{esc(_age_text(age))}</small>",
                f"{inline_code(evidence.summary)}{'<br>' + outside if outside else ''}{refresh}",
                targets,
            ]
        )
    out.append(_table(["Evidence", "Observed", "What it shows", "Supports"], rows, "tg-evidence"))
    return "".join(out)


REFRESH = {
    "issue": "re-read the issue and its latest comments",
    "pull-request": "check the pull request's state (merged, closed, superseded)",
    "ci-run": "find a newer run of the same workflow, or re-run it",
    "audit": "run the audit again on the live system",
    "document": "check the document is still the current version",
    "commit": "check the commit is still on the default branch and not reverted",
    "canary": "run the canary again",
}
"""How to refresh stale evidence, by its kind."""


def _supported_link(site: _Site, here: str, node_id: str) -> str:
    """A link to what evidence supports: a record page, or a card on the dashboard."""
    if node_id in site.records:
        return site.record_link(here, node_id)
    if node_id in site.pack.priorities or node_id in site.pack.exit_signals:
        return link(site.href(here, site.src("index.md"), node_id), node_id)
    return code(node_id)


def _web_url(url: str) -> str:
    """`url` if it is an http(s) address; anything else (`javascript:`...) is never a link."""
    return url if url.startswith(("https://", "http://")) else ""


def contradictions_page(site_input: SiteInput) -> str:
    return _contradictions_page(_Site(site_input))


def _contradictions_page(site: _Site) -> str:
    site_input = site.input
    here_url = site.url(site.src("contradictions.md"))
    report = site_input.report
    out = [_head("Contradictions")]
    by_level = report.counts()
    summary = ", ".join(f"{n} {level}" for level, n in by_level.items() if n) or "none"
    out.append(
        _html(
            f'<p class="tg-summary" data-findings="{len(report.findings)}">'
            f"{plural(len(report.findings), 'finding')} in"
            f" {plural(len(site.findings_by_path), 'file')}"
            f" ({esc(summary)});"
            f" {report.files_checked} files checked, {report.files_skipped} skipped (no term any"
            f" rule needs), {report.suppressed} findings suppressed in the docs.</p>"
        )
    )
    if not report.findings:
        out.append(_html('<p class="tg-none">No page in the checked docs contradicts a claim.</p>'))
    for path in sorted(site.findings_by_path):
        findings = site.findings_by_path[path]
        out.append(f"## {md_text(path)}\n\n")
        href = site.doc_href(here_url, path)
        opener = f"<p>{link(href, 'Open the page')}</p>" if href else ""
        out.append(_html(opener, _findings_list(site, here_url, findings, with_path=False)))
    if report.problems:
        out.append("## Files that could not be checked\n\n")
        out.append(_html(_ul(f"{code(p.path)}: {esc(p.reason)}" for p in report.problems)))
    return "".join(out)


# -- graph -----------------------------------------------------------------------------------


def graph_page(site_input: SiteInput) -> str:
    return _graph_page(_Site(site_input))


def _graph_page(site: _Site) -> str:
    here = site.src("graph.md")
    graph = site.input.graph
    href = _node_href(site, here)
    tally = counts(graph)
    out = [_head("Claim graph")]
    out.append(
        _html(
            f"<p>{graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges. The graph is"
            " drawn in three views (a diagram of everything at once is unreadable); topics,"
            " owners and entities are tables below. Click a diagram to zoom and pan.</p>",
        )
    )
    out.append(
        _table(["Kind", "Nodes"], [[esc(k), str(tally.get(k, 0))] for k in NODE_KINDS], "tg-counts")
    )
    views = (
        (
            "Claims and what they constrain",
            {"priority": 0, "non-goal": 0, "claim": 1, "entity": 2},
            {"advances", "follows-from", "supersedes", "constrains"},
            "Priorities advance claims, non-goals follow from claims; claims constrain entities.",
        ),
        (
            "Sprint plan",
            {"step": 0, "priority": 1, "exit-signal": 2},
            {"precedes", "schedules", "has-exit-signal"},
            "Steps of the sequence, the priority each schedules and its exit signals.",
        ),
        (
            "Evidence",
            {"evidence": 0, "claim": 1, "non-goal": 1, "priority": 1},
            {"supports"},
            "What each piece of evidence supports (exit-signal evidence is on the dashboard).",
        ),
    )
    for number, (title, kinds, relations, caption) in enumerate(views, start=1):
        out.append(f"## {md_text(title)}\n\n")
        view = _view(graph, kinds, relations)
        boxes, arrows = svg.graph_boxes(view, href)
        fixed = {b.id: kinds[b.kind] for b in boxes}
        figure = svg.render(
            boxes,
            arrows,
            caption=title,
            fixed_layers=fixed,
            edge_labels=False,
            diagram_id=f"tg-graph-{number}",
        )
        legend = " · ".join(sorted(relations))
        out.append(_diagram(figure, f"{caption} Edges: {legend}."))

    out.append("## Topics\n\n")
    topic_rows: list[list[str]] = []
    for topic in site.topic_order:
        members = [r for r in site.records.values() if topic in r.topics]
        topic_rows.append(
            [
                link(site.topic_href(here, topic), site.topic_name(topic)),
                ", ".join(site.record_link(here, r.id) for r in members),
            ]
        )
    out.append(_table(["Topic", "Claims and non-goals"], topic_rows, "tg-topics"))
    out.append("## Owners\n\n")
    owners: dict[str, list[Priority]] = {}
    for priority in site.pack.priorities.values():
        for owner in priority.owners:
            owners.setdefault(owner, []).append(priority)
    owner_rows = [
        [
            esc(owner),
            ", ".join(
                link(site.href(here, site.src("index.md"), p.id), f"{p.level} {p.title}")
                for p in priorities
            ),
        ]
        for owner, priorities in sorted(owners.items())
    ]
    out.append(_table(["Owner", "Priorities"], owner_rows, "tg-owners"))
    out.append("## Entities\n\n")
    entity_rows = []
    for entity in sorted(site.pack.entities.values(), key=lambda e: (e.kind, e.id)):
        about = [r for r in site.records.values() if entity.id in r.subjects]
        entity_rows.append(
            [
                f'<span id="entity-{esc(entity.id)}"></span>{esc(entity.name)}'
                f"<br><small>{esc(entity.kind)}</small>",
                inline_code(entity.description),
                "<br>".join(site.record_link(here, r.id) for r in about),
            ]
        )
    out.append(_table(["Entity", "About it", "Claims"], entity_rows, "tg-entities"))
    return "".join(out)


def _view(graph: nx.MultiDiGraph, kinds: Mapping[str, int], relations: set[str]) -> nx.MultiDiGraph:
    """Nodes of the given kinds joined by the given relations; entities only when referenced."""
    view = nx.MultiDiGraph()
    for source, target, kind in graph.edges(keys=True):
        source_kind = graph.nodes[source]["kind"]
        target_kind = graph.nodes[target]["kind"]
        if kind in relations and source_kind in kinds and target_kind in kinds:
            view.add_node(source, **graph.nodes[source])
            view.add_node(target, **graph.nodes[target])
            view.add_edge(source, target, key=kind, kind=kind)
    for node_id, data in graph.nodes(data=True):
        if data["kind"] in kinds and data["kind"] != "entity" and node_id not in view:
            view.add_node(node_id, **data)
    return view


# -- boundaries ------------------------------------------------------------------------------


def boundaries_index(site_input: SiteInput) -> str:
    return _boundaries_index(_Site(site_input))


def _boundaries_index(site: _Site) -> str:
    here = site.src("boundaries/index.md")
    out = [_head("Boundaries")]
    out.append(
        _html(
            "<p>For RFC and doc authors: per topic, what the current claims allow you to say,"
            " what they do not, and where the docs cross the line today. Topics with non-goals"
            " have a page; for any topic, <code>truthgraph boundary TOPIC</code> prints the"
            " same and <code>truthgraph boundary TOPIC DRAFT.md</code> checks a draft against"
            " it.</p>"
        )
    )
    rows = []
    for topic in site.topic_order:
        members = [r for r in site.records.values() if topic in r.topics]
        findings = sum(len(site.findings_by_claim.get(r.id, [])) for r in members)
        name = site.topic_name(topic)
        title = (
            link(site.href(here, site.topic_src(topic)), name)
            if topic in site.topic_pages
            else esc(name)
        )
        rows.append(
            [
                f'<span id="topic-{esc(site.topics[topic])}" data-topic="{esc(topic)}"></span>'
                f"{title}",
                "<br>".join(site.record_link(here, r.id) for r in members),
                _count_badge(findings),
            ]
        )
    out.append(_table(["Topic", "Claims and non-goals", "Findings"], rows, "tg-boundaries"))
    return "".join(out)


def boundary_page(site_input: SiteInput, topic: str) -> str:
    return _boundary_page(_Site(site_input), topic)


def _boundary_page(site: _Site, topic: str) -> str:
    """The same content as `truthgraph boundary TOPIC --format markdown`, plus today's findings."""
    here = site.topic_src(topic)
    here_url = site.url(here)
    name = site.topic_name(topic)
    boundary = build_boundary(site.pack, topic, site.today, site.input.example_docs)

    def record_href(record_id: str) -> str:
        # A Markdown link: mkdocs wants the source path (and rewrites it to the page's URL).
        if record_id not in site.records:
            return ""
        return posixpath.relpath(site.record_src(record_id), posixpath.dirname(here))

    out = [_head(f"Boundary: {name}", f"Boundary: {md_text(name)}")]
    out.append(
        _html(
            f'<p class="tg-boundary" data-topic="{esc(topic)}"><small>The same as'
            f" <code>truthgraph boundary {esc(topic)}</code>; add your draft to that command to"
            " check it against this boundary only.</small></p>"
        )
    )
    out.append(render_markdown(boundary, record_href, heading=False))
    out.append("\n## Findings on this topic\n\n")
    members = [r for r in site.records.values() if topic in r.topics]
    found = [f for r in members for f in site.findings_by_claim.get(r.id, [])]
    found.sort(key=lambda f: f.sort_key)
    if found:
        out.append(_html(_findings_list(site, here_url, found)))
    else:
        out.append(_html('<p class="tg-none">No page in the checked docs crosses it.</p>'))
    return "".join(out)


# -- annotations on docs pages ---------------------------------------------------------------


def annotation(site_input: SiteInput, page_url: str, findings: Sequence[Finding]) -> str:
    """The warning admonition listing a docs page's findings, with links to the claims."""
    if not findings:
        return ""
    site = _Site(site_input)
    items = []
    for finding in sorted(findings, key=lambda f: f.sort_key):
        target = ""
        if finding.claim and finding.claim in site.records:
            target = relative(page_url, site.url(site.record_src(finding.claim)))
        who = link(target, finding.claim or finding.rule, "tg-id")
        fix = f"<br><small>How to say it: {inline_code(finding.fix)}</small>" if finding.fix else ""
        items.append(
            f'<li data-line="{finding.line}">'
            f"<strong>{link(text_fragment(finding.excerpt), f'Line {finding.line}')}</strong>,"
            f" column {finding.column} — {who} {code(finding.rule)}: {esc(finding.message)}"
            f'<br><q class="tg-excerpt">{esc(finding.excerpt)}</q>{fix}</li>'
        )
    count = len(findings)
    contradictions = relative(page_url, site.url(site.src("contradictions.md")))
    title = f"This page contradicts the current claims ({count} finding{'s' * (count != 1)})"
    return _html(
        f'<div class="admonition warning tg-annotation" data-findings="{count}">'
        f'<p class="admonition-title">{esc(title)}</p>',
        f"<ul>{''.join(items)}</ul>",
        f"<p><small>Line numbers are in the Markdown source. All findings: "
        f"{link(contradictions, 'Contradictions')}.</small></p>",
        "</div>",
    )


_BODY = re.compile(r"<body\b")
_H1_END = re.compile(r"</h1\s*>", re.IGNORECASE)


def annotate_html(output: str, block: str) -> str:
    """`block` inserted into a finished HTML page after its first `<h1>` (its title), else
    at the start of the body."""
    if not block:
        return output
    body = _BODY.search(output)
    start = body.start() if body else 0
    end = _H1_END.search(output, start)
    if end is not None:
        return output[: end.end()] + "\n" + block + output[end.end() :]
    if body is not None:
        tag_end = output.find(">", body.end())
        if tag_end != -1:
            return output[: tag_end + 1] + "\n" + block + output[tag_end + 1 :]
    return block + output


# -- all pages -------------------------------------------------------------------------------


def _plan(site: _Site) -> list[tuple[str, str, Callable[[], str]]]:
    """(source path relative to the docs dir, title, builder) of every generated page."""
    plan: list[tuple[str, str, Callable[[], str]]] = [
        (site.src("index.md"), "Sprint dashboard", functools.partial(_dashboard, site)),
        (site.src("claims/index.md"), "Claims", functools.partial(_claims_index, site)),
        (site.src("evidence.md"), "Evidence", functools.partial(_evidence_page, site)),
        (
            site.src("contradictions.md"),
            "Contradictions",
            functools.partial(_contradictions_page, site),
        ),
        (site.src("graph.md"), "Claim graph", functools.partial(_graph_page, site)),
        (
            site.src("boundaries/index.md"),
            "Boundaries",
            functools.partial(_boundaries_index, site),
        ),
    ]
    for record in site.records.values():
        builder = functools.partial(_record_page, site, record)
        plan.append((site.record_src(record.id), record.id, builder))
    for topic in site.topic_pages:
        builder = functools.partial(_boundary_page, site, topic)
        plan.append((site.topic_src(topic), f"Boundary: {site.topic_name(topic)}", builder))
    return plan


def build_pages(site_input: SiteInput) -> dict[str, str]:
    """Every generated page: source path (relative to the docs dir) -> Markdown."""
    return {src: builder() for src, _, builder in _plan(_Site(site_input))}


def page_heads(site_input: SiteInput) -> dict[str, str]:
    """Every generated page's front matter (its title), without building the page."""
    return {src: _front_matter(title) for src, title, _ in _plan(_Site(site_input))}
