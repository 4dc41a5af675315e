"""JUnit XML: one test case per finding (a failure), per unchecked file (an error), or one
passing case when there is neither, so `tests` >= `failures` + `errors` always holds."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby
from typing import TYPE_CHECKING

from truthgraph.findings import Finding, Report

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

SUITE = "truthgraph"
PASSING_CASE = "truthgraph check"

# ElementTree escapes markup but writes characters XML 1.0 forbids (e.g. ESC from a doc)
# as they are, which makes the whole file unreadable to a CI parser.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failure_text(finding: Finding, context: ReportContext) -> str:
    lines = [f"{finding.path}:{finding.line}:{finding.column}: {finding.message}"]
    if finding.excerpt:
        lines.append(f"  {finding.excerpt}")
    if finding.detail:
        lines.append(f"detail: {finding.detail}")
    fix = context.fix_for(finding)
    if fix:
        lines.append(f"fix: {fix}")
    lines += [f"note: {finding.path}:{r.line}:{r.column}: {r.message}" for r in finding.related]
    return xml_text("\n".join(lines))


def _case(suite: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"classname": SUITE, "name": xml_text(name)})


def render(report: Report, context: ReportContext) -> str:
    suite = ET.Element("testsuite", {"name": SUITE})
    failures = 0
    for path, group in groupby(report.findings, key=lambda f: f.path):
        for finding in group:
            failures += 1
            case = _case(suite, f"{path}:{finding.line}:{finding.column} {finding.rule}")
            case.set("classname", xml_text(path))
            title = f"{finding.severity.label}: {finding.rule} {finding.rule_name}"
            if finding.claim:
                title += f" [{finding.claim}]"
            failure = ET.SubElement(
                case,
                "failure",
                {"message": xml_text(f"{title}: {finding.message}"), "type": finding.rule},
            )
            failure.text = _failure_text(finding, context)
    if not report.findings and not report.problems:
        _case(suite, PASSING_CASE)
    for problem in report.problems:
        case = _case(suite, problem.path)
        error = ET.SubElement(
            case, "error", {"message": xml_text(f"could not check: {problem.reason}")}
        )
        error.text = xml_text(f"{problem.path}: could not check: {problem.reason}")
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(len(report.problems)))
    suite.set("skipped", "0")
    ET.indent(suite)
    body = ET.tostring(suite, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
