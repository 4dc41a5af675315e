"""GitHub Actions workflow commands (`::error file=…::…`), within GitHub's annotation limits."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from truthgraph.findings import Report, Severity

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

MAX_PER_LEVEL = 10
"""GitHub shows at most 10 annotations of each type per step (and 50 per job)."""

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_NOUNS = {"error": "errors", "warning": "warnings", "notice": "notices"}


def escape_data(text: str) -> str:
    """Escape a command's message exactly as actions/toolkit `escapeData` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value exactly as actions/toolkit `escapeProperty` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True)
class Annotation:
    """One workflow command before it is written out."""

    command: str
    file: str
    message: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    title: str = ""

    def format(self) -> str:
        # GitHub rejects columns on an annotation that spans several lines.
        one_line = self.end_line in (0, self.line)
        properties = [
            ("file", self.file),
            ("line", self.line),
            ("col", self.column if one_line else 0),
            ("endLine", self.end_line if self.line else 0),
            ("endColumn", self.end_column if one_line and self.column else 0),
            ("title", self.title),
        ]
        # Like the toolkit, leave out properties without a value.
        joined = ",".join(
            f"{key}={escape_property(str(value))}" for key, value in properties if value
        )
        return f"::{self.command} {joined}::{escape_data(self.message)}"


def collect(report: Report, context: ReportContext) -> list[Annotation]:
    """Every annotation the report calls for, before the per-level limit."""
    # Problems first: within the warning limit, an unchecked file matters more than a finding.
    found = [Annotation("warning", p.path, f"could not check: {p.reason}") for p in report.problems]
    for finding in report.findings:
        title = f"truthgraph {finding.rule} {finding.rule_name}"
        if finding.claim:
            title += f" [{finding.claim}]"
        body = [finding.message]
        if finding.detail:
            body.append(finding.detail)
        fix = context.fix_for(finding)
        if fix:
            body.append(f"fix: {fix}")
        found.append(
            Annotation(
                COMMANDS[finding.severity],
                finding.path,
                "\n".join(body),
                finding.line,
                finding.column,
                finding.end_line,
                finding.end_column,
                title,
            )
        )
    return found


def limit(found: list[Annotation]) -> list[Annotation]:
    """At most MAX_PER_LEVEL per command; the last one kept says how many were left out."""
    kept: list[Annotation] = []
    for command in ("error", "warning", "notice"):
        of_level = [a for a in found if a.command == command]
        shown = of_level[:MAX_PER_LEVEL]
        hidden = len(of_level) - len(shown)
        if hidden:
            note = (
                f"\n\n… and {hidden} more {_NOUNS[command]} not shown as annotations "
                f"(GitHub shows {MAX_PER_LEVEL} per type); the full list is in the step summary."
            )
            shown[-1] = replace(shown[-1], message=shown[-1].message + note)
        kept.extend(shown)
    return kept


def render(report: Report, context: ReportContext) -> str:
    """Annotations (errors, then problems and warnings, then notices), then a plain summary."""
    lines = [a.format() for a in limit(collect(report, context))]
    counts = report.counts()
    lines.append(
        f"truthgraph: {len(report.findings)} finding(s) (errors: {counts['error']}, "
        f"warnings: {counts['warning']}, info: {counts['info']}) in {report.files_checked} "
        f"file(s) checked; {len(report.problems)} could not be checked"
    )
    return "\n".join(lines) + "\n"
