"""Report formats: one pure `render(report, context) -> str` per module, chosen by name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from types import MappingProxyType
from typing import Literal

from truthgraph.claims.pack import ClaimsPack
from truthgraph.errors import ReportError
from truthgraph.findings import Finding, Report, Severity
from truthgraph.fixes import Edit, edit_for
from truthgraph.textsafe import safe_url, terminal_safe

__all__ = ["FORMATS", "ReportContext", "RuleInfo", "render", "repository_url", "rule_docs_url"]

SITE_PREFIX = "truthgraph"
"""Where the mkdocs plugin publishes its pages by default (its `prefix` option)."""
RULE_DOCS_PAGE = "docs/guide/rule-kinds.md"
RULE_ANCHORS = {
    "TG101": "wording-tg101",
    "TG102": "facts-tg102-tg303-tg503",
    "TG201": "paraphrase-tg201",
    "TG301": "value-tg301-tg302",
    "TG302": "value-tg301-tg302",
    "TG303": "facts-tg102-tg303-tg503",
    "TG304": "inventory-tg304",
    "TG401": "tg401-nix-before-bootstrap",
    "TG402": "tg402-unknown-runner-label",
    "TG403": "tg403-hosted-runner-without-exception",
    "TG404": "tg404-checkout-clean-false",
    "TG405": "tg405-heavy-job-on-standard-lane",
    "TG406": "tg406-browser-tests-without-install",
    "TG501": "promises-tg501-tg502",
    "TG502": "promises-tg501-tg502",
    "TG503": "facts-tg102-tg303-tg503",
}
"""Rule code -> its heading's anchor on the rule kinds page (a test keeps them in step)."""
KIND_ANCHORS = {
    "wording": "wording-tg101",
    "fact": "facts-tg102-tg303-tg503",
    "paraphrase": "paraphrase-tg201",
    "signal": "pending-signals-tg103",
    "value": "value-tg301-tg302",
    "inventory": "inventory-tg304",
    "workflow": "workflow-tg401-to-tg406",
    "non-goal": "promises-tg501-tg502",
    "directive": "directive-notices-tg901-to-tg904",
}
"""A code without a heading of its own links to the section of its rule kind."""
NOTICE_ANCHOR = KIND_ANCHORS["directive"]


def rule_anchor(code: str) -> str:
    """The anchor of a rule code's section on the rule kinds page."""
    if code in RULE_ANCHORS:
        return RULE_ANCHORS[code]
    # Imported here: the rule registry loads the matching engine, which reports rarely need.
    from truthgraph.rules import RULE_CODES

    kind = next((r.kind for r in RULE_CODES if r.code == code), "directive")
    return KIND_ANCHORS.get(kind, NOTICE_ANCHOR)


@cache
def repository_url() -> str:
    """The project's repository, from the installed package's metadata (`Repository`)."""
    try:
        urls = metadata.metadata("truthgraph").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().casefold() == "repository":
            return str(url).strip().rstrip("/")
    return ""


def rule_docs_url(code: str, version: str) -> str:
    """The rule's section of the rule kinds page in the guide, at the release's tag."""
    base = repository_url()
    if not base:
        return ""
    ref = f"v{version}" if version else "main"
    return f"{base}/blob/{ref}/{RULE_DOCS_PAGE}#{rule_anchor(code)}"


RuleKind = Literal["claim", "non-goal"]


@dataclass(frozen=True)
class RuleInfo:
    """What a reporter may say about a claim or non-goal, without the whole claims pack."""

    id: str
    statement: str
    fix: str
    kind: RuleKind
    severity: Severity
    """The record's default severity (a finding's own severity may differ per rule or path)."""


@dataclass(frozen=True)
class ReportContext:
    """Everything besides the report that a format needs: versions, claim texts, links, colour."""

    tool_version: str
    claims: Mapping[str, RuleInfo] = field(default_factory=lambda: MappingProxyType({}))
    """Claim and non-goal id -> what it says; ids missing here are rendered from the finding."""
    site_url: str = ""
    """Base URL of the status site; empty: no links to claim pages."""
    color: bool = False
    """Colour the text format (never set it when writing to a file)."""
    provenance: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The claims pack checked against: name, source, version, commit, digest."""
    pack_label: str = ""
    """The same in one line for people (text and Markdown reports)."""
    repo: str = ""
    """The repository checked (`owner/name`), so that merged reports keep who is who."""
    current_values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Value rule id (`claim/rule`) -> the claim's current value, for mechanical fixes."""

    def __post_init__(self) -> None:
        # Links are built from it: only http(s) or relative (see truthgraph.textsafe).
        object.__setattr__(self, "site_url", safe_url(self.site_url))

    @classmethod
    def from_pack(
        cls,
        pack: ClaimsPack,
        tool_version: str,
        site_url: str = "",
        color: bool = False,
        provenance: Mapping[str, str] | None = None,
        pack_label: str = "",
        repo: str = "",
    ) -> ReportContext:
        """Context for reports on `pack`; an empty `site_url` falls back to the pack's own."""
        claims: dict[str, RuleInfo] = {}
        for claim in pack.claims.values():
            claims[claim.id] = RuleInfo(
                claim.id, claim.statement, claim.fix, "claim", Severity.parse(claim.severity)
            )
        for goal in pack.non_goals.values():
            claims[goal.id] = RuleInfo(
                goal.id, goal.statement, goal.fix, "non-goal", Severity.parse(goal.severity)
            )
        current: dict[str, str] = {}
        for record, rule in pack.guarded():
            value = getattr(rule, "current", None)
            if isinstance(value, str) and value:
                current[f"{record.id}/{rule.id}"] = value
        return cls(
            tool_version=tool_version,
            claims=MappingProxyType(claims),
            site_url=site_url or pack.meta.site_url,
            color=color,
            provenance=MappingProxyType(dict(provenance or {})),
            pack_label=pack_label,
            repo=repo,
            current_values=MappingProxyType(current),
        )

    def claim_url(self, claim: str | None) -> str:
        """The claim's page as the mkdocs plugin publishes it (`SITE/truthgraph/claims/ID/`);
        empty without a site URL or for notices."""
        if not claim or not self.site_url:
            return ""
        return f"{self.site_url.rstrip('/')}/{SITE_PREFIX}/claims/{claim}/"

    def rule_url(self, code: str) -> str:
        """Help for a rule code: its section of the guide's rule kinds page."""
        return rule_docs_url(code, self.tool_version)

    def edit_for(self, finding: Finding) -> Edit | None:
        """The finding's mechanical fix, if it has one."""
        return edit_for(finding, self.current_values)

    def fix_for(self, finding: Finding) -> str:
        """The fix hint of a finding, falling back to its claim's hint."""
        if finding.fix:
            return finding.fix
        info = self.claims.get(finding.claim or "")
        return info.fix if info is not None else ""


def _formats() -> dict[str, Callable[[Report, ReportContext], str]]:
    # Imported here, not at the top: every format module refers back to ReportContext.
    from truthgraph.reporters import (
        codequality,
        github,
        json_report,
        junit,
        markdown,
        rdjsonl,
        sarif,
        text,
    )

    return {
        "codequality": codequality.render,
        "github": github.render,
        "json": json_report.render,
        "junit": junit.render,
        "markdown": markdown.render,
        "rdjsonl": rdjsonl.render,
        "sarif": sarif.render,
        "text": text.render,
    }


FORMATS: dict[str, Callable[[Report, ReportContext], str]] = _formats()
"""Format name -> renderer; the CLI's `--format` and `--output FORMAT=PATH` choose from these."""


def render(fmt: str, report: Report, context: ReportContext) -> str:
    """Render `report` in format `fmt`; raise ReportError naming the choices for an unknown one."""
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise ReportError(f'unknown format "{fmt}" (choose from: {", ".join(sorted(FORMATS))})')
    text = renderer(report, context)
    if fmt in _READ_BY_PEOPLE:
        # Terminals and CI logs: no escape sequence from a doc or a claim gets through.
        text = terminal_safe(text, keep_color=context.color and fmt == "text")
    else:
        # A file name that is not UTF-8 (surrogate escapes) must not make it unwritable.
        text = _SURROGATE.sub("\ufffd", text)
    if fmt != "github":
        # A newline in a file name or claim must not start a line that GitHub Actions
        # reads as a workflow command (`::error::`); only the github format writes those.
        text = _COMMAND_LINE.sub(" ::", text)
    return text


_READ_BY_PEOPLE = frozenset({"text", "github", "markdown"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_COMMAND_LINE = re.compile(r"^::", re.MULTILINE)
