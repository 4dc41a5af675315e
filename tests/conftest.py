"""Shared fixtures: the repository root and a scratch copy of the claims pack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def claims_copy(tmp_path: Path) -> Path:
    """A writable copy of the repository's claims pack, for injecting faults."""
    target = tmp_path / "claims"
    shutil.copytree(REPO / "claims", target)
    return target


def replace_in(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace text in a file and return the 1-based line where the change starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line
