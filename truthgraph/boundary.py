"""What may and may not be said about one topic, for RFC and doc authors (`truthgraph boundary`).

A boundary gathers, for a topic (`flakehub`, `bootstrap`, or an entity's name):

- what may be said: the active claims on the topic (the truth as a sentence, the source's
  own wording as a quote, the evidence and how fresh it is, sentences that are fine);
- what may not be said: the same claims seen from the other side (sentences that
  contradict them) and the non-goals on the topic, in plain language;
- open questions: exit signals not yet met that touch the topic.

With drafts, the drafts are checked against the topic's claims and non-goals only, and
each finding is told in the boundary's words, with the command that explains its claim
and, when a site URL is known, its claim page. The text, Markdown and JSON forms carry
the same content; the status site's boundary page is the Markdown form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.model import Claim, NonGoal
from truthgraph.claims.pack import ClaimsPack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.errors import TruthgraphError
from truthgraph.examples import claim_examples
from truthgraph.findings import Finding, Report
from truthgraph.site.markup import md_text

Linker = Callable[[str], str]
"""Record id -> URL of its page ('' when there is none)."""


@dataclass(frozen=True)
class EvidenceNote:
    id: str
    ref: str
    url: str
    observed: str
    age_days: int
    stale: bool


@dataclass(frozen=True)
class Truth:
    """One thing that may be said: an active claim on the topic."""

    id: str
    statement: str
    quote: str | None
    how_to_say_it: str
    evidence: list[EvidenceNote]
    fine: list[str]
    contradicting: list[str]


@dataclass(frozen=True)
class NotAGoal:
    """One thing that may not be promised: a non-goal on the topic, in plain language."""

    id: str
    plain: str
    statement: str
    quote: str | None
    instead: str
    contradicting: list[str]


@dataclass(frozen=True)
class OpenQuestion:
    """An exit signal not yet met that touches the topic."""

    id: str
    status: str
    text: str
    priority: str
    priority_title: str
    note: str


@dataclass(frozen=True)
class DraftFinding:
    path: str
    line: int
    column: int
    record: str
    kind: str
    """`claim` (the draft contradicts a truth) or `non-goal` (it promises a non-goal)."""
    severity: str
    says: str
    """The offending sentence as written."""
    boundary: str
    """What the boundary says instead, in its own words."""
    how_to_say_it: str
    explain: str
    url: str


@dataclass(frozen=True)
class Boundary:
    topic: str
    name: str
    today: str
    stale_after_days: int
    may: list[Truth]
    may_not: list[NotAGoal]
    open_questions: list[OpenQuestion]
    drafts: list[str] = field(default_factory=list)
    findings: list[DraftFinding] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)
    """Drafts that could not be read or checked (path: why)."""

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


# -- topics ----------------------------------------------------------------------------------


def topics_of(pack: ClaimsPack) -> list[str]:
    return sorted({t for r in _records(pack) for t in r.topics})


def resolve_topic(pack: ClaimsPack, text: str) -> str:
    """The topic named by `text`: a topic as written in the claims, or an entity's name/alias."""
    wanted = text.strip().casefold()
    topics = topics_of(pack)
    for topic in topics:
        if topic.casefold() == wanted:
            return topic
    for entity in pack.entities.values():
        names = [entity.id, entity.name, *entity.aliases]
        if any(n.casefold() == wanted for n in names):
            for topic in topics:
                if topic.casefold() in (n.casefold() for n in names):
                    return topic
    close = difflib.get_close_matches(wanted, topics, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(topics)}"
    raise TruthgraphError(f'no claim or non-goal has the topic "{text}" ({hint})')


def topic_name(pack: ClaimsPack, topic: str) -> str:
    entity = pack.entities.get(topic)
    return entity.name if entity is not None else topic


def _records(pack: ClaimsPack) -> list[Claim | NonGoal]:
    return [*pack.claims.values(), *pack.non_goals.values()]


def _topic_words(pack: ClaimsPack, topic: str) -> list[str]:
    entity = pack.entities.get(topic)
    words = [topic, *(([entity.name, *entity.aliases]) if entity else [])]
    return sorted({w.casefold() for w in words if w}, key=len, reverse=True)


# -- building --------------------------------------------------------------------------------


def plain_non_goal(statement: str) -> str:
    """`FlakeHub as the answer to X` -> `Do not present FlakeHub as the answer to X.`"""
    text = " ".join(statement.split()).rstrip(".")
    if re.search(r"\bas (the|a|an) \w+", text):
        return f"Do not present {text}."
    return f"Do not promise {text[:1].lower() + text[1:]}."


def build_boundary(
    pack: ClaimsPack, topic: str, today: dt.date, docs: Sequence[Path] = ()
) -> Boundary:
    """The boundary of `topic` (a topic as written in the claims; see `resolve_topic`).

    `docs`: Markdown files or folders whose example admonitions may serve as examples.
    """
    limit = pack.meta.stale_after_days
    may: list[Truth] = []
    for claim in pack.claims.values():
        if topic not in claim.topics or claim.status != "active":
            continue
        examples = claim_examples(pack, claim.id, docs)
        may.append(
            Truth(
                id=claim.id,
                statement=claim.statement,
                quote=claim.quote,
                how_to_say_it=claim.fix,
                evidence=_evidence(pack, claim.evidence, today, limit),
                fine=examples.fine,
                contradicting=examples.contradicting,
            )
        )
    may_not: list[NotAGoal] = []
    for goal in pack.non_goals.values():
        if topic in goal.topics:
            may_not.append(
                NotAGoal(
                    id=goal.id,
                    plain=plain_non_goal(goal.statement),
                    statement=goal.statement,
                    quote=goal.quote,
                    instead=goal.fix,
                    contradicting=claim_examples(pack, goal.id, docs).contradicting,
                )
            )
    return Boundary(
        topic=topic,
        name=topic_name(pack, topic),
        today=today.isoformat(),
        stale_after_days=limit,
        may=may,
        may_not=may_not,
        open_questions=open_questions(pack, topic),
    )


def _evidence(
    pack: ClaimsPack, ids: Iterable[str], today: dt.date, limit: int
) -> list[EvidenceNote]:
    notes = []
    for evidence_id in ids:
        evidence = pack.evidence.get(evidence_id)
        if evidence is None:
            continue
        age = (today - evidence.observed).days
        notes.append(
            EvidenceNote(
                evidence.id,
                evidence.ref,
                evidence.url,
                evidence.observed.isoformat(),
                age,
                age > limit,
            )
        )
    return notes


def open_questions(pack: ClaimsPack, topic: str) -> list[OpenQuestion]:
    """Exit signals not yet met whose text, note or priority title names the topic."""
    words = _topic_words(pack, topic)
    found = []
    for priority in pack.priorities.values():
        for signal in priority.exit_signals:
            if signal.status == "met":
                continue
            text = f"{signal.text} {signal.note} {priority.title}".casefold()
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words):
                found.append(
                    OpenQuestion(
                        signal.id,
                        signal.status,
                        " ".join(signal.text.split()),
                        priority.id,
                        f"{priority.level} {priority.title}",
                        " ".join(signal.note.split()),
                    )
                )
    return found


def topic_pack(pack: ClaimsPack, topic: str) -> ClaimsPack:
    """The pack with only the claims and non-goals on `topic` (everything else kept)."""
    return dataclasses.replace(
        pack,
        claims={k: c for k, c in pack.claims.items() if topic in c.topics},
        non_goals={k: g for k, g in pack.non_goals.items() if topic in g.topics},
        digest=f"{pack.digest}:topic:{topic}",
    )


def check_drafts(
    boundary: Boundary,
    pack: ClaimsPack,
    drafts: Sequence[Path],
    options: CheckOptions,
    site_url: str = "",
) -> tuple[Boundary, Report]:
    """The boundary with the drafts checked against its topic only, and the raw report."""
    # A draft checked against a boundary is about the platform, named or not.
    about = dataclasses.replace(options, about_platform=True)
    checker = Checker(topic_pack(pack, boundary.topic), about)
    report = checker.check_paths(list(drafts))
    findings = [
        _draft_finding(pack, f, site_url) for f in sorted(report.findings, key=lambda f: f.sort_key)
    ]
    problems = [f"{p.path}: {p.reason}" for p in report.problems]
    return (
        dataclasses.replace(
            boundary,
            drafts=[d.as_posix() for d in drafts],
            findings=findings,
            not_checked=problems,
        ),
        report,
    )


def claim_url(site_url: str, record_id: str) -> str:
    """The claim page under the status site (same form as the reports' links)."""
    return f"{site_url.rstrip('/')}/claims/{record_id}/" if site_url else ""


def _draft_finding(pack: ClaimsPack, finding: Finding, site_url: str) -> DraftFinding:
    record_id = finding.claim or ""
    claim = pack.claims.get(record_id)
    goal = pack.non_goals.get(record_id)
    if claim is not None:
        kind, said, fix = "claim", f"The boundary says: {_sentence(claim.statement)}", claim.fix
    elif goal is not None:
        kind, said, fix = (
            "non-goal",
            f"The boundary says: {plain_non_goal(goal.statement)}",
            goal.fix,
        )
    else:
        kind, said, fix = "notice", finding.message, finding.fix
    return DraftFinding(
        path=finding.path,
        line=finding.line,
        column=finding.column,
        record=record_id,
        kind=kind,
        severity=finding.severity.label,
        says=finding.excerpt,
        boundary=said,
        how_to_say_it=finding.fix or fix,
        explain=f"truthgraph explain {record_id}" if record_id else "",
        url=claim_url(site_url, record_id) if record_id else "",
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# -- rendering -------------------------------------------------------------------------------


def _age(note: EvidenceNote, limit: int) -> str:
    state = f"stale (older than {limit} days)" if note.stale else "fresh"
    return f"{note.ref}, observed {note.observed}: {note.age_days} days old, {state}"


def _fine(truth: Truth) -> list[str]:
    """Fine examples besides the truth itself (already shown above them)."""
    return [e for e in truth.fine if e != _sentence(truth.statement)]


def render_text(boundary: Boundary) -> str:
    """For a terminal: the three lists, then the draft findings when drafts were given."""
    out = [f"Boundary: {boundary.name} (topic {boundary.topic!r}, {boundary.today})", ""]
    out.append("WHAT MAY BE SAID")
    for truth in boundary.may:
        out.append(f"  ✔ {_sentence(truth.statement)}  [{truth.id}]")
        if truth.quote:
            out.append(f'    source: "{" ".join(truth.quote.split())}"')
        for note in truth.evidence:
            out.append(f"    evidence: {_age(note, boundary.stale_after_days)}")
        for example in _fine(truth)[:2]:
            out.append(f"    fine: {example}")
    if not boundary.may:
        out.append("  (no current claim on this topic)")
    out.append("")
    out.append("WHAT MAY NOT BE SAID")
    for truth in boundary.may:
        for example in truth.contradicting[:2]:
            out.append(f"  ✘ {example}  [contradicts {truth.id}]")
    for goal in boundary.may_not:
        out.append(f"  ✘ {goal.plain}  [{goal.id}]")
        if goal.instead:
            out.append(f"    instead: {' '.join(goal.instead.split())}")
        for example in goal.contradicting[:2]:
            out.append(f"    e.g. not: {example}")
    out.append("")
    out.append("OPEN QUESTIONS (exit signals not yet met)")
    for question in boundary.open_questions:
        out.append(f"  ? {question.text} — {question.status}, {question.priority_title}")
    if not boundary.open_questions:
        out.append("  (none touch this topic)")
    if boundary.drafts:
        out.append("")
        out += _draft_text(boundary)
    return "\n".join(out) + "\n"


def _draft_text(boundary: Boundary) -> list[str]:
    out = [f"DRAFTS CHECKED AGAINST THIS BOUNDARY: {', '.join(boundary.drafts)}"]
    for item in boundary.findings:
        out.append(f"  {item.path}:{item.line}:{item.column}: {item.severity}: {item.says}")
        out.append(f"    {item.boundary}")
        if item.how_to_say_it:
            out.append(f"    How to say it: {' '.join(item.how_to_say_it.split())}")
        more = [f"run `{item.explain}`"] + ([item.url] if item.url else [])
        out.append(f"    More: {' · '.join(more)}")
    for problem in boundary.not_checked:
        out.append(f"  not checked: {problem}")
    if not boundary.findings:
        out.append("  ✔ the drafts stay inside the boundary")
    else:
        out.append(f"  {len(boundary.findings)} sentence(s) cross the boundary")
    return out


def render_markdown(boundary: Boundary, link: Linker | None = None, heading: bool = True) -> str:
    """The same content as Markdown; `link` turns record ids into page links (site, CLI)."""

    def ref(record_id: str) -> str:
        target = link(record_id) if link else ""
        return f"[`{record_id}`]({target})" if target else f"`{record_id}`"

    out: list[str] = []
    if heading:
        out.append(f"# Boundary: {md_text(boundary.name)}\n")
    out.append(
        f"What may and may not be said about **{md_text(boundary.name)}** on"
        f" {boundary.today}: {len(boundary.may)} truths, {len(boundary.may_not)} non-goals,"
        f" {len(boundary.open_questions)} open questions.\n"
    )
    out.append("## What may be said\n")
    for truth in boundary.may:
        out.append(f"- **{md_text(_sentence(truth.statement))}** {ref(truth.id)}")
        if truth.quote:
            out.append(f"    - Source: <q>{md_text(truth.quote)}</q>")
        for note in truth.evidence:
            badge = "stale" if note.stale else "fresh"
            out.append(
                f"    - Evidence: {md_text(note.ref)}, observed {note.observed}"
                f" ({note.age_days} days, {badge})"
            )
        for example in _fine(truth)[:2]:
            out.append(f"    - ✔ Fine: <q>{md_text(example)}</q>")
    if not boundary.may:
        out.append("*No current claim on this topic.*")
    out.append("")
    out.append("## What may not be said\n")
    for truth in boundary.may:
        for example in truth.contradicting[:2]:
            out.append(f"- <q>{md_text(example)}</q> — contradicts {ref(truth.id)}")
    for goal in boundary.may_not:
        out.append(f"- **{md_text(goal.plain)}** {ref(goal.id)}")
        if goal.instead:
            out.append(f"    - Instead: {md_text(goal.instead)}")
        for example in goal.contradicting[:2]:
            out.append(f"    - ✘ Not: <q>{md_text(example)}</q>")
    out.append("")
    out.append("## Open questions\n")
    for question in boundary.open_questions:
        out.append(
            f"- {md_text(_sentence(question.text))} — *{question.status}*,"
            f" {md_text(question.priority_title)}"
        )
    if not boundary.open_questions:
        out.append("*No exit signal left open touches this topic.*")
    out.append("")
    if boundary.drafts:
        out.append("## Drafts checked against this boundary\n")
        for item in boundary.findings:
            target = item.url or (link(item.record) if link and item.record else "")
            more = f"[claim page]({target}) · " if target else ""
            out.append(
                f"- `{md_text(item.path)}:{item.line}:{item.column}` ({item.severity}):"
                f" <q>{md_text(item.says)}</q>"
            )
            out.append(f"    - {md_text(item.boundary)}")
            if item.how_to_say_it:
                out.append(f"    - How to say it: {md_text(item.how_to_say_it)}")
            out.append(f"    - {more}`{item.explain}`")
        for problem in boundary.not_checked:
            out.append(f"- Not checked: {md_text(problem)}")
        if not boundary.findings:
            out.append("The drafts stay inside the boundary.")
        out.append("")
    return "\n".join(out)


def render_json(boundary: Boundary) -> str:
    return json.dumps(boundary.to_dict(), indent=2, ensure_ascii=False) + "\n"


RENDERERS: dict[str, Callable[[Boundary], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}
