"""SARIF 2.1.0 for code scanning: one rule per claim or notice code, one result per finding."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from truthgraph.findings import Finding, Report, Severity

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "truthgraph/v1"
SRCROOT = "%SRCROOT%"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


def artifact_location(path: str) -> dict[str, str]:
    """A URI for `path`: relative paths resolve against %SRCROOT%, absolute ones are file URIs."""
    if path.startswith("/"):
        return {"uri": "file://" + quote(path, errors="surrogateescape")}
    if _WINDOWS_DRIVE.match(path):
        return {"uri": "file:///" + quote(path, errors="surrogateescape")}
    # Percent-encode: a space, `#` or `%` in a file name would otherwise break the URI.
    return {"uri": quote(path, errors="surrogateescape"), "uriBaseId": SRCROOT}


def _rule_key(finding: Finding) -> str:
    return finding.claim or finding.rule


def _claim_rule(claim: str, findings: list[Finding], context: ReportContext) -> dict[str, Any]:
    info = context.claims.get(claim)
    if info is None:
        # A finding about a claim the context does not know (e.g. a different pack): say what
        # the finding itself says rather than failing the whole report.
        first = findings[0]
        statement, fix, kind, level = claim, first.fix, "claim", first.severity
    else:
        statement, fix, kind, level = info.statement, info.fix, info.kind, info.severity
    if kind == "non-goal":
        full = f"Non-goal: {statement} Text that promises it is reported."
    else:
        full = f"Current truth: {statement} Text that contradicts it is reported."
    rule: dict[str, Any] = {
        "id": claim,
        "shortDescription": {"text": statement},
        "fullDescription": {"text": full},
        "help": {"text": fix or f"Make the text agree with: {statement}"},
    }
    url = context.claim_url(claim)
    if url:
        rule["helpUri"] = url
    rule["defaultConfiguration"] = {"level": LEVELS[level]}
    rule["properties"] = {"tags": ["truthgraph", kind]}
    return rule


def _notice_rule(code: str, findings: list[Finding]) -> dict[str, Any]:
    # Imported here: the rule registry loads the whole matching engine, which the other formats
    # (and `truthgraph merge`) never need.
    from truthgraph.rules import RULE_CODES

    known = next((r for r in RULE_CODES if r.code == code), None)
    name = known.name if known else findings[0].rule_name
    summary = known.summary if known else findings[0].rule_name
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{code} {name}: {summary}"},
        "help": {"text": summary},
        "defaultConfiguration": {"level": LEVELS[max(f.severity for f in findings)]},
        "properties": {"tags": ["truthgraph", known.kind if known else "notice"]},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(finding: Finding, index: int) -> dict[str, Any]:
    region: dict[str, Any] = _region(
        finding.line, finding.column, finding.end_line, finding.end_column
    )
    if finding.excerpt:
        region["snippet"] = {"text": finding.excerpt}
    result: dict[str, Any] = {
        "ruleId": _rule_key(finding),
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": region,
                }
            }
        ],
    }
    if finding.related:
        result["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": {"startLine": related.line, "startColumn": related.column},
                },
                "message": {"text": related.message},
            }
            for number, related in enumerate(finding.related, start=1)
        ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    properties = {"rule": finding.rule, "ruleName": finding.rule_name}
    if finding.rule_id:
        properties["claimRule"] = finding.rule_id
    result["properties"] = properties
    return result


def sarif_document(report: Report, context: ReportContext) -> dict[str, Any]:
    """The SARIF log as data; rules are claims (sorted by id), then notice codes."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_rule.setdefault(_rule_key(finding), []).append(finding)
    claims = sorted(k for k, v in by_rule.items() if v[0].claim)
    notices = sorted(k for k, v in by_rule.items() if not v[0].claim)
    rules = [_claim_rule(k, by_rule[k], context) for k in claims]
    rules += [_notice_rule(k, by_rule[k]) for k in notices]
    index = {rule["id"]: position for position, rule in enumerate(rules)}

    driver: dict[str, Any] = {"name": "truthgraph"}
    version = context.tool_version or report.tool_version
    if version:
        driver["version"] = version
    if context.site_url:
        driver["informationUri"] = context.site_url
    driver["rules"] = rules
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if report.problems:
        invocation["toolExecutionNotifications"] = [
            {
                "level": "warning",
                "message": {"text": f"could not check: {problem.reason}"},
                "locations": [
                    {"physicalLocation": {"artifactLocation": artifact_location(problem.path)}}
                ],
            }
            for problem in report.problems
        ]
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        # Finding columns count code points; SARIF's default would be UTF-16 code units.
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[_rule_key(f)]) for f in report.findings],
    }
    if report.claims_digest:
        run["properties"] = {"claimsDigest": report.claims_digest}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, context: ReportContext) -> str:
    return json.dumps(sarif_document(report, context), indent=2, ensure_ascii=False) + "\n"
