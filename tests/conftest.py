"""Shared fixtures: the repository root and a scratch copy of the claims pack."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def gf_checker() -> Checker:
    """A checker with the repository's GloriousFlywheel pack, on a fixed date. Shared: a
    checker keeps no state between texts, and compiling the pack takes most of a second."""
    return Checker(load_pack(REPO / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))


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
