"""Baselines: written sorted, read with one-line errors, applied as a multiset of fingerprints."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from reporter_samples import make_finding, sample_report

from truthgraph.baseline import (
    Baseline,
    BaselineEntry,
    apply_baseline,
    load_baseline,
    write_baseline,
)
from truthgraph.errors import ReportError
from truthgraph.findings import Report, Severity


def test_write_is_sorted_and_leaves_out_notices(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    report = sample_report()
    write_baseline(report, target, tool_version="0.1.0")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data) == ["schema_version", "tool_version", "claims_digest", "entries"]
    assert (data["schema_version"], data["tool_version"]) == (1, "0.1.0")
    entries = data["entries"]
    assert len(entries) == sum(1 for f in report.findings if f.claim is not None)
    assert all(e["claim"] for e in entries)
    assert list(entries[0]) == ["fingerprint", "path", "claim", "rule", "excerpt"]
    keys = [(e["path"], e["claim"], e["rule"], e["excerpt"]) for e in entries]
    assert keys == sorted(keys)
    assert not list(tmp_path.glob(".*.tmp"))


def test_baseline_survives_a_line_shift(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    old = make_finding(line=3)
    write_baseline(Report(findings=[old]), target, tool_version="0.1.0")

    moved = make_finding(line=5)
    new = make_finding(line=9, excerpt="The tinyland-nix runner ships with Nix 2.24.")
    later = Report(findings=[moved, new])
    apply_baseline(later, load_baseline(target))

    assert later.findings == [new]
    assert later.baseline_matched == 1
    assert later.baseline_gone == []
    assert later.summary()["baseline_matched"] == 1


def test_identical_findings_need_one_entry_each() -> None:
    twin = make_finding()
    baseline = Baseline((BaselineEntry(twin.fingerprint, twin.path, "c", "TG101", ""),))
    report = Report(findings=[twin, make_finding(line=8)])
    apply_baseline(report, baseline)
    assert len(report.findings) == 1
    assert report.baseline_matched == 1


def test_notices_are_never_baselined_away() -> None:
    notice = make_finding(claim=None, rule="TG901", severity=Severity.INFO)
    entry = BaselineEntry(notice.fingerprint, notice.path, "", "TG901", notice.excerpt)
    report = Report(findings=[notice])
    apply_baseline(report, Baseline((entry,)))
    assert report.findings == [notice]
    assert report.baseline_gone == [notice.fingerprint]


def test_entries_that_match_nothing_are_gone(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    fixed = make_finding(excerpt="Old wording that was since fixed.")
    write_baseline(Report(findings=[fixed, replace(fixed)]), target, tool_version="0.1.0")
    report = Report(findings=[make_finding()])
    apply_baseline(report, load_baseline(target))
    assert report.baseline_gone == [fixed.fingerprint, fixed.fingerprint]
    assert report.summary()["baseline_gone"] == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema_version": 1, "entries": [\n  {"fingerprint": "ab",}\n]}', None),
        ("[]", "not a truthgraph baseline"),
        ('{"schema_version": 2, "entries": []}', "baseline schema 2 is not supported"),
        ('{"schema_version": "1", "entries": []}', "baseline schema_version must be an integer"),
        ('{"schema_version": 1, "entries": {}}', "baseline entries must be a list"),
        ('{"schema_version": 1, "entries": [{"path": "a.md"}]}', "baseline entry 1 has no"),
        (
            '{"schema_version": 1, "entries": [{"fingerprint": "ab", "claim": 3}]}',
            'baseline entry 1: "claim" must be a string',
        ),
    ],
)
def test_corrupt_baselines_are_one_line_errors(
    tmp_path: Path, content: str, message: str | None
) -> None:
    target = tmp_path / "base.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ReportError) as caught:
        load_baseline(target)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(str(target))
    if message is None:
        expected = "baseline is not valid JSON: Expecting property name enclosed in double quotes"
        assert text == f"{target}:2:24: {expected}"
    else:
        assert message in text


def test_newer_baseline_says_to_upgrade(tmp_path: Path) -> None:
    target = tmp_path / "base.json"
    target.write_text('{"schema_version": 2, "entries": []}', encoding="utf-8")
    with pytest.raises(ReportError, match=r"upgrade truthgraph$"):
        load_baseline(target)


def test_missing_baseline(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        load_baseline(tmp_path / "nope.json")
    assert (
        str(caught.value)
        == f"{tmp_path / 'nope.json'}: cannot read baseline: No such file or directory"
    )
