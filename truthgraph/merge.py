"""Merging JSON reports (e.g. one per repository or shard) into one JSON report."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from truthgraph.errors import Location, ReportError
from truthgraph.reading import JSONInputError, load_json
from truthgraph.reporters.json_report import SCHEMA_VERSION, TOOL_NAME

NOT_A_REPORT = (
    "not a truthgraph JSON report (expected the output of `truthgraph check --format json`)"
)


@cache
def report_validator() -> Draft202012Validator:
    """The validator of `truthgraph/schemas/report.schema.json` (read once)."""
    text = resources.files("truthgraph").joinpath("schemas/report.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text))


def load_report(path: Path) -> dict[str, Any]:
    """Read a JSON report by the rules of any input (a regular file, bounded, deep JSON and
    huge numbers refused); ReportError naming the file (and line:col for bad JSON)."""
    try:
        data = load_json(path)
    except JSONInputError as exc:
        message = str(exc).removeprefix("cannot read: ")
        if message.startswith("not "):
            message = f"report is {message}"
        elif not message.startswith("JSON "):
            message = f"cannot read report: {message}"
        raise ReportError(message, Location(str(path), exc.line, exc.column)) from None
    if not isinstance(data, dict):
        raise ReportError(NOT_A_REPORT, Location(str(path)))
    return data


def check_report(name: str, document: object) -> dict[str, Any]:
    """`document` if it is a JSON report this version can read; ReportError naming `name`."""
    where = Location(name)
    tool = document.get("tool") if isinstance(document, dict) else None
    if (
        not isinstance(document, dict)
        or not isinstance(tool, dict)
        or tool.get("name") != TOOL_NAME
        or "schema_version" not in document
    ):
        raise ReportError(NOT_A_REPORT, where)
    version = document["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportError(f"unsupported schema_version {version!r}; {NOT_A_REPORT}", where)
    if version > SCHEMA_VERSION:
        raise ReportError(f"written by a newer truthgraph (schema {version}); upgrade", where)
    error = best_match(report_validator().iter_errors(document))
    if error is not None:
        raise ReportError(
            f"not a valid truthgraph JSON report: {error.json_path}: {error.message}", where
        )
    return document


def _schema_version(documents: list[tuple[str, dict[str, Any]]]) -> int:
    """The one schema version of all documents; mixed versions are refused (patch and minor
    tool versions may differ: the schema is the contract)."""
    first_name, first = documents[0]
    version = int(first["schema_version"])
    for name, document in documents[1:]:
        if document["schema_version"] != version:
            raise ReportError(
                f"mixed report schemas: {first_name} has schema {version}, {name} has "
                f"{document['schema_version']}; re-run the older checks with a newer truthgraph"
            )
    return version


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def _sum_summaries(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {}
    for summary in summaries:
        for key, value in summary.items():
            if isinstance(value, dict):
                bucket = total.setdefault(key, {})
                for inner, count in value.items():
                    bucket[inner] = bucket.get(inner, 0) + count
            else:
                total[key] = total.get(key, 0) + value
    return total


def _finding_key(finding: dict[str, Any]) -> tuple[str, int, int, str, str, str]:
    # The same order as Finding.sort_key, so a merged report reads like a single one.
    return (
        finding["path"],
        finding["line"],
        finding["column"],
        finding["rule"],
        finding["claim"] or "",
        finding["message"],
    )


def label_of(name: str, document: dict[str, Any], labels: dict[str, str]) -> str:
    """`--label NAME=REPORT` for this report, else its `repo` field, else the file's name."""
    if name in labels:
        return labels[name]
    repo = document.get("repo")
    if isinstance(repo, str) and repo:
        return repo
    return Path(name).stem or name


def merge_reports(
    documents: list[tuple[str, dict[str, Any]]], labels: dict[str, str] | None = None
) -> dict[str, Any]:
    """One JSON report from (report name, JSON report) pairs: lists joined, counts summed.

    Every finding and problem carries its repository's label (`repo`), so two repositories'
    `docs/a.md` stay apart, and `repos` keeps each report's own totals and pack. Ties in the
    sort keep the order of `documents`.
    """
    if not documents:
        raise ReportError("no reports to merge")
    checked = [(name, check_report(name, document)) for name, document in documents]
    schema = _schema_version(checked)
    given = labels or {}
    named = [(label_of(name, document, given), name, document) for name, document in checked]
    version = max((str(d["tool"]["version"]) for _, d in checked), key=_version_key)
    digests = {document["claims_digest"] for _, document in checked}
    findings = [f | {"repo": label} for label, _, d in named for f in d["findings"]]
    problems = [p | {"repo": label} for label, _, d in named for p in d["problems"]]
    gone = [g for _, document in checked for g in document["baseline_gone"]]
    repos = []
    for label, name, document in named:
        entry: dict[str, Any] = {
            "name": label,
            "report": name,
            "tool_version": str(document["tool"]["version"]),
            "claims_digest": document["claims_digest"],
        }
        if "pack" in document:
            entry["pack"] = document["pack"]
        entry["summary"] = document["summary"]
        repos.append(entry)
    return {
        "schema_version": schema,
        "tool": {"name": TOOL_NAME, "version": version},
        # Reports made against different claims packs have no single digest.
        "claims_digest": digests.pop() if len(digests) == 1 else "",
        "findings": sorted(findings, key=lambda f: (f["repo"], *_finding_key(f))),
        "problems": sorted(problems, key=lambda p: (p["repo"], p["path"], p["reason"])),
        "baseline_gone": sorted(gone),
        "summary": _sum_summaries([document["summary"] for _, document in checked]),
        "repos": repos,
    }


MERGED_FORMATS = ("json", "text", "markdown", "sarif")


def render_merged(merged: dict[str, Any], fmt: str) -> str:
    """A merged report as JSON, text, Markdown or SARIF (one run per repository)."""
    if fmt == "json":
        return json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
    if fmt == "sarif":
        return _sarif(merged)
    if fmt == "markdown":
        return _markdown(merged)
    if fmt == "text":
        return _text(merged)
    raise ReportError(f'unknown format "{fmt}" (choose from: {", ".join(MERGED_FORMATS)})')


def _totals(summary: dict[str, Any]) -> tuple[int, int, int, int, int]:
    levels = summary["by_severity"]
    return (
        summary["findings"],
        levels["error"],
        levels["warning"],
        levels["info"],
        summary["files_checked"],
    )


def _text(merged: dict[str, Any]) -> str:
    lines: list[str] = []
    width = max((len(r["name"]) for r in merged["repos"]), default=4)
    lines.append(f"{'repo':<{width}}  findings  errors  warnings  info  files  pack")
    for repo in merged["repos"]:
        found, errors, warnings, infos, files = _totals(repo["summary"])
        pack = repo.get("pack", {})
        label = " ".join(p for p in (pack.get("version", ""), pack.get("digest", "")[:12]) if p)
        lines.append(
            f"{repo['name']:<{width}}  {found:>8}  {errors:>6}  {warnings:>8}  {infos:>4}"
            f"  {files:>5}  {label or repo['claims_digest'][:12]}"
        )
    found, errors, warnings, infos, files = _totals(merged["summary"])
    lines.append(
        f"{'total':<{width}}  {found:>8}  {errors:>6}  {warnings:>8}  {infos:>4}  {files:>5}"
    )
    lines.append("")
    for finding in merged["findings"]:
        claim = f" [{finding['claim']}]" if finding["claim"] else ""
        lines.append(
            f"{finding['repo']}: {finding['path']}:{finding['line']}:{finding['column']}: "
            f"{finding['severity']} {finding['rule']}{claim} {finding['message']}"
        )
    for problem in merged["problems"]:
        lines.append(f"{problem['repo']}: {problem['path']}: could not check: {problem['reason']}")
    return "\n".join(lines).rstrip("\n") + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(merged: dict[str, Any]) -> str:
    lines = [
        "## truthgraph: merged report",
        "",
        "| Repository | Findings | Errors | Warnings | Info | Files checked | Pack |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for repo in merged["repos"]:
        found, errors, warnings, infos, files = _totals(repo["summary"])
        pack = repo.get("pack", {})
        version = pack.get("version", "")
        digest = (pack.get("digest") or repo["claims_digest"])[:12]
        label = f"{version} `{digest}`" if version else f"`{digest}`"
        lines.append(
            f"| {_cell(repo['name'])} | {found} | {errors} | {warnings} | {infos} | {files} "
            f"| {label} |"
        )
    found, errors, warnings, infos, files = _totals(merged["summary"])
    lines.append(f"| **total** | {found} | {errors} | {warnings} | {infos} | {files} | |")
    if merged["findings"]:
        lines += ["", "| Repository | Where | Level | Rule | Claim | Message |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for f in merged["findings"]:
            lines.append(
                f"| {_cell(f['repo'])} | `{_cell(f['path'])}:{f['line']}:{f['column']}` "
                f"| {f['severity']} | {f['rule']} | {_cell(f['claim'] or '')} "
                f"| {_cell(f['message'])} |"
            )
    return "\n".join(lines) + "\n"


def _sarif(merged: dict[str, Any]) -> str:
    from truthgraph.findings import FileProblem, Finding, Related, Report, Severity
    from truthgraph.reporters import ReportContext
    from truthgraph.reporters.sarif import sarif_log, sarif_run

    runs = []
    for repo in merged["repos"]:
        name = repo["name"]
        report = Report(claims_digest=repo["claims_digest"], tool_version=repo["tool_version"])
        for f in merged["findings"]:
            if f["repo"] != name:
                continue
            report.findings.append(
                Finding(
                    path=f["path"],
                    line=f["line"],
                    column=f["column"],
                    end_line=f["end_line"],
                    end_column=f["end_column"],
                    claim=f["claim"],
                    rule=f["rule"],
                    rule_name=f["rule_name"],
                    severity=Severity.parse(f["severity"]),
                    message=f["message"],
                    excerpt=f["excerpt"],
                    fix=f["fix"],
                    rule_id=f["rule_id"],
                    detail=f["detail"],
                    related=tuple(Related(**r) for r in f["related"]),
                    fingerprint=f["fingerprint"],
                )
            )
        report.problems = [
            FileProblem(p["path"], p["reason"]) for p in merged["problems"] if p["repo"] == name
        ]
        context = ReportContext(
            tool_version=repo["tool_version"], provenance=repo.get("pack", {}), repo=name
        )
        run = sarif_run(report, context)
        # One category per repository: viewers keep the runs of one log apart by it.
        run["automationDetails"] = {"id": f"truthgraph/{name}/"}
        runs.append(run)
    return json.dumps(sarif_log(runs), indent=2, ensure_ascii=False) + "\n"
