"""Merging JSON reports (e.g. one per repository or shard) into one JSON report."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from truthgraph.errors import Location, ReportError
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
    """Read a JSON report; ReportError naming the file (and line:col for bad JSON)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReportError(
            f"cannot read report: {exc.strerror or exc}", Location(str(path))
        ) from None
    except UnicodeDecodeError:
        raise ReportError("report is not UTF-8 text", Location(str(path))) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = Location(str(path), exc.lineno, exc.colno)
        raise ReportError(f"report is not valid JSON: {exc.msg}", where) from None
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


def _common_version(documents: list[tuple[str, dict[str, Any]]]) -> str:
    first_name, first = documents[0]
    version = str(first["tool"]["version"])
    for name, document in documents[1:]:
        other = str(document["tool"]["version"])
        if other != version:
            raise ReportError(
                f"conflicting tool versions: {first_name} has {version}, {name} has {other}; "
                "re-run the checks with one truthgraph version"
            )
    return version


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


def merge_reports(documents: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """One JSON report from (display name, JSON report) pairs: lists joined, counts summed.

    Paths are kept as they are, so reports of different repositories may share a path (two
    `README.md` findings stay two findings). Ties in the sort keep the order of `documents`.
    """
    if not documents:
        raise ReportError("no reports to merge")
    checked = [(name, check_report(name, document)) for name, document in documents]
    version = _common_version(checked)
    digests = {document["claims_digest"] for _, document in checked}
    findings = [f for _, document in checked for f in document["findings"]]
    problems = [p for _, document in checked for p in document["problems"]]
    gone = [g for _, document in checked for g in document["baseline_gone"]]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": version},
        # Reports made against different claims packs have no single digest.
        "claims_digest": digests.pop() if len(digests) == 1 else "",
        "findings": sorted(findings, key=_finding_key),
        "problems": sorted(problems, key=lambda p: (p["path"], p["reason"])),
        "baseline_gone": sorted(gone),
        "summary": _sum_summaries([document["summary"] for _, document in checked]),
    }
