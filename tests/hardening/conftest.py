"""Run the command line as a hostile input would meet it: a subprocess, bounded in time and memory.

Every reproducer runs `python -m truthgraph` under a 512 MiB address-space limit
(RLIMIT_AS) and must finish within 5 s of CPU time, as the hardening issue
requires. CPU time, not wall time, is what is bounded, so that a loaded CI
machine cannot fail a case; a run still going after 30 s of wall time is a hang
and fails at once.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

MEMORY_LIMIT = 512 * 2**20
TIME_LIMIT = 5.0
"""CPU seconds (user + system) a run may take."""
HANG_LIMIT = 30.0
"""Wall seconds after which a run is a hang."""
REPO = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float
    """CPU seconds (user + system) the run took."""

    @property
    def output(self) -> str:
        return self.out + self.err


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(
    args: Sequence[str],
    cwd: Path,
    *,
    timeout: float = HANG_LIMIT,
    stdout: int | None = None,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """`truthgraph ARGS` in `cwd`; fails the test on a hang, > 5 CPU seconds, a traceback
    or exit 3."""

    def prepare() -> None:
        _limit_memory()
        if preexec is not None:
            preexec()

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert seconds <= TIME_LIMIT, f"truthgraph {' '.join(args)} took {seconds:.1f} CPU seconds"
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
