"""SARIF 2.1.0 for code scanning: a rule per TG code, a result per finding (claim: a property)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from truthgraph.findings import Finding, Report, Severity
from truthgraph.reporters import repository_url

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
    """The rule id of a finding in every format: its TG code (the claim is a property)."""
    return finding.rule


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _rule(code: str, findings: list[Finding], context: ReportContext) -> dict[str, Any]:
    # Imported here: the rule registry loads the whole matching engine, which the other formats
    # (and `truthgraph merge`) never need.
    from truthgraph.rules import RULE_CODES

    known = next((r for r in RULE_CODES if r.code == code), None)
    name = known.name if known else findings[0].rule_name
    summary = _sentence(known.summary if known else findings[0].rule_name)
    kind = known.kind if known else "notice"
    claims = sorted({f.claim for f in findings if f.claim})
    if kind == "directive" or not claims:
        detail = f"{code} {name}: {summary}"
    else:
        detail = (
            f"{code} {name}: {summary} Each result names the claim or non-goal it contradicts"
            " in its `claim` property; its message quotes the claim."
        )
    url = context.rule_url(code)
    lines = [f"**{code} {name}**: {summary}", ""]
    for claim in claims:
        info = context.claims.get(claim)
        statement = info.statement if info else claim
        page = context.claim_url(claim)
        title = f"[`{claim}`]({page})" if page else f"`{claim}`"
        fix = info.fix if info else ""
        lines.append(f"- {title}: {statement}" + (f" Fix: {fix}" if fix else ""))
    if url:
        lines += ["", f"See [{code} in the rule docs]({url})."]
    rule: dict[str, Any] = {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _sentence(detail)},
        "help": {
            "text": "\n".join(line.replace("**", "") for line in lines),
            "markdown": "\n".join(lines),
        },
    }
    if url:
        rule["helpUri"] = url
    rule["defaultConfiguration"] = {"level": LEVELS[max(f.severity for f in findings)]}
    rule["properties"] = {"tags": ["truthgraph", kind]}
    return rule


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(finding: Finding, index: int, context: ReportContext) -> dict[str, Any]:
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
    edit = context.edit_for(finding)
    if edit is not None:
        result["fixes"] = [
            {
                "description": {"text": edit.description},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact_location(edit.path),
                        "replacements": [
                            {
                                "deletedRegion": _region(
                                    edit.line, edit.column, edit.end_line, edit.end_column
                                ),
                                "insertedContent": {"text": edit.text},
                            }
                        ],
                    }
                ],
            }
        ]
    properties: dict[str, str] = {"ruleName": finding.rule_name}
    if finding.claim:
        properties["claim"] = finding.claim
        url = context.claim_url(finding.claim)
        if url:
            properties["claimUri"] = url
    if finding.rule_id:
        properties["claimRule"] = finding.rule_id
    result["properties"] = properties
    return result


def sarif_run(report: Report, context: ReportContext) -> dict[str, Any]:
    """One SARIF run: rules are the TG codes found (sorted), results in report order."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_rule.setdefault(_rule_key(finding), []).append(finding)
    rules = [_rule(code, by_rule[code], context) for code in sorted(by_rule)]
    index = {rule["id"]: position for position, rule in enumerate(rules)}

    driver: dict[str, Any] = {"name": "truthgraph"}
    version = context.tool_version or report.tool_version
    if version:
        driver["version"] = version
        driver["semanticVersion"] = version
    information = context.site_url or repository_url()
    if information:
        driver["informationUri"] = information
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
        "results": [_result(f, index[_rule_key(f)], context) for f in report.findings],
    }
    properties: dict[str, Any] = {}
    if report.claims_digest:
        properties["claimsDigest"] = report.claims_digest
    if context.provenance:
        properties["pack"] = dict(context.provenance)
    if context.repo:
        # Not automationDetails: upload-sarif lets that override its `category` input,
        # which would make two uses of the action in one job collide.
        properties["repo"] = context.repo
    if properties:
        run["properties"] = properties
    return run


def sarif_log(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": runs}


def sarif_document(report: Report, context: ReportContext) -> dict[str, Any]:
    """The SARIF log as data: one run."""
    return sarif_log([sarif_run(report, context)])


def render(report: Report, context: ReportContext) -> str:
    return json.dumps(sarif_document(report, context), indent=2, ensure_ascii=False) + "\n"
