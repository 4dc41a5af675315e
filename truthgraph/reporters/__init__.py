"""Report formats: one pure `render(report, context) -> str` per module, chosen by name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from truthgraph.claims.pack import ClaimsPack
from truthgraph.errors import ReportError
from truthgraph.findings import Finding, Report, Severity
from truthgraph.textsafe import safe_url, terminal_safe

__all__ = ["FORMATS", "ReportContext", "RuleInfo", "render"]

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

    def __post_init__(self) -> None:
        # Links are built from it: only http(s) or relative (see truthgraph.textsafe).
        object.__setattr__(self, "site_url", safe_url(self.site_url))

    @classmethod
    def from_pack(
        cls, pack: ClaimsPack, tool_version: str, site_url: str = "", color: bool = False
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
        return cls(
            tool_version=tool_version,
            claims=MappingProxyType(claims),
            site_url=site_url or pack.meta.site_url,
            color=color,
        )

    def claim_url(self, claim: str | None) -> str:
        """The status-site page of a claim or non-goal; empty without a site or for notices."""
        if not claim or not self.site_url:
            return ""
        return f"{self.site_url.rstrip('/')}/claims/{claim}/"

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
