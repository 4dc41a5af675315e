"""Suppressions: directives in comments that silence findings, and notices about them.

Directives remember whether they were used (sqlfluff's noqa shape), so unused and
expired ones are reported (TG901-TG904).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from truthgraph.findings import Finding, Severity
from truthgraph.parse.directives import parse_directives
from truthgraph.parse.document import Directive, SourceText

DIRECTIVE_MARK = "truthgraph-"

_YAML_DIRECTIVE = re.compile(r"#\s*(truthgraph-[^\n]*)")


def yaml_directives(lines: list[str]) -> list[Directive]:
    """`# truthgraph-...` comments in YAML files, read like the Markdown comments."""
    found: list[Directive] = []
    for number, line in enumerate(lines):
        if "truthgraph-" not in line:
            continue
        match = _YAML_DIRECTIVE.search(line)
        if match is None:
            continue
        column = match.start(1)
        html = f"<!-- {match.group(1).strip()} -->"
        found.extend(parse_directives(html, _fixed_place(number + 1, column + 1)))
    return found


def _fixed_place(line: int, column: int) -> Callable[[int], tuple[int, int]]:
    """A one-line comment maps every offset to where the comment starts."""

    def place(_offset: int) -> tuple[int, int]:
        return line, column

    return place


@dataclass
class _Active:
    directive: Directive
    start: int
    end: int
    used: int = 0


def _targets_match(directive: Directive, finding: Finding) -> bool:
    if not directive.targets:
        return True
    keys = {finding.claim or "", finding.rule, finding.rule_name, finding.rule_id}
    return any(t in keys for t in directive.targets)


def _example_region(source: SourceText, after_line: int) -> tuple[int, int]:
    """Lines of the block right after a comment: a fenced block, or lines up to a blank one."""
    total = len(source.line_starts)
    line = after_line + 1
    while line <= total and not source.line_text(line).strip():
        line += 1
    if line > total:
        return after_line, after_line
    first = source.line_text(line).lstrip(" >-*0123456789.")
    fence = first[:3] if first.startswith(("```", "~~~")) else ""
    end = line
    while end < total:
        following = source.line_text(end + 1)
        if fence:
            end += 1
            if following.strip().startswith(fence):
                break
        elif following.strip():
            end += 1
        else:
            break
    return line, end


def _any_target(_target: str) -> str | None:
    return None


def apply_directives(
    findings: list[Finding],
    directives: list[Directive],
    source: SourceText,
    today: dt.date,
    path: str,
    check_target: Callable[[str], str | None] | None = None,
) -> tuple[list[Finding], int, list[Finding]]:
    """(kept findings, number suppressed, notices about the directives themselves)."""
    notices: list[Finding] = []
    regions: list[_Active] = []
    examples: list[_Active] = []
    total = len(source.line_starts)
    open_regions: list[_Active] = []

    def notice(d: Directive, code: str, name: str, message: str, level: Severity) -> None:
        excerpt = source.line_text(d.line).strip() if d.line <= total else ""
        notices.append(
            Finding(
                path,
                d.line,
                d.column,
                d.line,
                d.column + 1,
                None,
                code,
                name,
                level,
                message,
                excerpt,
            )
        )

    for d in sorted(directives, key=lambda d: (d.line, d.column)):
        if d.error:
            notice(d, "TG903", "invalid-directive", d.error, Severity.ERROR)
            continue
        unknown = [m for m in map(check_target or _any_target, d.targets) if m]
        if unknown:
            # A typo'd code would silently suppress nothing, or nothing intended.
            notice(d, "TG903", "invalid-directive", unknown[0], Severity.ERROR)
            continue
        if d.expires:
            try:
                expired = dt.date.fromisoformat(d.expires) < today
            except ValueError:
                notice(
                    d,
                    "TG903",
                    "invalid-directive",
                    f"bad expiry date {d.expires!r}",
                    Severity.ERROR,
                )
                continue
            if expired:
                notice(
                    d,
                    "TG902",
                    "expired-suppression",
                    f"suppression expired on {d.expires}; fix the text or renew it",
                    Severity.WARNING,
                )
                continue
        if d.action == "disable-file":
            regions.append(_Active(d, 1, total))
        elif d.action == "disable-next-line":
            line = d.end_line + 1
            while line <= total and not source.line_text(line).strip():
                line += 1
            regions.append(_Active(d, line, line))
        elif d.action == "disable":
            region = _Active(d, d.line, total)
            regions.append(region)
            open_regions.append(region)
        elif d.action == "enable":
            for region in list(open_regions):
                if (
                    not d.targets
                    or set(d.targets) & set(region.directive.targets)
                    or not region.directive.targets
                ):
                    region.end = d.line
                    open_regions.remove(region)
        elif d.action == "example":
            start, end = _example_region(source, d.end_line)
            examples.append(_Active(d, start, end))

    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        covering = next(
            (
                e
                for e in examples
                if e.start <= finding.line <= e.end and _targets_match(e.directive, finding)
            ),
            None,
        )
        if covering is None:
            covering = next(
                (
                    r
                    for r in regions
                    if r.start <= finding.line <= r.end and _targets_match(r.directive, finding)
                ),
                None,
            )
        if covering is None:
            kept.append(finding)
        else:
            covering.used += 1
            suppressed += 1
    for active in regions:
        if not active.used:
            what = " ".join(active.directive.targets) or "all rules"
            notice(
                active.directive,
                "TG901",
                "unused-suppression",
                f"truthgraph-{active.directive.action} ({what}) suppresses nothing; remove it",
                Severity.WARNING,
            )
    for active in examples:
        if not active.used:
            notice(
                active.directive,
                "TG904",
                "example-not-flagged",
                "block marked as a wrong example is not flagged by any rule; "
                "fix the example or the rules",
                Severity.WARNING,
            )
    return kept, suppressed, notices


__all__ = ["DIRECTIVE_MARK", "apply_directives", "yaml_directives"]
