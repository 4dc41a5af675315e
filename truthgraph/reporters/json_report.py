"""The JSON format: the whole report as data, as described by `schemas/report.schema.json`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from truthgraph.findings import FileProblem, Finding, Report

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

SCHEMA_VERSION = 1
"""Bumped on any change a consumer could trip over (removed or retyped fields)."""
TOOL_NAME = "truthgraph"


def finding_document(finding: Finding) -> dict[str, Any]:
    """One finding, keys in the documented order."""
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "claim": finding.claim,
        "rule": finding.rule,
        "rule_name": finding.rule_name,
        "rule_id": finding.rule_id,
        "severity": finding.severity.label,
        "message": finding.message,
        "excerpt": finding.excerpt,
        "detail": finding.detail,
        "fix": finding.fix,
        "fingerprint": finding.fingerprint,
        "related": [
            {"line": r.line, "column": r.column, "message": r.message} for r in finding.related
        ],
    }


def problem_document(problem: FileProblem) -> dict[str, Any]:
    return {"path": problem.path, "reason": problem.reason}


def report_document(report: Report, context: ReportContext) -> dict[str, Any]:
    """The report as JSON-ready data (findings in report order, which is already sorted)."""
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": context.tool_version or report.tool_version},
    }
    if context.repo:
        document["repo"] = context.repo
    if context.provenance:
        document["pack"] = dict(context.provenance)
    return document | {
        "claims_digest": report.claims_digest,
        "findings": [finding_document(f) for f in report.findings],
        "problems": [problem_document(p) for p in report.problems],
        "baseline_gone": list(report.baseline_gone),
        "summary": report.summary(),
    }


def dumps(document: dict[str, Any]) -> str:
    """The one JSON style of every truthgraph JSON file: indented, UTF-8 as is, final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render(report: Report, context: ReportContext) -> str:
    return dumps(report_document(report, context))
