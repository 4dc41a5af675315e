"""GitLab Code Quality (a subset of the Code Climate issue format) as one JSON array."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from truthgraph.findings import Finding, Report, Severity

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
PROBLEM_CHECK = "could-not-check"


def _unique(fingerprint: str, seen: Counter[str]) -> str:
    # GitLab treats equal fingerprints as one issue; a second identical finding in the same
    # file must stay visible, so later repeats get a derived (still stable) fingerprint.
    seen[fingerprint] += 1
    repeat = seen[fingerprint] - 1
    if not repeat:
        return fingerprint
    return hashlib.sha256(f"{fingerprint}:{repeat}".encode()).hexdigest()[:32]


def issue(finding: Finding, fingerprint: str, context: ReportContext) -> dict[str, Any]:
    description = finding.message
    fix = context.fix_for(finding)
    if fix:
        description += f" Fix: {fix}"
    if finding.claim:
        description += f" (claim: {finding.claim})"
    return {
        "description": description,
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {
            "path": finding.path,
            "lines": {"begin": finding.line, "end": finding.end_line},
            "positions": {
                "begin": {"line": finding.line, "column": finding.column},
                "end": {"line": finding.end_line, "column": finding.end_column},
            },
        },
    }


def render(report: Report, context: ReportContext) -> str:
    """Findings, then unchecked files (at line 1, since GitLab needs a line)."""
    seen: Counter[str] = Counter()
    issues = [issue(f, _unique(f.fingerprint, seen), context) for f in report.findings]
    for problem in report.problems:
        material = f"{problem.path}\x1f{PROBLEM_CHECK}\x1f{problem.reason}"
        issues.append(
            {
                "description": f"could not check: {problem.reason}",
                "check_name": PROBLEM_CHECK,
                "fingerprint": _unique(hashlib.sha256(material.encode()).hexdigest()[:32], seen),
                "severity": "minor",
                "location": {"path": problem.path, "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
