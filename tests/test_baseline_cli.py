"""Adopting truthgraph on old docs: a baseline hides old findings, only new ones fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truthgraph.cli import main

OLD = "The `tinyland-nix` runner ships with Nix preinstalled.\n"
NEW = "ARC resizes runner pods on demand when a job needs more memory.\n"


def run(capsys: pytest.CaptureFixture[str], repo_root: Path, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["--claims", str(repo_root / "claims"), *args])
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_baseline_reports_exactly_the_new_contradiction(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    page = docs / "runners.md"
    page.write_text("# Runners\n\n" + OLD, encoding="utf-8")
    baseline = tmp_path / ".truthgraph-baseline.json"
    code, out, _ = run(
        capsys, repo_root, "baseline", "write", "--baseline", str(baseline), str(docs)
    )
    assert code == 0 and "recorded 1 finding" in out

    # Two lines inserted above the old contradiction, and one new contradiction added.
    page.write_text("# Runners\n\nIntro.\n\nMore intro.\n\n" + OLD + "\n" + NEW, encoding="utf-8")
    code, out, _ = run(
        capsys, repo_root, "check", str(docs), "--baseline", str(baseline), "--format", "json"
    )
    report = json.loads(out)
    assert code == 1
    assert [(f["line"], f["claim"]) for f in report["findings"]] == [(9, "arc-scales-horizontally")]
    assert report["summary"]["baseline_matched"] == 1

    # Fixing the old one leaves its entry unused, so the baseline can shrink.
    page.write_text("# Runners\n\n" + NEW, encoding="utf-8")
    code, out, _ = run(
        capsys, repo_root, "check", str(docs), "--baseline", str(baseline), "--format", "json"
    )
    assert json.loads(out)["summary"]["baseline_gone"] == 1


def test_corrupt_baseline_is_exit_2(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, repo_root, "check", str(tmp_path), "--baseline", str(baseline))
    assert code == 2
    assert "baseline.json:1:2:" in err and "Traceback" not in err
