"""Baselines: record today's findings so that only new ones fail the run."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truthgraph.errors import Location, ReportError
from truthgraph.findings import Report
from truthgraph.io import write_atomic
from truthgraph.reading import JSONInputError, load_json

SCHEMA_VERSION = 1
ENTRY_FIELDS = ("fingerprint", "path", "claim", "rule", "excerpt")


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding. Only the fingerprint matches; the rest is for people reviewing it."""

    fingerprint: str
    path: str
    claim: str
    rule: str
    excerpt: str


@dataclass(frozen=True)
class Baseline:
    """Accepted findings; the same fingerprint may occur several times (one entry per finding)."""

    entries: tuple[BaselineEntry, ...] = ()
    tool_version: str = ""
    path: str = ""
    claims_digest: str = ""
    """Digest of the claims pack the baseline was written with ("" in older baselines)."""

    def counts(self) -> Counter[str]:
        return Counter(e.fingerprint for e in self.entries)


def baseline_document(report: Report, *, tool_version: str) -> dict[str, Any]:
    """The baseline of `report`: every claim finding (tool notices are never baselined)."""
    entries = [
        BaselineEntry(f.fingerprint, f.path, f.claim, f.rule, f.excerpt)
        for f in report.findings
        if f.claim is not None
    ]
    # Sorted by path, not line: a finding moving down keeps its place in the baseline's diff.
    entries.sort(key=lambda e: (e.path, e.claim, e.rule, e.excerpt, e.fingerprint))
    return {
        "schema_version": SCHEMA_VERSION,
        "tool_version": tool_version,
        "claims_digest": report.claims_digest,
        "entries": [{name: getattr(e, name) for name in ENTRY_FIELDS} for e in entries],
    }


def write_baseline(report: Report, path: Path, *, tool_version: str) -> None:
    """Write the baseline of `report` to `path` atomically (ReportError if it cannot)."""
    document = baseline_document(report, tool_version=tool_version)
    text = json.dumps(document, indent=2, ensure_ascii=False)
    write_atomic(path, text + "\n")


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; ReportError with one line naming the file if it is unusable."""
    where = Location(str(path))
    try:
        data: Any = load_json(path)
    except JSONInputError as exc:
        message = str(exc)
        if message.startswith(("not ", "JSON ")):
            message = f"baseline is {message}" if message.startswith("not ") else message
            message += "; write it again" if "UTF-8" in message else ""
        else:
            message = f"cannot read baseline: {message.removeprefix('cannot read: ')}"
        raise ReportError(message, Location(str(path), exc.line, exc.column)) from None
    if not isinstance(data, dict) or "entries" not in data or "schema_version" not in data:
        raise ReportError(
            "not a truthgraph baseline (expected an object with schema_version and entries); "
            "write one with `truthgraph baseline write`",
            where,
        )
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReportError(f"baseline schema_version must be an integer, not {version!r}", where)
    if version != SCHEMA_VERSION:
        hint = "upgrade truthgraph" if version > SCHEMA_VERSION else "write the baseline again"
        raise ReportError(
            f"baseline schema {version} is not supported (this truthgraph reads schema "
            f"{SCHEMA_VERSION}); {hint}",
            where,
        )
    raw_entries = data["entries"]
    if not isinstance(raw_entries, list):
        raise ReportError("baseline entries must be a list", where)
    entries = [_entry(raw, number, where) for number, raw in enumerate(raw_entries, start=1)]
    tool_version = data.get("tool_version", "")
    digest = data.get("claims_digest", "")
    return Baseline(
        tuple(entries),
        tool_version if isinstance(tool_version, str) else "",
        str(path),
        digest if isinstance(digest, str) else "",
    )


def _entry(raw: object, number: int, where: Location) -> BaselineEntry:
    if not isinstance(raw, dict):
        raise ReportError(f"baseline entry {number} must be an object", where)
    fingerprint = raw.get("fingerprint")
    if not isinstance(fingerprint, str) or not fingerprint:
        raise ReportError(f'baseline entry {number} has no "fingerprint" string', where)
    values = {name: raw.get(name, "") for name in ENTRY_FIELDS[1:]}
    for name, value in values.items():
        if not isinstance(value, str):
            raise ReportError(f'baseline entry {number}: "{name}" must be a string', where)
    return BaselineEntry(fingerprint, **values)


def apply_baseline(report: Report, baseline: Baseline) -> list[str]:
    """Drop findings the baseline accepts (each entry accepts one finding); notices stay.

    Returns warnings: a baseline written with another claims pack is applied (its
    fingerprints still match unchanged claims) but said to be stale."""
    warnings: list[str] = []
    if baseline.claims_digest and report.claims_digest != baseline.claims_digest:
        warnings.append(
            f"{baseline.path}: baseline was written with another claims pack (digest "
            f"{baseline.claims_digest[:12]}, now {report.claims_digest[:12]}); findings of "
            "changed claims may show again: write it again with `truthgraph baseline write`"
        )
    remaining = baseline.counts()
    kept = []
    matched = 0
    for finding in report.findings:
        if finding.claim is not None and remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            matched += 1
        else:
            kept.append(finding)
    report.findings = kept
    report.baseline_matched = matched
    report.baseline_gone = sorted(remaining.elements())
    return warnings
