"""Exit signals over time, read from the git history of the claims (for the dashboard trend)."""

from __future__ import annotations

import subprocess
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


def _count(text: str) -> tuple[int, int, int] | None:
    """(met, partial, pending) exit signals in one claims file; None if it cannot be read."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None  # a broken commit: leave it out rather than draw a false dip
    counts = {"met": 0, "partial": 0, "pending": 0}
    priorities = data.get("priorities") if isinstance(data, dict) else None
    for priority in priorities if isinstance(priorities, list) else []:
        signals = priority.get("exit_signals") if isinstance(priority, dict) else None
        for signal in signals if isinstance(signals, list) else []:
            status = signal.get("status") if isinstance(signal, dict) else None
            if status in counts:
                counts[status] += 1
    return counts["met"], counts["partial"], counts["pending"]


def _blobs(root: Path, shas: list[str]) -> dict[str, str]:
    """The text of each blob, from one `git cat-file --batch` process."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "cat-file", "--batch"],
            input="".join(f"{s}\n" for s in shas).encode("ascii"),
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    out, position, texts = done.stdout, 0, {}
    while (end := out.find(b"\n", position)) != -1:
        header = out[position:end].split()
        position = end + 1
        if len(header) != 3:  # "<sha> missing"
            continue
        size = int(header[2])
        texts[header[0].decode("ascii")] = out[position : position + size].decode(
            "utf-8", errors="replace"
        )
        position += size + 1  # the blob, then a newline
    return texts


def exit_signal_trend(claims: Path) -> list[TrendPoint]:
    """One point per commit that changed the claims folder, oldest first ([] without git).

    Git runs a few times in all (log, one ls-tree per commit, one cat-file for every
    distinct file version), and only files that hold exit signals are parsed, each
    version once.
    """
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
    commits: list[tuple[str, str, list[str]]] = []
    for line in reversed(log.splitlines()):
        commit, _, date = line.partition(" ")
        listing = _git(root, "ls-tree", "-r", commit, "--", relative) or ""
        shas = [
            row.split()[2]
            for row in listing.splitlines()
            if row.endswith((".yaml", ".yml")) and len(row.split()) >= 4
        ]
        commits.append((commit, date, shas))
    texts = _blobs(root, sorted({s for _, _, shas in commits for s in shas}))
    counted: dict[str, tuple[int, int, int] | None] = {
        sha: _count(text) if "exit_signals" in text else (0, 0, 0) for sha, text in texts.items()
    }
    points = []
    for commit, date, shas in commits:
        parts = [counted.get(s) for s in shas]
        if not shas or any(p is None for p in parts):
            continue
        met, partial, pending = (sum(p[i] for p in parts if p is not None) for i in range(3))
        if met + partial + pending:
            points.append(TrendPoint(commit[:10], date, met, partial, pending))
    return points
