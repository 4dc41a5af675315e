"""The dashboard trend: exit signals at each commit that changed the claims (git history)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from truthgraph.site import svg
from truthgraph.site.history import TrendPoint, exit_signal_trend

SPRINT = """\
priorities:
  - id: p0
    exit_signals:
      - {{id: a, status: {a}}}
      - {{id: b, status: {b}}}
"""


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), *args],
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
            "GIT_AUTHOR_DATE": "2026-04-01T12:00:00Z",
            "GIT_COMMITTER_DATE": "2026-04-01T12:00:00Z",
            "HOME": str(root),
            "PATH": "/usr/bin:/bin",
        },
    )


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed; the trend needs it")
    git(tmp_path, "init", "-q")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "truths.yaml").write_text("claims: []\n", encoding="utf-8")
    (claims / "sprint.yaml").write_text(SPRINT.format(a="pending", b="pending"), "utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    (claims / "sprint.yaml").write_text(SPRINT.format(a="met", b="partial"), "utf-8")
    git(tmp_path, "commit", "-q", "-am", "progress")
    (tmp_path / "other.md").write_text("not the claims\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "unrelated")
    return tmp_path


def test_one_point_per_commit_that_changed_the_claims(repo: Path) -> None:
    points = exit_signal_trend(repo / "claims")
    assert [(p.date, p.met, p.partial, p.pending) for p in points] == [
        ("2026-04-01", 0, 0, 2),
        ("2026-04-01", 1, 1, 0),
    ]


def test_a_broken_commit_is_left_out(repo: Path) -> None:
    (repo / "claims" / "sprint.yaml").write_text("priorities: [\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "broken")
    assert len(exit_signal_trend(repo / "claims")) == 2


def test_no_git_no_trend(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    assert exit_signal_trend(tmp_path / "claims") == []


def test_trend_chart_is_well_formed_svg() -> None:
    points = [TrendPoint("a", "2026-04-01", 0, 1, 3), TrendPoint("b", "2026-04-09", 2, 1, 1)]
    chart = svg.trend_chart(points)
    root = ET.fromstring(chart)
    assert len(root.findall("{http://www.w3.org/2000/svg}polygon")) == 3
    assert "2 commits; now 2 met, 1 partial, 1 pending" in chart
    assert "2026-04-01" in chart and "2026-04-09" in chart
    ET.fromstring(svg.trend_chart(points[:1]))  # one commit draws too
