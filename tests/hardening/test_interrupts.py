"""Ctrl-C and SIGTERM during `check -j 4`: exit 130/143 within 2 s, no traceback, no temp file.

A small version of `bench/interrupts.py` (which runs 50 and more): the signal goes
to the whole process group, as a terminal's Ctrl-C does.
"""

from __future__ import annotations

import functools
import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent.parent


@functools.cache
def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_interrupts", REPO / "bench/interrupts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("interrupts") / "tree"
    _bench().make_tree(folder, 1500)
    return folder


@pytest.mark.parametrize(
    ("signum", "delay"),
    [(signal.SIGINT, 0.0), (signal.SIGINT, 0.8), (signal.SIGTERM, 0.0), (signal.SIGTERM, 0.8)],
)
def test_signal_during_parallel_check_stops_cleanly(
    tree: Path, tmp_path: Path, signum: int, delay: float
) -> None:
    outcome = _bench().interrupt_once(tree, tmp_path, 4, signum, delay, 2.0, REPO / "claims")
    assert outcome.code == 128 + signum, outcome.stderr
    assert outcome.seconds <= 2.0
    assert not outcome.traceback, outcome.stderr
    assert not outcome.temporary
    assert not outcome.orphans
    assert outcome.stderr.strip() in (
        "truthgraph: interrupted",
        f"truthgraph: terminated by signal {signum}",
    )
