"""reviewdog's rdjsonl: one Diagnostic JSON object per line, for `reviewdog -f=rdjsonl`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from truthgraph.findings import Finding, Report, Severity

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}
SOURCE = {"name": "truthgraph"}


def diagnostic(finding: Finding, context: ReportContext) -> dict[str, Any]:
    """One reviewdog Diagnostic (its Range end is exclusive, like Finding.end_column).

    reviewdog counts columns in UTF-8 bytes and findings count characters; the two agree on
    ASCII lines, and line-level review comments never depend on columns.
    """
    message = finding.message
    fix = context.fix_for(finding)
    if fix:
        message += f"\nfix: {fix}"
    if finding.claim:
        message += f"\nclaim: {finding.claim}"
    code: dict[str, str] = {"value": finding.rule}
    url = context.claim_url(finding.claim) or context.rule_url(finding.rule)
    if url:
        code["url"] = url
    document: dict[str, Any] = {
        "message": message,
        "location": {
            "path": finding.path,
            "range": {
                "start": {"line": finding.line, "column": finding.column},
                "end": {"line": finding.end_line, "column": finding.end_column},
            },
        },
        "severity": SEVERITIES[finding.severity],
        "code": code,
        "source": SOURCE,
    }
    edit = context.edit_for(finding)
    if edit is not None:
        document["suggestions"] = [
            {
                "range": {
                    "start": {"line": edit.line, "column": edit.column},
                    "end": {"line": edit.end_line, "column": edit.end_column},
                },
                "text": edit.text,
            }
        ]
    return document


def render(report: Report, context: ReportContext) -> str:
    """Findings, then unchecked files as path-only warnings; empty text when there are none."""
    lines = [diagnostic(f, context) for f in report.findings]
    lines += [
        {
            "message": f"could not check: {problem.reason}",
            "location": {"path": problem.path},
            "severity": "WARNING",
            "source": SOURCE,
        }
        for problem in report.problems
    ]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
