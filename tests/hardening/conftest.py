"""Run the command line as a hostile input would meet it: a subprocess, bounded in time and memory.

Every reproducer runs `python -m truthgraph` under a 512 MiB address-space limit
(RLIMIT_AS) and a 5 s deadline, as the hardening issue requires; a case that
needs more fails instead of slowing the suite down.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

MEMORY_LIMIT = 512 * 2**20
TIME_LIMIT = 5.0
REPO = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float

    @property
    def output(self) -> str:
        return self.out + self.err


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(
    args: Sequence[str],
    cwd: Path,
    *,
    timeout: float = TIME_LIMIT,
    stdout: int | None = None,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """`truthgraph ARGS` in `cwd`; fails the test on a timeout or a traceback."""

    def prepare() -> None:
        _limit_memory()
        if preexec is not None:
            preexec()

    started = time.monotonic()
    environment = {**os.environ, **(env or {})}
    environment.pop("GITHUB_STEP_SUMMARY", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "truthgraph", *args],
            cwd=cwd,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            preexec_fn=prepare,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"truthgraph {' '.join(args)} ran longer than {timeout:g} s")
    seconds = time.monotonic() - started
    out = done.stdout.decode("utf-8", "replace") if done.stdout is not None else ""
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    assert done.returncode != 3, err
    return Run(done.returncode, out, err, seconds)


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    """A writable copy of the repository's claims pack."""
    import shutil

    target = tmp_path / "claims"
    shutil.copytree(REPO / "claims", target)
    return target
