"""A compact Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from truthgraph.findings import Finding, Report
from truthgraph.reporters.text import file_and_extra_phrases, locate_span, plural, shorten

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

HEADING = "## truthgraph"

_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def cell(text: str) -> str:
    """Doc text is untrusted: no HTML, no markup, no `|` or line break that ends the row."""
    flat = _CONTROL.sub("\ufffd", _BREAKS.sub(" ", text))
    return html.escape(_MARKUP.sub(r"\\\1", flat), quote=False)


def counts_line(report: Report) -> str:
    counts = report.counts()
    parts = [
        f"**{plural(len(report.findings), 'finding')}**: "
        + ", ".join(plural(counts[label], label) for label in counts),
        f"{plural(report.files_checked, 'file')} checked",
    ]
    file_phrases, extras = file_and_extra_phrases(report)
    return " · ".join([*parts, *file_phrases, *extras])


def _claim_cell(finding: Finding, context: ReportContext) -> str:
    if not finding.claim:
        return cell(f"{finding.rule} {finding.rule_name}")
    url = context.claim_url(finding.claim)
    name = cell(finding.claim)
    return f"[{name}]({url})" if url else name


def excerpt_cell(finding: Finding) -> str:
    """The offending text, shortened, with the located span in bold."""
    text, span = shorten(finding.excerpt, locate_span(finding))
    if span is None:
        return f"“{cell(text)}”"
    start, end = span
    return f"“{cell(text[:start])}**{cell(text[start:end])}**{cell(text[end:])}”"


def render(report: Report, context: ReportContext) -> str:
    lines = [HEADING, ""]
    if report.findings:
        lines += [
            counts_line(report),
            "",
            "| Where | Severity | Claim | Message | Fix |",
            "| --- | --- | --- | --- | --- |",
        ]
        for finding in report.findings:
            where = cell(f"{finding.path}:{finding.line}")
            message = cell(finding.message)
            if finding.excerpt:
                message += f"<br>{excerpt_cell(finding)}"
            row = [where, finding.severity.label, _claim_cell(finding, context), message]
            row.append(cell(context.fix_for(finding)))
            lines.append("| " + " | ".join(row) + " |")
    else:
        checked = plural(report.files_checked, "file")
        if report.problems:
            lines.append(f"No findings in {checked} checked, but some files could not be checked.")
        else:
            lines.append(f"All clear: no findings in {checked} checked.")
        if report.files_skipped or report.suppressed or report.baseline_matched:
            lines += ["", counts_line(report)]
    if report.problems:
        lines += ["", "### Files not checked", ""]
        lines += [f"- {cell(p.path)}: {cell(p.reason)}" for p in report.problems]
    if context.pack_label:
        lines += ["", f"Claims pack: {cell(context.pack_label)}"]
    return "\n".join(lines) + "\n"
