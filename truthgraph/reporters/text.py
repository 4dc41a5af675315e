"""The human format: findings grouped by file, each with its excerpt, span, fix and notes."""

from __future__ import annotations

import io
import re
from itertools import groupby
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from truthgraph.findings import Finding, Report, Severity

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

MAX_EXCERPT = 160
"""Excerpts longer than this many characters are cut down to a window around the span."""
ELLIPSIS = "…"

Segment = tuple[str, str]
"""A piece of a line and its rich style ("" for none)."""
Line = list[Segment]

SEVERITY_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold cyan",
}

# Doc text is untrusted: an ANSI escape or a bidi override in a sentence must not reach the
# terminal. Each replaced character stays one character, so span offsets remain valid.
_BREAKS = re.compile(r"[\t\n\r\v\f]")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_QUOTED = re.compile(r'"([^"]+)"|`([^`]+)`')


def clean(text: str) -> str:
    """One display line: breaks become spaces, other control characters become U+FFFD."""
    return _UNSAFE.sub("\ufffd", _BREAKS.sub(" ", text))


def locate_span(finding: Finding) -> tuple[int, int] | None:
    """Where in the excerpt the offending text is (0-based, end exclusive), if it can be known.

    The excerpt is a whole sentence or a stripped line, so its own start column is unknown;
    the text quoted in `detail` (e.g. `matched "ships with Nix"`) is looked up instead.
    """
    for match in _QUOTED.finditer(finding.detail):
        quoted = match.group(1) or match.group(2)
        start = finding.excerpt.find(quoted)
        if start >= 0:
            return start, start + len(quoted)
    return None


def shorten(text: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """Cut `text` to about MAX_EXCERPT characters around `span`, keeping the span's offsets."""
    if len(text) <= MAX_EXCERPT:
        return text, span
    if span is None:
        return text[:MAX_EXCERPT] + ELLIPSIS, None
    start, end = span
    width = min(end - start, MAX_EXCERPT)
    first = max(0, min(start - (MAX_EXCERPT - width) // 2, len(text) - MAX_EXCERPT))
    last = first + MAX_EXCERPT
    prefix = ELLIPSIS if first > 0 else ""
    suffix = ELLIPSIS if last < len(text) else ""
    shift = len(prefix) - first
    return prefix + text[first:last] + suffix, (start + shift, min(end, last) + shift)


def file_and_extra_phrases(report: Report) -> tuple[list[str], list[str]]:
    """The summary's phrases about files (skipped, unchecked) and about everything else
    (suppressed, baseline), shared by the text and markdown formats."""
    files: list[str] = []
    if report.files_skipped:
        files.append(f"{report.files_skipped} skipped (no claim terms)")
    if report.problems:
        files.append(f"{len(report.problems)} could not be checked")
    extras: list[str] = []
    if report.suppressed:
        extras.append(f"{report.suppressed} suppressed")
    if report.baseline_matched:
        extras.append(f"{report.baseline_matched} in the baseline")
    if report.baseline_gone:
        gone = len(report.baseline_gone)
        extras.append(f"{plural(gone, 'baseline entry', 'baseline entries')} no longer found")
    return files, extras


def plural(count: int, noun: str, many: str = "") -> str:
    """`1 error`, `2 errors`, `3 info` (a noun's irregular plural can be given)."""
    if count == 1 or noun == "info":
        return f"{count} {noun}"
    return f"{count} {many or noun + 's'}"


def _finding_lines(finding: Finding, context: ReportContext) -> list[Line]:
    level = finding.severity
    style = SEVERITY_STYLE[level]
    head: Line = [
        (f"{clean(finding.path)}:{finding.line}:{finding.column}:", "bold"),
        (" ", ""),
        (level.label, style),
    ]
    if finding.claim:
        head += [(" ", ""), (f"[{clean(finding.claim)}]", "magenta")]
    head += [
        (" ", ""),
        (f"{finding.rule} {finding.rule_name}", "dim"),
        (": ", ""),
        (clean(finding.message), ""),
    ]
    lines = [head]
    if finding.excerpt:
        shown, span = shorten(clean(finding.excerpt), locate_span(finding))
        lines.append([("    ", ""), (shown, "")])
        if span is not None:
            start, end = span
            pad = " " * (4 + cell_len(shown[:start]))
            lines.append([(pad, ""), ("^" * max(1, cell_len(shown[start:end])), style)])
    if finding.detail:
        lines.append([("  detail: ", "dim"), (clean(finding.detail), "")])
    fix = context.fix_for(finding)
    if fix:
        lines.append([("  fix: ", "green"), (clean(fix), "")])
    for related in finding.related:
        where = f"{clean(finding.path)}:{related.line}:{related.column}:"
        lines.append([("  note: ", "blue"), (where, "bold"), (f" {clean(related.message)}", "")])
    return lines


def _summary_line(report: Report) -> Line:
    counts = report.counts()
    total = len(report.findings)
    line: Line = []
    if total:
        line.append((f"{plural(total, 'finding')} (", "bold"))
        for position, level in enumerate(sorted(Severity, reverse=True)):
            if position:
                line.append((", ", "bold"))
            count = counts[level.label]
            line.append((plural(count, level.label), SEVERITY_STYLE[level] if count else "bold"))
        line.append((")", "bold"))
    else:
        line.append(("No findings", "bold green"))
    files = f" in {plural(report.files_checked, 'file')} checked"
    file_phrases, extras = file_and_extra_phrases(report)
    files += "".join(f", {phrase}" for phrase in file_phrases)
    line.append((files + (f"; {', '.join(extras)}" if extras else "") + ".", ""))
    return line


def render_lines(report: Report, context: ReportContext) -> list[Line]:
    """The report as styled lines (shared by the plain and the coloured output)."""
    lines: list[Line] = []
    for path, group in groupby(report.findings, key=lambda f: f.path):
        findings = list(group)
        lines.append(
            [(clean(path), "bold underline"), (f" ({plural(len(findings), 'finding')})", "")]
        )
        for finding in findings:
            lines.extend(_finding_lines(finding, context))
            lines.append([])
    if report.problems:
        for problem in report.problems:
            lines.append(
                [
                    (f"{clean(problem.path)}:", "bold"),
                    (" could not check: ", "yellow"),
                    (clean(problem.reason), ""),
                ]
            )
        lines.append([])
    lines.append(_summary_line(report))
    if context.pack_label:
        lines.append([("Claims pack: ", ""), (clean(context.pack_label), "")])
    return lines


def render(report: Report, context: ReportContext) -> str:
    """Findings for a terminal; ANSI colour only when `context.color` is set."""
    lines = render_lines(report, context)
    if not context.color:
        return "".join("".join(text for text, _ in line) + "\n" for line in lines)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        width=100_000,
        highlight=False,
        markup=False,
        emoji=False,
    )
    for line in lines:
        # Text.assemble, not markup: a "[bold]" inside doc text must stay literal.
        console.print(Text.assemble(*line), soft_wrap=True)
    return buffer.getvalue()
