"""Exit signals over time, read from the git history of the claims (for the dashboard trend)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_COMMITS = 40
_TIMEOUT = 10


@dataclass(frozen=True)
class TrendPoint:
    """The exit signals of every priority as the claims stood at one commit."""

    commit: str
    date: str
    met: int
    partial: int
    pending: int


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _count(texts: Iterable[str]) -> tuple[int, int, int] | None:
    counts = {"met": 0, "partial": 0, "pending": 0}
    seen = False
    for text in texts:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return None  # a broken commit: leave it out rather than draw a false dip
        if not isinstance(data, dict):
            continue
        for priority in data.get("priorities") or []:
            if not isinstance(priority, dict):
                continue
            for signal in priority.get("exit_signals") or []:
                status = signal.get("status") if isinstance(signal, dict) else None
                if status in counts:
                    counts[status] += 1
                    seen = True
    return (counts["met"], counts["partial"], counts["pending"]) if seen else None


def exit_signal_trend(claims: Path) -> list[TrendPoint]:
    """One point per commit that changed the claims folder, oldest first ([] without git)."""
    claims = claims.resolve()
    folder = claims if claims.is_dir() else claims.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    if not top:
        return []
    root = Path(top.strip())
    try:
        relative = claims.relative_to(root).as_posix()
    except ValueError:
        return []
    log = _git(root, "log", f"-{MAX_COMMITS}", "--format=%H %cs", "--", relative)
    if not log:
        return []
    points = []
    for line in reversed(log.splitlines()):
        commit, _, date = line.partition(" ")
        names = _git(root, "ls-tree", "-r", "--name-only", commit, "--", relative) or ""
        texts = [
            _git(root, "show", f"{commit}:{name}") or ""
            for name in names.splitlines()
            if name.endswith((".yaml", ".yml"))
        ]
        counted = _count(texts)
        if counted is not None:
            points.append(TrendPoint(commit[:10], date, *counted))
    return points
